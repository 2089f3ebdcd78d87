#pragma once

#include "location.h"
#include "prompt.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

namespace pw {

// JSON conversion of the prompt model, in one place.
//
// Reading accepts content as a string or as an array of blocks. Structural
// type errors (a role that is not a string, a block without text, ...) are
// reported with their JSON path; the prompt-tools rules themselves (only text
// blocks, message order) are checked by validatePrompt().

enum class SystemShape {
    StringOnly, // prompt-tools: "system" must be a string or null
    StringOrBlocks, // Messages API: a string or an array of text blocks
};

struct PromptParseResult
{
    Prompt prompt;
    QList<Diagnostic> errors;
    bool ok() const { return errors.isEmpty(); }
};

PromptParseResult promptFromJson(const QJsonObject &object, SystemShape systemShape = SystemShape::StringOnly);
QList<Message> messagesFromJson(
    const QJsonValue &value, QList<Diagnostic> &errors, const QString &fieldName = QStringLiteral("messages"));

QJsonObject contentBlockToJson(const ContentBlock &block);
QJsonObject messageToJson(const Message &message);
QJsonArray messagesToJson(const QList<Message> &messages);
// {"system": "...", "messages": [...]}, content always as blocks.
QJsonObject promptToJson(const Prompt &prompt);

// A JSON type name for messages: "string", "number", "array", ...
QString jsonTypeName(const QJsonValue &value);

// 1-based line and column of a byte offset, for messages about files.
struct TextPosition
{
    int line = 1;
    int column = 1;
};
TextPosition positionOfOffset(const QByteArray &data, qsizetype offset);

// "name:LINE:COLUMN: invalid JSON: reason", the one wording for every file
// that fails to parse.
QString jsonParseErrorText(const QByteArray &data, const QJsonParseError &error, const QString &sourceName);

// Reads a prompt file as the CLI and the window accept it: a JSON object with
// "messages" (the prompt-tools request shape), or any other text taken as one
// user message. A file named *.json, or text that is a JSON object, must parse.
// sourceName names the file in messages ("prompt.json", "stdin").
struct PromptFileResult
{
    Prompt prompt;
    bool wasJson = false;
    QString error; // empty on success; names the file, the problem and where
    bool ok() const { return error.isEmpty(); }
};
PromptFileResult readPromptFile(const QByteArray &data, const QString &sourceName);

// Decodes UTF-8 strictly; on failure returns false and sets the byte offset
// of the first invalid sequence.
bool decodeUtf8(const QByteArray &data, QString *text, qsizetype *badOffset = nullptr);

} // namespace pw
