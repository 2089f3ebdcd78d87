// promptwerk-cli optimize as a separate process against the fake server in
// this process (tests/eval/optimizescenario.h): the table per round, the
// winner written with -o, and every exit code.
#include "clirunner.h"
#include "document/documentfile.h"
#include "eval/optimizescenario.h"
#include "fakes/fakeapiserver.h"
#include "testfiles.h"

#include <QTest>

#include <csignal>

using namespace pw;
using pw::test::CliResult;
using pw::test::closedPort;
using pw::test::FakeApiServer;

namespace {

PromptDocument scenarioDocument(int cases)
{
    PromptDocument document;
    document.setPrompt(pw::test::optimizeOriginal());
    document.setTargetModel(QStringLiteral("claude-sonnet-4-5"));
    document.setTestCases(pw::test::optimizeCases(cases));
    return document;
}

} // namespace

class TestOptimizeCli : public QObject
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
        m_server->setAnswerText(pw::test::optimizeAnswer);
        m_document = save(QStringLiteral("words.promptwerk"), scenarioDocument(20));
    }

    void cleanup() { m_server.reset(); }

    void winnerBeatsTheOriginalExitsZero_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("claude") << QStringLiteral("claude");
        QTest::newRow("openai") << QStringLiteral("openai");
    }

    void winnerBeatsTheOriginalExitsZero()
    {
        QFETCH(QString, engine);
        const QString out = m_home.filePath(QStringLiteral("winner-%1.txt").arg(engine));
        QStringList arguments {
            QStringLiteral("optimize"), m_document, QStringLiteral("--rounds"), QStringLiteral("5"), QStringLiteral("-o"), out};
        if (engine == QLatin1String("openai")) {
            m_server->setOpenAiKeyRequired(false);
            arguments = QStringList {QStringLiteral("--engine"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                            m_server->baseUrl().toString() + QStringLiteral("/v1"), QStringLiteral("--target-model"),
                            QStringLiteral("llama3.2")}
                + arguments;
        }
        const CliResult r = run(arguments);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        const QString printed = QString::fromUtf8(r.out);
        QVERIFY2(printed.startsWith(QLatin1String("Training on 14 cases, 6 held out (seed 1)\n")), qPrintable(r.describe()));
        // A table per round: candidate, training score, passed, tokens; * marks the best so far.
        QVERIFY2(printed.contains(QLatin1String("Round 0 (the original)\n  candidate   training score  passed        tokens\n"
                                                "  original *  0.333           0/14      ")),
            qPrintable(r.describe()));
        QVERIFY(printed.contains(QLatin1String("Round 1\n")));
        QVERIFY(printed.contains(QLatin1String("  2           -               -         ")));
        QVERIFY(printed.contains(QLatin1String("discarded: It drops {{WORD}} of the original.\n")));
        QVERIFY(printed.contains(QLatin1String("  3 *         0.667           0/14      ")));
        QVERIFY(printed.contains(QLatin1String("Round 2\n")));
        QVERIFY(printed.contains(QLatin1String("  1 *         1.000           14/14     ")));
        QVERIFY(!printed.contains(QLatin1String("Round 3")));
        QVERIFY(printed.contains(QLatin1String("Winner: round 2, candidate 1 (training score 1.000)\n")));
        QVERIFY(printed.contains(QLatin1String("Held out (6 cases): original 0.333 (0/6 passed), winner 1.000 (6/6 passed)\n")));
        QVERIFY(r.err.contains("note: Only 6 case(s) are held out"));
        // -o: the winner as a prompt file (.txt: the text export).
        const QString written = QString::fromUtf8(pw::test::readTestFile(out));
        QVERIFY2(written.contains(QLatin1String("Answer: {{WORD}} Done")), qPrintable(written));
    }

    void noGainExitsOne()
    {
        const QString out = m_home.filePath(QStringLiteral("same.json"));
        const CliResult r = run({QStringLiteral("optimize"), m_document, QStringLiteral("--candidates"), QStringLiteral("1"),
            QStringLiteral("-o"), out});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Stopped: Round 1 brought no better prompt.\nWinner: the original"), qPrintable(r.describe()));
        QVERIFY(r.out.contains("The winner does not beat the original on the held-out cases."));
        QVERIFY(pw::test::readTestFile(out).contains("Say {{WORD}}"));
    }

    void tokenBudgetStopsTheSearch()
    {
        const CliResult r = run({QStringLiteral("optimize"), m_document, QStringLiteral("--budget-tokens"), QStringLiteral("1")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Stopped: The budget of 1 tokens is spent."), qPrintable(r.describe()));
        QVERIFY(!r.out.contains("Round 1"));
    }

    void sameSeedSameOutput()
    {
        const QStringList arguments {QStringLiteral("optimize"), m_document, QStringLiteral("--seed"), QStringLiteral("5")};
        const CliResult first = run(arguments);
        const CliResult second = run(arguments);
        QVERIFY2(first.finished && first.exitCode == 0, qPrintable(first.describe()));
        QCOMPARE(second.exitCode, first.exitCode);
        QCOMPARE(second.out, first.out);
    }

    void badUsageSendsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("holdout 1") << QStringList {QStringLiteral("--holdout"), QStringLiteral("1")}
                                   << "--holdout takes a fraction from 0 to below 1";
        QTest::newRow("rounds 0") << QStringList {QStringLiteral("--rounds"), QStringLiteral("0")}
                                  << "--rounds takes a number from 1 to 100";
        QTest::newRow("candidates 21") << QStringList {QStringLiteral("--candidates"), QStringLiteral("21")}
                                       << "--candidates takes a number from 1 to 20";
        QTest::newRow("budget not a number")
            << QStringList {QStringLiteral("--budget-tokens"), QStringLiteral("lots")} << "--budget-tokens takes a number";
        QTest::newRow("unknown output format")
            << QStringList {QStringLiteral("-o"), QStringLiteral("winner.docx")} << "-o winner.docx: choose the prompt format";
        QTest::newRow("engine without prompts") << QStringList {QStringLiteral("--engine"), QStringLiteral("local")}
                                                << "optimize runs the prompt, which the local engine cannot";
        QTest::newRow("missing cases file") << QStringList {QStringLiteral("--cases"), QStringLiteral("/nonexistent.csv")}
                                            << "/nonexistent.csv";
    }

    void badUsageSendsNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult r = run(QStringList {QStringLiteral("optimize"), m_document} + arguments);
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void refusedKeyExitsThree()
    {
        const CliResult r = m_cli->run(
            {QStringLiteral("optimize"), m_document}, m_cli->environment(m_server->baseUrl(), QStringLiteral("wrong-key")));
        QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("401"), qPrintable(r.describe()));
        QVERIFY(!r.err.contains("wrong-key"));
    }

    void networkFailureExitsFour()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        const CliResult r
            = m_cli->run({QStringLiteral("--max-retries"), QStringLiteral("0"), QStringLiteral("optimize"), m_document}, env);
        QVERIFY2(r.finished && r.exitCode == 4, qPrintable(r.describe()));
    }

    void interruptKeepsTheBestSoFar()
    {
        const QString out = m_home.filePath(QStringLiteral("interrupted.txt"));
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        // Interrupted while round 2's winning candidate is evaluated: round 1's best is kept.
        connect(m_server.get(), &FakeApiServer::requestReceived, &process, [&](const pw::test::RecordedRequest &request) {
            if (!pw::test::isToolRequest(request.json())
                && pw::test::lastMessageText(request.json()).contains(QLatin1String("Done")))
                ::kill(pid_t(process.processId()), SIGINT);
        });
        process.start(QStringLiteral(PROMPTWERK_CLI), {QStringLiteral("optimize"), m_document, QStringLiteral("-o"), out});
        QVERIFY(process.waitForStarted(10000));
        QVERIFY(finished.wait(30000));
        const QByteArray printed = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(printed.contains("Canceled: the best prompt so far (training score 0.667)"), printed.constData());
        QVERIFY(printed.contains("Winner: round 1, candidate 3"));
        QVERIFY2(err.contains("interrupted; the best prompt so far is the winner"), err.constData());
        QVERIFY(pw::test::readTestFile(out).contains("Answer: {{WORD}}"));
    }

private:
    QProcessEnvironment environment() const { return m_cli->environment(m_server->baseUrl()); }
    CliResult run(const QStringList &arguments) const { return m_cli->run(arguments, environment()); }
    QString save(const QString &name, const PromptDocument &document)
    {
        return pw::test::writeTestFile(m_home.filePath(name), serializeDocument(document));
    }

    QTemporaryDir m_home;
    std::optional<pw::test::CliRunner> m_cli;
    std::unique_ptr<FakeApiServer> m_server;
    QString m_document;
};

QTEST_GUILESS_MAIN(TestOptimizeCli)
#include "tst_optimizecli.moc"
