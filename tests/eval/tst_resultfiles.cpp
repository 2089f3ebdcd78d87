#include "eval/csv.h"
#include "eval/resultfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace pw;

namespace {

CellResult cell(const QString &caseId, CellResult::Status status, bool pass, qint64 latencyMs)
{
    CellResult c;
    c.caseId = caseId;
    c.status = status;
    c.pass = pass;
    c.score = pass ? 1.0 : 0.5;
    c.latencyMs = latencyMs;
    if (status == CellResult::Status::Succeeded) {
        c.output = QStringLiteral("Answer for %1").arg(caseId);
        c.usage.inputTokens = 10;
        c.usage.outputTokens = 5;
        c.costUsd = 0.001;
        c.stopReason = QStringLiteral("end_turn");
        c.requestId = QStringLiteral("req_") + caseId;
        c.grades = {GradeResult {QStringLiteral("contains"), true, 1.0, QStringLiteral("the output does contain \"x\""), 1.0}};
        if (!pass)
            c.grades.append(GradeResult {
                QStringLiteral("not-contains"), false, 0.0, QStringLiteral("expected the output not to contain \"y\""), 1.0});
    } else if (status == CellResult::Status::Failed) {
        c.error = QStringLiteral("HTTP 529 overloaded_error");
    }
    return c;
}

// Two cases, two prompt versions: every kind of cell once.
EvalReport sampleReport()
{
    EvalReport report;
    report.description = QStringLiteral("capitals");
    report.created = QDateTime(QDate(2026, 12, 7), QTime(9, 30, 0, 125), Qt::UTC);
    TestCase first;
    first.id = QStringLiteral("case-1");
    first.description = QStringLiteral("France");
    first.vars = {{QStringLiteral("country"), QStringLiteral("France")}};
    Assertion contains;
    contains.type = QStringLiteral("contains");
    contains.value = QStringLiteral("x");
    contains.metric = QStringLiteral("accuracy");
    Assertion notContains;
    notContains.type = QStringLiteral("not-contains");
    notContains.value = QStringLiteral("y");
    first.assertions = {contains, notContains};
    TestCase second;
    second.id = QStringLiteral("case-2");
    second.vars = {{QStringLiteral("country"), QStringLiteral("<Ünïcode & \"quotes\">")}};
    second.assertions = {contains};
    report.cases = {first, second};

    EvalRun original;
    original.id = QStringLiteral("run-1");
    original.label = QStringLiteral("#1 original");
    original.settings.engine = QStringLiteral("claude");
    original.settings.model = QStringLiteral("claude-sonnet-4-5");
    original.cells = {cell(QStringLiteral("case-2"), CellResult::Status::Succeeded, true, 300),
        cell(QStringLiteral("case-1"), CellResult::Status::Succeeded, false, 100)};
    EvalRun improved = original;
    improved.id = QStringLiteral("run-2");
    improved.label = QStringLiteral("#2 improved");
    improved.cells = {cell(QStringLiteral("case-1"), CellResult::Status::Failed, false, 50),
        cell(QStringLiteral("case-2"), CellResult::Status::Pending, false, -1)};
    report.runs = {original, improved};
    Prompt prompt;
    prompt.system = QStringLiteral("You know capitals.");
    prompt.messages = {Message {Role::User, {ContentBlock::fromText(QStringLiteral("Capital of {{country}}?"))}}};
    report.prompts = {prompt, prompt};
    return report;
}

} // namespace

class TestResultFiles : public QObject
{
    Q_OBJECT

private slots:
    void summary();
    void promptfooJson();
    void csv();
    void junitParsesAndCounts();
    void junitDropsForbiddenCharacters();
    void formatByExtension();
};

void TestResultFiles::summary()
{
    EvalRun run;
    for (qint64 latency : {500, 100, 400, 200, 300})
        run.cells.append(cell(QStringLiteral("c"), CellResult::Status::Succeeded, latency != 500, latency));
    run.cells.append(cell(QStringLiteral("c"), CellResult::Status::Failed, false, 50));
    run.cells.append(cell(QStringLiteral("c"), CellResult::Status::Canceled, false, -1));
    const RunSummary summary = summarizeRun(run);
    QCOMPARE(summary.passed, 4);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.errors, 1);
    QCOMPARE(summary.notRun, 1);
    QCOMPARE(summary.meanScore, 0.9);
    QCOMPARE(summary.latencyP50Ms, 200); // nearest rank over 50, 100, 200, 300, 400, 500
    QCOMPARE(summary.latencyP95Ms, 500);
    QCOMPARE(summary.totalLatencyMs, 1550);
    QCOMPARE(summary.usage.inputTokens, 50);
    QVERIFY(summary.costUsd);
    QVERIFY(std::abs(*summary.costUsd - 0.005) < 1e-12);
    QCOMPARE(summarizeRun(EvalRun()).costUsd, std::nullopt);
}

void TestResultFiles::promptfooJson()
{
    const QByteArray json = writeResults(sampleReport(), ResultFormat::PromptfooJson);
    QJsonParseError error {};
    const QJsonObject file = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY2(QRegularExpression(QStringLiteral("^eval-[0-9a-f]{3}-2026-12-07T09:30:00$"))
                 .match(file.value(QLatin1String("evalId")).toString())
                 .hasMatch(),
        qPrintable(file.value(QLatin1String("evalId")).toString()));
    const QJsonObject results = file.value(QLatin1String("results")).toObject();
    QCOMPARE(results.value(QLatin1String("version")).toInt(), 3);
    QCOMPARE(results.value(QLatin1String("timestamp")).toString(), QStringLiteral("2026-12-07T09:30:00.125Z"));
    QVERIFY(file.value(QLatin1String("config")).isObject());

    // The pending cell never ran: three results, ordered by case within each prompt.
    const QJsonArray rows = results.value(QLatin1String("results")).toArray();
    QCOMPARE(rows.size(), 3);
    const QJsonObject failed = rows[0].toObject();
    QCOMPARE(failed.value(QLatin1String("promptIdx")).toInt(), 0);
    QCOMPARE(failed.value(QLatin1String("testIdx")).toInt(), 0);
    QCOMPARE(failed.value(QLatin1String("success")).toBool(), false);
    QCOMPARE(failed.value(QLatin1String("failureReason")).toInt(), 1);
    QCOMPARE(failed.value(QLatin1String("vars")).toObject().value(QLatin1String("country")).toString(), QStringLiteral("France"));
    QCOMPARE(failed.value(QLatin1String("response")).toObject().value(QLatin1String("output")).toString(),
        QStringLiteral("Answer for case-1"));
    QCOMPARE(failed.value(QLatin1String("prompt")).toObject().value(QLatin1String("raw")).toString(),
        QStringLiteral(
            R"([{"content":"You know capitals.","role":"system"},{"content":"Capital of {{country}}?","role":"user"}])"));
    const QJsonObject grading = failed.value(QLatin1String("gradingResult")).toObject();
    QCOMPARE(grading.value(QLatin1String("pass")).toBool(), false);
    QCOMPARE(grading.value(QLatin1String("reason")).toString(), QStringLiteral("expected the output not to contain \"y\""));
    const QJsonArray components = grading.value(QLatin1String("componentResults")).toArray();
    QCOMPARE(components.size(), 2);
    QCOMPARE(components[1].toObject().value(QLatin1String("assertion")).toObject().value(QLatin1String("type")).toString(),
        QStringLiteral("not-contains"));
    QCOMPARE(failed.value(QLatin1String("namedScores")).toObject().value(QLatin1String("accuracy")).toDouble(), 1.0);
    QCOMPARE(rows[1].toObject().value(QLatin1String("testIdx")).toInt(), 1);
    const QJsonObject errored = rows[2].toObject();
    QCOMPARE(errored.value(QLatin1String("promptIdx")).toInt(), 1);
    QCOMPARE(errored.value(QLatin1String("failureReason")).toInt(), 2);
    QCOMPARE(errored.value(QLatin1String("error")).toString(), QStringLiteral("HTTP 529 overloaded_error"));

    const QJsonObject stats = results.value(QLatin1String("stats")).toObject();
    QCOMPARE(stats.value(QLatin1String("successes")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("failures")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("errors")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("tokenUsage")).toObject().value(QLatin1String("total")).toInt(), 30);
    const QJsonArray prompts = results.value(QLatin1String("prompts")).toArray();
    QCOMPARE(prompts.size(), 2);
    QCOMPARE(prompts[0].toObject().value(QLatin1String("provider")).toString(), QStringLiteral("claude:claude-sonnet-4-5"));
    QCOMPARE(prompts[0].toObject().value(QLatin1String("metrics")).toObject().value(QLatin1String("testPassCount")).toInt(), 1);
    QCOMPARE(prompts[1].toObject().value(QLatin1String("metrics")).toObject().value(QLatin1String("testErrorCount")).toInt(), 1);
}

void TestResultFiles::csv()
{
    const CsvTable table = parseCsv(writeResults(sampleReport(), ResultFormat::Csv));
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.records.size(), 5);
    QStringList header;
    for (const CsvField &field : table.records[0])
        header.append(field.text);
    QCOMPARE(header,
        (QStringList {QStringLiteral("prompt"), QStringLiteral("provider"), QStringLiteral("case"), QStringLiteral("description"),
            QStringLiteral("repeat"), QStringLiteral("country"), QStringLiteral("output"), QStringLiteral("status"),
            QStringLiteral("score"), QStringLiteral("reason"), QStringLiteral("latency_ms"), QStringLiteral("input_tokens"),
            QStringLiteral("output_tokens"), QStringLiteral("cost_usd_estimate"), QStringLiteral("error"),
            QStringLiteral("request_id")}));
    auto row = [&table](int r) {
        QStringList fields;
        for (const CsvField &field : table.records[r])
            fields.append(field.text);
        return fields;
    };
    QCOMPARE(row(1).mid(0, 10),
        (QStringList {QStringLiteral("#1 original"), QStringLiteral("claude:claude-sonnet-4-5"), QStringLiteral("case-1"),
            QStringLiteral("France"), QStringLiteral("1"), QStringLiteral("France"), QStringLiteral("Answer for case-1"),
            QStringLiteral("failed"), QStringLiteral("0.5"), QStringLiteral("expected the output not to contain \"y\"")}));
    QCOMPARE(row(2)[5], QStringLiteral("<Ünïcode & \"quotes\">"));
    QCOMPARE(row(2)[7], QStringLiteral("passed"));
    QCOMPARE(row(2)[13], QStringLiteral("0.001000"));
    QCOMPARE(row(3)[7], QStringLiteral("error"));
    QCOMPARE(row(3)[14], QStringLiteral("HTTP 529 overloaded_error"));
    QCOMPARE(row(4)[7], QStringLiteral("not run"));
    QCOMPARE(row(4)[11], QString());
}

void TestResultFiles::junitParsesAndCounts()
{
    QXmlStreamReader reader(writeResults(sampleReport(), ResultFormat::JUnitXml));
    QStringList suites;
    QStringList cases;
    QStringList outcomes;
    QString failureMessage;
    QString output;
    QXmlStreamAttributes root;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QString name = reader.name().toString();
        if (name == QLatin1String("testsuites")) {
            root = reader.attributes();
        } else if (name == QLatin1String("testsuite")) {
            suites.append(reader.attributes().value(QLatin1String("name")).toString() + QLatin1Char('/')
                + reader.attributes().value(QLatin1String("tests")).toString() + QLatin1Char('/')
                + reader.attributes().value(QLatin1String("failures")).toString() + QLatin1Char('/')
                + reader.attributes().value(QLatin1String("errors")).toString() + QLatin1Char('/')
                + reader.attributes().value(QLatin1String("skipped")).toString());
        } else if (name == QLatin1String("testcase")) {
            cases.append(reader.attributes().value(QLatin1String("name")).toString() + QLatin1Char('@')
                + reader.attributes().value(QLatin1String("time")).toString());
        } else if (name == QLatin1String("failure") || name == QLatin1String("error") || name == QLatin1String("skipped")) {
            outcomes.append(name);
            if (name == QLatin1String("failure"))
                failureMessage = reader.attributes().value(QLatin1String("message")).toString();
        } else if (name == QLatin1String("system-out") && output.isEmpty()) {
            output = reader.readElementText();
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(root.value(QLatin1String("tests")).toString(), QStringLiteral("4"));
    QCOMPARE(root.value(QLatin1String("failures")).toString(), QStringLiteral("1"));
    QCOMPARE(root.value(QLatin1String("errors")).toString(), QStringLiteral("1"));
    QCOMPARE(root.value(QLatin1String("skipped")).toString(), QStringLiteral("1"));
    QCOMPARE(suites,
        (QStringList {QStringLiteral("#1 original (claude:claude-sonnet-4-5)/2/1/0/0"),
            QStringLiteral("#2 improved (claude:claude-sonnet-4-5)/2/0/1/1")}));
    QCOMPARE(cases,
        (QStringList {QStringLiteral("case-1: France@0.100"), QStringLiteral("case-2@0.300"),
            QStringLiteral("case-1: France@0.050"), QStringLiteral("case-2@0.000")}));
    QCOMPARE(outcomes, (QStringList {QStringLiteral("failure"), QStringLiteral("error"), QStringLiteral("skipped")}));
    QCOMPARE(failureMessage, QStringLiteral("expected the output not to contain \"y\""));
    QCOMPARE(output, QStringLiteral("Answer for case-1"));
}

void TestResultFiles::junitDropsForbiddenCharacters()
{
    EvalReport report = sampleReport();
    const QString hostile = QStringLiteral("a\x01 b\x0B <tag> & ]]> \"q\" \u00e9 ") + QChar(0xD800)
        + QStringLiteral(" \U0001F600 ") + QChar(0xFFFE) + QStringLiteral("\ttab\r\nline");
    report.runs[0].cells[1].output = hostile;
    report.runs[0].cells[1].grades[1].reason = hostile;
    report.cases[0].description = hostile;
    QXmlStreamReader reader(writeResults(report, ResultFormat::JUnitXml));
    QString output;
    QString name;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("testcase") && name.isEmpty())
            name = reader.attributes().value(QLatin1String("name")).toString();
        if (reader.isStartElement() && reader.name() == QLatin1String("system-out") && output.isEmpty())
            output = reader.readElementText();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    const QString expected = QStringLiteral("a b <tag> & ]]> \"q\" \u00e9  \U0001F600 \ttab\r\nline");
    QCOMPARE(output, expected);
    QCOMPARE(name, QStringLiteral("case-1: ") + expected);
    QCOMPARE(xmlSafeText(hostile), expected);
}

void TestResultFiles::formatByExtension()
{
    QCOMPARE(resultFormatForFile(QStringLiteral("out/results.JSON")), ResultFormat::PromptfooJson);
    QCOMPARE(resultFormatForFile(QStringLiteral("r.csv")), ResultFormat::Csv);
    QCOMPARE(resultFormatForFile(QStringLiteral("junit.xml")), ResultFormat::JUnitXml);
    QCOMPARE(resultFormatForFile(QStringLiteral("r.html")), std::nullopt);
    QVERIFY(writeResults(sampleReport(), ResultFormat::JUnitXml).startsWith("<?xml"));
}

QTEST_GUILESS_MAIN(TestResultFiles)
#include "tst_resultfiles.moc"
