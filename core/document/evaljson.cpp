#include "evaljson.h"

#include "model/testcasejson.h"

#include <QSet>

namespace pw {

namespace {

constexpr CellResult::Status allStatuses[]
    = {CellResult::Status::Pending, CellResult::Status::Succeeded, CellResult::Status::Failed, CellResult::Status::Canceled};

// Optional fields are written only when set, so what is read back writes the same bytes.
void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject settingsToJson(const ModelSettings &settings)
{
    QJsonObject object {{QStringLiteral("engine"), settings.engine}, {QStringLiteral("model"), settings.model},
        {QStringLiteral("max_tokens"), settings.maxTokens}};
    if (settings.temperature)
        object.insert(QStringLiteral("temperature"), *settings.temperature);
    if (settings.topP)
        object.insert(QStringLiteral("top_p"), *settings.topP);
    if (!settings.stopSequences.isEmpty())
        object.insert(QStringLiteral("stop_sequences"), QJsonArray::fromStringList(settings.stopSequences));
    if (settings.thinkingBudget > 0)
        object.insert(QStringLiteral("thinking_budget"), settings.thinkingBudget);
    return object;
}

QJsonObject gradeToJson(const GradeResult &grade)
{
    QJsonObject object {{QStringLiteral("type"), grade.assertionType}, {QStringLiteral("pass"), grade.pass},
        {QStringLiteral("score"), grade.score}};
    insertIfSet(object, QStringLiteral("reason"), grade.reason);
    if (grade.weight != 1.0)
        object.insert(QStringLiteral("weight"), grade.weight);
    return object;
}

QJsonObject cellToJson(const CellResult &cell)
{
    QJsonObject object {{QStringLiteral("case"), cell.caseId}, {QStringLiteral("status"), cellStatusName(cell.status)}};
    if (cell.repeat > 0)
        object.insert(QStringLiteral("repeat"), cell.repeat);
    insertIfSet(object, QStringLiteral("output"), cell.output);
    insertIfSet(object, QStringLiteral("stop_reason"), cell.stopReason);
    if (cell.usage != Usage {})
        object.insert(QStringLiteral("usage"), cell.usage.toJson());
    if (cell.firstTokenMs >= 0)
        object.insert(QStringLiteral("first_token_ms"), cell.firstTokenMs);
    if (cell.latencyMs >= 0)
        object.insert(QStringLiteral("latency_ms"), cell.latencyMs);
    insertIfSet(object, QStringLiteral("request_id"), cell.requestId);
    if (cell.costUsd)
        object.insert(QStringLiteral("cost_usd"), *cell.costUsd);
    insertIfSet(object, QStringLiteral("error"), cell.error);
    if (!cell.grades.isEmpty()) {
        QJsonArray grades;
        for (const GradeResult &grade : cell.grades)
            grades.append(gradeToJson(grade));
        object.insert(QStringLiteral("grades"), grades);
    }
    object.insert(QStringLiteral("pass"), cell.pass);
    object.insert(QStringLiteral("score"), cell.score);
    if (!cell.human.isEmpty()) {
        QJsonObject human;
        if (cell.human.pass)
            human.insert(QStringLiteral("pass"), *cell.human.pass);
        if (cell.human.rating > 0)
            human.insert(QStringLiteral("rating"), cell.human.rating);
        insertIfSet(human, QStringLiteral("comment"), cell.human.comment);
        object.insert(QStringLiteral("human"), human);
    }
    return object;
}

QJsonObject runToJson(const EvalRun &run)
{
    QJsonArray cells;
    for (const CellResult &cell : run.cells)
        cells.append(cellToJson(cell));
    QJsonObject object {{QStringLiteral("id"), run.id}, {QStringLiteral("revision"), run.revisionId},
        {QStringLiteral("settings"), settingsToJson(run.settings)}, {QStringLiteral("cells"), cells}};
    insertIfSet(object, QStringLiteral("label"), run.label);
    if (run.started.isValid())
        object.insert(QStringLiteral("started"), run.started.toUTC().toString(Qt::ISODateWithMs));
    if (run.batch)
        object.insert(QStringLiteral("batch"), true);
    if (!run.batchIds.isEmpty())
        object.insert(QStringLiteral("batch_ids"), QJsonArray::fromStringList(run.batchIds));
    return object;
}

// A non-empty id not used before in its list.
QString readId(Reader &reader, const QJsonObject &object, const QString &key, const QString &path, QSet<QString> &seen)
{
    const QString id = reader.string(object, key, path, true);
    if (reader.failed())
        return id;
    if (id.isEmpty())
        reader.fail(joinPath(path, key), QCoreApplication::translate("pw::DocumentFile", "must not be empty"));
    else if (seen.contains(id))
        reader.fail(joinPath(path, key), QCoreApplication::translate("pw::DocumentFile", "\"%1\" is used twice").arg(id));
    seen.insert(id);
    return id;
}

CellResult readCell(Reader &reader, const QJsonValue &value, const QString &path)
{
    CellResult cell;
    const QJsonObject object = reader.element(value, path);
    cell.caseId = reader.string(object, QStringLiteral("case"), path, true);
    if (!reader.failed() && cell.caseId.isEmpty())
        reader.fail(path + QStringLiteral(".case"), QCoreApplication::translate("pw::DocumentFile", "must not be empty"));
    cell.repeat = int(std::min<qint64>(reader.count(object, QStringLiteral("repeat"), path), INT_MAX));
    const QString status = reader.string(object, QStringLiteral("status"), path, true);
    bool known = false;
    QStringList names;
    for (const CellResult::Status candidate : allStatuses) {
        names.append(cellStatusName(candidate));
        if (status == cellStatusName(candidate)) {
            cell.status = candidate;
            known = true;
        }
    }
    if (!reader.failed() && !known) {
        reader.fail(path + QStringLiteral(".status"),
            QCoreApplication::translate("pw::DocumentFile", "must be one of %1 (found \"%2\")")
                .arg(names.join(QStringLiteral(", ")), status));
    }
    cell.output = reader.string(object, QStringLiteral("output"), path);
    cell.stopReason = reader.string(object, QStringLiteral("stop_reason"), path);
    cell.usage = reader.usage(object, QStringLiteral("usage"), path);
    cell.firstTokenMs = reader.count(object, QStringLiteral("first_token_ms"), path, -1);
    cell.latencyMs = reader.count(object, QStringLiteral("latency_ms"), path, -1);
    cell.requestId = reader.string(object, QStringLiteral("request_id"), path);
    cell.costUsd = reader.number(object, QStringLiteral("cost_usd"), path);
    cell.error = reader.string(object, QStringLiteral("error"), path);
    const QJsonArray grades = reader.array(object, QStringLiteral("grades"), path);
    for (qsizetype i = 0; i < grades.size() && !reader.failed(); ++i) {
        const QString gradePath = QStringLiteral("%1.grades[%2]").arg(path).arg(i);
        const QJsonObject gradeObject = reader.element(grades.at(i), gradePath);
        GradeResult grade;
        grade.assertionType = reader.string(gradeObject, QStringLiteral("type"), gradePath, true);
        grade.pass = reader.boolean(gradeObject, QStringLiteral("pass"), gradePath);
        grade.score = reader.number(gradeObject, QStringLiteral("score"), gradePath).value_or(0);
        grade.reason = reader.string(gradeObject, QStringLiteral("reason"), gradePath);
        grade.weight = reader.number(gradeObject, QStringLiteral("weight"), gradePath).value_or(1.0);
        cell.grades.append(grade);
    }
    cell.pass = reader.boolean(object, QStringLiteral("pass"), path);
    cell.score = reader.number(object, QStringLiteral("score"), path).value_or(0);
    const QJsonObject human = reader.object(object, QStringLiteral("human"), path, false);
    const QString humanPath = path + QStringLiteral(".human");
    if (human.contains(QLatin1String("pass")))
        cell.human.pass = reader.boolean(human, QStringLiteral("pass"), humanPath);
    cell.human.rating = int(reader.count(human, QStringLiteral("rating"), humanPath));
    if (!reader.failed() && cell.human.rating > 5)
        reader.fail(humanPath + QStringLiteral(".rating"),
            QCoreApplication::translate("pw::DocumentFile", "must be from 1 to 5 (found %1)").arg(cell.human.rating));
    cell.human.comment = reader.string(human, QStringLiteral("comment"), humanPath);
    return cell;
}

} // namespace

QString cellStatusName(CellResult::Status status)
{
    switch (status) {
    case CellResult::Status::Pending:
        return QStringLiteral("pending");
    case CellResult::Status::Succeeded:
        return QStringLiteral("succeeded");
    case CellResult::Status::Failed:
        return QStringLiteral("failed");
    case CellResult::Status::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

QJsonArray testCasesToJson(const TestSuite &cases)
{
    QJsonArray array;
    for (const TestCase &testCase : cases)
        array.append(testCaseToJson(testCase));
    return array;
}

QJsonArray runsToJson(const QList<EvalRun> &runs)
{
    QJsonArray array;
    for (const EvalRun &run : runs)
        array.append(runToJson(run));
    return array;
}

TestSuite readTestCases(Reader &reader, const QJsonObject &document)
{
    TestSuite cases;
    QSet<QString> ids;
    const QJsonArray array = reader.array(document, QStringLiteral("test_cases"), {});
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        const QString path = QStringLiteral("test_cases[%1]").arg(i);
        std::optional<TestCase> testCase = testCaseFromJson(array.at(i), path, &reader.error);
        if (!testCase)
            break;
        readId(reader, array.at(i).toObject(), QStringLiteral("id"), path, ids);
        cases.append(*testCase);
    }
    return reader.failed() ? TestSuite() : cases;
}

QList<EvalRun> readRuns(Reader &reader, const QJsonObject &document, const std::function<bool(int)> &revisionExists)
{
    QList<EvalRun> runs;
    QSet<QString> ids;
    const QJsonArray array = reader.array(document, QStringLiteral("runs"), {});
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        const QString path = QStringLiteral("runs[%1]").arg(i);
        const QJsonObject object = reader.element(array.at(i), path);
        EvalRun run;
        run.id = readId(reader, object, QStringLiteral("id"), path, ids);
        run.revisionId = int(std::min<qint64>(reader.count(object, QStringLiteral("revision"), path), INT_MAX));
        if (!reader.failed() && run.revisionId > 0 && !revisionExists(run.revisionId))
            reader.fail(path + QStringLiteral(".revision"),
                QCoreApplication::translate("pw::DocumentFile", "names no revision of this document (found %1)")
                    .arg(run.revisionId));
        run.label = reader.string(object, QStringLiteral("label"), path);
        const QString started = reader.string(object, QStringLiteral("started"), path);
        if (!reader.failed() && !started.isEmpty()) {
            run.started = QDateTime::fromString(started, Qt::ISODateWithMs);
            if (!run.started.isValid()) {
                reader.fail(path + QStringLiteral(".started"),
                    QCoreApplication::translate(
                        "pw::DocumentFile", "must be an ISO 8601 date and time like 2026-11-01T09:30:00Z (found \"%1\")")
                        .arg(started));
            }
        }
        run.batch = reader.boolean(object, QStringLiteral("batch"), path);
        run.batchIds = reader.strings(object, QStringLiteral("batch_ids"), path);

        const QString settingsPath = path + QStringLiteral(".settings");
        const QJsonObject settings = reader.object(object, QStringLiteral("settings"), path, true);
        run.settings.engine = reader.string(settings, QStringLiteral("engine"), settingsPath);
        run.settings.model = reader.string(settings, QStringLiteral("model"), settingsPath);
        run.settings.maxTokens = reader.positiveInt(settings, QStringLiteral("max_tokens"), settingsPath, true);
        run.settings.temperature = reader.number(settings, QStringLiteral("temperature"), settingsPath);
        run.settings.topP = reader.number(settings, QStringLiteral("top_p"), settingsPath);
        run.settings.stopSequences = reader.strings(settings, QStringLiteral("stop_sequences"), settingsPath);
        run.settings.thinkingBudget = reader.positiveInt(settings, QStringLiteral("thinking_budget"), settingsPath);

        const QJsonArray cells = reader.array(object, QStringLiteral("cells"), path);
        for (qsizetype j = 0; j < cells.size() && !reader.failed(); ++j)
            run.cells.append(readCell(reader, cells.at(j), QStringLiteral("%1.cells[%2]").arg(path).arg(j)));
        runs.append(run);
    }
    return reader.failed() ? QList<EvalRun>() : runs;
}

} // namespace pw
