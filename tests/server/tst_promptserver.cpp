// The prompt-tools server in this process: the contract's validation and
// envelope, keys, hardening (limits, timeouts, the connection limit, stop),
// upstream failures, and Promptwerk's own prompt-tools engine as a client.
// Upstream is the project's fake API server.
#include "fakes/fakeapiserver.h"
#include "server/promptserver.h"
#include "tools/engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using pw::EngineConfig;
using pw::PromptServer;
using pw::ServerConfig;
using pw::test::FakeApiServer;
using pw::test::FakeResponse;

Q_DECLARE_METATYPE(pw::test::FakeResponse)

namespace {

const QByteArray generatePath("/v1/experimental/generate_prompt");
const QByteArray improvePath("/v1/experimental/improve_prompt");
const QByteArray templatizePath("/v1/experimental/templatize_prompt");
const QByteArray messagesPath("/v1/messages");
const QByteArray upstreamKey("test-key"); // the fake server's key
const QByteArray clientKey("client-key-0123456789");

using Headers = QList<std::pair<QByteArray, QByteArray>>;

Headers contractHeaders(const QByteArray &key = upstreamKey)
{
    return {{"x-api-key", key}, {"anthropic-version", "2023-06-01"}, {"anthropic-beta", "prompt-tools-2025-04-02"},
        {"content-type", "application/json"}};
}

Headers without(Headers headers, const QByteArray &name)
{
    headers.removeIf([&](const auto &header) { return header.first == name; });
    return headers;
}

Headers replaced(Headers headers, const QByteArray &name, const QByteArray &value)
{
    headers = without(headers, name);
    headers.append({name, value});
    return headers;
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString errorType() const { return json().value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(); }
    QString errorMessage() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }
};

// Everything that came back on a raw connection until the server closed it.
QByteArray readUntilClosed(QTcpSocket &socket)
{
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    if (socket.state() != QAbstractSocket::UnconnectedState) {
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        if (!closed.wait(20000))
            qWarning("the server did not close the connection");
    }
    return received + socket.readAll();
}

int statusOf(const QByteArray &rawResponse)
{
    return rawResponse.startsWith("HTTP/1.1 ") ? rawResponse.mid(9, 3).toInt() : 0;
}

} // namespace

class TestPromptServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void templatizeOnTheLocalEngine();
    void generateAndImproveThroughUpstream_data();
    void generateAndImproveThroughUpstream();
    void invalidInputIsNamed_data();
    void invalidInputIsNamed();
    void headersThatAreAccepted_data();
    void headersThatAreAccepted();
    void repeatedBetaHeader();
    void healthAndUnknownEndpoints();
    void passThroughSendsTheClientsKeyUpstream();
    void serverKeyModeChecksClientKeys();
    void keysNeverReachLogOrErrorText();
    void upstreamFailures_data();
    void upstreamFailures();
    void oversizedBodyGets413();
    void clientsThatDoNotSendInTime_data();
    void clientsThatDoNotSendInTime();
    void tooManyConnectionsGet429();
    void keepAliveAnswersSeveralRequests();
    void nonLoopbackNeedsClientKeys();
    void stopDuringARequest_data();
    void stopDuringARequest();
    void clientThatLeavesCancelsTheRun();
    void promptwerkTalksToPromptwerk();

private:
    std::unique_ptr<PromptServer> start(ServerConfig config);
    ServerConfig config(const QString &engine) const;
    // The request, sent; the caller owns the reply.
    QNetworkReply *send(const QByteArray &path, const QByteArray &body, const Headers &headers = contractHeaders(),
        const QByteArray &method = "POST");
    Answer post(const QByteArray &path, const QByteArray &body, const Headers &headers = contractHeaders(),
        const QByteArray &method = "POST");
    QUrl url(const QByteArray &path) const;

    std::unique_ptr<FakeApiServer> m_upstream;
    std::unique_ptr<PromptServer> m_server;
    QNetworkAccessManager m_network;
    QStringList m_log;
};

void TestPromptServer::init()
{
    m_upstream = std::make_unique<FakeApiServer>();
    QVERIFY(m_upstream->listen());
    m_log.clear();
}

void TestPromptServer::cleanup()
{
    m_server.reset();
    m_upstream.reset();
}

ServerConfig TestPromptServer::config(const QString &engine) const
{
    ServerConfig config;
    config.port = 0;
    config.engine.engine = engine;
    config.engine.baseUrl = m_upstream->baseUrl();
    config.engine.maxRetries = 0;
    config.engine.timeoutSeconds = 30;
    return config;
}

std::unique_ptr<PromptServer> TestPromptServer::start(ServerConfig config)
{
    auto server = std::make_unique<PromptServer>(config);
    connect(server.get(), &PromptServer::requestLogged, this, [this](const QString &line) { m_log.append(line); });
    QString error;
    if (!server->listen(&error))
        qFatal("server did not start: %s", qPrintable(error));
    return server;
}

QUrl TestPromptServer::url(const QByteArray &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(QString::fromLatin1(path)));
}

QNetworkReply *TestPromptServer::send(
    const QByteArray &path, const QByteArray &body, const Headers &headers, const QByteArray &method)
{
    QNetworkRequest request(url(path));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_network.sendCustomRequest(request, method, body);
}

Answer TestPromptServer::post(const QByteArray &path, const QByteArray &body, const Headers &headers, const QByteArray &method)
{
    const std::unique_ptr<QNetworkReply> reply(send(path, body, headers, method));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        qWarning("no answer from the server");
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    return answer;
}

void TestPromptServer::templatizeOnTheLocalEngine()
{
    m_server = start(config(QStringLiteral("local")));
    const Answer answer = post(templatizePath,
        R"({"messages": [{"role": "user", "content": "Translate hello to German"}], "system": "You are an English to German translator"})");
    QCOMPARE(answer.status, 200);
    const QJsonObject body = answer.json();
    QCOMPARE(body.value(QLatin1String("messages")).toArray().size(), 1);
    const QString text = body.value(QLatin1String("messages"))
                             .toArray()
                             .at(0)[QLatin1String("content")]
                             .toArray()
                             .at(0)[QLatin1String("text")]
                             .toString();
    QVERIFY2(text.contains(QLatin1String("{{")), qPrintable(text));
    QVERIFY(body.value(QLatin1String("usage")).isArray()); // as every documented example shows it
    QCOMPARE(body.value(QLatin1String("usage")).toArray().size(), 1);
    const QJsonObject values = body.value(QLatin1String("variable_values")).toObject();
    QCOMPARE(values.value(QLatin1String("TARGET_LANGUAGE")).toString(), QStringLiteral("German"));
    QVERIFY(QRegularExpression(QStringLiteral("^req_[A-Za-z0-9]{24}$"))
                .match(QString::fromLatin1(answer.header("request-id")))
                .hasMatch());
    QCOMPARE(m_log.size(), 1);
    QVERIFY2(m_log.constFirst().contains(QLatin1String(" POST /v1/experimental/templatize_prompt 200 ")),
        qPrintable(m_log.constFirst()));
    QVERIFY(m_log.constFirst().contains(QString::fromLatin1(answer.header("request-id"))));
    QVERIFY(m_log.constFirst().contains(QLatin1String("engine=local")));
    QVERIFY2(!m_log.constFirst().contains(QLatin1String("Translate")), "prompt text is logged only with logBodies");
}

void TestPromptServer::generateAndImproveThroughUpstream_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("generate") << generatePath
                              << QByteArray(
                                     R"({"task": "a chef for a meal prep planning service", "target_model": "claude-opus-4-6"})");
    QTest::newRow("improve")
        << improvePath
        << QByteArray(R"({"messages": [{"role": "user", "content": [{"type": "text", "text": "Create a recipe for {{food}}"}]}],
                                   "system": "You are a professional chef", "feedback": "Make it more detailed and include cooking times",
                                   "target_model": "claude-3-7-sonnet-20250219"})");
}

void TestPromptServer::generateAndImproveThroughUpstream()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    m_server = start(config(QStringLiteral("claude")));
    const Answer answer = post(path, body);
    QVERIFY2(answer.status == 200, answer.body.constData());
    const QJsonObject json = answer.json();
    QVERIFY(json.value(QLatin1String("messages")).isArray());
    QVERIFY(json.value(QLatin1String("system")).isString());
    QVERIFY(json.value(QLatin1String("usage")).isArray());
    QVERIFY(json.value(QLatin1String("usage")).toArray().at(0)[QLatin1String("output_tokens")].toInt() > 0);
    QVERIFY(!json.contains(QLatin1String("variable_values")));
    QCOMPARE(m_upstream->requestCount(messagesPath), 1);
    QVERIFY(m_log.constFirst().contains(QLatin1String("upstream=req_fake_")));
}

void TestPromptServer::invalidInputIsNamed_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &path, const char *body, const char *message) {
        QTest::newRow(name) << path << QByteArray(body) << QString::fromUtf8(message);
    };
    row("empty body", templatizePath, "", "body: a JSON object is required");
    row("not JSON", templatizePath, "{\"messages\": [", "body:1:15: invalid JSON");
    row("array body", templatizePath, "[]", "body: must be a JSON object (found array)");
    row("unknown field", templatizePath, R"({"messages": [{"role": "user", "content": "x"}], "feedback": "y"})",
        "feedback: unknown field");
    row("no messages", templatizePath, R"({"system": "x"})", "messages: is required");
    row("messages not an array", improvePath, R"({"messages": "hi"})", "messages: must be an array (found string)");
    row("no message", templatizePath, R"({"messages": []})", "messages: at least one message is required");
    row("message not an object", templatizePath, R"({"messages": [3]})", "messages[0]: must be an object (found number)");
    row("bad role", templatizePath, R"({"messages": [{"role": "system", "content": "x"}]})",
        "messages[0].role: must be \"user\" or \"assistant\" (found \"system\")");
    row("content a number", templatizePath, R"({"messages": [{"role": "user", "content": 5}]})",
        "messages[0].content: must be a string or an array of blocks (found number)");
    row("image block", templatizePath,
        R"({"messages": [{"role": "user", "content": "a"}, {"role": "user", "content": [{"type": "text", "text": "b"}, {"type": "image"}]}]})",
        "messages[1].content[1]: only text blocks are allowed (found \"image\")");
    row("tool_use block", improvePath, R"({"messages": [{"role": "user", "content": [{"type": "tool_use"}]}]})",
        "messages[0].content[0]: only text blocks are allowed (found \"tool_use\")");
    row("cache_control", templatizePath,
        R"({"messages": [{"role": "user", "content": [{"type": "text", "text": "a", "cache_control": {"type": "ephemeral"}}]}]})",
        "messages[0].content[0]: cache_control is not allowed");
    row("text not a string", templatizePath, R"({"messages": [{"role": "user", "content": [{"type": "text", "text": 1}]}]})",
        "messages[0].content[0].text: must be a string (found number)");
    row("assistant first", templatizePath, R"({"messages": [{"role": "assistant", "content": "a"}]})",
        "messages[0].role: the first message must be from the user");
    row("user after assistant", improvePath,
        R"({"messages": [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}, {"role": "user", "content": "c"}]})",
        "messages[1].role: an assistant message is only allowed last");
    row("empty content", templatizePath, R"({"messages": [{"role": "user", "content": []}]})",
        "messages[0].content: must hold at least one text block");
    row("no text at all", templatizePath, R"({"messages": [{"role": "user", "content": ""}]})",
        "messages: the prompt holds no text");
    row("system as blocks", templatizePath,
        R"({"messages": [{"role": "user", "content": "a"}], "system": [{"type": "text", "text": "s"}]})",
        "system: must be a string (found array)");
    row("feedback a number", improvePath, R"({"messages": [{"role": "user", "content": "a"}], "feedback": 3})",
        "feedback: must be a string or null (found number)");
    row("no task", generatePath, R"({"target_model": "claude-opus-4-6"})", "task: is required");
    row("task not a string", generatePath, R"({"task": ["a"]})", "task: must be a string (found array)");
    row("blank task", generatePath, R"({"task": "  "})", "task: must not be empty");
    row("empty target_model", generatePath, R"({"task": "a", "target_model": ""})",
        "target_model: must be a string of 1 to 256 characters or null (found 0 characters)");
    row("long target_model", improvePath,
        QByteArray(R"({"messages": [{"role": "user", "content": "a"}], "target_model": ")" + QByteArray(257, 'm') + "\"}")
            .constData(),
        "target_model: must be a string of 1 to 256 characters or null (found 257 characters)");
    row("target_model a number", generatePath, R"({"task": "a", "target_model": 4})",
        "target_model: must be a string of 1 to 256 characters or null (found number)");
}

void TestPromptServer::invalidInputIsNamed()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    m_server = start(config(QStringLiteral("claude")));
    const Answer answer = post(path, body);
    QCOMPARE(answer.status, 400);
    const QJsonObject json = answer.json();
    QCOMPARE(json.value(QLatin1String("type")).toString(), QStringLiteral("error"));
    QCOMPARE(answer.errorType(), QStringLiteral("invalid_request_error"));
    QVERIFY2(answer.errorMessage().startsWith(message), qPrintable(answer.errorMessage()));
    QCOMPARE(json.value(QLatin1String("request_id")).toString().toLatin1(), answer.header("request-id"));
    QCOMPARE(m_upstream->requests().size(), 0); // nothing went upstream
}

void TestPromptServer::headersThatAreAccepted_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("the contract's headers") << contractHeaders() << 200 << QString();
    QTest::newRow("bearer key, SDK version") << replaced(
        replaced(without(contractHeaders(), "x-api-key"), "authorization", "Bearer " + upstreamKey), "anthropic-version",
        "2026-10-21") << 200 << QString();
    QTest::newRow("betas joined with commas")
        << replaced(contractHeaders(), "anthropic-beta", "output-128k-2025-02-19,prompt-tools-2025-04-02 , other") << 200
        << QString();
    QTest::newRow("content-type with charset")
        << replaced(contractHeaders(), "content-type", "application/json; charset=utf-8") << 200 << QString();
    QTest::newRow("no key") << without(contractHeaders(), "x-api-key") << 401 << QStringLiteral("x-api-key header is required");
    QTest::newRow("basic authorization") << replaced(without(contractHeaders(), "x-api-key"), "authorization",
        "Basic dXNlcjpwYXNz") << 401 << QStringLiteral("x-api-key header is required");
    QTest::newRow("no version") << without(contractHeaders(), "anthropic-version") << 400
                                << QStringLiteral("anthropic-version: header is required");
    QTest::newRow("unknown version") << replaced(contractHeaders(), "anthropic-version", "2024-01-01") << 400
                                     << QStringLiteral("anthropic-version: unknown version \"2024-01-01\"");
    QTest::newRow("no beta") << without(contractHeaders(), "anthropic-beta") << 400
                             << QStringLiteral("anthropic-beta: the prompt tools need the beta \"prompt-tools-2025-04-02\"");
    QTest::newRow("another beta") << replaced(contractHeaders(), "anthropic-beta", "prompt-tools-2025-04-01") << 400
                                  << QStringLiteral("anthropic-beta:");
    QTest::newRow("form content") << replaced(contractHeaders(), "content-type", "application/x-www-form-urlencoded") << 400
                                  << QStringLiteral("content-type: must be application/json");
}

void TestPromptServer::headersThatAreAccepted()
{
    QFETCH(Headers, headers);
    QFETCH(int, status);
    QFETCH(QString, message);
    m_server = start(config(QStringLiteral("local")));
    const Answer answer = post(templatizePath, R"({"messages": [{"role": "user", "content": "Say \"hi\" to Bob"}]})", headers);
    QCOMPARE(answer.status, status);
    QVERIFY(!answer.header("request-id").isEmpty());
    if (status != 200)
        QVERIFY2(answer.errorMessage().startsWith(message), qPrintable(answer.errorMessage()));
    if (status == 401)
        QCOMPARE(answer.errorType(), QStringLiteral("authentication_error"));
}

void TestPromptServer::repeatedBetaHeader()
{
    m_server = start(config(QStringLiteral("local")));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    const QByteArray body = R"({"messages": [{"role": "user", "content": "Say \"hi\""}]})";
    socket.write("POST /v1/experimental/templatize_prompt HTTP/1.1\r\nHost: x\r\nx-api-key: k\r\n"
                 "anthropic-version: 2023-06-01\r\nanthropic-beta: output-128k-2025-02-19\r\n"
                 "anthropic-beta: prompt-tools-2025-04-02\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const QByteArray response = readUntilClosed(socket);
    QCOMPARE(statusOf(response), 200);
}

void TestPromptServer::healthAndUnknownEndpoints()
{
    m_server = start(config(QStringLiteral("local")));
    Answer health = post("/healthz", {}, {}, "GET");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!health.header("request-id").isEmpty());

    const Answer unknown = post("/v1/messages", "{}");
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorType(), QStringLiteral("not_found_error"));
    QVERIFY(unknown.errorMessage().contains(QLatin1String("/v1/experimental/templatize_prompt")));

    const Answer wrongMethod = post(templatizePath, {}, contractHeaders(), "GET");
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("allow"), QByteArray("POST"));
    QCOMPARE(wrongMethod.errorType(), QStringLiteral("invalid_request_error"));
}

void TestPromptServer::passThroughSendsTheClientsKeyUpstream()
{
    m_server = start(config(QStringLiteral("claude")));
    const QByteArray body = R"({"task": "a haiku writer"})";
    const Answer accepted
        = post(generatePath, body, replaced(without(contractHeaders(), "x-api-key"), "authorization", "Bearer " + upstreamKey));
    QCOMPARE(accepted.status, 200);
    QCOMPARE(m_upstream->requests().constLast().headers.value("x-api-key"), upstreamKey);

    // Upstream refuses a key it does not know; the client sees that 401.
    const Answer refused = post(generatePath, body, contractHeaders("wrong-key"));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorType(), QStringLiteral("authentication_error"));
    QCOMPARE(m_upstream->requests().constLast().headers.value("x-api-key"), QByteArray("wrong-key"));
}

void TestPromptServer::serverKeyModeChecksClientKeys()
{
    ServerConfig serverKeys = config(QStringLiteral("claude"));
    serverKeys.engine.apiKey = QString::fromLatin1(upstreamKey);
    serverKeys.clientKeys = {"first-client-key", clientKey};
    m_server = start(serverKeys);
    const QByteArray body = R"({"task": "a haiku writer"})";

    for (const QByteArray &wrong : {QByteArray("client-key-012345678"), QByteArray("client-key-01234567890"), upstreamKey}) {
        const Answer refused = post(generatePath, body, contractHeaders(wrong));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorType(), QStringLiteral("authentication_error"));
    }
    QCOMPARE(post(generatePath, body, without(contractHeaders(), "x-api-key")).status, 401);
    QCOMPARE(m_upstream->requests().size(), 0);

    const Answer accepted
        = post(generatePath, body, replaced(without(contractHeaders(), "x-api-key"), "authorization", "Bearer " + clientKey));
    QCOMPARE(accepted.status, 200);
    // The server's own key goes upstream, never the client's.
    QCOMPARE(m_upstream->requests().constLast().headers.value("x-api-key"), upstreamKey);
}

void TestPromptServer::keysNeverReachLogOrErrorText()
{
    // An upstream that repeats the keys in its error text (a badly written gateway).
    m_upstream->setAlways(messagesPath,
        FakeResponse::apiError(400, QStringLiteral("invalid_request_error"),
            QStringLiteral("key %1 is not allowed; key %2 neither")
                .arg(QString::fromLatin1(clientKey), QString::fromLatin1(upstreamKey))));
    ServerConfig passThrough = config(QStringLiteral("claude"));
    passThrough.logBodies = true;
    m_server = start(passThrough);
    const Answer answer = post(generatePath, R"({"task": "a haiku writer"})", contractHeaders(clientKey));
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.errorMessage().contains(QLatin1String("is not allowed")), qPrintable(answer.errorMessage()));
    QVERIFY(!answer.body.contains(clientKey));
    QVERIFY(!answer.body.contains(clientKey.left(12)));

    ServerConfig serverKey = config(QStringLiteral("claude"));
    serverKey.engine.apiKey = QString::fromLatin1(upstreamKey);
    serverKey.clientKeys = {clientKey};
    serverKey.logBodies = true;
    m_server = start(serverKey);
    const Answer second = post(generatePath, R"({"task": "a haiku writer"})", contractHeaders(clientKey));
    QCOMPARE(second.status, 400);
    QVERIFY(!second.body.contains(clientKey));
    QVERIFY(!second.body.contains(upstreamKey));
    QCOMPARE(post(generatePath, R"({"task": "x"})", contractHeaders("not-" + clientKey)).status, 401);

    QCOMPARE(m_log.size(), 3);
    for (const QString &line : std::as_const(m_log))
        QVERIFY2(!line.contains(QString::fromLatin1(clientKey)), qPrintable(line));
    // In server-key mode the server's own key is a secret too.
    for (const QString &line : m_log.mid(1))
        QVERIFY2(!line.contains(QString::fromLatin1(upstreamKey)), qPrintable(line));
    QVERIFY2(m_log.constFirst().contains(QLatin1String("a haiku writer")), "logBodies logs the request");
}

void TestPromptServer::upstreamFailures_data()
{
    QTest::addColumn<FakeResponse>("upstream");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");

    QTest::newRow("529 stays 529") << FakeResponse::apiError(
        529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"))
                                   << 529 << QStringLiteral("overloaded_error") << QStringLiteral("Overloaded");
    QTest::newRow("429 stays 429") << FakeResponse::apiError(429, QStringLiteral("rate_limit_error"), QStringLiteral("slow down"))
                                   << 429 << QStringLiteral("rate_limit_error") << QStringLiteral("slow down");
    QTest::newRow("a new error type") << FakeResponse::apiError(400, QStringLiteral("shiny_new_error"), QStringLiteral("new"))
                                      << 400 << QStringLiteral("shiny_new_error") << QStringLiteral("new");
    QTest::newRow("HTML page") << FakeResponse::html(502, "<html><head><title>502 Bad Gateway</title></head></html>") << 502
                               << QStringLiteral("api_error") << QStringLiteral("502 Bad Gateway");
    QTest::newRow("HTML with 200") << FakeResponse::html(200, "<html><title>Sign in</title></html>") << 502
                                   << QStringLiteral("api_error") << QStringLiteral("the upstream API failed");
    QTest::newRow("error event in the stream") << FakeResponse::sse(
        {"event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"m\",\"type\":\"message\","
         "\"role\":\"assistant\",\"content\":[],\"model\":\"x\",\"usage\":{\"input_tokens\":1,\"output_tokens\":0}}}\n\n",
            "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n"})
                                               << 529 << QStringLiteral("overloaded_error") << QStringLiteral("Overloaded");
    FakeResponse dropped;
    dropped.closeWithoutResponse = true;
    QTest::newRow("connection dropped") << dropped << 502 << QStringLiteral("api_error")
                                        << QStringLiteral("could not be reached");
}

void TestPromptServer::upstreamFailures()
{
    QFETCH(FakeResponse, upstream);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, message);
    m_upstream->setAlways(messagesPath, upstream);
    m_server = start(config(QStringLiteral("claude")));
    const Answer answer = post(generatePath, R"({"task": "a haiku writer"})");
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorType(), type);
    QVERIFY2(answer.errorMessage().contains(message), qPrintable(answer.errorMessage()));
    QCOMPARE(answer.json().value(QLatin1String("request_id")).toString().toLatin1(), answer.header("request-id"));
}

void TestPromptServer::oversizedBodyGets413()
{
    ServerConfig small = config(QStringLiteral("local"));
    small.limits.maxBodyBytes = 1000;
    m_server = start(small);
    const QByteArray body = R"({"messages": [{"role": "user", "content": ")" + QByteArray(2000, 'a') + "\"}]}";
    const Answer answer = post(templatizePath, body);
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.errorType(), QStringLiteral("request_too_large"));
    QVERIFY2(answer.errorMessage().contains(QLatin1String("limit of 1000 bytes")), qPrintable(answer.errorMessage()));
    QVERIFY(!answer.header("request-id").isEmpty());
    QVERIFY(m_log.constLast().contains(QLatin1String(" 413 ")));
}

void TestPromptServer::clientsThatDoNotSendInTime_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("status");
    QTest::newRow("slow client: 408") << QByteArray("POST /v1/experimental/templatize_prompt HTTP/1.1\r\nHost: x\r\n") << 408;
    QTest::newRow("silent client: closed quietly") << QByteArray() << 0;
}

void TestPromptServer::clientsThatDoNotSendInTime()
{
    QFETCH(QByteArray, sent);
    QFETCH(int, status);
    ServerConfig impatient = config(QStringLiteral("local"));
    impatient.timeouts.request = std::chrono::milliseconds(300);
    impatient.timeouts.idle = std::chrono::milliseconds(300);
    m_server = start(impatient);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(10000));
    socket.write(sent); // and then nothing more
    const QByteArray response = readUntilClosed(socket);
    QCOMPARE(statusOf(response), status);
    if (status != 0) {
        QVERIFY(response.contains("request-id: req_"));
        QVERIFY(response.contains("\"type\":\"error\""));
        QVERIFY(m_log.constLast().contains(QStringLiteral(" %1 ").arg(status)));
    } else {
        QVERIFY(response.isEmpty());
        QVERIFY(m_log.isEmpty());
    }
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestPromptServer::tooManyConnectionsGet429()
{
    ServerConfig limited = config(QStringLiteral("local"));
    limited.maxConnections = 2;
    m_server = start(limited);
    QTcpSocket first;
    QTcpSocket second;
    for (QTcpSocket *socket : {&first, &second}) {
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket->waitForConnected(10000));
    }
    QTRY_COMPARE(m_server->openConnections(), 2);

    const Answer refused = post(templatizePath, R"({"messages": [{"role": "user", "content": "Say \"hi\""}]})");
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorType(), QStringLiteral("rate_limit_error"));
    QCOMPARE(refused.header("retry-after"), QByteArray("1"));

    first.disconnectFromHost();
    QTRY_COMPARE(m_server->openConnections(), 1);
    QCOMPARE(post(templatizePath, R"({"messages": [{"role": "user", "content": "Say \"hi\""}]})").status, 200);
}

void TestPromptServer::keepAliveAnswersSeveralRequests()
{
    m_server = start(config(QStringLiteral("local")));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    const QByteArray body = R"({"messages": [{"role": "user", "content": "Say \"hi\""}]})";
    QByteArray request = "POST /v1/experimental/templatize_prompt HTTP/1.1\r\nHost: x\r\nx-api-key: k\r\n"
                         "anthropic-version: 2023-06-01\r\nanthropic-beta: prompt-tools-2025-04-02\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    // Two pipelined in one write, a third after the answers, the last one closes.
    socket.write(request + request);
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    QTRY_COMPARE(received.count("HTTP/1.1 200 OK"), 2);
    QCOMPARE(received.count("connection: keep-alive"), 2);
    socket.write(request.replace("Host: x\r\n", "Host: x\r\nConnection: close\r\n"));
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(20000));
    QCOMPARE(received.count("HTTP/1.1 200 OK"), 3);
    QCOMPARE(received.count("connection: close"), 1);
    QCOMPARE(m_log.size(), 3);
}

void TestPromptServer::nonLoopbackNeedsClientKeys()
{
    ServerConfig open = config(QStringLiteral("local"));
    open.address = QHostAddress::Any;
    PromptServer refused(open);
    QString error;
    QVERIFY(!refused.listen(&error));
    QVERIFY2(error.contains(QLatin1String("--client-keys")), qPrintable(error));

    open.clientKeys = {clientKey};
    PromptServer allowed(open);
    QVERIFY2(allowed.listen(&error), qPrintable(error));
}

void TestPromptServer::stopDuringARequest_data()
{
    QTest::addColumn<int>("deadlineMs");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("finishes before the deadline") << 60000 << 200 << QString();
    QTest::newRow("canceled at the deadline") << 0 << 503 << QStringLiteral("shutting down");
}

void TestPromptServer::stopDuringARequest()
{
    QFETCH(int, deadlineMs);
    QFETCH(int, status);
    QFETCH(QString, error);
    m_upstream->setDefaultStreamDelay(100); // a request that takes a while
    m_server = start(config(QStringLiteral("claude")));
    std::unique_ptr<QNetworkReply> reply(send(generatePath, R"({"task": "a haiku writer"})"));
    QSignalSpy upstreamStarted(m_upstream.get(), &FakeApiServer::requestReceived);
    QVERIFY(upstreamStarted.wait(20000));

    QSignalSpy stopped(m_server.get(), &PromptServer::stopped);
    m_server->stop(std::chrono::milliseconds(deadlineMs));
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(!late.waitForConnected(5000)); // new connections are refused

    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(reply->rawHeader("connection"), QByteArray("close"));
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (!error.isEmpty())
        QVERIFY(body.value(QLatin1String("error"))[QLatin1String("message")].toString().contains(error));
    QVERIFY(stopped.count() == 1 || stopped.wait(20000));
}

void TestPromptServer::clientThatLeavesCancelsTheRun()
{
    m_upstream->setDefaultStreamDelay(1000);
    m_server = start(config(QStringLiteral("claude")));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    const QByteArray body = R"({"task": "a haiku writer"})";
    socket.write("POST /v1/experimental/generate_prompt HTTP/1.1\r\nHost: x\r\nx-api-key: test-key\r\n"
                 "anthropic-version: 2023-06-01\r\nanthropic-beta: prompt-tools-2025-04-02\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QSignalSpy upstreamStarted(m_upstream.get(), &FakeApiServer::requestReceived);
    QVERIFY(upstreamStarted.wait(20000));
    socket.abort();
    QTRY_COMPARE(m_log.size(), 1);
    QVERIFY2(m_log.constFirst().contains(QLatin1String(" 499 ")), qPrintable(m_log.constFirst()));
    QCOMPARE(m_server->openConnections(), 0);
}

void TestPromptServer::promptwerkTalksToPromptwerk()
{
    m_server = start(config(QStringLiteral("local")));
    EngineConfig client;
    client.engine = QStringLiteral("prompt-tools");
    client.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    client.apiKey = QStringLiteral("any-key");
    QString error;
    const std::unique_ptr<pw::Engine> engine = pw::createEngine(client, &error);
    QVERIFY2(engine, qPrintable(error));
    pw::ToolRequest request;
    request.tool = pw::Tool::Templatize;
    request.prompt.system = QStringLiteral("You are an English to German translator");
    request.prompt.messages = {pw::Message::user(QStringLiteral("Translate hello to German"))};
    std::unique_ptr<pw::ToolRun> run(engine->start(request, nullptr));
    QSignalSpy finished(run.get(), &pw::ToolRun::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY2(run->succeeded(), qPrintable(run->error().toString()));
    QCOMPARE(run->result().variableValues->value(QStringLiteral("TARGET_LANGUAGE")), QStringLiteral("German"));
    QVERIFY(run->result().requestId.startsWith(QLatin1String("req_")));

    // And an error travels back as the same envelope the engine reads from Anthropic.
    request.tool = pw::Tool::Generate;
    request.task = QStringLiteral("a chef");
    run.reset(engine->start(request, nullptr));
    QSignalSpy failed(run.get(), &pw::ToolRun::finished);
    QVERIFY(failed.wait(20000));
    QVERIFY(!run->succeeded());
    QCOMPARE(run->error().httpStatus, 400);
    QCOMPARE(run->error().errorType, QStringLiteral("invalid_request_error"));
    QVERIFY2(run->error().message.contains(QLatin1String("local engine")), qPrintable(run->error().message));
}

QTEST_GUILESS_MAIN(TestPromptServer)
#include "tst_promptserver.moc"
