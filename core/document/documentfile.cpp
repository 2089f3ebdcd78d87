#include "documentfile.h"

#include "atomicwrite.h"
#include "documentreader.h"
#include "evaljson.h"

#include "prompt/jsonwrite.h"
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

QJsonObject valuesToJson(const VariableValues &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject suiteScoreToJson(const SuiteScore &score)
{
    return {
        {QStringLiteral("score"), score.score}, {QStringLiteral("passed"), score.passed}, {QStringLiteral("total"), score.total}};
}

QJsonObject scoresToJson(const OptimizationScores &scores)
{
    QJsonObject object {
        {QStringLiteral("round"), scores.round},
        {QStringLiteral("candidate"), scores.candidate},
        {QStringLiteral("training"), suiteScoreToJson(scores.training)},
    };
    if (scores.heldOut)
        object.insert(QStringLiteral("held_out"), suiteScoreToJson(*scores.heldOut));
    return object;
}

SuiteScore readSuiteScore(Reader &reader, const QJsonObject &object, const QString &path)
{
    SuiteScore score;
    const std::optional<double> value = reader.number(object, QStringLiteral("score"), path);
    if (!reader.failed() && (!value || *value < 0 || *value > 1)) {
        reader.fail(joinPath(path, QStringLiteral("score")),
            value ? QCoreApplication::translate("pw::DocumentFile", "must be a number from 0 to 1 (found %1)").arg(*value)
                  : QCoreApplication::translate("pw::DocumentFile", "is required"));
    }
    score.score = value.value_or(0);
    score.passed = int(std::min<qint64>(reader.count(object, QStringLiteral("passed"), path), INT_MAX));
    score.total = int(std::min<qint64>(reader.count(object, QStringLiteral("total"), path), INT_MAX));
    if (!reader.failed() && score.passed > score.total) {
        reader.fail(joinPath(path, QStringLiteral("passed")),
            QCoreApplication::translate("pw::DocumentFile", "must not be more than total (%1 of %2)")
                .arg(score.passed)
                .arg(score.total));
    }
    return score;
}

// Only optimized revisions have scores; the key is left out otherwise, so older files round-trip unchanged.
std::optional<OptimizationScores> readScores(Reader &reader, const QJsonObject &revision, const QString &revisionPath)
{
    if (Reader::isAbsent(revision.value(QLatin1String("scores"))))
        return std::nullopt;
    const QString path = joinPath(revisionPath, QStringLiteral("scores"));
    const QJsonObject object = reader.object(revision, QStringLiteral("scores"), revisionPath, true);
    if (reader.failed())
        return std::nullopt;
    OptimizationScores scores;
    scores.round = reader.positiveInt(object, QStringLiteral("round"), path, true);
    scores.candidate = reader.positiveInt(object, QStringLiteral("candidate"), path, true);
    scores.training = readSuiteScore(
        reader, reader.object(object, QStringLiteral("training"), path, true), joinPath(path, QStringLiteral("training")));
    const QJsonObject heldOut = reader.object(object, QStringLiteral("held_out"), path, false);
    if (!reader.failed() && !Reader::isAbsent(object.value(QLatin1String("held_out"))))
        scores.heldOut = readSuiteScore(reader, heldOut, joinPath(path, QStringLiteral("held_out")));
    return scores;
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
    if (revision.scores)
        object.insert(QStringLiteral("scores"), scoresToJson(*revision.scores));
    return object;
}

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
    revision.scores = readScores(reader, object, path);
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
    // The test values are the first test case's: they are written there only.
    QJsonObject object {
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), documentFormatVersion},
        {QStringLiteral("prompt"), promptToJson(document.prompt())},
        {QStringLiteral("target_model"), document.targetModel()},
        {QStringLiteral("revisions"), revisions},
        {QStringLiteral("test_cases"), testCasesToJson(document.testCases())},
        {QStringLiteral("runs"), runsToJson(document.runs())},
    };
    // Only when there is some, so that a file written before the key existed round-trips unchanged.
    if (!document.feedback().isEmpty())
        object.insert(QStringLiteral("feedback"), document.feedback());
    return object;
}

QByteArray serializeDocument(const PromptDocument &document)
{
    return toJsonBytes(documentToJson(document));
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
    // Version 1 kept the test values beside the prompt; they become the first test case.
    const VariableValues values = reader.values(object, QStringLiteral("variables"), {});
    const QString feedback = reader.string(object, QStringLiteral("feedback"), {});
    const TestSuite cases = readTestCases(reader, object);
    const QList<EvalRun> runs
        = readRuns(reader, object, [&document](int revisionId) { return document.revision(revisionId) != nullptr; });
    if (reader.failed()) {
        result.document = {};
        result.error = reader.error;
        return result;
    }
    document.setPrompt(prompt);
    document.setFeedback(feedback);
    document.setTestCases(cases);
    if (cases.isEmpty())
        document.setTestValues(values);
    for (const EvalRun &run : runs)
        document.putRun(run);
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
