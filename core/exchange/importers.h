#pragma once

#include "prompt/prompt.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

// Reading prompts written elsewhere. Every importer either returns the whole
// prompt or refuses the file with a message naming the problem and where it
// is; nothing is ever partly imported. The rules are in the README ("The .promptwerk document format").

enum class ImportFormat {
    PromptTools, // {"messages", "system", "target_model"?, "variable_values"?}: request or response shape
    MessagesApi, // a Messages API request: system string or text blocks, content string or blocks
    PlainText, // the whole file is one user message
    Markdown, // "## System" / "## User" / "## Assistant" sections, or one user message
};

QString importFormatName(ImportFormat format); // "prompt-tools", "messages-api", "text", "markdown"
std::optional<ImportFormat> importFormatFromName(QStringView name);
QList<ImportFormat> allImportFormats();

struct ImportResult
{
    ImportFormat format = ImportFormat::PlainText;
    Prompt prompt;
    VariableValues values; // prompt-tools "variable_values" (templatize responses): the test values
    QString targetModel; // Messages API "model", prompt-tools "target_model"
    // Empty on success. Otherwise "SOURCE:LINE:COLUMN: problem" for text and
    // JSON syntax, or "SOURCE: JSON.PATH: problem" for a bad value.
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The format of data, by the extension of fileName (.json, .md/.markdown,
// .txt) and otherwise by content: a JSON object, Markdown role headings, or
// plain text. JSON with "model", "max_tokens" or a block-array "system" is a
// Messages API request; other JSON is prompt-tools.
ImportFormat detectImportFormat(const QByteArray &data, const QString &fileName);
// Imports data in the detected format. fileName names the source in errors.
ImportResult importPrompt(const QByteArray &data, const QString &fileName);
ImportResult importPrompt(const QByteArray &data, const QString &fileName, ImportFormat format);

} // namespace pw
