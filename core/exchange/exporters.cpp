#include "exporters.h"

#include <QFileInfo>

#include "codeliterals.h"

#include "prompt/jsonwrite.h"
#include "prompt/promptjson.h"
#include "prompt/variables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace pw {

namespace {

using TextRenderer = std::function<QString(QStringView)>;

QString modelOf(const ExportSource &source)
{
    return source.targetModel.isEmpty() ? defaultExportModel() : source.targetModel;
}

// Test values of the variables the prompt uses; stale values of removed variables stay out of the export.
VariableValues usedTestValues(const ExportSource &source)
{
    VariableValues used;
    for (const QString &name : variableNames(source.prompt)) {
        const auto it = source.testValues.constFind(name);
        if (it != source.testValues.constEnd())
            used.insert(name, *it);
    }
    return used;
}

QString firstNonTextBlock(const Prompt &prompt)
{
    for (qsizetype m = 0; m < prompt.messages.size(); ++m) {
        const QList<ContentBlock> &blocks = prompt.messages[m].content;
        for (qsizetype b = 0; b < blocks.size(); ++b) {
            if (!blocks[b].isText()) {
                return QCoreApplication::translate("pw::Exporters", "%1: only text blocks can be exported (found \"%2\")")
                    .arg(QStringLiteral("messages[%1].content[%2]").arg(m).arg(b), blocks[b].type);
            }
        }
    }
    return {};
}

QJsonObject messagesRequest(const Prompt &prompt, const QString &model, int maxTokens)
{
    QJsonArray messages;
    for (const Message &message : prompt.messages) {
        // A single block is written as the plain string form, the way people write requests.
        const QJsonValue content = message.content.size() == 1
            ? QJsonValue(message.content.constFirst().text)
            : QJsonValue(messageToJson(message).value(QLatin1String("content")));
        messages.append(QJsonObject {{QStringLiteral("role"), roleName(message.role)}, {QStringLiteral("content"), content}});
    }
    QJsonObject request {
        {QStringLiteral("model"), model}, {QStringLiteral("max_tokens"), maxTokens}, {QStringLiteral("messages"), messages}};
    if (!prompt.system.isEmpty())
        request.insert(QStringLiteral("system"), prompt.system);
    return request;
}

QString sectionTitle(Role role)
{
    return role == Role::User ? QStringLiteral("## User") : QStringLiteral("## Assistant");
}

// The Markdown section layout shared by the text and Jinja exports.
QString sectionLayout(const Prompt &prompt, const TextRenderer &render)
{
    QStringList sections;
    if (!prompt.system.isEmpty())
        sections.append(QStringLiteral("## System\n\n") + render(prompt.system));
    for (const Message &message : prompt.messages)
        sections.append(sectionTitle(message.role) + QStringLiteral("\n\n") + render(message.text()));
    return sections.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

// A Python expression for text: one literal per line inside parentheses, so a
// long prompt reads like the prompt.
QString pythonText(const QString &text, int indent)
{
    QStringList pieces;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        pieces.append(text.mid(start, end - start));
        start = end;
    }
    if (pieces.size() <= 1)
        return quotedLiteral(text, LiteralStyle::Python);
    const QString pad(indent + 4, u' ');
    QString out = QStringLiteral("(\n");
    for (const QString &piece : pieces)
        out += pad + quotedLiteral(piece, LiteralStyle::Python) + QLatin1Char('\n');
    return out + QString(indent, u' ') + QLatin1Char(')');
}

QString pythonExport(const ExportSource &source)
{
    const Prompt &prompt = source.prompt;
    QStringList names;
    for (const QString &name : variableNames(prompt))
        names.append(quotedLiteral(name, LiteralStyle::Python));
    QString messages;
    for (const Message &message : prompt.messages) {
        messages += QStringLiteral("    {\n        \"role\": \"%1\",\n        \"content\": %2,\n    },\n")
                        .arg(roleName(message.role), pythonText(message.text(), 8));
    }
    QString testValues;
    const VariableValues values = usedTestValues(source);
    for (const QString &name : variableNames(prompt)) {
        testValues += QStringLiteral("    %1: %2,%3\n")
                          .arg(quotedLiteral(name, LiteralStyle::Python), pythonText(values.value(name), 4),
                              values.contains(name) ? QString() : QStringLiteral("  # no test value in Promptwerk"));
    }

    QString out = QStringLiteral("\"\"\"Prompt template exported from Promptwerk.\n"
                                 "\n"
                                 "Needs the Anthropic SDK (pip install anthropic) and ANTHROPIC_API_KEY in the environment.\n"
                                 "\"\"\"\n"
                                 "\n"
                                 "from __future__ import annotations\n"
                                 "\n"
                                 "import re\n"
                                 "\n"
                                 "import anthropic\n"
                                 "\n");
    out += QStringLiteral("MODEL = %1\n").arg(quotedLiteral(modelOf(source), LiteralStyle::Python));
    out += QStringLiteral("MAX_TOKENS = %1\n").arg(source.maxTokens);
    if (!prompt.system.isEmpty())
        out += QStringLiteral("SYSTEM = %1\n").arg(pythonText(prompt.system, 0));
    out += QStringLiteral("MESSAGES = [\n") + messages + QStringLiteral("]\n");
    out += QStringLiteral("VARIABLES = [%1]\n").arg(names.join(QStringLiteral(", ")));
    out += QStringLiteral("TEST_VALUES = {\n") + testValues + QStringLiteral("}\n");
    out += QStringLiteral(
        "\n"
        "_PLACEHOLDER = re.compile(r\"\\{\\{([A-Za-z_][A-Za-z0-9_]*)\\}\\}\")\n"
        "\n"
        "\n"
        "def fill(text: str, variables: dict[str, str]) -> str:\n"
        "    \"\"\"Replaces every {{NAME}} that has a value, in one pass, as Promptwerk does.\n"
        "\n"
        "    Not str.format: braces in the prompt stay as they are, and a value that\n"
        "    contains {{OTHER}} is inserted verbatim, never filled again.\n"
        "    \"\"\"\n"
        "    return _PLACEHOLDER.sub(\n"
        "        lambda match: str(variables[match.group(1)]) if match.group(1) in variables else match.group(0),\n"
        "        text,\n"
        "    )\n"
        "\n"
        "\n"
        "def build_request(variables: dict[str, str]) -> dict:\n"
        "    missing = [name for name in VARIABLES if name not in variables]\n"
        "    if missing:\n"
        "        raise KeyError(\"no value for \" + \", \".join(missing))\n"
        "    request = {\n"
        "        \"model\": MODEL,\n"
        "        \"max_tokens\": MAX_TOKENS,\n"
        "        \"messages\": [{\"role\": m[\"role\"], \"content\": fill(m[\"content\"], variables)} for m in MESSAGES],\n"
        "    }\n");
    if (!prompt.system.isEmpty())
        out += QStringLiteral("    request[\"system\"] = fill(SYSTEM, variables)\n");
    out += QStringLiteral("    return request\n"
                          "\n"
                          "\n"
                          "def create_message(variables: dict[str, str], client: anthropic.Anthropic | None = None):\n"
                          "    \"\"\"Sends the filled prompt. The client reads ANTHROPIC_API_KEY from the environment.\"\"\"\n"
                          "    client = client or anthropic.Anthropic()\n"
                          "    return client.messages.create(**build_request(variables))\n"
                          "\n"
                          "\n"
                          "if __name__ == \"__main__\":\n"
                          "    reply = create_message(TEST_VALUES)\n"
                          "    print(\"\".join(block.text for block in reply.content if block.type == \"text\"))\n");
    return out;
}

QString typeScriptExport(const ExportSource &source)
{
    const Prompt &prompt = source.prompt;
    QString fields;
    for (const QString &name : variableNames(prompt))
        fields += QStringLiteral("  %1: string;\n").arg(name);
    QString messages;
    for (const Message &message : prompt.messages) {
        messages += QStringLiteral("  { role: \"%1\", content: %2 },\n")
                        .arg(roleName(message.role), quotedLiteral(message.text(), LiteralStyle::JavaScriptTemplate));
    }
    QString testValues;
    const VariableValues values = usedTestValues(source);
    for (const QString &name : variableNames(prompt)) {
        // A variable without a test value still gets one, so that the object type-checks.
        testValues += values.contains(name)
            ? QStringLiteral("  %1: %2,\n").arg(name, quotedLiteral(values.value(name), LiteralStyle::JavaScriptTemplate))
            : QStringLiteral("  %1: \"\", // no test value in Promptwerk\n").arg(name);
    }

    QString out
        = QStringLiteral("// Prompt template exported from Promptwerk.\n"
                         "// Needs @anthropic-ai/sdk (npm install @anthropic-ai/sdk) and ANTHROPIC_API_KEY in the environment.\n"
                         "import Anthropic from \"@anthropic-ai/sdk\";\n"
                         "\n");
    out += QStringLiteral("export interface PromptVariables {\n") + fields + QStringLiteral("}\n\n");
    out += QStringLiteral("const MODEL = %1;\n").arg(quotedLiteral(modelOf(source), LiteralStyle::JavaScript));
    out += QStringLiteral("const MAX_TOKENS = %1;\n").arg(source.maxTokens);
    if (!prompt.system.isEmpty())
        out += QStringLiteral("const SYSTEM = %1;\n").arg(quotedLiteral(prompt.system, LiteralStyle::JavaScriptTemplate));
    out += QStringLiteral("const MESSAGES: { role: \"user\" | \"assistant\"; content: string }[] = [\n") + messages
        + QStringLiteral("];\n\n");
    out += QStringLiteral("export const testValues: PromptVariables = {\n") + testValues + QStringLiteral("};\n");
    out += QStringLiteral(
        "\n"
        "const PLACEHOLDER = /\\{\\{([A-Za-z_][A-Za-z0-9_]*)\\}\\}/g;\n"
        "\n"
        "// Replaces every {{NAME}} that has a value, in one pass, as Promptwerk does: a value\n"
        "// is inserted verbatim (a replacer function, so \"$&\" in a value stays literal).\n"
        "export function fill(text: string, variables: PromptVariables): string {\n"
        "  const values: Record<string, string> = { ...variables };\n"
        "  return text.replace(PLACEHOLDER, (match: string, name: string) =>\n"
        "    Object.prototype.hasOwnProperty.call(values, name) ? values[name] : match,\n"
        "  );\n"
        "}\n"
        "\n"
        "export function buildRequest(variables: PromptVariables): Anthropic.MessageCreateParamsNonStreaming {\n"
        "  return {\n"
        "    model: MODEL,\n"
        "    max_tokens: MAX_TOKENS,\n");
    if (!prompt.system.isEmpty())
        out += QStringLiteral("    system: fill(SYSTEM, variables),\n");
    out += QStringLiteral(
        "    messages: MESSAGES.map((message) => ({ role: message.role, content: fill(message.content, variables) })),\n"
        "  };\n"
        "}\n"
        "\n"
        "// The client reads ANTHROPIC_API_KEY from the environment.\n"
        "export async function createMessage(\n"
        "  variables: PromptVariables,\n"
        "  client: Anthropic = new Anthropic(),\n"
        "): Promise<Anthropic.Message> {\n"
        "  return client.messages.create(buildRequest(variables));\n"
        "}\n");
    return out;
}

QString curlExport(const ExportSource &source)
{
    const VariableValues values = usedTestValues(source);
    const FillResult filled = fillVariables(source.prompt, values);
    const QByteArray body = toJsonBytes(messagesRequest(filled.prompt, modelOf(source), source.maxTokens));
    QString note = values.isEmpty() ? QString()
                                    : QStringLiteral("# The body has the test values filled in for %1.\n")
                                          .arg(QStringList(values.keys()).join(QStringLiteral(", ")));
    if (!filled.missing.isEmpty())
        note += QStringLiteral("# Fill in %1 before sending.\n").arg(filled.missing.join(QStringLiteral(", ")));
    // A quoted heredoc delimiter: the shell expands nothing in the body, and
    // no line of indented JSON can equal the delimiter.
    return QStringLiteral("#!/bin/sh\n"
                          "# Prompt exported from Promptwerk as a Messages API request.\n")
        + note
        + QStringLiteral("# Needs ANTHROPIC_API_KEY in the environment; ANTHROPIC_BASE_URL overrides the server.\n"
                         "curl --silent --show-error \"${ANTHROPIC_BASE_URL:-https://api.anthropic.com}/v1/messages\" \\\n"
                         "  --header \"x-api-key: $ANTHROPIC_API_KEY\" \\\n"
                         "  --header \"anthropic-version: 2023-06-01\" \\\n"
                         "  --header \"content-type: application/json\" \\\n"
                         "  --data-binary @- <<'PROMPTWERK_REQUEST_BODY'\n")
        + QString::fromUtf8(body) + QStringLiteral("PROMPTWERK_REQUEST_BODY\n");
}

QString jinjaReservedNameError(const Prompt &prompt)
{
    // Names Jinja reads as literals or operators, so {{ NAME }} cannot refer to them.
    static const QStringList reserved {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("none"),
        QStringLiteral("True"), QStringLiteral("False"), QStringLiteral("None"), QStringLiteral("not")};
    for (const VariableOccurrence &occurrence : scanVariables(prompt)) {
        if (reserved.contains(occurrence.name)) {
            return QCoreApplication::translate("pw::Exporters",
                "%1: the variable %2 cannot be a Jinja variable (Jinja reads \"%3\" as a keyword); "
                "rename it")
                .arg(occurrence.location.path(), placeholder(occurrence.name), occurrence.name);
        }
    }
    return {};
}

QString jinjaExport(const ExportSource &source)
{
    const QStringList names = variableNames(source.prompt);
    const QString header = QStringLiteral("{#- Prompt template exported from Promptwerk. Variables: %1.\n"
                                          "    Render with keep_trailing_newline=True to keep the final line break. -#}\n")
                               .arg(names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")));
    return header
        + sectionLayout(source.prompt, [](QStringView text) { return jinjaTemplateText(text, TemplateDialect::Jinja); });
}

QString jsonEscapedWithoutQuotes(const QString &text)
{
    QByteArray escaped;
    appendJsonEscaped(escaped, text);
    return QString::fromUtf8(escaped);
}

QString promptfooExport(const ExportSource &source)
{
    // promptfoo renders the prompt with Nunjucks, then reads it as a JSON chat.
    QJsonArray chat;
    if (!source.prompt.system.isEmpty()) {
        chat.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
            {QStringLiteral("content"), jinjaTemplateText(source.prompt.system, TemplateDialect::PromptfooNunjucks)}});
    }
    for (const Message &message : source.prompt.messages) {
        chat.append(QJsonObject {{QStringLiteral("role"), roleName(message.role)},
            {QStringLiteral("content"), jinjaTemplateText(message.text(), TemplateDialect::PromptfooNunjucks)}});
    }
    const QString chatJson = QString::fromUtf8(toJsonBytes(chat, QJsonDocument::Compact));
    QString vars;
    const VariableValues values = usedTestValues(source);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        vars += QStringLiteral("      %1: %2\n")
                    .arg(quotedLiteral(it.key(), LiteralStyle::YamlDoubleQuoted),
                        quotedLiteral(jsonEscapedWithoutQuotes(it.value()), LiteralStyle::YamlDoubleQuoted));
    }
    return QStringLiteral("# promptfoo config exported from Promptwerk: the prompt and one test case with its test values.\n"
                          "# Run: npx promptfoo@latest eval -c THIS_FILE (needs ANTHROPIC_API_KEY in the environment).\n"
                          "# The prompt is a JSON chat that promptfoo fills with Nunjucks, so the test values are\n"
                          "# written JSON-escaped (a quote as \\\", a line break as \\n) to keep it valid JSON.\n"
                          "description: \"Prompt exported from Promptwerk\"\n"
                          "prompts:\n"
                          "  - %1\n"
                          "providers:\n"
                          "  - id: %2\n"
                          "    config:\n"
                          "      max_tokens: %3\n"
                          "tests:\n"
                          "  - vars:%4\n")
        .arg(quotedLiteral(chatJson, LiteralStyle::YamlDoubleQuoted),
            quotedLiteral(QString(QStringLiteral("anthropic:messages:") + modelOf(source)), LiteralStyle::YamlDoubleQuoted))
        .arg(source.maxTokens)
        .arg(vars.isEmpty() ? QStringLiteral(" {}") : QLatin1Char('\n') + vars.chopped(1));
}

QString promptToolsExport(const ExportSource &source)
{
    QJsonObject object = promptToJson(source.prompt);
    const VariableValues values = usedTestValues(source);
    if (!values.isEmpty()) {
        QJsonObject valueObject;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            valueObject.insert(it.key(), it.value());
        object.insert(QStringLiteral("variable_values"), valueObject);
    }
    if (!source.targetModel.isEmpty())
        object.insert(QStringLiteral("target_model"), source.targetModel);
    return QString::fromUtf8(toJsonBytes(object));
}

} // namespace

QList<ExportFormat> allExportFormats()
{
    return {ExportFormat::Text, ExportFormat::MessagesJson, ExportFormat::Python, ExportFormat::TypeScript, ExportFormat::Curl,
        ExportFormat::Jinja, ExportFormat::Promptfoo, ExportFormat::PromptTools};
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Text:
        return QStringLiteral("text");
    case ExportFormat::MessagesJson:
        return QStringLiteral("messages-json");
    case ExportFormat::Python:
        return QStringLiteral("python");
    case ExportFormat::TypeScript:
        return QStringLiteral("typescript");
    case ExportFormat::Curl:
        return QStringLiteral("curl");
    case ExportFormat::Jinja:
        return QStringLiteral("jinja");
    case ExportFormat::Promptfoo:
        return QStringLiteral("promptfoo");
    case ExportFormat::PromptTools:
        return QStringLiteral("prompt-tools");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    for (ExportFormat format : allExportFormats()) {
        if (name == exportFormatName(format))
            return format;
    }
    return std::nullopt;
}

QStringList exportFormatNames()
{
    QStringList names;
    for (ExportFormat format : allExportFormats())
        names.append(exportFormatName(format));
    return names;
}

QString exportFileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Text:
        return QStringLiteral("txt");
    case ExportFormat::MessagesJson:
    case ExportFormat::PromptTools:
        return QStringLiteral("json");
    case ExportFormat::Python:
        return QStringLiteral("py");
    case ExportFormat::TypeScript:
        return QStringLiteral("ts");
    case ExportFormat::Curl:
        return QStringLiteral("sh");
    case ExportFormat::Jinja:
        return QStringLiteral("jinja");
    case ExportFormat::Promptfoo:
        return QStringLiteral("yaml");
    }
    return {};
}

namespace {

QStringList exportSuffixes(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Text:
        return {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("markdown")};
    case ExportFormat::Jinja:
        return {QStringLiteral("jinja"), QStringLiteral("j2")};
    case ExportFormat::Promptfoo:
        return {QStringLiteral("yaml"), QStringLiteral("yml")};
    default:
        return {exportFileSuffix(format)};
    }
}

} // namespace

std::optional<ExportFormat> exportFormatForFileName(const QString &fileName, ExportFormat chosen)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix.isEmpty())
        return std::nullopt;
    if (exportSuffixes(chosen).contains(suffix))
        return chosen;
    for (ExportFormat format : allExportFormats()) {
        if (exportSuffixes(format).contains(suffix))
            return format;
    }
    return std::nullopt;
}

QString defaultExportModel()
{
    return QStringLiteral("claude-opus-4-6");
}

ExportResult exportPrompt(const ExportSource &source, ExportFormat format)
{
    ExportResult result;
    result.error = firstNonTextBlock(source.prompt);
    if (format == ExportFormat::Jinja && result.error.isEmpty())
        result.error = jinjaReservedNameError(source.prompt);
    if (!result.ok())
        return result;
    switch (format) {
    case ExportFormat::Text:
        result.text = sectionLayout(source.prompt, [](QStringView text) { return text.toString(); });
        break;
    case ExportFormat::MessagesJson:
        result.text = QString::fromUtf8(toJsonBytes(messagesRequest(source.prompt, modelOf(source), source.maxTokens)));
        break;
    case ExportFormat::Python:
        result.text = pythonExport(source);
        break;
    case ExportFormat::TypeScript:
        result.text = typeScriptExport(source);
        break;
    case ExportFormat::Curl:
        result.text = curlExport(source);
        break;
    case ExportFormat::Jinja:
        result.text = jinjaExport(source);
        break;
    case ExportFormat::Promptfoo:
        result.text = promptfooExport(source);
        break;
    case ExportFormat::PromptTools:
        result.text = promptToolsExport(source);
        break;
    }
    return result;
}

} // namespace pw
