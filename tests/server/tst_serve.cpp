// promptwerk-cli serve as a process, called the way integrations call it:
// the three cURL examples of the retired endpoints' documentation verbatim
// (only the host changed), promptwerk-cli's prompt-tools engine as a client,
// SIGTERM in the middle of a request, keys kept out of the log. Upstream is
// the project's fake API server in this process; the environment is sealed
// (temporary HOME, no D-Bus) so no keychain or settings are touched.
#include "fakes/fakeapiserver.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using pw::test::FakeApiServer;

namespace {

const QByteArray messagesPath("/v1/messages");
const QString upstreamKey = QStringLiteral("test-key"); // the fake server's

// Verbatim from the documentation of the retired endpoints; only
// https://api.anthropic.com becomes the server's address.
const QString generateExample = QStringLiteral(R"(curl -X POST https://api.anthropic.com/v1/experimental/generate_prompt \
     --header "x-api-key: $ANTHROPIC_API_KEY" \
     --header "anthropic-version: 2023-06-01" \
     --header "anthropic-beta: prompt-tools-2025-04-02" \
     --header "content-type: application/json" \
     --data \
'{
    "task": "a chef for a meal prep planning service",
    "target_model": "claude-3-7-sonnet-20250219"
}')");

const QString improveExample = QStringLiteral(R"(curl -X POST https://api.anthropic.com/v1/experimental/improve_prompt \
     --header "x-api-key: $ANTHROPIC_API_KEY" \
     --header "anthropic-version: 2023-06-01" \
     --header "anthropic-beta: prompt-tools-2025-04-02" \
     --header "content-type: application/json" \
     --data \
'{
    "messages": [{"role": "user", "content": [{"type": "text", "text": "Create a recipe for {{food}}"}]}],
    "system": "You are a professional chef",
    "feedback": "Make it more detailed and include cooking times",
    "target_model": "claude-3-7-sonnet-20250219"
}')");

// The documentation's example has "You are an English to German translator";
// its sample answer (and the issue) "a professional" one: both are run.
QString templatizeExample(const QString &system)
{
    return QStringLiteral(R"(curl -X POST https://api.anthropic.com/v1/experimental/templatize_prompt \
     --header "x-api-key: $ANTHROPIC_API_KEY" \
     --header "anthropic-version: 2023-06-01" \
     --header "anthropic-beta: prompt-tools-2025-04-02" \
     --header "content-type: application/json" \
     --data \
'{
    "messages": [{"role": "user", "content": "Translate hello to German"}],
    "system": "%1"
}')")
        .arg(system);
}

struct Finished
{
    bool ok = false; // exited by itself, not killed by the test
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Finished waitForEnd(QProcess &process, int timeoutMs = 30000)
{
    QSignalSpy finished(&process, &QProcess::finished);
    Finished result;
    if (process.state() != QProcess::NotRunning && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return result;
    }
    result.ok = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The documented response shape: messages of text blocks, system a string,
// usage an array of token counts.
void verifyResponseShape(const QJsonObject &body)
{
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QVERIFY(!messages.isEmpty());
    for (const QJsonValue &message : messages) {
        QVERIFY(message[QLatin1String("role")].isString());
        const QJsonArray content = message[QLatin1String("content")].toArray();
        QVERIFY(!content.isEmpty());
        QCOMPARE(content.at(0)[QLatin1String("type")].toString(), QStringLiteral("text"));
        QVERIFY(content.at(0)[QLatin1String("text")].isString());
    }
    QCOMPARE(messages.at(0)[QLatin1String("role")].toString(), QStringLiteral("user"));
    QVERIFY(body.value(QLatin1String("system")).isString());
    const QJsonArray usage = body.value(QLatin1String("usage")).toArray();
    QCOMPARE(usage.size(), 1);
    QVERIFY(usage.at(0)[QLatin1String("input_tokens")].isDouble());
    QVERIFY(usage.at(0)[QLatin1String("output_tokens")].isDouble());
}

} // namespace

class TestServe : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void documentedCurlExamples_data();
    void documentedCurlExamples();
    void promptwerkCliAgainstTheServer();
    void sigtermLetsTheRequestFinish();
    void keysStayOutOfTheLog();
    void refusedConfigurations_data();
    void refusedConfigurations();

private:
    QProcessEnvironment environment(const QString &apiKey = {}) const;
    // Starts serve on a free port; false with the reason in the test log.
    bool startServe(const QStringList &arguments, const QProcessEnvironment &env);
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    std::unique_ptr<QProcess> startCurl(const QString &example, const QString &apiKey);

    QTemporaryDir m_home;
    std::unique_ptr<FakeApiServer> m_upstream;
    std::unique_ptr<QProcess> m_serve;
    QByteArray m_serveErr;
    quint16 m_port = 0;
};

void TestServe::init()
{
    m_upstream = std::make_unique<FakeApiServer>();
    QVERIFY(m_upstream->listen());
    m_serveErr.clear();
}

void TestServe::cleanup()
{
    if (m_serve && m_serve->state() != QProcess::NotRunning) {
        m_serve->kill();
        m_serve->waitForFinished(5000);
    }
    m_serve.reset();
    m_upstream.reset();
}

QProcessEnvironment TestServe::environment(const QString &apiKey) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
        {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "OPENAI_API_KEY",
            "OPENAI_BASE_URL", "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    if (!apiKey.isEmpty())
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), apiKey);
    return env;
}

bool TestServe::startServe(const QStringList &arguments, const QProcessEnvironment &env)
{
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessEnvironment(env);
    connect(m_serve.get(), &QProcess::readyReadStandardError, this, [this] { m_serveErr += m_serve->readAllStandardError(); });
    m_serve->start(QStringLiteral(PROMPTWERK_CLI),
        QStringList {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--base-url"), m_upstream->baseUrl().toString(), QStringLiteral("--max-retries"), QStringLiteral("0")}
            + arguments);
    static const QRegularExpression listening(QStringLiteral("on http://127\\.0\\.0\\.1:(\\d+) "));
    QSignalSpy output(m_serve.get(), &QProcess::readyReadStandardError);
    QSignalSpy ended(m_serve.get(), &QProcess::finished);
    while (ended.isEmpty()) {
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_serveErr));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (!output.wait(20000))
            break;
    }
    qWarning("serve did not start: %s", m_serveErr.constData());
    return false;
}

std::unique_ptr<QProcess> TestServe::startCurl(const QString &example, const QString &apiKey)
{
    auto curl = std::make_unique<QProcess>();
    curl->setProcessEnvironment(environment(apiKey));
    QString command = example;
    command.replace(QLatin1String("https://api.anthropic.com"), baseUrl());
    curl->start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    return curl;
}

void TestServe::documentedCurlExamples_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("example");
    QTest::addColumn<bool>("templatize");
    QTest::newRow("generate") << QStringLiteral("claude") << generateExample << false;
    QTest::newRow("improve") << QStringLiteral("claude") << improveExample << false;
    QTest::newRow("templatize") << QStringLiteral("local")
                                << templatizeExample(QStringLiteral("You are an English to German translator")) << true;
    QTest::newRow("templatize, professional")
        << QStringLiteral("local") << templatizeExample(QStringLiteral("You are a professional English to German translator"))
        << true;
}

void TestServe::documentedCurlExamples()
{
    QFETCH(QString, engine);
    QFETCH(QString, example);
    QFETCH(bool, templatize);
    QVERIFY(startServe({QStringLiteral("--engine"), engine}, environment()));
    std::unique_ptr<QProcess> curl = startCurl(example, upstreamKey);
    const Finished result = waitForEnd(*curl);
    QVERIFY2(result.ok && result.exitCode == 0, result.err.constData());
    const QJsonObject body = QJsonDocument::fromJson(result.out).object();
    QVERIFY2(!body.contains(QLatin1String("error")), result.out.constData());
    verifyResponseShape(body);
    if (QTest::currentTestFailed())
        return;
    if (templatize) {
        const QJsonObject values = body.value(QLatin1String("variable_values")).toObject();
        QCOMPARE(values.value(QLatin1String("TARGET_LANGUAGE")).toString(), QStringLiteral("German"));
        QVERIFY(body.value(QLatin1String("system")).toString().contains(QLatin1String("{{TARGET_LANGUAGE}}")));
        QCOMPARE(m_upstream->requests().size(), 0); // offline
    } else {
        QVERIFY(!body.contains(QLatin1String("variable_values")));
        QCOMPARE(m_upstream->requestCount(messagesPath), 1);
        // Pass-through: the client's key is what went upstream.
        QCOMPARE(m_upstream->requests().constFirst().headers.value("x-api-key"), upstreamKey.toLatin1());
    }
    QTRY_VERIFY(m_serveErr.contains(" 200 "));
}

void TestServe::promptwerkCliAgainstTheServer()
{
    QVERIFY(startServe({QStringLiteral("--engine"), QStringLiteral("local")}, environment()));
    const QString prompt = pw::test::writeTestFile(m_home.filePath(QStringLiteral("prompt.json")),
        R"({"system": "You are an English to German translator", "messages": [{"role": "user", "content": "Translate hello to German"}]})");
    QProcess client;
    client.setProcessEnvironment(environment(QStringLiteral("any-key")));
    client.start(QStringLiteral(PROMPTWERK_CLI),
        {QStringLiteral("--engine"), QStringLiteral("prompt-tools"), QStringLiteral("--base-url"), baseUrl(),
            QStringLiteral("templatize"), QStringLiteral("--json"), prompt});
    const Finished result = waitForEnd(client);
    QVERIFY2(result.ok && result.exitCode == 0, result.err.constData());
    const QJsonObject body = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(body.value(QLatin1String("variable_values")).toObject().value(QLatin1String("TARGET_LANGUAGE")).toString(),
        QStringLiteral("German"));

    // generate is refused by the local engine; the client reports the server's 400.
    client.start(QStringLiteral(PROMPTWERK_CLI),
        {QStringLiteral("--engine"), QStringLiteral("prompt-tools"), QStringLiteral("--base-url"), baseUrl(),
            QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("a chef")});
    const Finished refused = waitForEnd(client);
    QVERIFY(refused.ok);
    QCOMPARE(refused.exitCode, 3); // API error
    QVERIFY2(refused.err.contains("HTTP 400 invalid_request_error"), refused.err.constData());
    QVERIFY2(refused.err.contains("request req_"), refused.err.constData());
}

void TestServe::sigtermLetsTheRequestFinish()
{
    m_upstream->setDefaultStreamDelay(150); // the upstream answer takes a while
    QVERIFY(startServe({QStringLiteral("--engine"), QStringLiteral("claude")}, environment()));
    QSignalSpy upstreamStarted(m_upstream.get(), &FakeApiServer::requestReceived);
    std::unique_ptr<QProcess> curl = startCurl(generateExample, upstreamKey);
    QVERIFY(upstreamStarted.wait(20000));
    m_serve->terminate(); // SIGTERM while the request is being answered

    const Finished answer = waitForEnd(*curl);
    QVERIFY2(answer.ok && answer.exitCode == 0, answer.err.constData());
    verifyResponseShape(QJsonDocument::fromJson(answer.out).object());
    const Finished serve = waitForEnd(*m_serve);
    QVERIFY2(serve.ok && serve.exitCode == 0, m_serveErr.constData());
    const QString log = QString::fromUtf8(m_serveErr + serve.err);
    QVERIFY2(log.contains(QLatin1String("promptwerk-cli: stopping")), qPrintable(log));
    QVERIFY2(log.contains(QLatin1String("POST /v1/experimental/generate_prompt 200 ")), qPrintable(log));
    QVERIFY(log.trimmed().endsWith(QLatin1String("promptwerk-cli: stopped")));
}

void TestServe::keysStayOutOfTheLog()
{
    const QString clientKey = QStringLiteral("sk-client-7f3a9c0e5b2d");
    const QString keysFile = pw::test::writeTestFile(
        m_home.filePath(QStringLiteral("client-keys")), "# who may call\n\nsk-other-client-1111\n" + clientKey.toLatin1() + "\n");
    QVERIFY(startServe({QStringLiteral("--engine"), QStringLiteral("claude"), QStringLiteral("--client-keys"), keysFile},
        environment(upstreamKey)));
    QVERIFY(m_serveErr.contains("(server key, 2 client keys)"));

    std::unique_ptr<QProcess> wrong = startCurl(generateExample, QStringLiteral("sk-client-0000000000"));
    const Finished refused = waitForEnd(*wrong);
    QCOMPARE(QJsonDocument::fromJson(refused.out).object().value(QLatin1String("error"))[QLatin1String("type")].toString(),
        QStringLiteral("authentication_error"));
    std::unique_ptr<QProcess> right = startCurl(generateExample, clientKey);
    const Finished accepted = waitForEnd(*right);
    verifyResponseShape(QJsonDocument::fromJson(accepted.out).object());
    QCOMPARE(m_upstream->requests().constLast().headers.value("x-api-key"), upstreamKey.toLatin1());

    m_serve->terminate();
    const Finished serve = waitForEnd(*m_serve);
    const QByteArray log = m_serveErr + serve.err;
    QVERIFY2(log.contains(" 401 ") && log.contains(" 200 "), log.constData());
    for (const QString &key :
        {clientKey, upstreamKey, QStringLiteral("sk-client-0000000000"), QStringLiteral("sk-other-client-1111")})
        QVERIFY2(!log.contains(key.toLatin1()), qPrintable(key));
}

void TestServe::refusedConfigurations_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("all interfaces without client keys")
        << QStringList {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")} << QStringLiteral("--client-keys");
    QTest::newRow("a bad address") << QStringList {QStringLiteral("--listen"), QStringLiteral("here")}
                                   << QStringLiteral("--listen takes HOST:PORT");
    QTest::newRow("a missing keys file") << QStringList {QStringLiteral("--client-keys"), QStringLiteral("/nonexistent/keys")}
                                         << QStringLiteral("--client-keys: cannot read /nonexistent/keys");
    QTest::newRow("server-key mode without a key") << QStringList {QStringLiteral("--engine"), QStringLiteral("claude"),
        QStringLiteral("--client-keys"), QStringLiteral("KEYS")}
                                                   << QStringLiteral("needs an Anthropic API key");
}

void TestServe::refusedConfigurations()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(
        QStringLiteral("KEYS"), pw::test::writeTestFile(m_home.filePath(QStringLiteral("keys")), "sk-client-123456789\n"));
    QProcess serve;
    serve.setProcessEnvironment(environment());
    serve.start(QStringLiteral(PROMPTWERK_CLI), QStringList {QStringLiteral("serve")} + arguments);
    const Finished result = waitForEnd(serve);
    QVERIFY(result.ok);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
