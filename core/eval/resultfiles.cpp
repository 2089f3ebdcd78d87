#include "resultfiles.h"

#include "casefiles.h"
#include "csv.h"
#include "model/testcasejson.h"

#include "prompt/jsonwrite.h"
#include "prompt/promptjson.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

#include <algorithm>

namespace pw {

namespace {

bool ran(const CellResult &cell)
{
    return cell.status == CellResult::Status::Succeeded || cell.status == CellResult::Status::Failed;
}

QString statusName(const CellResult &cell)
{
    switch (cell.status) {
    case CellResult::Status::Succeeded:
        return cell.pass ? QStringLiteral("passed") : QStringLiteral("failed");
    case CellResult::Status::Failed:
        return QStringLiteral("error");
    case CellResult::Status::Pending:
    case CellResult::Status::Canceled:
        break;
    }
    return QStringLiteral("not run");
}

// The reasons of the grades that failed, or the first reason when none did.
QString failureReasons(const CellResult &cell)
{
    QStringList reasons;
    for (const GradeResult &grade : cell.grades) {
        if (!grade.pass)
            reasons.append(grade.reason);
    }
    return reasons.join(QStringLiteral("; "));
}

qint64 percentile(QList<qint64> sorted, double fraction)
{
    if (sorted.isEmpty())
        return -1;
    // Nearest rank, so the figure is one that was measured.
    const auto rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

// Where each case is in the suite: writers look a case up per cell, and a
// scan per cell would make a large suite's file quadratic to write.
class CaseIndex
{
public:
    explicit CaseIndex(const TestSuite &cases) : m_cases(cases)
    {
        m_positions.reserve(cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i)
            m_positions.insert(cases[i].id, i);
    }

    const TestCase *find(const QString &id, qsizetype *index) const
    {
        const auto it = m_positions.constFind(id);
        if (it == m_positions.cend())
            return nullptr;
        *index = *it;
        return &m_cases[*it];
    }

    // Unknown ids sort last.
    qsizetype position(const QString &id) const { return m_positions.value(id, m_positions.size()); }

private:
    const TestSuite &m_cases;
    QHash<QString, qsizetype> m_positions;
};

QString providerId(const ModelSettings &settings)
{
    return settings.engine.isEmpty() ? settings.model : settings.engine + QLatin1Char(':') + settings.model;
}

// The template as promptfoo shows a chat prompt: a JSON array of messages.
QString promptText(const EvalReport &report, qsizetype run)
{
    if (run >= report.prompts.size())
        return report.runs[run].label;
    const Prompt &prompt = report.prompts[run];
    QJsonArray chat;
    if (!prompt.system.isEmpty())
        chat.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), prompt.system}});
    for (const Message &message : prompt.messages)
        chat.append(QJsonObject {{QStringLiteral("role"), roleName(message.role)}, {QStringLiteral("content"), message.text()}});
    return QString::fromUtf8(toJsonBytes(chat, QJsonDocument::Compact));
}

QJsonObject tokenUsageJson(const Usage &usage, int requests)
{
    return {{QStringLiteral("total"), usage.inputTokens + usage.outputTokens}, {QStringLiteral("prompt"), usage.inputTokens},
        {QStringLiteral("completion"), usage.outputTokens}, {QStringLiteral("cached"), usage.cacheReadInputTokens},
        {QStringLiteral("numRequests"), requests}};
}

QJsonObject varsJson(const VariableValues &vars)
{
    QJsonObject object;
    for (auto it = vars.begin(); it != vars.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// Scores per metric: the weighted mean of the grades of the assertions that
// name it. Grades follow the case's assertions in order.
QJsonObject namedScores(const CellResult &cell, const TestCase &testCase)
{
    QMap<QString, std::pair<double, double>> sums; // metric -> (weighted score, weight)
    if (cell.grades.size() == testCase.assertions.size()) {
        for (qsizetype i = 0; i < cell.grades.size(); ++i) {
            const QString &metric = testCase.assertions[i].metric;
            if (metric.isEmpty())
                continue;
            sums[metric].first += cell.grades[i].score * cell.grades[i].weight;
            sums[metric].second += cell.grades[i].weight;
        }
    }
    QJsonObject scores;
    for (auto it = sums.begin(); it != sums.end(); ++it)
        scores.insert(it.key(), it.value().second > 0 ? it.value().first / it.value().second : 0.0);
    return scores;
}

QJsonObject gradingResultJson(const CellResult &cell, const TestCase &testCase)
{
    QJsonArray components;
    const QJsonArray asserts = testCaseToJson(testCase).value(QLatin1String("assert")).toArray();
    for (qsizetype i = 0; i < cell.grades.size(); ++i) {
        const GradeResult &grade = cell.grades[i];
        QJsonObject component {{QStringLiteral("pass"), grade.pass}, {QStringLiteral("score"), grade.score},
            {QStringLiteral("reason"), grade.reason}};
        component.insert(QStringLiteral("assertion"),
            i < asserts.size() ? asserts[i] : QJsonObject {{QStringLiteral("type"), grade.assertionType}});
        components.append(component);
    }
    QString reason = failureReasons(cell);
    if (reason.isEmpty())
        reason = cell.grades.isEmpty() ? QStringLiteral("No assertions") : QStringLiteral("All assertions passed");
    return {{QStringLiteral("pass"), cell.pass}, {QStringLiteral("score"), cell.score}, {QStringLiteral("reason"), reason},
        {QStringLiteral("namedScores"), namedScores(cell, testCase)}, {QStringLiteral("componentResults"), components}};
}

// promptfoo's ResultFailureReason: 0 none, 1 an assertion failed, 2 an error.
int failureReason(const CellResult &cell)
{
    if (cell.status == CellResult::Status::Failed)
        return 2;
    return cell.pass ? 0 : 1;
}

QJsonObject promptMetrics(const EvalRun &run, const CaseIndex &cases)
{
    const RunSummary summary = summarizeRun(run);
    int assertPasses = 0;
    int assertFailures = 0;
    double scoreSum = 0;
    QMap<QString, std::pair<double, int>> named;
    for (const CellResult &cell : run.cells) {
        if (cell.status != CellResult::Status::Succeeded)
            continue;
        scoreSum += cell.score;
        for (const GradeResult &grade : cell.grades)
            (grade.pass ? assertPasses : assertFailures) += 1;
        qsizetype index = 0;
        if (const TestCase *testCase = cases.find(cell.caseId, &index)) {
            const QJsonObject scores = namedScores(cell, *testCase);
            for (auto it = scores.begin(); it != scores.end(); ++it) {
                named[it.key()].first += it.value().toDouble();
                named[it.key()].second += 1;
            }
        }
    }
    QJsonObject namedSums;
    QJsonObject namedCounts;
    for (auto it = named.begin(); it != named.end(); ++it) {
        namedSums.insert(it.key(), it.value().first);
        namedCounts.insert(it.key(), it.value().second);
    }
    return {{QStringLiteral("score"), scoreSum}, {QStringLiteral("testPassCount"), summary.passed},
        {QStringLiteral("testFailCount"), summary.failed}, {QStringLiteral("testErrorCount"), summary.errors},
        {QStringLiteral("assertPassCount"), assertPasses}, {QStringLiteral("assertFailCount"), assertFailures},
        {QStringLiteral("totalLatencyMs"), summary.totalLatencyMs},
        {QStringLiteral("tokenUsage"), tokenUsageJson(summary.usage, summary.passed + summary.failed + summary.errors)},
        {QStringLiteral("namedScores"), namedSums}, {QStringLiteral("namedScoresCount"), namedCounts},
        {QStringLiteral("cost"), summary.costUsd.value_or(0)}};
}

QString timestamp(const EvalReport &report)
{
    const QDateTime created = report.created.isValid() ? report.created : QDateTime::currentDateTimeUtc();
    return created.toUTC().toString(Qt::ISODateWithMs);
}

// Cells of a run in a stable order: by case (file order), then repeat.
QList<const CellResult *> orderedCells(const EvalRun &run, const CaseIndex &cases)
{
    QList<const CellResult *> cells;
    cells.reserve(run.cells.size());
    for (const CellResult &cell : run.cells)
        cells.append(&cell);
    std::stable_sort(cells.begin(), cells.end(), [&cases](const CellResult *a, const CellResult *b) {
        const qsizetype left = cases.position(a->caseId);
        const qsizetype right = cases.position(b->caseId);
        return left != right ? left < right : a->repeat < b->repeat;
    });
    return cells;
}

// Text content with its carriage returns kept: XML readers turn a literal CR
// into LF, a character reference survives.
void writeText(QXmlStreamWriter &writer, const QString &text)
{
    const QStringList pieces = xmlSafeText(text).split(QLatin1Char('\r'));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            writer.writeEntityReference(QStringLiteral("#13"));
        writer.writeCharacters(pieces[i]);
    }
}

void writeTextElement(QXmlStreamWriter &writer, const QString &name, const QString &text)
{
    writer.writeStartElement(name);
    writeText(writer, text);
    writer.writeEndElement();
}

} // namespace

RunSummary summarizeRun(const EvalRun &run)
{
    RunSummary summary;
    QList<qint64> latencies;
    double scoreSum = 0;
    for (const CellResult &cell : run.cells) {
        switch (cell.status) {
        case CellResult::Status::Succeeded:
            (cell.pass ? summary.passed : summary.failed) += 1;
            scoreSum += cell.score;
            break;
        case CellResult::Status::Failed:
            ++summary.errors;
            break;
        case CellResult::Status::Pending:
        case CellResult::Status::Canceled:
            ++summary.notRun;
            continue;
        }
        summary.usage += cell.usage;
        if (cell.costUsd)
            summary.costUsd = summary.costUsd.value_or(0) + *cell.costUsd;
        if (cell.latencyMs >= 0) {
            latencies.append(cell.latencyMs);
            summary.totalLatencyMs += cell.latencyMs;
        }
    }
    const int graded = summary.passed + summary.failed;
    summary.meanScore = graded > 0 ? scoreSum / graded : 0;
    std::sort(latencies.begin(), latencies.end());
    summary.latencyP50Ms = percentile(latencies, 0.50);
    summary.latencyP95Ms = percentile(latencies, 0.95);
    return summary;
}

std::optional<ResultFormat> resultFormatForFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return ResultFormat::PromptfooJson;
    if (suffix == QLatin1String("csv"))
        return ResultFormat::Csv;
    if (suffix == QLatin1String("xml"))
        return ResultFormat::JUnitXml;
    return std::nullopt;
}

bool writeResults(const EvalReport &report, ResultFormat format, QIODevice &out)
{
    switch (format) {
    case ResultFormat::PromptfooJson:
        return writePromptfooJson(report, out);
    case ResultFormat::Csv:
        return writeResultsCsv(report, out);
    case ResultFormat::JUnitXml:
        return writeJUnitXml(report, out);
    }
    return false;
}

QByteArray writeResults(const EvalReport &report, ResultFormat format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeResults(report, format, buffer);
    return bytes;
}

bool writePromptfooJson(const EvalReport &report, QIODevice &out)
{
    // Streamed a result at a time: a suite of 10,000 cases makes a file of
    // tens of megabytes, which as one QJsonDocument would take several times
    // that in memory. So "results" is written by hand around rows that are
    // each written by the one JSON writer, and the evalId, which hashes the
    // rows, comes last (a JSON object's keys have no order).
    const CaseIndex cases(report.cases);
    const QString time = timestamp(report);
    QJsonArray prompts;
    QJsonArray promptTexts;
    QJsonArray providers;
    RunSummary totals;
    for (qsizetype r = 0; r < report.runs.size(); ++r) {
        const EvalRun &run = report.runs[r];
        const QJsonObject prompt {{QStringLiteral("raw"), promptText(report, r)}, {QStringLiteral("label"), run.label}};
        QJsonObject completed = prompt;
        completed.insert(QStringLiteral("provider"), providerId(run.settings));
        completed.insert(QStringLiteral("metrics"), promptMetrics(run, cases));
        prompts.append(completed);
        promptTexts.append(prompt.value(QLatin1String("raw")));
        if (!providers.contains(providerId(run.settings)))
            providers.append(providerId(run.settings));
        const RunSummary summary = summarizeRun(run);
        totals.passed += summary.passed;
        totals.failed += summary.failed;
        totals.errors += summary.errors;
        totals.usage += summary.usage;
    }
    bool ok = true;
    const auto write = [&out, &ok](const QByteArray &bytes) {
        ok = ok && out.write(bytes) == bytes.size();
    };
    const QJsonObject stats {{QStringLiteral("successes"), totals.passed}, {QStringLiteral("failures"), totals.failed},
        {QStringLiteral("errors"), totals.errors},
        {QStringLiteral("tokenUsage"), tokenUsageJson(totals.usage, totals.passed + totals.failed + totals.errors)}};
    QByteArray head = toJsonBytes(QJsonObject {{QStringLiteral("version"), 3}, {QStringLiteral("timestamp"), time},
                                      {QStringLiteral("prompts"), prompts}, {QStringLiteral("stats"), stats}},
        QJsonDocument::Compact);
    head.chop(1); // the closing brace: "results" follows
    write("{\"results\":" + head + ",\"results\":[");
    QCryptographicHash digest(QCryptographicHash::Sha256);
    bool first = true;
    for (qsizetype r = 0; r < report.runs.size(); ++r) {
        const EvalRun &run = report.runs[r];
        const QJsonObject prompt {{QStringLiteral("raw"), promptText(report, r)}, {QStringLiteral("label"), run.label}};
        const QJsonObject provider {
            {QStringLiteral("id"), providerId(run.settings)}, {QStringLiteral("label"), run.settings.model}};
        for (const CellResult *cell : orderedCells(run, cases)) {
            qsizetype caseIndex = 0;
            const TestCase *testCase = cases.find(cell->caseId, &caseIndex);
            if (!ran(*cell) || !testCase)
                continue;
            QJsonObject result {{QStringLiteral("promptIdx"), r},
                {QStringLiteral("testIdx"), cell->repeat * report.cases.size() + caseIndex},
                {QStringLiteral("testCase"), testCaseToJson(*testCase)}, {QStringLiteral("vars"), varsJson(testCase->vars)},
                {QStringLiteral("prompt"), prompt}, {QStringLiteral("provider"), provider},
                {QStringLiteral("success"), cell->pass}, {QStringLiteral("score"), cell->score},
                {QStringLiteral("latencyMs"), std::max<qint64>(cell->latencyMs, 0)},
                {QStringLiteral("cost"), cell->costUsd.value_or(0)}, {QStringLiteral("failureReason"), failureReason(*cell)},
                {QStringLiteral("namedScores"), namedScores(*cell, *testCase)},
                {QStringLiteral("metadata"),
                    QJsonObject {{QStringLiteral("caseId"), cell->caseId}, {QStringLiteral("requestId"), cell->requestId}}}};
            if (cell->status == CellResult::Status::Succeeded) {
                result.insert(QStringLiteral("response"),
                    QJsonObject {{QStringLiteral("output"), cell->output},
                        {QStringLiteral("tokenUsage"), tokenUsageJson(cell->usage, 1)},
                        {QStringLiteral("finishReason"), cell->stopReason}, {QStringLiteral("cached"), false}});
                result.insert(QStringLiteral("gradingResult"), gradingResultJson(*cell, *testCase));
                result.insert(QStringLiteral("error"), QJsonValue::Null);
            } else {
                result.insert(QStringLiteral("error"), cell->error);
                result.insert(QStringLiteral("gradingResult"), QJsonValue::Null);
            }
            QByteArray row = toJsonBytes(result, QJsonDocument::Compact);
            digest.addData(row);
            write((first ? QByteArray("\n") : QByteArray(",\n")) + row);
            first = false;
        }
    }
    write("\n]},\n");
    // promptfoo's ids are "eval-XXX-<time to the second>"; ours take XXX from
    // the content, so that two different files never share an id.
    digest.addData(time.toUtf8());
    const QByteArray id = digest.result().toHex().left(3);
    QByteArray config = toJsonBytes(QJsonObject {{QStringLiteral("description"), report.description},
                                        {QStringLiteral("prompts"), promptTexts}, {QStringLiteral("providers"), providers}},
        QJsonDocument::Compact);
    config.chop(1); // the closing brace: "tests" follows, a case at a time
    write("\"config\":" + config + ",\"tests\":[");
    for (qsizetype i = 0; i < report.cases.size(); ++i)
        write((i > 0 ? QByteArray(",\n") : QByteArray("\n"))
            + toJsonBytes(testCaseToJson(report.cases[i]), QJsonDocument::Compact));
    const QJsonObject metadata {
        {QStringLiteral("evaluationCreatedAt"), time}, {QStringLiteral("author"), QStringLiteral("Promptwerk")}};
    write("\n]},\n\"metadata\":" + toJsonBytes(metadata, QJsonDocument::Compact)
        + ",\n\"evalId\":" + jsonString(QStringLiteral("eval-%1-%2").arg(QString::fromLatin1(id), time.left(19))) + "}\n");
    return ok;
}

bool writeResultsCsv(const EvalReport &report, QIODevice &out)
{
    const CaseIndex cases(report.cases);
    bool ok = true;
    const auto write = [&out, &ok](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        ok = ok && out.write(bytes) == bytes.size();
    };
    QStringList vars;
    for (const TestCase &testCase : report.cases) {
        for (auto it = testCase.vars.begin(); it != testCase.vars.end(); ++it) {
            if (!vars.contains(it.key()))
                vars.append(it.key());
        }
    }
    QStringList header {QStringLiteral("prompt"), QStringLiteral("provider"), QStringLiteral("case"),
        QStringLiteral("description"), QStringLiteral("repeat")};
    header += vars;
    header += QStringList {QStringLiteral("output"), QStringLiteral("status"), QStringLiteral("score"), QStringLiteral("reason"),
        QStringLiteral("latency_ms"), QStringLiteral("input_tokens"), QStringLiteral("output_tokens"),
        QStringLiteral("cost_usd_estimate"), QStringLiteral("error"), QStringLiteral("request_id")};
    write(csvRecord(header));
    for (const EvalRun &run : report.runs) {
        for (const CellResult *cell : orderedCells(run, cases)) {
            qsizetype caseIndex = 0;
            const TestCase *testCase = cases.find(cell->caseId, &caseIndex);
            QStringList record {run.label, providerId(run.settings), cell->caseId, testCase ? testCase->description : QString(),
                QString::number(cell->repeat + 1)};
            for (const QString &var : std::as_const(vars))
                record.append(testCase ? testCase->vars.value(var) : QString());
            const bool answered = cell->status == CellResult::Status::Succeeded;
            record += QStringList {answered ? cell->output : QString(), statusName(*cell),
                answered ? QString::number(cell->score, 'g', QLocale::FloatingPointShortest) : QString(),
                answered ? failureReasons(*cell) : QString(), cell->latencyMs >= 0 ? QString::number(cell->latencyMs) : QString(),
                ran(*cell) ? QString::number(cell->usage.inputTokens) : QString(),
                ran(*cell) ? QString::number(cell->usage.outputTokens) : QString(),
                cell->costUsd ? QString::number(*cell->costUsd, 'f', 6) : QString(), cell->error, cell->requestId};
            write(csvRecord(record));
        }
    }
    return ok;
}

QString xmlSafeText(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xD7FF) || (u >= 0xE000 && u <= 0xFFFD);
        if (allowed)
            safe += c;
    }
    return safe;
}

bool writeJUnitXml(const EvalReport &report, QIODevice &out)
{
    const CaseIndex cases(report.cases);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    auto seconds = [](qint64 ms) {
        return QString::number(double(std::max<qint64>(ms, 0)) / 1000.0, 'f', 3);
    };
    RunSummary totals;
    for (const EvalRun &run : report.runs) {
        const RunSummary summary = summarizeRun(run);
        totals.passed += summary.passed;
        totals.failed += summary.failed;
        totals.errors += summary.errors;
        totals.notRun += summary.notRun;
        totals.totalLatencyMs += summary.totalLatencyMs;
    }
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeAttribute(QStringLiteral("name"),
        xmlSafeText(report.description.isEmpty() ? QStringLiteral("Promptwerk evaluation") : report.description));
    writer.writeAttribute(
        QStringLiteral("tests"), QString::number(totals.passed + totals.failed + totals.errors + totals.notRun));
    writer.writeAttribute(QStringLiteral("failures"), QString::number(totals.failed));
    writer.writeAttribute(QStringLiteral("errors"), QString::number(totals.errors));
    writer.writeAttribute(QStringLiteral("skipped"), QString::number(totals.notRun));
    writer.writeAttribute(QStringLiteral("time"), seconds(totals.totalLatencyMs));
    for (const EvalRun &run : report.runs) {
        const RunSummary summary = summarizeRun(run);
        const QString suiteName
            = xmlSafeText(run.label.isEmpty() ? providerId(run.settings)
                                              : run.label + QStringLiteral(" (") + providerId(run.settings) + QLatin1Char(')'));
        writer.writeStartElement(QStringLiteral("testsuite"));
        writer.writeAttribute(QStringLiteral("name"), suiteName);
        writer.writeAttribute(QStringLiteral("tests"), QString::number(run.cells.size()));
        writer.writeAttribute(QStringLiteral("failures"), QString::number(summary.failed));
        writer.writeAttribute(QStringLiteral("errors"), QString::number(summary.errors));
        writer.writeAttribute(QStringLiteral("skipped"), QString::number(summary.notRun));
        writer.writeAttribute(QStringLiteral("time"), seconds(summary.totalLatencyMs));
        writer.writeAttribute(
            QStringLiteral("timestamp"), (run.started.isValid() ? run.started : report.created).toUTC().toString(Qt::ISODate));
        for (const CellResult *cell : orderedCells(run, cases)) {
            qsizetype caseIndex = 0;
            const TestCase *testCase = cases.find(cell->caseId, &caseIndex);
            QString name = cell->caseId;
            if (testCase && !testCase->description.isEmpty())
                name += QStringLiteral(": ") + testCase->description;
            if (cell->repeat > 0)
                name += QStringLiteral(" (repeat %1)").arg(cell->repeat + 1);
            writer.writeStartElement(QStringLiteral("testcase"));
            writer.writeAttribute(QStringLiteral("name"), xmlSafeText(name));
            writer.writeAttribute(QStringLiteral("classname"), suiteName);
            writer.writeAttribute(QStringLiteral("time"), seconds(cell->latencyMs));
            if (cell->status == CellResult::Status::Succeeded && !cell->pass) {
                const QString reasons = failureReasons(*cell);
                writer.writeStartElement(QStringLiteral("failure"));
                writer.writeAttribute(QStringLiteral("message"),
                    xmlSafeText(reasons.isEmpty() ? QStringLiteral("score below the threshold") : reasons));
                writer.writeAttribute(QStringLiteral("type"), QStringLiteral("assertion"));
                writeText(writer, QStringLiteral("score %1\n").arg(cell->score) + reasons);
                writer.writeEndElement();
            } else if (cell->status == CellResult::Status::Failed) {
                writer.writeStartElement(QStringLiteral("error"));
                writer.writeAttribute(QStringLiteral("message"), xmlSafeText(cell->error));
                writer.writeAttribute(QStringLiteral("type"), QStringLiteral("request"));
                writer.writeEndElement();
            } else if (!ran(*cell)) {
                writer.writeEmptyElement(QStringLiteral("skipped"));
                writer.writeAttribute(QStringLiteral("message"), QStringLiteral("not run"));
            }
            if (cell->status == CellResult::Status::Succeeded)
                writeTextElement(writer, QStringLiteral("system-out"), cell->output);
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return !writer.hasError();
}

} // namespace pw
