// ToolSession: the widget-free tool run of one document, against the local
// fake server (tests/fakes): states, the one stored request, cancel during
// the key lookup, accept, reject and retry.

#include "fakes/fakeapiserver.h"
#include "fakes/modelanswers.h"
#include "secrets/secretstore.h"
#include "tools/toolsession.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pw;
using namespace pw::test;

namespace {

// A keychain that answers only when the test says so, as a keychain waiting
// for the user to unlock it would.
class HeldSecretStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;

    void read(const QString &, QObject *context, ReadCallback done) override
    {
        m_context = context;
        m_done = std::move(done);
    }
    bool isAsked() const { return bool(m_done); }
    // Answers the question asked last, if whoever asked still exists.
    void answer(const QString &key)
    {
        ReadCallback done = std::move(m_done);
        m_done = nullptr;
        if (m_context && done)
            done({!key.isEmpty(), key, {}});
    }

private:
    QPointer<QObject> m_context;
    ReadCallback m_done;
};

ToolRequest improveRequest()
{
    ToolRequest request;
    request.tool = Tool::Improve;
    request.prompt.system = QStringLiteral("You help {{COMPANY}} customers.");
    request.prompt.messages = {Message::user(QStringLiteral("Answer {{QUESTION}} briefly."))};
    request.feedback = QStringLiteral("shorter");
    request.targetModel = QStringLiteral("claude-opus-4-6");
    return request;
}

ToolRequest generateRequest()
{
    ToolRequest request;
    request.tool = Tool::Generate;
    request.task = QStringLiteral("a support assistant");
    return request;
}

} // namespace

class TestToolSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void improveRunsUntilAccepted();
    void rejectDropsTheResult();
    void startIsIgnoredWhileRunning();
    void failureThenRetry();
    void missingKeyIsASettingsProblem();
    void cancelDuringKeyLookupNamesItsOwnTool();
    void cancelWhileStreaming();
    void unsupportedToolFails();
    void engineChoice();
    void newStartDropsAPendingResult();

private:
    std::unique_ptr<ToolSession> makeSession(SecretStore *secrets, bool withKey = true);
    void waitForEnd(ToolSession &session);

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QSettings> m_file;
    std::unique_ptr<SettingsStore> m_settings;
    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
};

void TestToolSession::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->listen());
    m_file = std::make_unique<QSettings>(m_directory->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<SettingsStore>(m_file.get());
}

void TestToolSession::cleanup()
{
    m_settings.reset();
    m_file.reset();
    m_server.reset();
    m_directory.reset();
}

std::unique_ptr<ToolSession> TestToolSession::makeSession(SecretStore *secrets, bool withKey)
{
    EngineSources sources;
    sources.settings = m_file.get();
    sources.secrets = secrets;
    sources.network = &m_network;
    sources.environment.insert(QStringLiteral("ANTHROPIC_BASE_URL"), m_server->baseUrl().toString());
    if (withKey)
        sources.environment.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("test-key"));
    return std::make_unique<ToolSession>(sources);
}

void TestToolSession::waitForEnd(ToolSession &session)
{
    QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 30000);
}

void TestToolSession::improveRunsUntilAccepted()
{
    const std::unique_ptr<ToolSession> session = makeSession(&m_secrets);
    m_server->enqueue("/v1/messages",
        FakeResponse::anthropicStream({modelAnswer(
            {{QStringLiteral("user"), QStringLiteral("Answer {{QUESTION}}.")}}, QStringLiteral("You help {{COMPANY}}."))}));
    QSignalSpy states(session.get(), &ToolSession::stateChanged);
    QSignalSpy succeeded(session.get(), &ToolSession::succeeded);
    QSignalSpy text(session.get(), &ToolSession::textReceived);
    QSignalSpy status(session.get(), &ToolSession::statusChanged);
    QCOMPARE(session->state(), ToolSession::State::Idle);
    QVERIFY(!session->canRetry());

    session->start(improveRequest());
    QCOMPARE(session->state(), ToolSession::State::Running);
    QVERIFY(session->isBusy());
    QVERIFY(succeeded.wait(30000));
    QCOMPARE(session->state(), ToolSession::State::ResultPending);
    QVERIFY(session->hasPendingResult());
    QCOMPARE(session->result().prompt.system, QStringLiteral("You help {{COMPANY}}."));
    QCOMPARE(succeeded.constFirst().constFirst().value<ToolResult>().prompt, session->result().prompt);
    QVERIFY(!text.isEmpty());
    QVERIFY(status.constFirst().constFirst().toString().contains(QLatin1String("claude")));
    // The request is the one given, and with it the engine and tool model it ran on.
    QCOMPARE(session->request(), improveRequest());
    QCOMPARE(session->config().engine, QStringLiteral("claude"));
    QCOMPARE(session->config().toolModel, findEngine(QStringLiteral("claude"))->defaultToolModel);
    QCOMPARE(m_server->requests().constLast().headers.value("x-api-key"), QByteArray("test-key"));

    session->accept();
    QCOMPARE(session->state(), ToolSession::State::Applied);
    QVERIFY(!session->hasPendingResult());
    QVERIFY(session->canRetry());
    const QList<ToolSession::State> expected {
        ToolSession::State::Running, ToolSession::State::ResultPending, ToolSession::State::Applied};
    QCOMPARE(states.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(states.at(i).constFirst().value<ToolSession::State>(), expected.at(i));
    session->reject(); // only a pending result can be rejected
    QCOMPARE(session->state(), ToolSession::State::Applied);
}

void TestToolSession::rejectDropsTheResult()
{
    const std::unique_ptr<ToolSession> session = makeSession(&m_secrets);
    session->setEngine(QStringLiteral("local"));
    ToolRequest request = improveRequest();
    request.tool = Tool::Templatize;
    request.prompt = Prompt {{}, {Message::user(QStringLiteral("Translate hello into German."))}};
    QSignalSpy succeeded(session.get(), &ToolSession::succeeded);
    session->start(request);
    QVERIFY(succeeded.wait());
    QVERIFY(session->result().variableValues.has_value());
    session->reject();
    QCOMPARE(session->state(), ToolSession::State::Idle);
    QVERIFY(!session->result().variableValues.has_value());
    QCOMPARE(session->request(), request);
    QVERIFY(session->canRetry());
}

void TestToolSession::startIsIgnoredWhileRunning()
{
    const std::unique_ptr<ToolSession> session = makeSession(&m_secrets);
    m_server->enqueue("/v1/messages",
        FakeResponse::anthropicStream(
            {modelAnswer({{QStringLiteral("user"), QStringLiteral("B {{QUESTION}}")}}, QStringLiteral("A {{COMPANY}}"))}));
    session->start(improveRequest());
    session->start(generateRequest());
    QCOMPARE(session->request().tool, Tool::Improve);
    QVERIFY(!session->canRetry());
    waitForEnd(*session);
    QCOMPARE(session->state(), ToolSession::State::ResultPending);
    QCOMPARE(m_server->requestCount("/v1/messages"), 1);
}

void TestToolSession::failureThenRetry()
{
    const std::unique_ptr<ToolSession> session = makeSession(&m_secrets);
    m_server->enqueue("/v1/messages", FakeResponse::apiError(400, QStringLiteral("invalid_request_error"), QStringLiteral("no")));
    QSignalSpy failed(session.get(), &ToolSession::failed);
    session->start(improveRequest());
    QVERIFY(failed.wait(30000));
    QCOMPARE(session->state(), ToolSession::State::Failed);
    QCOMPARE(session->error().kind, ToolError::Kind::Api);
    QCOMPARE(session->error().httpStatus, 400);
    QVERIFY(!session->settingsProblem());
    QVERIFY(session->canRetry());

    m_server->enqueue("/v1/messages",
        FakeResponse::anthropicStream(
            {modelAnswer({{QStringLiteral("user"), QStringLiteral("{{QUESTION}}")}}, QStringLiteral("Retried {{COMPANY}}"))}));
    QSignalSpy succeeded(session.get(), &ToolSession::succeeded);
    session->retry();
    QCOMPARE(session->state(), ToolSession::State::Running);
    QVERIFY(succeeded.wait(30000));
    QCOMPARE(session->result().prompt.system, QStringLiteral("Retried {{COMPANY}}"));
    QCOMPARE(session->request(), improveRequest());
    QCOMPARE(m_server->requestCount("/v1/messages"), 2);
}

void TestToolSession::missingKeyIsASettingsProblem()
{
    const std::unique_ptr<ToolSession> session = makeSession(&m_secrets, false);
    QSignalSpy failed(session.get(), &ToolSession::failed);
    session->start(improveRequest());
    QVERIFY(failed.wait());
    QCOMPARE(session->state(), ToolSession::State::Failed);
    QVERIFY(session->settingsProblem());
    QCOMPARE(failed.constFirst().at(1).toBool(), true);
    QCOMPARE(session->error().kind, ToolError::Kind::InvalidInput);
    QVERIFY2(session->error().message.contains(QLatin1String("ANTHROPIC_API_KEY")), qPrintable(session->error().message));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestToolSession::cancelDuringKeyLookupNamesItsOwnTool()
{
    HeldSecretStore keychain;
    const std::unique_ptr<ToolSession> session = makeSession(&keychain, false);
    QSignalSpy succeeded(session.get(), &ToolSession::succeeded);
    QSignalSpy failed(session.get(), &ToolSession::failed);

    // A first run (Generate) that the keychain lets through.
    m_server->enqueue("/v1/messages",
        FakeResponse::anthropicStream(
            {modelAnswer({{QStringLiteral("user"), QStringLiteral("Answer {{QUESTION}}.")}}, QStringLiteral("You help."))}));
    session->start(generateRequest());
    QTRY_VERIFY(keychain.isAsked());
    keychain.answer(QStringLiteral("test-key"));
    QVERIFY(succeeded.wait(30000));

    // Improve waits for the keychain, and is canceled there.
    session->start(improveRequest());
    QTRY_VERIFY(keychain.isAsked());
    QVERIFY(!session->run());
    session->cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(session->state(), ToolSession::State::Failed);
    QCOMPARE(session->error().kind, ToolError::Kind::Canceled);
    QCOMPARE(session->request().tool, Tool::Improve);
    QVERIFY(!session->settingsProblem());

    // The keychain's late answer starts nothing.
    keychain.answer(QStringLiteral("test-key"));
    QCOMPARE(session->state(), ToolSession::State::Failed);
    QCOMPARE(m_server->requestCount("/v1/messages"), 1);
}

void TestToolSession::cancelWhileStreaming()
{
    const std::unique_ptr<ToolSession> session = makeSession(&m_secrets);
    QStringList pieces;
    for (int i = 0; i < 200; ++i)
        pieces.append(QStringLiteral("{\"system\": \"x\""));
    FakeResponse slow = FakeResponse::anthropicStream(pieces);
    slow.chunkDelayMs = 200;
    m_server->enqueue("/v1/messages", slow);
    QSignalSpy text(session.get(), &ToolSession::textReceived);
    QSignalSpy failed(session.get(), &ToolSession::failed);
    session->start(improveRequest());
    QVERIFY(text.wait(30000));
    QVERIFY(session->run());
    session->cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(session->state(), ToolSession::State::Failed);
    QCOMPARE(session->error().kind, ToolError::Kind::Canceled);
    QCOMPARE(session->request().tool, Tool::Improve);
}

void TestToolSession::unsupportedToolFails()
{
    const std::unique_ptr<ToolSession> session = makeSession(&m_secrets);
    session->setEngine(QStringLiteral("local"));
    QSignalSpy failed(session.get(), &ToolSession::failed);
    session->start(generateRequest());
    QVERIFY(failed.wait());
    QCOMPARE(session->error().kind, ToolError::Kind::Unsupported);
    QCOMPARE(session->config().engine, QStringLiteral("local"));
    QVERIFY(!session->settingsProblem());
}

void TestToolSession::engineChoice()
{
    const std::unique_ptr<ToolSession> session = makeSession(&m_secrets);
    QCOMPARE(session->engine(), QStringLiteral("claude"));
    QSignalSpy changed(session.get(), &ToolSession::engineChanged);
    session->setEngine(QStringLiteral("gemini"));
    QCOMPARE(session->engine(), QStringLiteral("claude"));
    session->setEngine(QStringLiteral("openai"));
    QCOMPARE(session->engine(), QStringLiteral("openai"));
    QCOMPARE(m_settings->currentEngine(), QStringLiteral("openai")); // saved for the next start
    QCOMPARE(changed.size(), 1);

    // An explicit choice (the CLI's --engine) wins and is not saved.
    EngineSources sources = session->sources();
    sources.overrides.engine = QStringLiteral("local");
    const ToolSession chosen(sources);
    QCOMPARE(chosen.engine(), QStringLiteral("local"));
    QCOMPARE(m_settings->currentEngine(), QStringLiteral("openai"));
}

void TestToolSession::newStartDropsAPendingResult()
{
    const std::unique_ptr<ToolSession> session = makeSession(&m_secrets);
    session->setEngine(QStringLiteral("local"));
    ToolRequest request;
    request.tool = Tool::Templatize;
    request.prompt = Prompt {{}, {Message::user(QStringLiteral("Write to Ada about the invoice."))}};
    QSignalSpy succeeded(session.get(), &ToolSession::succeeded);
    session->start(request);
    QVERIFY(succeeded.wait());
    QVERIFY(session->hasPendingResult());
    session->start(generateRequest());
    QVERIFY(!session->hasPendingResult());
    QVERIFY(!session->result().variableValues.has_value());
    waitForEnd(*session);
    QCOMPARE(session->state(), ToolSession::State::Failed); // local cannot generate
}

QTEST_GUILESS_MAIN(TestToolSession)
#include "tst_toolsession.moc"
