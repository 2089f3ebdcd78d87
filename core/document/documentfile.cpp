#include "documentfile.h"

#include "atomicwrite.h"

#include "prompt/promptjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <climits>
#include <cmath>

namespace pw {

namespace {

const QLatin1String formatName("promptwerk");

QString joinPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QJsonObject valuesToJson(const VariableValues &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject revisionToJson(const Revision &revision)
{
    QJsonObject object {
        {QStringLiteral("id"), revision.id},
        {QStringLiteral("origin"), originName(revision.origin)},
        {QStringLiteral("time"), revision.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("prompt"), promptToJson(revision.prompt)},
        {QStringLiteral("variables"), valuesToJson(revision.values)},
        {QStringLiteral("engine"), revision.engine},
        {QStringLiteral("tool_model"), revision.toolModel},
        {QStringLiteral("target_model"), revision.targetModel},
        {QStringLiteral("feedback"), revision.feedback},
        {QStringLiteral("task"), revision.task},
        {QStringLiteral("usage"), revision.usage.toJson()},
        {QStringLiteral("note"), revision.note},
    };
    if (revision.restoredFrom > 0)
        object.insert(QStringLiteral("restored_from"), revision.restoredFrom);
    return object;
}

// Reads values by JSON path and keeps the first problem found. Absent or null
// optional values read as empty; a present value of the wrong type is an error.
class Reader
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }

    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + message;
    }

    QString string(const QJsonObject &object, const QString &key, const QString &parent, bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isString())
            return value.toString();
        if (isAbsent(value) && !required)
            return {};
        failType(joinPath(parent, key), value, QCoreApplication::translate("pw::DocumentFile", "a string"));
        return {};
    }

    // A whole number from 1 to INT_MAX; 0 when absent and not required.
    int positiveInt(const QJsonObject &object, const QString &key, const QString &parent, bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (isAbsent(value) && !required)
            return 0;
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number || number < 1 || number > INT_MAX) {
            const QString found = value.isDouble() ? QString::number(number) : jsonTypeName(value);
            fail(joinPath(parent, key),
                isAbsent(value)
                    ? QCoreApplication::translate("pw::DocumentFile", "is required")
                    : QCoreApplication::translate("pw::DocumentFile", "must be a whole number from 1 up (found %1)").arg(found));
            return 0;
        }
        return int(number);
    }

    QJsonObject object(const QJsonObject &parentObject, const QString &key, const QString &parent, bool required)
    {
        const QJsonValue value = parentObject.value(key);
        if (value.isObject())
            return value.toObject();
        if (!isAbsent(value) || required)
            failType(joinPath(parent, key), value, QCoreApplication::translate("pw::DocumentFile", "an object"));
        return {};
    }

    VariableValues values(const QJsonObject &parentObject, const QString &key, const QString &parent)
    {
        VariableValues values;
        const QString path = joinPath(parent, key);
        const QJsonObject object = this->object(parentObject, key, parent, false);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().isString()) {
                failType(
                    path + QLatin1Char('.') + it.key(), it.value(), QCoreApplication::translate("pw::DocumentFile", "a string"));
                break;
            }
            values.insert(it.key(), it.value().toString());
        }
        return values;
    }

    Prompt prompt(const QJsonObject &parentObject, const QString &key, const QString &parent)
    {
        const QString path = joinPath(parent, key);
        const QJsonObject object = this->object(parentObject, key, parent, true);
        if (failed())
            return {};
        const PromptParseResult parsed = promptFromJson(object);
        if (!parsed.ok()) {
            error = path + QLatin1Char('.') + parsed.errors.constFirst().toString();
            return {};
        }
        return parsed.prompt;
    }

    Usage usage(const QJsonObject &parentObject, const QString &key, const QString &parent)
    {
        const QJsonValue value = parentObject.value(key);
        if (isAbsent(value))
            return {};
        QString usageError;
        const std::optional<Usage> usage = Usage::fromJson(value, &usageError);
        if (!usage) {
            // Usage::fromJson names its paths from "usage".
            if (error.isEmpty())
                error = joinPath(parent, usageError);
            return {};
        }
        return *usage;
    }

private:
    static bool isAbsent(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }

    void failType(const QString &path, const QJsonValue &value, const QString &expected)
    {
        fail(path,
            value.isUndefined()
                ? QCoreApplication::translate("pw::DocumentFile", "is required")
                : QCoreApplication::translate("pw::DocumentFile", "must be %1 (found %2)").arg(expected, jsonTypeName(value)));
    }
};

Revision readRevision(Reader &reader, const QJsonValue &value, const QString &path, int previousId)
{
    Revision revision;
    if (!value.isObject()) {
        reader.fail(
            path, QCoreApplication::translate("pw::DocumentFile", "must be an object (found %1)").arg(jsonTypeName(value)));
        return revision;
    }
    const QJsonObject object = value.toObject();
    revision.id = reader.positiveInt(object, QStringLiteral("id"), path, true);
    if (!reader.failed() && revision.id <= previousId) {
        reader.fail(path + QStringLiteral(".id"),
            QCoreApplication::translate("pw::DocumentFile", "must be greater than the id before it (%1 after %2)")
                .arg(revision.id)
                .arg(previousId));
    }

    const QString origin = reader.string(object, QStringLiteral("origin"), path, true);
    if (!reader.failed()) {
        const std::optional<Origin> parsed = originFromName(origin);
        if (parsed) {
            revision.origin = *parsed;
        } else {
            QStringList names;
            for (Origin o : allOrigins())
                names.append(originName(o));
            reader.fail(path + QStringLiteral(".origin"),
                QCoreApplication::translate("pw::DocumentFile", "must be one of %1 (found \"%2\")")
                    .arg(names.join(QStringLiteral(", ")), origin));
        }
    }

    const QString time = reader.string(object, QStringLiteral("time"), path, true);
    if (!reader.failed()) {
        revision.time = QDateTime::fromString(time, Qt::ISODateWithMs);
        if (!revision.time.isValid()) {
            reader.fail(path + QStringLiteral(".time"),
                QCoreApplication::translate(
                    "pw::DocumentFile", "must be an ISO 8601 date and time like 2026-11-01T09:30:00Z (found \"%1\")")
                    .arg(time));
        }
    }

    revision.prompt = reader.prompt(object, QStringLiteral("prompt"), path);
    revision.values = reader.values(object, QStringLiteral("variables"), path);
    revision.engine = reader.string(object, QStringLiteral("engine"), path);
    revision.toolModel = reader.string(object, QStringLiteral("tool_model"), path);
    revision.targetModel = reader.string(object, QStringLiteral("target_model"), path);
    revision.feedback = reader.string(object, QStringLiteral("feedback"), path);
    revision.task = reader.string(object, QStringLiteral("task"), path);
    revision.usage = reader.usage(object, QStringLiteral("usage"), path);
    revision.note = reader.string(object, QStringLiteral("note"), path);
    revision.restoredFrom = reader.positiveInt(object, QStringLiteral("restored_from"), path);
    if (!reader.failed() && revision.restoredFrom >= revision.id && revision.restoredFrom > 0) {
        reader.fail(path + QStringLiteral(".restored_from"),
            QCoreApplication::translate("pw::DocumentFile", "must name an earlier revision (found %1)")
                .arg(revision.restoredFrom));
    }
    return revision;
}

} // namespace

QString documentFileSuffix()
{
    return QStringLiteral("promptwerk");
}

QJsonObject documentToJson(const PromptDocument &document)
{
    QJsonArray revisions;
    for (const Revision &revision : document.revisions())
        revisions.append(revisionToJson(revision));
    return {
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), documentFormatVersion},
        {QStringLiteral("prompt"), promptToJson(document.prompt())},
        {QStringLiteral("variables"), valuesToJson(document.testValues())},
        {QStringLiteral("target_model"), document.targetModel()},
        {QStringLiteral("revisions"), revisions},
    };
}

QByteArray serializeDocument(const PromptDocument &document)
{
    return QJsonDocument(documentToJson(document)).toJson(QJsonDocument::Indented);
}

DocumentReadResult documentFromJson(const QJsonObject &object)
{
    DocumentReadResult result;
    Reader reader;

    const QJsonValue format = object.value(QLatin1String("format"));
    if (format.isUndefined()) {
        result.error
            = QCoreApplication::translate("pw::DocumentFile", "not a Promptwerk document (it has no \"format\": \"promptwerk\")");
        return result;
    }
    if (format != QJsonValue(formatName)) {
        const QString found = format.isString() ? QLatin1Char('"') + format.toString() + QLatin1Char('"') : jsonTypeName(format);
        result.error = QCoreApplication::translate("pw::DocumentFile", "%1: must be \"%2\" (found %3)")
                           .arg(QLatin1String("format"), formatName, found);
        return result;
    }
    const int version = reader.positiveInt(object, QStringLiteral("version"), {}, true);
    if (reader.failed()) {
        result.error = reader.error;
        return result;
    }
    if (version > documentFormatVersion) {
        result.error = QCoreApplication::translate("pw::DocumentFile",
            "%1: the file is format version %2, newer than this Promptwerk reads "
            "(up to %3); open it with a newer Promptwerk")
                           .arg(QLatin1String("version"))
                           .arg(version)
                           .arg(documentFormatVersion);
        return result;
    }

    PromptDocument &document = result.document;
    document.setTargetModel(reader.string(object, QStringLiteral("target_model"), {}));
    const QJsonValue revisions = object.value(QLatin1String("revisions"));
    if (!revisions.isArray() && !revisions.isUndefined()) {
        reader.fail(QStringLiteral("revisions"),
            QCoreApplication::translate("pw::DocumentFile", "must be an array (found %1)").arg(jsonTypeName(revisions)));
    }
    const QJsonArray revisionArray = revisions.toArray();
    for (qsizetype i = 0; i < revisionArray.size() && !reader.failed(); ++i) {
        const int previousId = document.latestRevision() ? document.latestRevision()->id : 0;
        const Revision revision = readRevision(reader, revisionArray[i], QStringLiteral("revisions[%1]").arg(i), previousId);
        if (!reader.failed())
            document.addRevision(revision);
    }
    // The working copy last: addRevision() made each revision current in turn.
    const Prompt prompt = reader.prompt(object, QStringLiteral("prompt"), {});
    const VariableValues values = reader.values(object, QStringLiteral("variables"), {});
    if (reader.failed()) {
        result.document = {};
        result.error = reader.error;
        return result;
    }
    document.setPrompt(prompt);
    document.setTestValues(values);
    return result;
}

DocumentReadResult parseDocument(const QByteArray &data, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    DocumentReadResult result;
    if (parseError.error != QJsonParseError::NoError) {
        result.error = jsonParseErrorText(data, parseError, sourceName);
        return result;
    }
    if (!json.isObject()) {
        result.error
            = QCoreApplication::translate("pw::DocumentFile", "%1: not a Promptwerk document (the file must hold a JSON object)")
                  .arg(sourceName);
        return result;
    }
    result = documentFromJson(json.object());
    if (!result.ok())
        result.error = sourceName + QStringLiteral(": ") + result.error;
    return result;
}

DocumentReadResult loadDocumentFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DocumentReadResult result;
        result.error = QCoreApplication::translate("pw::DocumentFile", "cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return parseDocument(file.readAll(), path);
}

bool saveDocumentFile(const PromptDocument &document, const QString &path, QString *error)
{
    return writeFileAtomically(path, serializeDocument(document), error);
}

bool looksLikeDocument(const QByteArray &data, const QString &fileName)
{
    if (QFileInfo(fileName).suffix().compare(documentFileSuffix(), Qt::CaseInsensitive) == 0)
        return true;
    const QJsonDocument json = QJsonDocument::fromJson(data);
    return json.isObject() && json.object().value(QLatin1String("format")) == QJsonValue(formatName);
}

} // namespace pw
