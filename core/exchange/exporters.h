#pragma once

#include "prompt/prompt.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

// Templates for code: a prompt with {{VARIABLES}} written in a form another
// tool reads. Every string is escaped for its language. Exporters never see
// an API key: code reads it from $ANTHROPIC_API_KEY at run time.

enum class ExportFormat {
    Text, // "## System" / "## User" / "## Assistant" sections; imports back as Markdown
    MessagesJson, // a Messages API request body with the template text
    Python, // the anthropic SDK; fills the variables from a dict
    TypeScript, // @anthropic-ai/sdk; a typed variables object
    Curl, // a shell command; the body has the test values filled in
    Jinja, // the Text layout with {{ NAME }} placeholders
    Promptfoo, // a promptfoo config: the prompt plus one test case with the test values
    PromptTools, // the prompt-tools shape with variable_values and target_model
};

QString exportFormatName(ExportFormat format); // "text", "messages-json", "python", ...
std::optional<ExportFormat> exportFormatFromName(QStringView name);
QList<ExportFormat> allExportFormats();
QStringList exportFormatNames();
QString exportFileSuffix(ExportFormat format); // "txt", "json", "py", "ts", "sh", "jinja", "yaml", "json"
// The format a file name asks for by its extension ("x.yaml": promptfoo):
// `chosen` when the extension fits it (both JSON formats are ".json"),
// else the first format the extension names; none for an unknown or
// missing extension.
std::optional<ExportFormat> exportFormatForFileName(const QString &fileName, ExportFormat chosen);

// The model written into exports when none is given.
QString defaultExportModel();

struct ExportSource
{
    Prompt prompt; // text blocks only
    VariableValues testValues; // only those of variables the prompt uses are written
    QString targetModel; // empty: defaultExportModel()
    int maxTokens = 1024;
};

struct ExportResult
{
    QString text;
    QString error; // names the problem and where, e.g. a non-text block
    bool ok() const { return error.isEmpty(); }
};

ExportResult exportPrompt(const ExportSource &source, ExportFormat format);

} // namespace pw
