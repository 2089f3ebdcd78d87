#include "importers.h"

#include "prompt/promptjson.h"
#include "prompt/variables.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace pw {

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF");

QString atPosition(const QString &source, const QByteArray &data, qsizetype offset, const QString &problem)
{
    const TextPosition at = positionOfOffset(data, offset);
    return QStringLiteral("%1:%2:%3: %4").arg(source).arg(at.line).arg(at.column).arg(problem);
}

ImportResult refused(ImportFormat format, const QString &error)
{
    ImportResult result;
    result.format = format;
    result.error = error;
    return result;
}

bool jsonLooksLikeMessagesApi(const QJsonObject &object)
{
    return object.contains(QLatin1String("model")) || object.contains(QLatin1String("max_tokens"))
        || object.value(QLatin1String("system")).isArray();
}

ImportFormat jsonKind(const QByteArray &data)
{
    const QJsonDocument json = QJsonDocument::fromJson(data);
    return json.isObject() && jsonLooksLikeMessagesApi(json.object()) ? ImportFormat::MessagesApi : ImportFormat::PromptTools;
}

// A Markdown ATX heading "## System", "## User" or "## Assistant" (any case,
// optional closing #s); the role's canonical name, or empty.
QString roleHeading(QStringView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 3 && line[indent] == u' ')
        ++indent;
    line = line.mid(indent);
    if (!line.startsWith(u"##") || line.size() < 3 || (line[2] != u' ' && line[2] != u'\t'))
        return {};
    QStringView title = line.mid(3).trimmed();
    while (title.endsWith(u'#'))
        title.chop(1);
    title = title.trimmed();
    for (const QString &name : {QStringLiteral("System"), QStringLiteral("User"), QStringLiteral("Assistant")}) {
        if (title.compare(name, Qt::CaseInsensitive) == 0)
            return name;
    }
    return {};
}

struct Heading
{
    int line; // 0-based
    QString role;
};

// Role headings outside fenced code blocks (``` or ~~~), where a heading is an example, not structure.
QList<Heading> roleHeadings(const QStringList &lines)
{
    QList<Heading> headings;
    QString fence;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines[i].trimmed();
        if (!fence.isEmpty()) {
            if (trimmed.startsWith(fence))
                fence.clear();
            continue;
        }
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            fence = trimmed.left(3);
            continue;
        }
        const QString role = roleHeading(lines[i]);
        if (!role.isEmpty())
            headings.append({i, role});
    }
    return headings;
}

QStringList markdownLines(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return normalized.split(QLatin1Char('\n'));
}

QString sectionText(const QStringList &lines, int first, int end)
{
    while (first < end && lines[first].trimmed().isEmpty())
        ++first;
    while (end > first && lines[end - 1].trimmed().isEmpty())
        --end;
    return lines.mid(first, end - first).join(QLatin1Char('\n'));
}

ImportResult importWholeText(const QString &text, const QString &source, ImportFormat format)
{
    if (text.trimmed().isEmpty())
        return refused(format,
            QCoreApplication::translate("pw::Importers", "%1: the file is empty: there is no prompt to import").arg(source));
    ImportResult result;
    result.format = format;
    result.prompt.messages = {Message::user(text)};
    return result;
}

ImportResult importMarkdown(const QString &text, const QString &source)
{
    const QStringList lines = markdownLines(text);
    const QList<Heading> headings = roleHeadings(lines);
    if (headings.isEmpty())
        return importWholeText(text, source, ImportFormat::Markdown);

    const auto lineError = [&](int line, const QString &problem) {
        return refused(ImportFormat::Markdown, QStringLiteral("%1:%2:1: %3").arg(source).arg(line + 1).arg(problem));
    };
    for (int i = 0; i < headings.constFirst().line; ++i) {
        if (!lines[i].trimmed().isEmpty()) {
            return lineError(i,
                QCoreApplication::translate("pw::Importers",
                    "text before the first \"## System\", \"## User\" or \"## Assistant\" heading; "
                    "move it into a section or remove it"));
        }
    }
    ImportResult result;
    result.format = ImportFormat::Markdown;
    bool hasSystem = false;
    for (qsizetype h = 0; h < headings.size(); ++h) {
        const Heading &heading = headings[h];
        const int end = h + 1 < headings.size() ? headings[h + 1].line : int(lines.size());
        const QString body = sectionText(lines, heading.line + 1, end);
        if (body.isEmpty())
            return lineError(
                heading.line, QCoreApplication::translate("pw::Importers", "the \"## %1\" section is empty").arg(heading.role));
        if (heading.role == QLatin1String("System")) {
            if (hasSystem)
                return lineError(heading.line,
                    QCoreApplication::translate(
                        "pw::Importers", "a second \"## System\" section (a prompt has one system prompt)"));
            if (!result.prompt.messages.isEmpty())
                return lineError(
                    heading.line, QCoreApplication::translate("pw::Importers", "\"## System\" must come before the messages"));
            hasSystem = true;
            result.prompt.system = body;
        } else {
            result.prompt.messages.append(heading.role == QLatin1String("User") ? Message::user(body) : Message::assistant(body));
        }
    }
    if (result.prompt.messages.isEmpty())
        return refused(ImportFormat::Markdown,
            QCoreApplication::translate("pw::Importers", "%1: there is a \"## System\" section but no \"## User\" message")
                .arg(source));
    return result;
}

// Reads a string member that may be absent or null; false (and an error) for another type.
bool optionalString(const QJsonObject &object, const QString &key, QString *into, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        *into = value.toString();
    else if (!value.isUndefined() && !value.isNull())
        *error = QCoreApplication::translate("pw::Importers", "%1: must be a string (found %2)").arg(key, jsonTypeName(value));
    return error->isEmpty();
}

ImportResult importJson(const QByteArray &data, const QString &source, ImportFormat format)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refused(format,
            atPosition(source, data, parseError.offset,
                QCoreApplication::translate("pw::Importers", "invalid JSON: %1").arg(parseError.errorString())));
    const auto fail = [&](const QString &problem) {
        return refused(format, source + QStringLiteral(": ") + problem);
    };
    if (!json.isObject())
        return fail(
            QCoreApplication::translate("pw::Importers", "a JSON prompt must be an object with \"messages\" (found an array)"));
    const QJsonObject object = json.object();
    if (!object.contains(QLatin1String("messages"))) {
        if (object.contains(QLatin1String("task")))
            return fail(QCoreApplication::translate(
                "pw::Importers", "a generate_prompt request holds a task, not a prompt: there is nothing to import"));
        return fail(QCoreApplication::translate(
            "pw::Importers", "%1: is required (a JSON prompt is {\"system\": ..., \"messages\": [...]})")
                        .arg(QLatin1String("messages")));
    }

    const bool messagesApi = format == ImportFormat::MessagesApi;
    const PromptParseResult parsed = promptFromJson(object, messagesApi ? SystemShape::StringOrBlocks : SystemShape::StringOnly);
    if (!parsed.ok())
        return fail(parsed.errors.constFirst().toString());
    ImportResult result;
    result.format = format;
    result.prompt = parsed.prompt;
    // cache_control is a setting of the request, like temperature, not part of
    // the prompt: kept, it would make the prompt-tools operations refuse the
    // prompt until a save and load (documents do not hold it) dropped it.
    for (Message &message : result.prompt.messages) {
        for (ContentBlock &block : message.content)
            block.hasCacheControl = false;
    }
    if (result.prompt.messages.isEmpty())
        return fail(QCoreApplication::translate("pw::Importers", "%1: holds no message: there is no prompt to import")
                        .arg(QLatin1String("messages")));
    for (qsizetype m = 0; m < result.prompt.messages.size(); ++m) {
        const QList<ContentBlock> &blocks = result.prompt.messages[m].content;
        for (qsizetype b = 0; b < blocks.size(); ++b) {
            if (!blocks[b].isText()) {
                return fail(QCoreApplication::translate("pw::Importers", "%1: only text blocks can be imported (found \"%2\")")
                                .arg(QStringLiteral("messages[%1].content[%2]").arg(m).arg(b), blocks[b].type));
            }
        }
    }

    QString error;
    if (!optionalString(
            object, messagesApi ? QStringLiteral("model") : QStringLiteral("target_model"), &result.targetModel, &error))
        return fail(error);
    const QJsonValue values = object.value(QLatin1String("variable_values"));
    if (!messagesApi && values.isObject()) {
        const QJsonObject valueObject = values.toObject();
        for (auto it = valueObject.constBegin(); it != valueObject.constEnd(); ++it) {
            const QString nameProblem = variableNameProblem(it.key());
            if (!nameProblem.isEmpty())
                return fail(QLatin1String("variable_values: ") + nameProblem);
            if (!it.value().isString()) {
                return fail(QCoreApplication::translate("pw::Importers", "%1: must be a string (found %2)")
                                .arg(QString(QLatin1String("variable_values.") + it.key()), jsonTypeName(it.value())));
            }
            result.values.insert(it.key(), it.value().toString());
        }
    } else if (!messagesApi && !values.isUndefined() && !values.isNull()) {
        return fail(QCoreApplication::translate("pw::Importers", "%1: must be an object (found %2)")
                        .arg(QLatin1String("variable_values"), jsonTypeName(values)));
    }
    return result;
}

} // namespace

QList<ImportFormat> allImportFormats()
{
    return {ImportFormat::PromptTools, ImportFormat::MessagesApi, ImportFormat::PlainText, ImportFormat::Markdown};
}

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::PromptTools:
        return QStringLiteral("prompt-tools");
    case ImportFormat::MessagesApi:
        return QStringLiteral("messages-api");
    case ImportFormat::PlainText:
        return QStringLiteral("text");
    case ImportFormat::Markdown:
        return QStringLiteral("markdown");
    }
    return {};
}

std::optional<ImportFormat> importFormatFromName(QStringView name)
{
    for (ImportFormat format : allImportFormats()) {
        if (name == importFormatName(format))
            return format;
    }
    return std::nullopt;
}

ImportFormat detectImportFormat(const QByteArray &data, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return jsonKind(data);
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ImportFormat::Markdown;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return ImportFormat::PlainText;
    const QByteArray body = data.startsWith(utf8Bom) ? data.mid(utf8Bom.size()) : data;
    if (body.trimmed().startsWith('{'))
        return jsonKind(body);
    if (!roleHeadings(markdownLines(QString::fromUtf8(body))).isEmpty())
        return ImportFormat::Markdown;
    return ImportFormat::PlainText;
}

ImportResult importPrompt(const QByteArray &data, const QString &fileName)
{
    return importPrompt(data, fileName, detectImportFormat(data, fileName));
}

ImportResult importPrompt(const QByteArray &data, const QString &fileName, ImportFormat format)
{
    // A byte order mark is an encoding detail, not part of the prompt.
    const QByteArray body = data.startsWith(utf8Bom) ? data.mid(utf8Bom.size()) : data;
    QString text;
    qsizetype badOffset = 0;
    if (!decodeUtf8(body, &text, &badOffset)) {
        return refused(format,
            atPosition(fileName, body, badOffset,
                QCoreApplication::translate("pw::Importers", "the file is not valid UTF-8 text (byte %1)").arg(badOffset)));
    }
    switch (format) {
    case ImportFormat::PromptTools:
    case ImportFormat::MessagesApi:
        return importJson(body, fileName, format);
    case ImportFormat::Markdown:
        return importMarkdown(text, fileName);
    case ImportFormat::PlainText:
        break;
    }
    return importWholeText(text, fileName, ImportFormat::PlainText);
}

} // namespace pw
