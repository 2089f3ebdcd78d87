// One prompt run against the local fake server: the request each engine
// sends, the result it fills in, settings the target model rejects (refused
// before anything is sent), retries, a slow first token and cancel.
#include "eval/promptrun.h"
#include "fakeserverclient.h"

#include <algorithm>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace pw;
using pw::test::FakeApiServer;
using pw::test::FakeFaults;
using pw::test::FakeResponse;

namespace {

const QByteArray messagesPath = QByteArrayLiteral("/v1/messages");
const QByteArray chatPath = QByteArrayLiteral("/v1/chat/completions");

Prompt sayPrompt(const QString &word = QStringLiteral("apple"))
{
    return {QStringLiteral("You answer in one word."), {Message::user(QStringLiteral("Say ") + word)}};
}

ModelSettings settingsFor(const QString &engine, const QString &model)
{
    ModelSettings settings;
    settings.engine = engine;
    settings.model = model;
    return settings;
}

// Runs to the end; false when it did not finish.
bool runToEnd(PromptRun &run)
{
    QSignalSpy finished(&run, &PromptRun::finished);
    run.start();
    return finished.wait(10000) && finished.size() == 1;
}

} // namespace

class TestPromptRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        m_server.clear();
        m_client = pw::test::fakeServerClient(m_server);
    }

    void claudeStreamsAndFillsTheCell()
    {
        ModelSettings settings = settingsFor(QStringLiteral("claude"), QStringLiteral("claude-sonnet-4-5"));
        settings.maxTokens = 300;
        settings.temperature = 0.25;
        settings.topP = 0.9;
        settings.stopSequences = {QStringLiteral("END")};
        PromptRun run(*m_client, sayPrompt(), settings);
        run.setCostEstimator([](const QString &model, const Usage &usage, bool batch) -> std::optional<double> {
            return model == QLatin1String("claude-sonnet-4-5") && !batch ? std::optional(double(usage.outputTokens))
                                                                         : std::nullopt;
        });
        QSignalSpy text(&run, &PromptRun::textReceived);
        QVERIFY(runToEnd(run));

        const CellResult &cell = run.result();
        QCOMPARE(cell.status, CellResult::Status::Succeeded);
        QCOMPARE(cell.output, QStringLiteral("Echo: Say apple"));
        QVERIFY(text.size() >= 2); // streamed in pieces
        QCOMPARE(cell.stopReason, QStringLiteral("end_turn"));
        QVERIFY(cell.usage.inputTokens > 0);
        QVERIFY(cell.usage.outputTokens > 0);
        QVERIFY(cell.requestId.startsWith(QLatin1String("req_fake_")));
        QVERIFY(cell.firstTokenMs >= 0);
        QVERIFY(cell.latencyMs >= cell.firstTokenMs);
        QCOMPARE(cell.costUsd, std::optional(double(cell.usage.outputTokens)));
        QVERIFY(cell.error.isEmpty());

        const QJsonObject body = m_server.requests().constLast().json();
        QCOMPARE(m_server.requests().constLast().path, messagesPath);
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-sonnet-4-5"));
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 300);
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.25);
        QCOMPARE(body.value(QLatin1String("top_p")).toDouble(), 0.9);
        QCOMPARE(body.value(QLatin1String("stop_sequences")).toArray(), QJsonArray {QStringLiteral("END")});
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("system")).toString(), QStringLiteral("You answer in one word."));
        QVERIFY(!body.contains(QLatin1String("thinking")));
    }

    void unsetSettingsAreNotSent()
    {
        const QJsonObject body = messagesRequestBody(
            {QString(), {Message::user(QStringLiteral("hi"))}}, settingsFor(QStringLiteral("claude"), QStringLiteral("m")));
        for (const char *key : {"temperature", "top_p", "stop_sequences", "thinking", "system"})
            QVERIFY2(!body.contains(QLatin1String(key)), key);
        ModelSettings thinking = settingsFor(QStringLiteral("claude"), QStringLiteral("m"));
        thinking.maxTokens = 4000;
        thinking.thinkingBudget = 2048;
        QCOMPARE(messagesRequestBody(sayPrompt(), thinking).value(QLatin1String("thinking")).toObject(),
            (QJsonObject {{QStringLiteral("type"), QStringLiteral("enabled")}, {QStringLiteral("budget_tokens"), 2048}}));
    }

    void openAiStreamsAndMapsTheFinishReason()
    {
        ModelSettings settings = settingsFor(QStringLiteral("openai"), QStringLiteral("llama3.2"));
        settings.temperature = 1.5; // OpenAI's range goes to 2
        settings.stopSequences = {QStringLiteral("STOP"), QStringLiteral("END")};
        PromptRun run(*m_client, sayPrompt(QStringLiteral("pear")), settings);
        QVERIFY(runToEnd(run));
        const CellResult &cell = run.result();
        QCOMPARE(cell.status, CellResult::Status::Succeeded);
        QCOMPARE(cell.output, QStringLiteral("Echo: Say pear"));
        QCOMPARE(cell.stopReason, QStringLiteral("end_turn"));
        QVERIFY(cell.usage.outputTokens > 0);
        QVERIFY(!cell.costUsd); // no estimator: no price

        QCOMPARE(m_server.requests().constLast().path, chatPath);
        const QJsonObject body = m_server.requests().constLast().json();
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
        QCOMPARE(body.value(QLatin1String("stop")).toArray(), (QJsonArray {QStringLiteral("STOP"), QStringLiteral("END")}));
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 1.5);
    }

    void truncatedAnswerSaysMaxTokens()
    {
        ModelSettings settings = settingsFor(QStringLiteral("claude"), QStringLiteral("claude-haiku-5-5"));
        settings.maxTokens = 2; // the fake cuts its answer to 8 characters
        PromptRun run(*m_client, sayPrompt(QStringLiteral("a long sentence of several words")), settings);
        QVERIFY(runToEnd(run));
        QCOMPARE(run.result().status, CellResult::Status::Succeeded);
        QCOMPARE(run.result().stopReason, QStringLiteral("max_tokens"));
        QCOMPARE(run.result().output, QStringLiteral("Echo: Sa"));
    }

    void rejectedSettingsAreExplainedBeforeSending_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("prefill");
        QTest::addColumn<std::optional<double>>("temperature");
        QTest::addColumn<std::optional<double>>("topP");
        QTest::addColumn<int>("thinkingBudget");
        QTest::addColumn<QStringList>("stops");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<RunSetting>("setting"); // where the window shows it

        using D = std::optional<double>;
        const QStringList none;
        QTest::newRow("local engine") << "local"
                                      << "claude-opus-4-6" << false << D() << D() << 0 << none
                                      << "the local engine cannot run prompts" << RunSetting::Engine;
        QTest::newRow("prompt-tools engine") << "prompt-tools"
                                             << "claude-opus-4-6" << false << D() << D() << 0 << none
                                             << "the prompt-tools engine cannot run prompts" << RunSetting::Engine;
        QTest::newRow("no model") << "claude"
                                  << "" << false << D() << D() << 0 << none << "no target model" << RunSetting::Model;
        QTest::newRow("prefill on 4.6") << "claude"
                                        << "claude-opus-4-6" << true << D() << D() << 0 << none
                                        << "claude-opus-4-6 rejects a prefill" << RunSetting::Prompt;
        QTest::newRow("prefill on fable") << "claude"
                                          << "claude-fable-5-1" << true << D() << D() << 0 << none
                                          << "claude-fable-5-1 rejects a prefill" << RunSetting::Prompt;
        QTest::newRow("temperature on 4.7") << "claude"
                                            << "claude-opus-4-7" << false << D(0.5) << D() << 0 << none
                                            << "claude-opus-4-7 rejects temperature and top_p" << RunSetting::Temperature;
        QTest::newRow("top_p on 5.5") << "claude"
                                      << "claude-sonnet-5-5" << false << D() << D(0.9) << 0 << none
                                      << "claude-sonnet-5-5 rejects temperature and top_p" << RunSetting::TopP;
        QTest::newRow("temperature above 1 on claude") << "claude"
                                                       << "claude-sonnet-4-5" << false << D(1.5) << D() << 0 << none
                                                       << "temperature must be from 0 to 1" << RunSetting::Temperature;
        QTest::newRow("temperature above 2 on openai")
            << "openai"
            << "llama3.2" << false << D(2.5) << D() << 0 << none << "temperature must be from 0 to 2" << RunSetting::Temperature;
        QTest::newRow("top_p above 1") << "openai"
                                       << "llama3.2" << false << D() << D(1.1) << 0 << none << "top_p must be from 0 to 1"
                                       << RunSetting::TopP;
        QTest::newRow("small thinking budget")
            << "claude"
            << "claude-sonnet-5-5" << false << D() << D() << 500 << none << "the thinking budget must be at least 1024 tokens"
            << RunSetting::ThinkingBudget;
        QTest::newRow("thinking budget above max_tokens") << "claude"
                                                          << "claude-sonnet-5-5" << false << D() << D() << 2048 << none
                                                          << "must be below max_tokens (1024)" << RunSetting::ThinkingBudget;
        QTest::newRow("thinking with prefill")
            << "claude"
            << "claude-sonnet-4-5" << true << D() << D() << 1024 << none << "extended thinking cannot be combined with a prefill"
            << RunSetting::ThinkingBudget;
        QTest::newRow("thinking with temperature")
            << "claude"
            << "claude-sonnet-4-5" << false << D(0.5) << D() << 1024 << none
            << "extended thinking takes no temperature other than 1" << RunSetting::ThinkingBudget;
        QTest::newRow("thinking on openai") << "openai"
                                            << "llama3.2" << false << D() << D() << 2048 << none
                                            << "the openai engine cannot send one" << RunSetting::ThinkingBudget;
        QTest::newRow("blank stop sequence")
            << "claude"
            << "claude-sonnet-5-5" << false << D() << D() << 0 << QStringList {QStringLiteral(" \n")}
            << "a stop sequence must contain something other than white space" << RunSetting::StopSequences;
    }

    void rejectedSettingsAreExplainedBeforeSending()
    {
        QFETCH(QString, engine);
        QFETCH(QString, model);
        QFETCH(bool, prefill);
        QFETCH(std::optional<double>, temperature);
        QFETCH(std::optional<double>, topP);
        QFETCH(int, thinkingBudget);
        QFETCH(QStringList, stops);
        QFETCH(QString, problem);
        QFETCH(RunSetting, setting);

        Prompt prompt = sayPrompt();
        if (prefill)
            prompt.messages.append(Message::assistant(QStringLiteral("Echo:")));
        ModelSettings settings = settingsFor(engine, model);
        settings.temperature = temperature;
        settings.topP = topP;
        settings.thinkingBudget = thinkingBudget;
        settings.stopSequences = stops;

        const QStringList problems = runSettingsProblems(prompt, settings);
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(problem), qPrintable(problems.join(QLatin1Char('\n'))));
        const QList<RunSettingProblem> placed = runSettingProblems(prompt, settings);
        QVERIFY(std::any_of(placed.cbegin(), placed.cend(),
            [&](const RunSettingProblem &found) { return found.setting == setting && found.text.contains(problem); }));

        PromptRun run(*m_client, prompt, settings);
        QVERIFY(runToEnd(run));
        QCOMPARE(run.result().status, CellResult::Status::Failed);
        QCOMPARE(run.error()->kind, ApiErrorKind::Config);
        QVERIFY(run.result().error.contains(problem));
        QCOMPARE(m_server.requests().size(), 0);
    }

    void acceptedSettingsHaveNoProblems_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("prefill");
        QTest::addColumn<bool>("temperature");
        QTest::newRow("prefill on 4.5") << "claude-sonnet-4-5" << true << false;
        QTest::newRow("temperature on 4.6") << "claude-opus-4-6" << false << true;
        QTest::newRow("neither on 5.5") << "claude-sonnet-5-5" << false << false;
    }

    void acceptedSettingsHaveNoProblems()
    {
        QFETCH(QString, model);
        QFETCH(bool, prefill);
        QFETCH(bool, temperature);
        Prompt prompt = sayPrompt();
        if (prefill)
            prompt.messages.append(Message::assistant(QStringLiteral("Echo:")));
        ModelSettings settings = settingsFor(QStringLiteral("claude"), model);
        if (temperature)
            settings.temperature = 0.0;
        QCOMPARE(runSettingsProblems(prompt, settings), QStringList());
    }

    void overloadedAnswerIsRetried()
    {
        m_server.enqueue(messagesPath,
            FakeResponse::apiError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"))
                .withHeader("retry-after", "0"));
        PromptRun run(*m_client, sayPrompt(), settingsFor(QStringLiteral("claude"), QStringLiteral("claude-sonnet-5-5")));
        QSignalSpy retries(&run, &PromptRun::retryScheduled);
        QVERIFY(runToEnd(run));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.at(0).at(0).value<ApiError>().httpStatus, 529);
        QCOMPARE(run.result().status, CellResult::Status::Succeeded);
        QCOMPARE(m_server.requestCount(messagesPath), 2);
    }

    void apiErrorFailsTheCellWithItsMessage()
    {
        m_server.enqueue(messagesPath,
            FakeResponse::apiError(400, QStringLiteral("invalid_request_error"), QStringLiteral("prompt is too long")));
        PromptRun run(*m_client, sayPrompt(), settingsFor(QStringLiteral("claude"), QStringLiteral("claude-sonnet-5-5")));
        QVERIFY(runToEnd(run));
        QCOMPARE(run.result().status, CellResult::Status::Failed);
        QVERIFY(run.result().error.contains(QLatin1String("HTTP 400 invalid_request_error: prompt is too long")));
        QVERIFY(run.result().requestId.startsWith(QLatin1String("req_fake_")));
        QVERIFY(run.result().output.isEmpty());
        QVERIFY(!run.result().error.contains(QLatin1String("test-key")));
    }

    void slowFirstTokenIsMeasured()
    {
        FakeFaults faults;
        faults.firstTokenDelayMs = 150;
        m_server.setFaults(faults);
        PromptRun run(*m_client, sayPrompt(), settingsFor(QStringLiteral("claude"), QStringLiteral("claude-sonnet-5-5")));
        QVERIFY(runToEnd(run));
        QCOMPARE(run.result().status, CellResult::Status::Succeeded);
        QVERIFY2(run.result().firstTokenMs >= 140, qPrintable(QString::number(run.result().firstTokenMs)));
        QVERIFY(run.result().latencyMs >= run.result().firstTokenMs);
    }

    void cancelEndsTheRunAtOnce()
    {
        FakeFaults faults;
        faults.firstTokenDelayMs = 60000;
        m_server.setFaults(faults);
        PromptRun run(*m_client, sayPrompt(), settingsFor(QStringLiteral("openai"), QStringLiteral("llama3.2")));
        QSignalSpy finished(&run, &PromptRun::finished);
        QSignalSpy received(&m_server, &FakeApiServer::requestReceived);
        run.start();
        QVERIFY(received.wait(10000));
        run.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(run.result().status, CellResult::Status::Canceled);
        QCOMPARE(run.error()->kind, ApiErrorKind::Canceled);
        QVERIFY(run.result().output.isEmpty());
    }

private:
    FakeApiServer m_server;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestPromptRun)
#include "tst_promptrun.moc"
