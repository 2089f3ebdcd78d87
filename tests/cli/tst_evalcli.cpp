// promptwerk-cli run as a separate process against the fake server in this
// process: what is sent, what is printed, every exit code.
#include "clirunner.h"
#include "document/documentfile.h"
#include "fakes/fakeapiserver.h"
#include "testfiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>

using namespace pw;
using pw::test::CliResult;
using pw::test::closedPort;
using pw::test::FakeApiServer;
using pw::test::FakeFaults;
using pw::test::FakeResponse;

namespace {

const QByteArray messagesPath = QByteArrayLiteral("/v1/messages");
const QByteArray chatPath = QByteArrayLiteral("/v1/chat/completions");

// A document whose prompt needs WORD, with `count` cases.
PromptDocument wordDocument(int count, const QString &targetModel = QStringLiteral("claude-sonnet-4-5"))
{
    PromptDocument document;
    document.setPrompt({QStringLiteral("Answer in one word."), {Message::user(QStringLiteral("Say {{WORD}}"))}});
    document.setTargetModel(targetModel);
    TestSuite cases;
    for (int i = 1; i <= count; ++i) {
        TestCase testCase;
        testCase.id = QStringLiteral("case-%1").arg(i);
        testCase.vars.insert(QStringLiteral("WORD"), QStringLiteral("word%1").arg(i));
        cases.append(testCase);
    }
    document.setTestCases(cases);
    return document;
}

int countCells(const EvalRun &run, CellResult::Status status)
{
    return int(
        std::count_if(run.cells.cbegin(), run.cells.cend(), [&](const CellResult &cell) { return cell.status == status; }));
}

} // namespace

class TestEvalCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_cli.emplace(QStringLiteral(PROMPTWERK_CLI), m_home);
    }

    void init()
    {
        m_server = std::make_unique<FakeApiServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup() { m_server.reset(); }

    // ---- run --------------------------------------------------------------------

    void runStreamsTheAnswer()
    {
        const QString path = save(QStringLiteral("words.promptwerk"), wordDocument(3));
        const CliResult r = run({QStringLiteral("run"), path});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, QByteArray("Echo: Say word1\n"));
        QVERIFY2(r.err.contains("end_turn") && r.err.contains("output tokens") && r.err.contains("request req_fake_"),
            qPrintable(r.describe()));
        const QJsonObject body = m_server->requests().constLast().json();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-sonnet-4-5")); // the document's
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 1024);
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("system")).toString(), QStringLiteral("Answer in one word."));
    }

    void runTakesCaseVarsAndModelSettings()
    {
        const QString path = save(QStringLiteral("words.promptwerk"), wordDocument(3));
        CliResult r = run({QStringLiteral("run"), path, QStringLiteral("--case"), QStringLiteral("2")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, QByteArray("Echo: Say word2\n"));
        r = run({QStringLiteral("run"), path, QStringLiteral("--case"), QStringLiteral("case-3")});
        QCOMPARE(r.out, QByteArray("Echo: Say word3\n"));

        r = run({QStringLiteral("run"), path, QStringLiteral("--var"), QStringLiteral("WORD=a=b c"),
            QStringLiteral("--target-model"), QStringLiteral("claude-opus-4-6"), QStringLiteral("--max-tokens"),
            QStringLiteral("4000"), QStringLiteral("--temperature"), QStringLiteral("1"), QStringLiteral("--top-p"),
            QStringLiteral("0.96"), QStringLiteral("--stop"), QStringLiteral("END"), QStringLiteral("--stop"),
            QStringLiteral("STOP"), QStringLiteral("--thinking-budget"), QStringLiteral("2048")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, QByteArray("Echo: Say a=b c\n"));
        const QJsonObject body = m_server->requests().constLast().json();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-opus-4-6"));
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 4000);
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 1.0);
        QCOMPARE(body.value(QLatin1String("top_p")).toDouble(), 0.96);
        QCOMPARE(
            body.value(QLatin1String("stop_sequences")).toArray(), (QJsonArray {QStringLiteral("END"), QStringLiteral("STOP")}));
        QCOMPARE(body.value(QLatin1String("thinking")).toObject().value(QLatin1String("budget_tokens")).toInt(), 2048);
    }

    void runAPlainPromptFileOnOpenAi()
    {
        const QString path = pw::test::writeTestFile(m_home.filePath(QStringLiteral("hello.txt")), "Say {{WORD}} twice");
        m_server->setOpenAiKeyRequired(false);
        const CliResult r = run({QStringLiteral("--engine"), QStringLiteral("openai"), QStringLiteral("--base-url"),
            m_server->baseUrl().toString() + QStringLiteral("/v1"), QStringLiteral("run"), path, QStringLiteral("--var"),
            QStringLiteral("WORD=hi"), QStringLiteral("--target-model"), QStringLiteral("llama3.2")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, QByteArray("Echo: Say hi twice\n"));
        QCOMPARE(m_server->requests().constLast().path, chatPath);
    }

    void runRefusesBeforeSending_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing value") << QStringList {QStringLiteral("--var"), QStringLiteral("OTHER=x"),
            QStringLiteral("--case"), QStringLiteral("9")}
                                       << "no test case \"9\"";
        QTest::newRow("bad --var") << QStringList {QStringLiteral("--var"), QStringLiteral("no equals sign")}
                                   << "--var takes NAME=VALUE";
        QTest::newRow("prefill on 4.6") << QStringList {QStringLiteral("--target-model"), QStringLiteral("claude-opus-4-6"),
            QStringLiteral("--var"), QStringLiteral("PREFILL=x")}
                                        << "claude-opus-4-6 rejects a prefill";
        QTest::newRow("temperature on 4.7") << QStringList {QStringLiteral("--target-model"), QStringLiteral("claude-opus-4-7"),
            QStringLiteral("--temperature"), QStringLiteral("0.2")}
                                            << "claude-opus-4-7 rejects temperature and top_p";
        QTest::newRow("local engine") << QStringList {QStringLiteral("--engine"), QStringLiteral("local")}
                                      << "the local engine cannot run prompts";
        QTest::newRow("prompt-tools engine") << QStringList {QStringLiteral("--engine"), QStringLiteral("prompt-tools")}
                                             << "the prompt-tools engine cannot run prompts";
        QTest::newRow("small thinking budget")
            << QStringList {QStringLiteral("--thinking-budget"), QStringLiteral("10")} << "at least 1024 tokens";
        QTest::newRow("temperature not a number")
            << QStringList {QStringLiteral("--temperature"), QStringLiteral("warm")} << "--temperature takes a number";
    }

    void runRefusesBeforeSending()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        PromptDocument document = wordDocument(1);
        if (arguments.contains(QStringLiteral("PREFILL=x"))) {
            Prompt prompt = document.prompt();
            prompt.messages.append(Message::assistant(QStringLiteral("Echo:")));
            document.setPrompt(prompt);
        }
        const QString path = save(QStringLiteral("refused.promptwerk"), document);
        const CliResult r = run(QStringList {QStringLiteral("run"), path} + arguments);
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void runMissingValueNamesIt()
    {
        PromptDocument document = wordDocument(0);
        const QString path = save(QStringLiteral("novalue.promptwerk"), document);
        const CliResult r = run({QStringLiteral("run"), path});
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("no value for {{WORD}}: give one with --var WORD=VALUE"), qPrintable(r.describe()));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void runApiAndNetworkErrors()
    {
        const QString path = save(QStringLiteral("words.promptwerk"), wordDocument(1));
        m_server->enqueue(messagesPath,
            FakeResponse::apiError(400, QStringLiteral("invalid_request_error"), QStringLiteral("prompt is too long")));
        CliResult r = run({QStringLiteral("run"), path});
        QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("prompt is too long"), qPrintable(r.describe()));

        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        r = run({QStringLiteral("--max-retries"), QStringLiteral("0"), QStringLiteral("run"), path}, env);
        QVERIFY2(r.finished && r.exitCode == 4, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("network error"), qPrintable(r.describe()));
    }

    // ---- eval -------------------------------------------------------------------

    void evalRunsEveryCaseAndSummarises()
    {
        FakeFaults faults;
        faults.answerDelayMs = 30;
        m_server->setFaults(faults);
        const QString path = save(QStringLiteral("eval.promptwerk"), wordDocument(9));
        const CliResult r = run({QStringLiteral("eval"), path, QStringLiteral("--concurrency"), QStringLiteral("3")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_server->requestCount(messagesPath), 9);
        QVERIFY(m_server->peakInFlight() <= 3);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QLatin1String("eval.promptwerk (run-1, claude-sonnet-4-5)")), qPrintable(r.describe()));
        QVERIFY2(out.contains(QLatin1String("9 passed, 0 failed, 0 errors")), qPrintable(r.describe()));
        QVERIFY2(out.contains(QLatin1String("latency: p50 ")), qPrintable(r.describe()));
        QVERIFY2(out.contains(QLatin1String("tokens: ")), qPrintable(r.describe()));
        QVERIFY(!r.err.contains("\x1b[K")); // no progress bar when stderr is not a terminal
        // Without --save the document is untouched.
        QVERIFY(loadDocumentFile(path).document.runs().isEmpty());
    }

    void evalComparesVersions()
    {
        const QString path = save(QStringLiteral("a.promptwerk"), wordDocument(2));
        PromptDocument other = wordDocument(0);
        other.setPrompt({QString(), {Message::user(QStringLiteral("Shout {{WORD}}"))}});
        const QString otherPath = save(QStringLiteral("b.promptwerk"), other);
        const CliResult r = run({QStringLiteral("eval"), path, QStringLiteral("--compare"), otherPath, QStringLiteral("--repeat"),
            QStringLiteral("2")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_server->requestCount(messagesPath), 8);
        QVERIFY(r.out.contains("a.promptwerk (run-1"));
        QVERIFY(r.out.contains("b.promptwerk (run-1"));
        QCOMPARE(r.out.count("4 passed, 0 failed, 0 errors"), 2);
        int shouts = 0;
        for (const pw::test::RecordedRequest &request : m_server->requests())
            shouts += request.body.contains("Shout word") ? 1 : 0;
        QCOMPARE(shouts, 4);
    }

    void evalErroredCaseExitsOne()
    {
        m_server->enqueue(messagesPath,
            FakeResponse::apiError(400, QStringLiteral("invalid_request_error"), QStringLiteral("prompt is too long")));
        const QString path = save(QStringLiteral("eval.promptwerk"), wordDocument(3));
        const CliResult r = run({QStringLiteral("eval"), path, QStringLiteral("--concurrency"), QStringLiteral("1")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("2 passed, 0 failed, 1 errors"), qPrintable(r.describe()));
    }

    void evalSpendLimitExitsThreeAndKeepsFinishedCells()
    {
        FakeFaults faults;
        faults.spendLimitAfter = 2;
        m_server->setFaults(faults);
        const QString path = save(QStringLiteral("spend.promptwerk"), wordDocument(6));
        const CliResult r
            = run({QStringLiteral("eval"), path, QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("--save")});
        QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("spend limit is reached (enforced_spend_limit_reached)"), qPrintable(r.describe()));
        QCOMPARE(m_server->requestCount(messagesPath), 3); // never retried
        const DocumentReadResult saved = loadDocumentFile(path);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.document.runs().size(), 1);
        QCOMPARE(countCells(saved.document.runs().constFirst(), CellResult::Status::Succeeded), 2);
    }

    void evalNetworkFailureExitsFour()
    {
        const QString path = save(QStringLiteral("net.promptwerk"), wordDocument(2));
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        const CliResult r = run({QStringLiteral("--max-retries"), QStringLiteral("0"), QStringLiteral("eval"), path}, env);
        QVERIFY2(r.finished && r.exitCode == 4, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("network error"), qPrintable(r.describe()));
    }

    void evalBadUsageSendsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("concurrency above 64")
            << QStringList {QStringLiteral("--concurrency"), QStringLiteral("65")} << "--concurrency takes a number from 1 to 64";
        QTest::newRow("concurrency zero") << QStringList {QStringLiteral("--concurrency"), QStringLiteral("0")}
                                          << "--concurrency takes a positive number";
        QTest::newRow("missing compare file")
            << QStringList {QStringLiteral("--compare"), QStringLiteral("/nonexistent.txt")} << "cannot read /nonexistent.txt";
        QTest::newRow("sampling on 5.5") << QStringList {QStringLiteral("--target-model"), QStringLiteral("claude-sonnet-5-5"),
            QStringLiteral("--top-p"), QStringLiteral("0.5")}
                                         << "claude-sonnet-5-5 rejects temperature and top_p";
    }

    void evalBadUsageSendsNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString path = save(QStringLiteral("usage.promptwerk"), wordDocument(2));
        const CliResult r = run(QStringList {QStringLiteral("eval"), path} + arguments);
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void evalCaseWithoutValueSendsNothing()
    {
        PromptDocument document = wordDocument(3);
        TestSuite cases = document.testCases();
        cases[2].vars.clear();
        document.setTestCases(cases);
        const QString path = save(QStringLiteral("gap.promptwerk"), document);
        const CliResult r = run({QStringLiteral("eval"), path});
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("case case-3 has no value for {{WORD}}"), qPrintable(r.describe()));
        QCOMPARE(m_server->requests().size(), 0);

        const QString text = pw::test::writeTestFile(m_home.filePath(QStringLiteral("plain.txt")), "Say hi");
        const CliResult unsaved = run({QStringLiteral("eval"), text, QStringLiteral("--save")});
        QVERIFY2(unsaved.finished && unsaved.exitCode == 2, qPrintable(unsaved.describe()));
        QVERIFY2(unsaved.err.contains("--save needs a .promptwerk document"), qPrintable(unsaved.describe()));
    }

    void evalInterruptedKeepsFinishedCellsAndSaveResumes()
    {
        FakeFaults faults;
        faults.answerDelayMs = 150;
        m_server->setFaults(faults);
        const QString path = save(QStringLiteral("resume.promptwerk"), wordDocument(40));

        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        int answered = 0;
        connect(m_server.get(), &FakeApiServer::requestReceived, &process, [&] {
            if (++answered == 6)
                ::kill(pid_t(process.processId()), SIGINT);
        });
        process.start(QStringLiteral(PROMPTWERK_CLI),
            {QStringLiteral("eval"), path, QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--save")});
        QVERIFY(process.waitForStarted(10000));
        QVERIFY(finished.wait(30000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(err.contains("interrupted; the finished cells are kept"), err.constData());

        const DocumentReadResult saved = loadDocumentFile(path);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.document.runs().size(), 1);
        const EvalRun &partial = saved.document.runs().constFirst();
        const int done = countCells(partial, CellResult::Status::Succeeded);
        QVERIFY2(done >= 3 && done < 40, qPrintable(QString::number(done)));
        QCOMPARE(partial.revisionId, 1); // the working copy was recorded as the prompt version that ran
        const int sentBefore = m_server->requestCount(messagesPath);

        // The same command again continues the run: only the missing cells are sent.
        m_server->clear();
        const CliResult r
            = run({QStringLiteral("eval"), path, QStringLiteral("--concurrency"), QStringLiteral("8"), QStringLiteral("--save")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("resuming run-1"), qPrintable(r.describe()));
        QCOMPARE(m_server->requestCount(messagesPath), 40 - done);
        QVERIFY(sentBefore >= done);
        const DocumentReadResult complete = loadDocumentFile(path);
        QCOMPARE(complete.document.runs().size(), 1);
        QCOMPARE(countCells(complete.document.runs().constFirst(), CellResult::Status::Succeeded), 40);
        QCOMPARE(complete.document.revisions().size(), 1);
        QVERIFY(r.out.contains("40 passed, 0 failed, 0 errors"));
    }

    void evalFailedAssertionExitsOne()
    {
        PromptDocument document = wordDocument(2);
        TestSuite cases = document.testCases();
        Assertion contains;
        contains.type = QStringLiteral("contains");
        contains.value = QStringLiteral("word2");
        cases[0].assertions.append(contains); // "Echo: Say word1" fails it
        cases[1].assertions.append(contains);
        document.setTestCases(cases);
        const QString path = save(QStringLiteral("fail.promptwerk"), document);
        const CliResult r = run({QStringLiteral("eval"), path});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("1 passed, 1 failed, 0 errors"), qPrintable(r.describe()));
        QVERIFY2(r.out.contains("mean score 0.500"), qPrintable(r.describe()));
    }

    void evalModelGradedRubric_data()
    {
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("summary");
        QTest::newRow("pass") << QStringLiteral(R"({"reason":"polite","pass":true,"score":0.9})") << 0
                              << QByteArray("2 passed, 0 failed, 0 errors");
        QTest::newRow("fail") << QStringLiteral(R"({"reason":"rude","pass":false,"score":0.1})") << 1
                              << QByteArray("0 passed, 2 failed, 0 errors");
    }

    void evalModelGradedRubric()
    {
        QFETCH(QString, verdict);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, summary);
        m_server->setStructuredAnswer(verdict);
        PromptDocument document = wordDocument(2);
        TestSuite cases = document.testCases();
        Assertion rubric;
        rubric.type = QStringLiteral("llm-rubric");
        rubric.value = QStringLiteral("is polite");
        for (TestCase &testCase : cases)
            testCase.assertions.append(rubric);
        document.setTestCases(cases);
        const QString path = save(QStringLiteral("rubric.promptwerk"), document);
        const QString results = m_home.filePath(QStringLiteral("rubric.json"));
        const CliResult r = run({QStringLiteral("eval"), path, QStringLiteral("--grader-model"),
            QStringLiteral("claude-haiku-4-5"), QStringLiteral("-o"), results});
        QVERIFY2(r.finished && r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(summary), qPrintable(r.describe()));
        // Two answers and two verdicts, the verdicts from the grader model with the rubric in them.
        QCOMPARE(m_server->requestCount(messagesPath), 4);
        int graded = 0;
        for (const pw::test::RecordedRequest &request : m_server->requests()) {
            if (request.json().contains(QLatin1String("output_config"))) {
                ++graded;
                QCOMPARE(request.json().value(QLatin1String("model")).toString(), QStringLiteral("claude-haiku-4-5"));
                QVERIFY(request.body.contains("is polite"));
            }
        }
        QCOMPARE(graded, 2);
        const QJsonObject file = QJsonDocument::fromJson(pw::test::readTestFile(results)).object();
        const QJsonArray rows = file.value(QLatin1String("results")).toObject().value(QLatin1String("results")).toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonObject grading = rows.at(0).toObject().value(QLatin1String("gradingResult")).toObject();
        const QString reason = grading.value(QLatin1String("componentResults"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("reason"))
                                   .toString();
        QVERIFY2(reason.contains(exitCode == 0 ? QLatin1String("polite") : QLatin1String("rude")), qPrintable(reason));
    }

    void evalCasesFromFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("csv")
            << QStringLiteral("cases.csv")
            << QByteArray("WORD,__expected,__description\r\nalpha,contains:alpha,first\r\n\"be,ta\",contains:gamma,second\r\n");
        QTest::newRow("jsonl") << QStringLiteral("cases.jsonl")
                               << QByteArray(R"({"vars":{"WORD":"alpha"},"assert":[{"type":"contains","value":"alpha"}]})"
                                             "\n"
                                             R"({"vars":{"WORD":"be,ta"},"assert":[{"type":"contains","value":"gamma"}]})"
                                             "\n");
        QTest::newRow("promptfoo yaml") << QStringLiteral("promptfooconfig.yaml")
                                        << QByteArray(
                                               "tests:\n  - vars: {WORD: alpha}\n    assert: [{type: contains, value: alpha}]\n"
                                               "  - vars: {WORD: 'be,ta'}\n    assert: [{type: contains, value: gamma}]\n");
    }

    void evalCasesFromFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        const QString path = save(QStringLiteral("words.promptwerk"), wordDocument(5));
        const QString casesPath = pw::test::writeTestFile(m_home.filePath(name), content);
        const CliResult r = run({QStringLiteral("eval"), path, QStringLiteral("--cases"), casesPath});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("1 passed, 1 failed, 0 errors"), qPrintable(r.describe()));
        QCOMPARE(m_server->requestCount(messagesPath), 2); // the file's two cases, not the document's five
        QVERIFY(
            m_server->requests().constLast().body.contains("be,ta") || m_server->requests().constFirst().body.contains("be,ta"));
    }

    void evalBadCasesFileSendsNothing()
    {
        const QString path = save(QStringLiteral("words.promptwerk"), wordDocument(1));
        const QString casesPath
            = pw::test::writeTestFile(m_home.filePath(QStringLiteral("broken.csv")), "WORD,__expected\n\"open,contains:x\n");
        const CliResult r = run({QStringLiteral("eval"), path, QStringLiteral("--cases"), casesPath});
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("broken.csv:2:"), qPrintable(r.describe()));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void evalWritesEveryOutputFormat()
    {
        PromptDocument document = wordDocument(3);
        TestSuite cases = document.testCases();
        Assertion contains;
        contains.type = QStringLiteral("contains");
        contains.value = QStringLiteral("word1");
        cases[0].assertions.append(contains);
        cases[1].assertions.append(contains); // fails
        document.setTestCases(cases);
        const QString path = save(QStringLiteral("out.promptwerk"), document);
        const QString json = m_home.filePath(QStringLiteral("results.json"));
        const QString csv = m_home.filePath(QStringLiteral("results.csv"));
        const QString xml = m_home.filePath(QStringLiteral("results.xml"));
        const CliResult r = run({QStringLiteral("eval"), path, QStringLiteral("-o"), json, QStringLiteral("-o"), csv,
            QStringLiteral("--output"), xml});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));

        // promptfoo's results file, version 3.
        const QJsonObject file = QJsonDocument::fromJson(pw::test::readTestFile(json)).object();
        const QJsonObject results = file.value(QLatin1String("results")).toObject();
        QCOMPARE(results.value(QLatin1String("version")).toInt(), 3);
        QCOMPARE(results.value(QLatin1String("results")).toArray().size(), 3);
        const QJsonObject stats = results.value(QLatin1String("stats")).toObject();
        QCOMPARE(stats.value(QLatin1String("successes")).toInt(), 2);
        QCOMPARE(stats.value(QLatin1String("failures")).toInt(), 1);

        // CSV: a header and a row per cell.
        const QList<QByteArray> lines = pw::test::readTestFile(csv).trimmed().split('\n');
        QCOMPARE(lines.size(), 4);

        // JUnit: parses, one testcase per case, one failure.
        QXmlStreamReader reader(pw::test::readTestFile(xml));
        int testcases = 0;
        int failures = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("testcase"))
                ++testcases;
            if (reader.isStartElement() && reader.name() == QLatin1String("failure"))
                ++failures;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(testcases, 3);
        QCOMPARE(failures, 1);

        const CliResult bad = run({QStringLiteral("eval"), path, QStringLiteral("-o"), m_home.filePath(QStringLiteral("r.txt"))});
        QVERIFY2(bad.finished && bad.exitCode == 2, qPrintable(bad.describe()));
        QVERIFY2(bad.err.contains("choose the format by the extension: .json, .csv or .xml"), qPrintable(bad.describe()));
    }

    void evalProgressOnATerminal()
    {
        const QString path = save(QStringLiteral("bar.promptwerk"), wordDocument(5));
        int exitCode = -1;
        const QByteArray screen = m_cli->runOnTerminal({QStringLiteral("eval"), path}, environment(), &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(screen.contains("\r\x1b[K["), screen.constData());
        QVERIFY2(screen.contains("] 5/5"), screen.constData());
        QVERIFY2(screen.contains("5 passed, 0 failed, 0 errors"), screen.constData());
    }

    // ---- eval --batch ------------------------------------------------------------

    void evalBatchRunsAtHalfPrice()
    {
        pw::test::FakeBatchSettings settings;
        settings.processingMs = 200;
        m_server->setBatchSettings(settings);
        const QString path = save(QStringLiteral("batch.promptwerk"), wordDocument(6));
        const QString json = m_home.filePath(QStringLiteral("batch.json"));
        const CliResult r = run({QStringLiteral("eval"), path, QStringLiteral("--batch"), QStringLiteral("--poll-interval"),
            QStringLiteral("0.02"), QStringLiteral("-o"), json});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_server->batchesCreated(), 1);
        QCOMPARE(m_server->requestCount(messagesPath), 0);
        QVERIFY2(r.err.contains("batch msgbatch_fake_") && r.err.contains("created"), qPrintable(r.describe()));
        QVERIFY2(r.out.contains("6 passed, 0 failed, 0 errors"), qPrintable(r.describe()));
        const QJsonArray rows = resultRows(json);
        QCOMPARE(rows.size(), 6);
        QVERIFY(!QFileInfo::exists(json + QStringLiteral(".batch.json"))); // done: nothing to resume
    }

    void evalBatchKilledThenResumedSendsNothingTwice()
    {
        pw::test::FakeBatchSettings settings;
        settings.processingMs = 600000; // until the CLI is killed
        settings.erroredEvery = 4;
        m_server->setBatchSettings(settings);
        const QString path = save(QStringLiteral("kill.promptwerk"), wordDocument(8));
        const QString json = m_home.filePath(QStringLiteral("kill.json"));
        const QString state = json + QStringLiteral(".batch.json");
        const QStringList arguments {QStringLiteral("eval"), path, QStringLiteral("--batch"), QStringLiteral("--poll-interval"),
            QStringLiteral("0.05"), QStringLiteral("-o"), json};

        // Killed (no chance to clean up) once the batch exists and before it ends.
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(PROMPTWERK_CLI), arguments);
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(pw::test::readTestFile(state).contains("msgbatch_fake_"), 20000);
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(m_server->batchesCreated(), 1);
        QVERIFY(!QFileInfo::exists(json));
        settings.processingMs = 0; // the batch ends
        m_server->setBatchSettings(settings);

        // Without --resume the batches would go twice: refused.
        const CliResult again = run(arguments);
        QVERIFY2(again.finished && again.exitCode == 2 && again.err.contains("--resume"), qPrintable(again.describe()));

        const CliResult resumed = run(arguments + QStringList {QStringLiteral("--resume")});
        QVERIFY2(resumed.finished && resumed.exitCode == 1, qPrintable(resumed.describe())); // two cases errored
        QVERIFY2(resumed.err.contains("resuming run-1 (batches msgbatch_fake_"), qPrintable(resumed.describe()));
        QCOMPARE(m_server->batchesCreated(), 1);
        int creates = 0;
        for (const pw::test::RecordedRequest &request : m_server->requests())
            creates += request.method == "POST" && request.path == "/v1/messages/batches" ? 1 : 0;
        QCOMPARE(creates, 1);
        QVERIFY2(resumed.out.contains("6 passed, 0 failed, 2 errors"), qPrintable(resumed.describe()));
        const QJsonArray rows = resultRows(json);
        QCOMPARE(rows.size(), 8);
        QVERIFY(!QFileInfo::exists(state));

        const CliResult nothing = run(arguments + QStringList {QStringLiteral("--resume")});
        QVERIFY2(nothing.finished && nothing.exitCode == 2 && nothing.err.contains("nothing to resume"),
            qPrintable(nothing.describe()));
    }

    void evalBatchCancelCancelsTheSavedBatchesAtTheServer()
    {
        pw::test::FakeBatchSettings settings;
        settings.processingMs = 600000; // until canceled
        m_server->setBatchSettings(settings);
        const QString path = save(QStringLiteral("cancel.promptwerk"), wordDocument(6));
        const QString json = m_home.filePath(QStringLiteral("cancel.json"));
        const QString state = json + QStringLiteral(".batch.json");
        const QStringList arguments {QStringLiteral("eval"), path, QStringLiteral("--batch"), QStringLiteral("--poll-interval"),
            QStringLiteral("0.05"), QStringLiteral("-o"), json};

        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(PROMPTWERK_CLI), arguments);
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(pw::test::readTestFile(state).contains("msgbatch_fake_"), 20000);
        process.kill();
        QVERIFY(process.waitForFinished(10000));

        const CliResult canceled = run(arguments + QStringList {QStringLiteral("--cancel")});
        QVERIFY2(canceled.finished && canceled.exitCode == 0, qPrintable(canceled.describe()));
        QVERIFY2(canceled.err.contains("the batches are canceled"), qPrintable(canceled.describe()));
        QVERIFY2(canceled.out.contains("0 passed, 0 failed, 0 errors, 6 not run"), qPrintable(canceled.describe()));
        int cancels = 0;
        for (const pw::test::RecordedRequest &request : m_server->requests())
            cancels += request.method == "POST" && request.path.endsWith("/cancel") ? 1 : 0;
        QCOMPARE(cancels, 1);
        QCOMPARE(m_server->batchesCreated(), 1);
        QVERIFY(QFileInfo::exists(json)); // written, with no rows: nothing had finished
        QVERIFY(!QFileInfo::exists(state)); // nothing left to resume
    }

private:
    // The results of a promptfoo results file.
    static QJsonArray resultRows(const QString &path)
    {
        return QJsonDocument::fromJson(pw::test::readTestFile(path))
            .object()
            .value(QLatin1String("results"))
            .toObject()
            .value(QLatin1String("results"))
            .toArray();
    }

    QProcessEnvironment environment() const { return m_cli->environment(m_server->baseUrl()); }
    CliResult run(const QStringList &arguments) const { return m_cli->run(arguments, environment()); }
    CliResult run(const QStringList &arguments, const QProcessEnvironment &env) const { return m_cli->run(arguments, env); }
    QString save(const QString &name, const PromptDocument &document)
    {
        return pw::test::writeTestFile(m_home.filePath(name), serializeDocument(document));
    }

    QTemporaryDir m_home;
    std::optional<pw::test::CliRunner> m_cli;
    std::unique_ptr<FakeApiServer> m_server;
};

QTEST_GUILESS_MAIN(TestEvalCli)
#include "tst_evalcli.moc"
