#pragma once

#include "promptdocument.h"

#include <QByteArray>
#include <QJsonObject>

namespace pw {

// The .promptwerk file format (README, "The .promptwerk document format"): versioned JSON holding the working
// copy and every revision. Reading refuses anything it does not fully
// understand, with a message naming the problem and where it is.

// Version 2 added test cases and evaluation runs; version 1 files still open.
inline constexpr int documentFormatVersion = 2;
QString documentFileSuffix(); // "promptwerk"

struct DocumentReadResult
{
    PromptDocument document;
    // Empty on success. Otherwise "SOURCE:LINE:COLUMN: problem" for bad JSON
    // syntax, or "SOURCE: JSON.PATH: problem" for a bad value, e.g.
    // "a.promptwerk: revisions[3].usage.input_tokens: must be a non-negative number (found string)".
    QString error;
    bool ok() const { return error.isEmpty(); }
};

QJsonObject documentToJson(const PromptDocument &document);
// Indented UTF-8 JSON, as written to disk.
QByteArray serializeDocument(const PromptDocument &document);

// Reads a parsed document object; errors carry the JSON path only (no source).
DocumentReadResult documentFromJson(const QJsonObject &object);
// Reads file contents; sourceName names the file in errors.
DocumentReadResult parseDocument(const QByteArray &data, const QString &sourceName);
DocumentReadResult loadDocumentFile(const QString &path);
// Atomic (QSaveFile). On failure returns false and sets error.
bool saveDocumentFile(const PromptDocument &document, const QString &path, QString *error);

// True for a *.promptwerk name, or data that is a JSON object with
// "format": "promptwerk" (whatever its version, so that parsing can say why
// it cannot be read).
bool looksLikeDocument(const QByteArray &data, const QString &fileName);

} // namespace pw
