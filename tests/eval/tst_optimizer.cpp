// The optimize loop against the fake server, in the scenario of
// optimizescenario.h: round 2 beats round 1, a candidate drops a variable.
#include "eval/optimizer.h"
#include "eval/resultfiles.h"
#include "fakes/fakeapiserver.h"
#include "optimizescenario.h"

#include <QSignalSpy>
#include <QTest>

using namespace pw;
using pw::test::FakeApiServer;
using pw::test::isToolRequest;

namespace {

QStringList caseIds(const TestSuite &cases)
{
    QStringList ids;
    for (const TestCase &testCase : cases)
        ids.append(testCase.id);
    return ids;
}

QString promptText(const Prompt &prompt)
{
    return prompt.messages.isEmpty() ? QString() : prompt.messages.constFirst().text();
}

} // namespace

class TestOptimizer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void splitIsSeededAndKeepsBothParts_data();
    void splitIsSeededAndKeepsBothParts();
    void smallHeldOutPartIsNoted();
    void roundTwoBeatsRoundOne_data();
    void roundTwoBeatsRoundOne();
    void feedbackCarriesTheFailures();
    void tokenBudgetStopsTheLoop_data();
    void tokenBudgetStopsTheLoop();
    void cancelKeepsTheBestSoFar();
    void sameSeedSameResult();
    void refusedKeyFails();

private:
    // Runs the optimizer to its end on the scenario.
    void runScenario(Optimizer &optimizer, OptimizerSettings settings, int cases = 20);
    void makeEngine(const QString &name, const QString &key = QStringLiteral("test-key"));

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Engine> m_engine;
    QString m_engineName;
};

void TestOptimizer::init()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->listen());
    m_server->setAnswerText(pw::test::optimizeAnswer);
    makeEngine(QStringLiteral("claude"));
}

void TestOptimizer::cleanup()
{
    m_engine.reset();
    m_client.reset();
    m_server.reset();
}

void TestOptimizer::makeEngine(const QString &name, const QString &key)
{
    m_engineName = name;
    EngineConfig config;
    config.engine = name;
    config.baseUrl
        = name == QLatin1String("openai") ? QUrl(m_server->baseUrl().toString() + QStringLiteral("/v1")) : m_server->baseUrl();
    config.apiKey = key;
    config.maxRetries = 0;
    QString error;
    m_engine = createEngine(config, &error);
    QVERIFY2(m_engine, qPrintable(error));
    ApiConfig api = toApiConfig(config);
    api.retry.initialDelay = std::chrono::milliseconds(1);
    m_client = std::make_unique<ApiClient>(api);
}

void TestOptimizer::runScenario(Optimizer &optimizer, OptimizerSettings settings, int cases)
{
    settings.target.engine = m_engineName;
    settings.target.model
        = m_engineName == QLatin1String("claude") ? QStringLiteral("claude-sonnet-5-5") : QStringLiteral("llama3.2");
    QSignalSpy finished(&optimizer, &Optimizer::finished);
    optimizer.start(pw::test::optimizeOriginal(), pw::test::optimizeCases(cases), settings);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!optimizer.isRunning());
}

void TestOptimizer::splitIsSeededAndKeepsBothParts_data()
{
    QTest::addColumn<int>("cases");
    QTest::addColumn<double>("holdout");
    QTest::addColumn<int>("heldOut");
    QTest::newRow("20 at 0.3") << 20 << 0.3 << 6;
    QTest::newRow("7 at 0.3") << 7 << 0.3 << 2;
    QTest::newRow("2 at 0.1: one held out") << 2 << 0.1 << 1;
    QTest::newRow("1: nothing to hold out") << 1 << 0.3 << 0;
    QTest::newRow("none held out") << 10 << 0.0 << 0;
    QTest::newRow("all but one") << 5 << 0.99 << 4;
}

void TestOptimizer::splitIsSeededAndKeepsBothParts()
{
    QFETCH(int, cases);
    QFETCH(double, holdout);
    QFETCH(int, heldOut);
    const TestSuite suite = pw::test::optimizeCases(cases);
    const CaseSplit split = splitCases(suite, holdout, 42);
    QCOMPARE(split.heldOut.size(), heldOut);
    QCOMPARE(split.training.size() + split.heldOut.size(), cases);
    QStringList all = caseIds(split.training) + caseIds(split.heldOut);
    all.sort();
    QStringList expected = caseIds(suite);
    expected.sort();
    QCOMPARE(all, expected);
    const CaseSplit again = splitCases(suite, holdout, 42);
    QCOMPARE(caseIds(again.heldOut), caseIds(split.heldOut));
    QCOMPARE(caseIds(again.training), caseIds(split.training));
}

void TestOptimizer::smallHeldOutPartIsNoted()
{
    const TestSuite suite = pw::test::optimizeCases(100);
    QVERIFY(splitCases(suite, 0.3, 1).note.isEmpty());
    QVERIFY(splitCases(suite, 0.1, 1).note.isEmpty()); // exactly ten held out
    QVERIFY(splitCases(suite, 0.05, 1).note.contains(QLatin1String("Only 5 case(s) are held out")));
    QVERIFY(splitCases(pw::test::optimizeCases(1), 0.3, 1).note.contains(QLatin1String("nothing can be held out")));
    // Another seed, another split.
    QVERIFY(caseIds(splitCases(suite, 0.3, 1).heldOut) != caseIds(splitCases(suite, 0.3, 2).heldOut));
}

void TestOptimizer::roundTwoBeatsRoundOne_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("claude") << QStringLiteral("claude");
    QTest::newRow("openai") << QStringLiteral("openai");
}

void TestOptimizer::roundTwoBeatsRoundOne()
{
    QFETCH(QString, engine);
    if (engine != m_engineName) {
        m_server->setOpenAiKeyRequired(false);
        makeEngine(engine);
    }
    Optimizer optimizer(*m_client, *m_engine);
    QSignalSpy evaluated(&optimizer, &Optimizer::candidateEvaluated);
    QSignalSpy rounds(&optimizer, &Optimizer::roundFinished);
    OptimizerSettings settings;
    settings.rounds = 5;
    runScenario(optimizer, settings);

    const OptimizerReport &report = optimizer.report();
    QCOMPARE(report.stop, OptimizerReport::Stop::AllPassed);
    const QList<OptimizerCandidate> &candidates = optimizer.candidates();
    QCOMPARE(candidates.size(), 7); // the original, 3 per round
    QCOMPARE(evaluated.size(), 7);
    QCOMPARE(rounds.size(), 3); // the original's round 0, rounds 1 and 2
    QCOMPARE(optimizer.split().training.size(), 14);

    QCOMPARE(candidates.at(0).trainingScore, 1.0 / 3);
    QCOMPARE(candidates.at(0).trainingPassed, 0);
    QCOMPARE(candidates.at(0).trainingTotal, 14);
    // Round 1: the variable-dropping candidate is discarded, never run.
    QCOMPARE(promptText(candidates.at(2).prompt), QStringLiteral("Say hello"));
    QCOMPARE(candidates.at(2).discardedReason, QStringLiteral("It drops {{WORD}} of the original."));
    QVERIFY(candidates.at(2).trainingRun.cells.isEmpty());
    QCOMPARE(candidates.at(3).trainingScore, 2.0 / 3);
    QCOMPARE(optimizer.rounds().at(1).best, 3);
    // Round 2 beats round 1.
    QCOMPARE(promptText(candidates.at(4).prompt), QStringLiteral("Answer: {{WORD}} Done"));
    QCOMPARE(candidates.at(4).trainingScore, 1.0);
    QCOMPARE(candidates.at(4).trainingPassed, 14);
    QCOMPARE(optimizer.rounds().at(2).best, 4);
    QVERIFY(optimizer.rounds().at(2).bestScore > optimizer.rounds().at(1).bestScore);
    QCOMPARE(report.winner, 4);

    // The held-out check: the original fails every held-out case, the winner passes them.
    QVERIFY(report.originalHeldOut && report.winnerHeldOut);
    QCOMPARE(report.originalHeldOut->total, 6);
    QCOMPARE(report.originalHeldOut->passed, 0);
    QCOMPARE(report.winnerHeldOut->passed, 6);
    QVERIFY(report.improved());
    QVERIFY(report.notes.constFirst().contains(QLatin1String("Only 6 case(s) are held out")));
    // 7 runs on training (one discarded), 2 on the held-out part; 6 tool requests.
    const QByteArray path = engine == QLatin1String("claude") ? "/v1/messages" : "/v1/chat/completions";
    QCOMPARE(m_server->requestCount(path), 6 + 6 * 14 + 2 * 6);
    QVERIFY(report.usage.inputTokens > 0 && report.usage.outputTokens > 0);
    // Held-out cases are never part of a training run.
    const QStringList heldOutIds = caseIds(optimizer.split().heldOut);
    for (const CellResult &cell : candidates.at(4).trainingRun.cells)
        QVERIFY(!heldOutIds.contains(cell.caseId));
}

void TestOptimizer::feedbackCarriesTheFailures()
{
    Optimizer optimizer(*m_client, *m_engine);
    OptimizerSettings settings;
    settings.rounds = 1;
    settings.humanComments.insert(QStringLiteral("case-1"), {QStringLiteral("Too terse.")});
    runScenario(optimizer, settings, 3);
    const QString feedback = optimizer.feedbackFor(optimizer.candidates().at(0).trainingRun);
    QVERIFY2(feedback.contains(QLatin1String("2 test cases; 2 failed")), qPrintable(feedback));
    QVERIFY(feedback.contains(QLatin1String("Keep every variable ({{WORD}})")));
    QVERIFY(feedback.contains(QLatin1String("<output>\nEcho: Say word")));
    QVERIFY(feedback.contains(QLatin1String("- contains: ")));
    // The comment appears with its case when that case is in the training part.
    const bool case1Trains = caseIds(optimizer.split().training).contains(QStringLiteral("case-1"));
    QCOMPARE(feedback.contains(QLatin1String("<reviewer_comments>\nToo terse.")), case1Trains);
    // The tool model was sent that feedback.
    bool sent = false;
    for (const pw::test::RecordedRequest &request : m_server->requests())
        sent = sent
            || (isToolRequest(request.json())
                && pw::test::lastMessageText(request.json()).contains(QLatin1String("<failing_case")));
    QVERIFY(sent);
}

namespace {

qint64 tokens(const Usage &usage)
{
    return usage.inputTokens + usage.outputTokens;
}

} // namespace

void TestOptimizer::tokenBudgetStopsTheLoop_data()
{
    QTest::addColumn<bool>("midEvaluation");
    QTest::newRow("spent by writing the candidates") << false;
    QTest::newRow("spent while evaluating them") << true;
}

void TestOptimizer::tokenBudgetStopsTheLoop()
{
    QFETCH(bool, midEvaluation);
    // What an unlimited search spends, by the same token counts of the fake.
    qint64 budget = 0;
    {
        Optimizer unlimited(*m_client, *m_engine);
        runScenario(unlimited, OptimizerSettings());
        QCOMPARE(unlimited.report().stop, OptimizerReport::Stop::AllPassed);
        budget = tokens(unlimited.rounds().at(0).usage) + 1;
        if (midEvaluation) {
            // Past the tool model's tokens of round 1, half way through its evaluation.
            qint64 evaluation = 0;
            for (int i = 1; i <= 3; ++i) {
                const OptimizerCandidate &candidate = unlimited.candidates().at(i);
                const qint64 run = tokens(summarizeRun(candidate.trainingRun).usage);
                budget += tokens(candidate.usage) - run;
                evaluation += run;
            }
            budget += evaluation / 2;
        }
    }
    m_server->clear();
    Optimizer optimizer(*m_client, *m_engine);
    OptimizerSettings settings;
    settings.budgetTokens = budget;
    runScenario(optimizer, settings);
    const OptimizerReport &report = optimizer.report();
    QCOMPARE(report.stop, OptimizerReport::Stop::TokenBudget);
    QCOMPARE(report.stopMessage, QStringLiteral("The budget of %1 tokens is spent.").arg(budget));
    QCOMPARE(report.winner, 0);
    QCOMPARE(optimizer.rounds().size(), 2);
    // Round 1 was written; none of it counts, no round 2 was asked for.
    const QList<OptimizerCandidate> &candidates = optimizer.candidates();
    QCOMPARE(candidates.size(), 4);
    for (const int i : {1, 3}) {
        QCOMPARE(candidates.at(i).discardedReason, QStringLiteral("Not evaluated: the budget was spent."));
        const int answered = pw::test::countCells(candidates.at(i).trainingRun, CellResult::Status::Succeeded);
        if (midEvaluation)
            QVERIFY2(answered > 0 && answered < 14, qPrintable(QString::number(answered)));
        else
            QCOMPARE(answered, 0);
    }
    QVERIFY(candidates.at(2).discardedReason.startsWith(QLatin1String("It drops")));
    // The held-out check still runs: the original against itself.
    QVERIFY(report.originalHeldOut);
    QCOMPARE(report.winnerHeldOut->run.id, report.originalHeldOut->run.id);
    QVERIFY(!report.improved());
    if (!midEvaluation) // the baseline, 3 candidates written, the held-out check of the original
        QCOMPARE(m_server->requestCount("/v1/messages"), 14 + 3 + 6);
}

void TestOptimizer::cancelKeepsTheBestSoFar()
{
    Optimizer optimizer(*m_client, *m_engine);
    // Cancel as the first round-2 candidate is being evaluated.
    connect(m_server.get(), &FakeApiServer::requestReceived, &optimizer, [&](const pw::test::RecordedRequest &request) {
        if (!isToolRequest(request.json()) && pw::test::lastMessageText(request.json()).contains(QLatin1String("Done")))
            QTimer::singleShot(0, &optimizer, &Optimizer::cancel);
    });
    OptimizerSettings settings;
    runScenario(optimizer, settings);
    const OptimizerReport &report = optimizer.report();
    QCOMPARE(report.stop, OptimizerReport::Stop::Canceled);
    QCOMPARE(report.winner, 3); // round 1's "Answer: {{WORD}}"
    QCOMPARE(optimizer.best(), 3);
    QVERIFY(report.stopMessage.contains(QLatin1String("best prompt so far (training score 0.667)")));
    QVERIFY(!report.originalHeldOut && !report.winnerHeldOut);
    QCOMPARE(optimizer.rounds().size(), 2);
}

void TestOptimizer::sameSeedSameResult()
{
    const auto runWithSeed = [&](quint32 seed) {
        auto optimizer = std::make_unique<Optimizer>(*m_client, *m_engine);
        OptimizerSettings settings;
        settings.seed = seed;
        runScenario(*optimizer, settings, 13);
        return optimizer;
    };
    const std::unique_ptr<Optimizer> first = runWithSeed(7);
    const std::unique_ptr<Optimizer> second = runWithSeed(7);
    QCOMPARE(caseIds(second->split().heldOut), caseIds(first->split().heldOut));
    QCOMPARE(caseIds(second->split().training), caseIds(first->split().training));
    QCOMPARE(second->report().winner, first->report().winner);
    QCOMPARE(second->candidates().size(), first->candidates().size());
    for (qsizetype i = 0; i < first->candidates().size(); ++i) {
        QCOMPARE(second->candidates().at(i).prompt, first->candidates().at(i).prompt);
        QCOMPARE(second->candidates().at(i).trainingScore, first->candidates().at(i).trainingScore);
    }
    QCOMPARE(second->report().winnerHeldOut->passed, first->report().winnerHeldOut->passed);
    const std::unique_ptr<Optimizer> other = runWithSeed(8);
    QVERIFY(caseIds(other->split().heldOut) != caseIds(first->split().heldOut));
}

void TestOptimizer::refusedKeyFails()
{
    makeEngine(QStringLiteral("claude"), QStringLiteral("wrong-key"));
    Optimizer optimizer(*m_client, *m_engine);
    runScenario(optimizer, OptimizerSettings());
    const OptimizerReport &report = optimizer.report();
    QCOMPARE(report.stop, OptimizerReport::Stop::Failed);
    QVERIFY(report.apiError);
    QCOMPARE(report.apiError->httpStatus, 401);
    QVERIFY(!report.stopMessage.contains(QLatin1String("wrong-key")));
}

QTEST_GUILESS_MAIN(TestOptimizer)
#include "tst_optimizer.moc"
