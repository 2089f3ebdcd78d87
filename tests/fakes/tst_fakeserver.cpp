#include "fakes/fakeapiserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace pw::test;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

Headers anthropicHeaders(const QByteArray &key = QByteArrayLiteral("test-key"))
{
    return {{"x-api-key", key}, {"anthropic-version", "2023-06-01"}};
}

Headers promptToolsHeaders()
{
    Headers headers = anthropicHeaders();
    headers.append(Headers::value_type {"anthropic-beta", "some-other-beta, prompt-tools-2025-04-02"});
    return headers;
}

Headers openAiHeaders(const QByteArray &key = QByteArrayLiteral("test-key"))
{
    return {{"authorization", "Bearer " + key}};
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject userMessage(const QString &text)
{
    return {{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}};
}

QJsonObject messagesBody(const QString &text = QStringLiteral("Hello there"))
{
    return {{QStringLiteral("model"), QStringLiteral("claude-sonnet-5-5")}, {QStringLiteral("max_tokens"), 256},
        {QStringLiteral("messages"), QJsonArray {userMessage(text)}}};
}

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;
    qint64 elapsedMs = 0;
    QList<qint64> arrivalsMs; // when each piece of the body arrived
    QJsonObject json() const { return parseObject(body); }
    QString errorType() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString();
    }
    QString errorMessage() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }
};

Reply send(QNetworkAccessManager &manager, const QByteArray &method, const QUrl &url, const Headers &headers,
    const QByteArray &body = {})
{
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, method, body));
    Reply result;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, [&] {
        result.arrivalsMs.append(timer.elapsed());
        result.body += reply->readAll();
    });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        qWarning("request to %s did not finish", qPrintable(url.toString()));
    result.body += reply->readAll();
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &[name, value] : pairs)
        result.headers.insert(name.toLower(), value);
    return result;
}

struct SseEvent
{
    QByteArray name;
    QByteArray data;
};

QList<SseEvent> parseSse(const QByteArray &body)
{
    QList<SseEvent> events;
    const QList<QByteArray> blocks = body.split('\n');
    SseEvent current;
    for (const QByteArray &line : blocks) {
        if (line.isEmpty()) {
            if (!current.data.isEmpty() || !current.name.isEmpty())
                events.append(current);
            current = {};
        } else if (line.startsWith("event: ")) {
            current.name = line.mid(7);
        } else if (line.startsWith("data: ")) {
            current.data = line.mid(6);
        }
    }
    return events;
}

// Fills {{NAME}} with its value; unknown names stay as they are.
QString fill(QString text, const QJsonObject &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value().toString());
    return text;
}

QString firstText(const QJsonObject &message)
{
    return message.value(QStringLiteral("content")).toArray().first().toObject().value(QStringLiteral("text")).toString();
}

// A tiny HTTP reader for raw-socket tests: complete Content-Length responses in a buffer.
QList<std::pair<int, QByteArray>> parseResponses(const QByteArray &buffer)
{
    QList<std::pair<int, QByteArray>> responses;
    qsizetype pos = 0;
    while (true) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            break;
        const QByteArray head = buffer.mid(pos, headEnd - pos).toLower();
        const int status = head.mid(9, 3).toInt();
        static const QRegularExpression lengthHeader(QStringLiteral("content-length: (\\d+)"));
        const qsizetype length = lengthHeader.match(QString::fromLatin1(head)).captured(1).toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            break;
        responses.append({status, buffer.mid(headEnd + 4, length)});
        pos = headEnd + 4 + length;
    }
    return responses;
}

} // namespace

class TestFakeServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeApiServer> server;
    std::unique_ptr<QNetworkAccessManager> network;

    QUrl url(const QString &path) const { return QUrl(server->baseUrl().toString() + path); }
    Reply post(const QString &path, const Headers &headers, const QByteArray &body)
    {
        return send(*network, "POST", url(path), headers, body);
    }
    Reply get(const QString &path, const Headers &headers) { return send(*network, "GET", url(path), headers); }

    // Sends raw bytes on a new connection; returns everything the server sent
    // once it has closed the connection, or nullopt when it keeps it open.
    std::optional<QByteArray> rawExchange(const QByteArray &request)
    {
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        socket.write(request);
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000))
            return std::nullopt;
        return received + socket.readAll();
    }

private slots:
    void init()
    {
        server = std::make_unique<FakeApiServer>();
        QVERIFY(server->listen());
        network = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        network.reset();
        server.reset();
    }

    void baseUrlIsLocalWithoutTrailingSlash()
    {
        QVERIFY(server->port() > 0);
        QCOMPARE(server->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port())));
    }

    void anthropicHeadersAreChecked_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing key") << Headers {{"anthropic-version", "2023-06-01"}} << 401
                                     << QStringLiteral("authentication_error") << QStringLiteral("x-api-key header is required");
        QTest::newRow("wrong key") << anthropicHeaders("sk-wrong-secret") << 401 << QStringLiteral("authentication_error")
                                   << QStringLiteral("invalid x-api-key");
        QTest::newRow("missing version") << Headers {{"x-api-key", "test-key"}} << 400 << QStringLiteral("invalid_request_error")
                                         << QStringLiteral("anthropic-version: header is required");
        QTest::newRow("unknown version") << Headers {{"x-api-key", "test-key"}, {"anthropic-version", "1999-01-01"}} << 400
                                         << QStringLiteral("invalid_request_error")
                                         << QStringLiteral("anthropic-version: unknown version");
    }

    void anthropicHeadersAreChecked()
    {
        QFETCH(Headers, headers);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, message);
        for (const QString &path : {QStringLiteral("/v1/messages"), QStringLiteral("/v1/messages/count_tokens")}) {
            const Reply reply = post(path, headers, toJson(messagesBody()));
            QCOMPARE(reply.status, status);
            const QJsonObject json = reply.json();
            QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
            QCOMPARE(reply.errorType(), type);
            QVERIFY2(reply.errorMessage().startsWith(message), qPrintable(reply.errorMessage()));
            QVERIFY(!reply.body.contains("sk-wrong-secret"));
            QVERIFY(reply.headers.value("request-id").startsWith("req_fake_"));
            QCOMPARE(json.value(QStringLiteral("request_id")).toString().toLatin1(), reply.headers.value("request-id"));
        }
        const Reply models = get(QStringLiteral("/v1/models"), headers);
        QCOMPARE(models.status, status);
    }

    void messagesValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const auto without = [](const QString &field) {
            QJsonObject body = messagesBody();
            body.remove(field);
            return toJson(body);
        };
        const auto with = [](const QString &field, const QJsonValue &value) {
            QJsonObject body = messagesBody();
            body.insert(field, value);
            return toJson(body);
        };
        const auto withMessages = [&](const QJsonArray &messages) {
            return with(QStringLiteral("messages"), messages);
        };
        QTest::newRow("missing model") << without(QStringLiteral("model")) << QStringLiteral("model: field required");
        QTest::newRow("model not a string") << with(QStringLiteral("model"), 5)
                                            << QStringLiteral("model: must be a string (found number)");
        QTest::newRow("missing max_tokens") << without(QStringLiteral("max_tokens"))
                                            << QStringLiteral("max_tokens: field required");
        QTest::newRow("zero max_tokens") << with(QStringLiteral("max_tokens"), 0)
                                         << QStringLiteral("max_tokens: must be a positive integer");
        QTest::newRow("fractional max_tokens")
            << with(QStringLiteral("max_tokens"), 1.5) << QStringLiteral("max_tokens: must be a positive integer");
        QTest::newRow("missing messages") << without(QStringLiteral("messages")) << QStringLiteral("messages: field required");
        QTest::newRow("empty messages") << withMessages({}) << QStringLiteral("messages: at least one message is required");
        QTest::newRow("system role") << withMessages(
            {QJsonObject {{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), QStringLiteral("x")}}})
                                     << QStringLiteral("messages.0.role: must be \"user\" or \"assistant\" (found \"system\")");
        QTest::newRow("content a number") << withMessages({userMessage(QStringLiteral("hi")),
            QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), 3}}})
                                          << QStringLiteral("messages.1.content: must be a string or an array of content blocks");
        QTest::newRow("text block without text") << withMessages({QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
            {QStringLiteral("content"), QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}}}}}})
                                                 << QStringLiteral("messages.0.content.0.text: must be a string");
        QTest::newRow("system a number") << with(QStringLiteral("system"), 1)
                                         << QStringLiteral("system: must be a string or an array of text blocks");
        QTest::newRow("stream not a boolean")
            << with(QStringLiteral("stream"), QStringLiteral("yes")) << QStringLiteral("stream: must be a boolean");
        QTest::newRow("invalid JSON") << QByteArray("{\"model\": ") << QStringLiteral("request body: invalid JSON at offset");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("request body: must be a JSON object");
    }

    void messagesValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Reply reply = post(QStringLiteral("/v1/messages"), anthropicHeaders(), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorType(), QStringLiteral("invalid_request_error"));
        QVERIFY2(reply.errorMessage().startsWith(message), qPrintable(reply.errorMessage()));
    }

    void messagesAnswerEchoes()
    {
        QJsonObject body = messagesBody(QStringLiteral("Tell me   a joke"));
        body.insert(QStringLiteral("system"), QStringLiteral("Be brief."));
        const Reply reply = post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(body));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
        QCOMPARE(json.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("claude-sonnet-5-5"));
        QCOMPARE(json.value(QStringLiteral("stop_reason")).toString(), QStringLiteral("end_turn"));
        QVERIFY(json.value(QStringLiteral("stop_sequence")).isNull());
        QVERIFY(json.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("msg_fake_")));
        QCOMPARE(firstText(json), QStringLiteral("Echo: Tell me a joke"));
        const QJsonObject usage = json.value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("input_tokens")).toInt(), 7); // (9 + 16) / 4 rounded up
        QCOMPARE(usage.value(QStringLiteral("output_tokens")).toInt(), 5); // 20 / 4
    }

    void messagesAnswerTruncatesAtMaxTokens()
    {
        QJsonObject body = messagesBody(QStringLiteral("a long question about many things"));
        body.insert(QStringLiteral("max_tokens"), 2);
        const QJsonObject json = post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(body)).json();
        QCOMPARE(json.value(QStringLiteral("stop_reason")).toString(), QStringLiteral("max_tokens"));
        QCOMPARE(firstText(json), QStringLiteral("Echo: a "));
    }

    void messagesStructuredOutputFollowsTheSchema()
    {
        const QJsonObject schema = parseObject(R"({"type":"object","properties":{
            "title":{"type":"string"},"count":{"type":"integer"},"kind":{"enum":["a","b"]},
            "tags":{"type":"array","items":{"type":"string"}}},"required":["title"]})");
        QJsonObject body = messagesBody();
        body.insert(QStringLiteral("output_config"),
            QJsonObject {{QStringLiteral("format"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("json_schema")}, {QStringLiteral("schema"), schema}}}});
        const Reply reply = post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(body));
        QCOMPARE(reply.status, 200);
        const QJsonObject answer = parseObject(firstText(reply.json()).toUtf8());
        QCOMPARE(answer.value(QStringLiteral("title")).toString(), QStringLiteral("fake title"));
        QCOMPARE(answer.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(answer.value(QStringLiteral("kind")).toString(), QStringLiteral("a"));
        QCOMPARE(answer.value(QStringLiteral("tags")).toArray().size(), 1);
    }

    void structuredAnswerReplacesTheSchemaExample()
    {
        const QString written = QStringLiteral(R"({"title":"written for a demo"})");
        server->setStructuredAnswer(written);
        QJsonObject body = messagesBody();
        body.insert(QStringLiteral("output_config"),
            QJsonObject {{QStringLiteral("format"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("json_schema")},
                    {QStringLiteral("schema"), parseObject(R"({"type":"object"})")}}}});
        Reply reply = post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(body));
        QCOMPARE(reply.status, 200);
        QCOMPARE(firstText(reply.json()), written);
        // Plain requests still get the echo.
        reply = post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(messagesBody()));
        QCOMPARE(reply.status, 200);
        QVERIFY(firstText(reply.json()) != written);
    }

    void messagesStreamHasTheDocumentedEventOrder()
    {
        QJsonObject body = messagesBody(QStringLiteral("Stream this answer please, with several words in it"));
        body.insert(QStringLiteral("stream"), true);
        const Reply reply = post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(body));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.headers.value("content-type").startsWith("text/event-stream"));
        QVERIFY(reply.headers.value("request-id").startsWith("req_fake_"));

        const QList<SseEvent> events = parseSse(reply.body);
        QByteArrayList names;
        QString text;
        for (const SseEvent &event : events) {
            const QJsonObject data = parseObject(event.data);
            QCOMPARE(data.value(QStringLiteral("type")).toString().toLatin1(), event.name);
            if (names.isEmpty() || names.last() != event.name)
                names.append(event.name);
            if (event.name == "content_block_delta")
                text += data.value(QStringLiteral("delta")).toObject().value(QStringLiteral("text")).toString();
            if (event.name == "message_delta") {
                QCOMPARE(data.value(QStringLiteral("delta")).toObject().value(QStringLiteral("stop_reason")).toString(),
                    QStringLiteral("end_turn"));
                QVERIFY(data.value(QStringLiteral("usage")).toObject().value(QStringLiteral("output_tokens")).toInt() > 0);
            }
        }
        QCOMPARE(names,
            QByteArrayList({"message_start", "content_block_start", "ping", "content_block_delta", "content_block_stop",
                "message_delta", "message_stop"}));
        QVERIFY(events.size() > 8); // several deltas
        QCOMPARE(text, QStringLiteral("Echo: Stream this answer please, with several words in it"));
    }

    void countTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("tokens");
        QTest::newRow("one character") << QStringLiteral("a") << 1;
        QTest::newRow("exactly four") << QStringLiteral("abcd") << 1;
        QTest::newRow("five rounds up") << QStringLiteral("abcde") << 2;
        QTest::newRow("forty") << QString(40, QLatin1Char('x')) << 10;
        QTest::newRow("empty still one") << QString() << 1;
    }

    void countTokens()
    {
        QFETCH(QString, text);
        QFETCH(int, tokens);
        QJsonObject body = messagesBody(text);
        body.remove(QStringLiteral("max_tokens"));
        const Reply reply = post(QStringLiteral("/v1/messages/count_tokens"), anthropicHeaders(), toJson(body));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), QJsonObject({{QStringLiteral("input_tokens"), tokens}}));
    }

    void countTokensValidation()
    {
        QJsonObject body = messagesBody();
        body.remove(QStringLiteral("model"));
        Reply reply = post(QStringLiteral("/v1/messages/count_tokens"), anthropicHeaders(), toJson(body));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorMessage(), QStringLiteral("model: field required"));
        body = messagesBody();
        body.remove(QStringLiteral("messages"));
        reply = post(QStringLiteral("/v1/messages/count_tokens"), anthropicHeaders(), toJson(body));
        QCOMPARE(reply.errorMessage(), QStringLiteral("messages: field required"));
    }

    void modelsArePagedNewestFirst()
    {
        const QJsonObject all = get(QStringLiteral("/v1/models"), anthropicHeaders()).json();
        const QJsonArray models = all.value(QStringLiteral("data")).toArray();
        QVERIFY(models.size() >= 5);
        QCOMPARE(all.value(QStringLiteral("has_more")).toBool(), false);
        for (qsizetype i = 0; i < models.size(); ++i) {
            const QJsonObject model = models.at(i).toObject();
            QCOMPARE(model.value(QStringLiteral("type")).toString(), QStringLiteral("model"));
            QVERIFY(!model.value(QStringLiteral("display_name")).toString().isEmpty());
            if (i > 0) {
                QVERIFY(model.value(QStringLiteral("created_at")).toString()
                    < models.at(i - 1).toObject().value(QStringLiteral("created_at")).toString());
            }
        }

        QStringList paged;
        QString afterId;
        for (int page = 0; page < 10; ++page) {
            const QString query = afterId.isEmpty() ? QStringLiteral("?limit=2") : QStringLiteral("?limit=2&after_id=") + afterId;
            const QJsonObject json = get(QStringLiteral("/v1/models") + query, anthropicHeaders()).json();
            const QJsonArray data = json.value(QStringLiteral("data")).toArray();
            QVERIFY(data.size() <= 2 && !data.isEmpty());
            QCOMPARE(json.value(QStringLiteral("first_id")), data.first().toObject().value(QStringLiteral("id")));
            QCOMPARE(json.value(QStringLiteral("last_id")), data.last().toObject().value(QStringLiteral("id")));
            for (const QJsonValue &model : data)
                paged.append(model.toObject().value(QStringLiteral("id")).toString());
            afterId = json.value(QStringLiteral("last_id")).toString();
            if (!json.value(QStringLiteral("has_more")).toBool())
                break;
        }
        QStringList ids;
        for (const QJsonValue &model : models)
            ids.append(model.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(paged, ids);

        const QJsonObject before = get(QStringLiteral("/v1/models?limit=2&before_id=") + ids.at(3), anthropicHeaders()).json();
        QCOMPARE(before.value(QStringLiteral("first_id")).toString(), ids.at(1));
        QCOMPARE(before.value(QStringLiteral("has_more")).toBool(), true);
    }

    void modelsRejectBadQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit: must be an integer from 1 to 1000");
        QTest::newRow("limit 1001") << QStringLiteral("limit=1001") << QStringLiteral("limit: must be an integer from 1 to 1000");
        QTest::newRow("limit text") << QStringLiteral("limit=ten") << QStringLiteral("limit: must be an integer from 1 to 1000");
        QTest::newRow("unknown after_id") << QStringLiteral("after_id=claude-nope") << QStringLiteral("after_id: unknown model");
    }

    void modelsRejectBadQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const Reply reply = get(QStringLiteral("/v1/models?") + query, anthropicHeaders());
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.errorMessage().startsWith(message), qPrintable(reply.errorMessage()));
    }

    void modelsInOpenAiShape()
    {
        Reply reply = get(QStringLiteral("/v1/models"), openAiHeaders());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        const QJsonArray data = reply.json().value(QStringLiteral("data")).toArray();
        QVERIFY(!data.isEmpty());
        QCOMPARE(data.first().toObject().value(QStringLiteral("object")).toString(), QStringLiteral("model"));

        QCOMPARE(get(QStringLiteral("/v1/models"), openAiHeaders("wrong")).status, 401);
        QCOMPARE(get(QStringLiteral("/v1/models"), {}).status, 401); // no key at all: taken as Anthropic
        server->setOpenAiKeyRequired(false);
        reply = get(QStringLiteral("/v1/models"), {});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("object")).toString(), QStringLiteral("list"));
    }

    void promptToolsNeedTheBeta_data()
    {
        QTest::addColumn<QByteArray>("beta");
        QTest::addColumn<int>("status");
        QTest::newRow("missing") << QByteArray() << 400;
        QTest::newRow("other beta only") << QByteArray("files-api-2025-04-14") << 400;
        QTest::newRow("alone") << QByteArray("prompt-tools-2025-04-02") << 200;
        QTest::newRow("in a list") << QByteArray("files-api-2025-04-14,prompt-tools-2025-04-02") << 200;
    }

    void promptToolsNeedTheBeta()
    {
        QFETCH(QByteArray, beta);
        QFETCH(int, status);
        Headers headers = anthropicHeaders();
        if (!beta.isEmpty())
            headers.append(Headers::value_type {"anthropic-beta", beta});
        const Reply reply = post(QStringLiteral("/v1/experimental/generate_prompt"), headers,
            toJson({{QStringLiteral("task"), QStringLiteral("a chef")}}));
        QCOMPARE(reply.status, status);
        if (status == 400)
            QVERIFY2(reply.errorMessage().startsWith(QStringLiteral("anthropic-beta: ")), qPrintable(reply.errorMessage()));
    }

    void promptToolsValidation_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const QByteArray imageBlock = R"({"type":"image","source":{"type":"base64","media_type":"image/png","data":"AA=="}})";
        QTest::newRow("generate without task")
            << QStringLiteral("generate") << QByteArray("{}") << QStringLiteral("task: field required");
        QTest::newRow("generate empty target_model")
            << QStringLiteral("generate") << QByteArray(R"({"task":"x","target_model":""})")
            << QStringLiteral("target_model: must be a string of 1 to 256 characters");
        QTest::newRow("improve without messages")
            << QStringLiteral("improve") << QByteArray("{}") << QStringLiteral("messages: field required");
        QTest::newRow("image block") << QStringLiteral("templatize")
                                     << QByteArray(R"({"messages":[{"role":"user","content":"a"},{"role":"user","content":"b"},)"
                                                   R"({"role":"user","content":[)"
                                            + imageBlock + "]}]}")
                                     << QStringLiteral("messages.2.content.0: only text blocks are allowed (found \"image\")");
        QTest::newRow("cache_control") << QStringLiteral("improve")
                                       << QByteArray(R"({"messages":[{"role":"user","content":[{"type":"text","text":"a",)"
                                                     R"("cache_control":{"type":"ephemeral"}}]}]})")
                                       << QStringLiteral("messages.0.content.0.cache_control: not allowed");
        QTest::newRow("assistant first") << QStringLiteral(
            "improve") << QByteArray(R"({"messages":[{"role":"assistant","content":"a"},{"role":"user","content":"b"}]})")
                                         << QStringLiteral("messages.0.role: the first message must be a user message");
        QTest::newRow("user after assistant")
            << QStringLiteral("templatize")
            << QByteArray(
                   R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"},{"role":"user","content":"c"}]})")
            << QStringLiteral("messages.2: nothing may follow the assistant message at messages.1");
        QTest::newRow("two assistants")
            << QStringLiteral("improve")
            << QByteArray(
                   R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"},{"role":"assistant","content":"c"}]})")
            << QStringLiteral("messages.2: nothing may follow");
        QTest::newRow("system as blocks") << QStringLiteral(
            "improve") << QByteArray(R"({"messages":[{"role":"user","content":"a"}],"system":[{"type":"text","text":"s"}]})")
                                          << QStringLiteral("system: must be a string or null (found array)");
        QTest::newRow("feedback a number") << QStringLiteral("improve")
                                           << QByteArray(R"({"messages":[{"role":"user","content":"a"}],"feedback":3})")
                                           << QStringLiteral("feedback: must be a string or null (found number)");
    }

    void promptToolsValidation()
    {
        QFETCH(QString, tool);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Reply reply = post(QStringLiteral("/v1/experimental/%1_prompt").arg(tool), promptToolsHeaders(), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorType(), QStringLiteral("invalid_request_error"));
        QVERIFY2(reply.errorMessage().startsWith(message), qPrintable(reply.errorMessage()));
    }

    void generateAnswerShape()
    {
        const Reply reply = post(QStringLiteral("/v1/experimental/generate_prompt"), promptToolsHeaders(),
            toJson({{QStringLiteral("task"), QStringLiteral("a chef for a meal prep planning service")},
                {QStringLiteral("target_model"), QStringLiteral("claude-opus-5")}}));
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        const QJsonArray messages = json.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QVERIFY(firstText(messages.at(0).toObject()).contains(QStringLiteral("a chef for a meal prep planning service")));
        QVERIFY(firstText(messages.at(0).toObject()).contains(QStringLiteral("{{INPUT}}")));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(json.value(QStringLiteral("system")).toString(), QString());
        const QJsonArray usage = json.value(QStringLiteral("usage")).toArray();
        QCOMPARE(usage.size(), 1);
        QVERIFY(usage.first().toObject().value(QStringLiteral("output_tokens")).toInt() > 0);
        QVERIFY(usage.first().toObject().contains(QStringLiteral("input_tokens")));
    }

    void improveKeepsEveryVariable()
    {
        const QByteArray body = R"({"system":"You answer as {{PERSONA}}.",
            "messages":[{"role":"user","content":[{"type":"text","text":"Summarize {{DOCUMENT}}"}]},
                        {"role":"user","content":"In {{LANGUAGE}}"},
                        {"role":"assistant","content":"<summary>"}],
            "feedback":"Make it shorter","target_model":null})";
        const Reply reply = post(QStringLiteral("/v1/experimental/improve_prompt"), promptToolsHeaders(), body);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QStringLiteral("system")).toString(), QString());
        const QJsonArray messages = json.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        QString all;
        for (const QJsonValue &message : messages)
            all += firstText(message.toObject());
        for (const QString &variable :
            {QStringLiteral("{{PERSONA}}"), QStringLiteral("{{DOCUMENT}}"), QStringLiteral("{{LANGUAGE}}")})
            QVERIFY2(all.contains(variable), qPrintable(variable));
        QVERIFY(all.contains(QStringLiteral("Make it shorter")));
        QCOMPARE(messages.last().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(firstText(messages.last().toObject()), QStringLiteral("<summary>"));
        QVERIFY(json.value(QStringLiteral("usage")).isArray());
    }

    void templatizeIsLossless_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expectedUser");
        QTest::addColumn<QJsonObject>("expectedValues");
        QTest::newRow("documented example") << QStringLiteral("You are a professional English to German translator")
                                            << QStringLiteral("Translate hello to German")
                                            << QStringLiteral("Translate {{WORD_TO_TRANSLATE}} to {{TARGET_LANGUAGE}}")
                                            << QJsonObject {{QStringLiteral("WORD_TO_TRANSLATE"), QStringLiteral("hello")},
                                                   {QStringLiteral("TARGET_LANGUAGE"), QStringLiteral("German")}};
        QTest::newRow("quoted values") << QString() << QStringLiteral(R"(Rate "the movie" and "the book"; compare "the movie".)")
                                       << QStringLiteral(
                                              R"(Rate "{{QUOTED_TEXT}}" and "{{QUOTED_TEXT_2}}"; compare "{{QUOTED_TEXT}}".)")
                                       << QJsonObject {{QStringLiteral("QUOTED_TEXT"), QStringLiteral("the movie")},
                                              {QStringLiteral("QUOTED_TEXT_2"), QStringLiteral("the book")}};
        QTest::newRow("nothing to find") << QString() << QStringLiteral("Write a haiku about {{TOPIC}}.")
                                         << QStringLiteral("Write a haiku about {{TOPIC}}.") << QJsonObject {};
        QTest::newRow("name already taken")
            << QString() << QStringLiteral("Translate Grüße to Spanish; keep {{TARGET_LANGUAGE}}.")
            << QStringLiteral("Translate {{WORD_TO_TRANSLATE}} to {{TARGET_LANGUAGE_2}}; keep {{TARGET_LANGUAGE}}.")
            << QJsonObject {{QStringLiteral("WORD_TO_TRANSLATE"), QStringLiteral("Grüße")},
                   {QStringLiteral("TARGET_LANGUAGE_2"), QStringLiteral("Spanish")}};
    }

    void templatizeIsLossless()
    {
        QFETCH(QString, system);
        QFETCH(QString, user);
        QFETCH(QString, expectedUser);
        QFETCH(QJsonObject, expectedValues);
        QJsonObject body {{QStringLiteral("messages"), QJsonArray {userMessage(user)}}};
        body.insert(QStringLiteral("system"), system.isEmpty() ? QJsonValue() : QJsonValue(system));
        const Reply reply = post(QStringLiteral("/v1/experimental/templatize_prompt"), promptToolsHeaders(), toJson(body));
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        const QJsonObject values = json.value(QStringLiteral("variable_values")).toObject();
        const QString templateUser = firstText(json.value(QStringLiteral("messages")).toArray().first().toObject());
        const QString templateSystem = json.value(QStringLiteral("system")).toString();
        QCOMPARE(templateUser, expectedUser);
        QCOMPARE(values, expectedValues);
        QCOMPARE(fill(templateUser, values), user);
        QCOMPARE(fill(templateSystem, values), system);
        if (!system.isEmpty())
            QVERIFY(templateSystem.contains(QStringLiteral("{{TARGET_LANGUAGE}}")));
        QVERIFY(json.value(QStringLiteral("usage")).isArray());
    }

    void openAiChatAuth()
    {
        const QByteArray body = toJson({{QStringLiteral("model"), QStringLiteral("llama3.2")},
            {QStringLiteral("messages"), QJsonArray {userMessage(QStringLiteral("Hi"))}}});
        QCOMPARE(post(QStringLiteral("/v1/chat/completions"), {}, body).status, 401);
        const Reply wrong = post(QStringLiteral("/v1/chat/completions"), openAiHeaders("sk-other"), body);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorType(), QStringLiteral("authentication_error"));
        QVERIFY(!wrong.body.contains("sk-other"));
        QCOMPARE(post(QStringLiteral("/v1/chat/completions"), openAiHeaders(), body).status, 200);
        server->setOpenAiKeyRequired(false);
        QCOMPARE(post(QStringLiteral("/v1/chat/completions"), {}, body).status, 200);
    }

    void openAiChatValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const QByteArray messages = R"("messages":[{"role":"user","content":"hi"}])";
        QTest::newRow("missing model") << "{" + messages + "}" << QStringLiteral("model: field required");
        QTest::newRow("missing messages") << QByteArray(R"({"model":"m"})") << QStringLiteral("messages: field required");
        QTest::newRow("bad role") << QByteArray(R"({"model":"m","messages":[{"role":"robot","content":"hi"}]})")
                                  << QStringLiteral("messages.0.role: must be one of");
        QTest::newRow("flat response_format")
            << R"({"model":"m",)" + messages + R"(,"response_format":{"type":"json_schema","schema":{"type":"object"}}})"
            << QStringLiteral("response_format.json_schema: field required");
        QTest::newRow("json_object") << R"({"model":"m",)" + messages + R"(,"response_format":{"type":"json_object"}})"
                                     << QStringLiteral("response_format.type: must be \"json_schema\" (found \"json_object\")");
        QTest::newRow("bad schema name") << R"({"model":"m",)" + messages
                + R"(,"response_format":{"type":"json_schema","json_schema":{"name":"a b","schema":{}}}})"
                                         << QStringLiteral("response_format.json_schema.name:");
    }

    void openAiChatValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Reply reply = post(QStringLiteral("/v1/chat/completions"), openAiHeaders(), body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.errorMessage().startsWith(message), qPrintable(reply.errorMessage()));
    }

    void openAiChatAnswer()
    {
        const QByteArray body = R"({"model":"llama3.2","messages":[{"role":"system","content":"Be nice."},
            {"role":"user","content":"Say hi"}]})";
        const QJsonObject json = post(QStringLiteral("/v1/chat/completions"), openAiHeaders(), body).json();
        QCOMPARE(json.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        const QJsonObject choice = json.value(QStringLiteral("choices")).toArray().first().toObject();
        QCOMPARE(choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(),
            QStringLiteral("Echo: Say hi"));
        QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        const QJsonObject usage = json.value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInt(), 4); // 14 characters
        QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(),
            usage.value(QStringLiteral("prompt_tokens")).toInt() + usage.value(QStringLiteral("completion_tokens")).toInt());

        const QByteArray structured = R"({"model":"m","messages":[{"role":"user","content":"x"}],"max_tokens":1000,
            "response_format":{"type":"json_schema","json_schema":{"name":"answer","strict":true,
            "schema":{"type":"object","properties":{"ok":{"type":"boolean"}}}}}})";
        const QJsonObject answer = post(QStringLiteral("/v1/chat/completions"), openAiHeaders(), structured).json();
        const QString content = answer.value(QStringLiteral("choices"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toObject()
                                    .value(QStringLiteral("content"))
                                    .toString();
        QCOMPARE(parseObject(content.toUtf8()), QJsonObject({{QStringLiteral("ok"), true}}));
    }

    void openAiStream_data()
    {
        QTest::addColumn<bool>("includeUsage");
        QTest::newRow("with usage") << true;
        QTest::newRow("without usage") << false;
    }

    void openAiStream()
    {
        QFETCH(bool, includeUsage);
        QJsonObject body {{QStringLiteral("model"), QStringLiteral("llama3.2")}, {QStringLiteral("stream"), true},
            {QStringLiteral("messages"), QJsonArray {userMessage(QStringLiteral("Stream a few words back"))}}};
        if (includeUsage)
            body.insert(QStringLiteral("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}});
        const Reply reply = post(QStringLiteral("/v1/chat/completions"), openAiHeaders(), toJson(body));
        QCOMPARE(reply.status, 200);
        const QList<SseEvent> events = parseSse(reply.body);
        QVERIFY(events.size() >= 4);
        QCOMPARE(events.last().data, QByteArray("[DONE]"));
        QString text;
        QString finishReason;
        int usageChunks = 0;
        for (qsizetype i = 0; i + 1 < events.size(); ++i) {
            QVERIFY(events.at(i).name.isEmpty()); // data-only
            const QJsonObject chunk = parseObject(events.at(i).data);
            QCOMPARE(chunk.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
            const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
            if (choices.isEmpty()) {
                ++usageChunks;
                QCOMPARE(i, events.size() - 2); // right before [DONE]
                QVERIFY(chunk.value(QStringLiteral("usage")).toObject().value(QStringLiteral("total_tokens")).toInt() > 0);
                continue;
            }
            const QJsonObject choice = choices.first().toObject();
            text += choice.value(QStringLiteral("delta")).toObject().value(QStringLiteral("content")).toString();
            if (!choice.value(QStringLiteral("finish_reason")).isNull())
                finishReason = choice.value(QStringLiteral("finish_reason")).toString();
        }
        QCOMPARE(usageChunks, includeUsage ? 1 : 0);
        QCOMPARE(text, QStringLiteral("Echo: Stream a few words back"));
        QCOMPARE(finishReason, QStringLiteral("stop"));
    }

    void unknownPathsAndMethods()
    {
        Reply reply = get(QStringLiteral("/v1/nothing-here"), anthropicHeaders());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorType(), QStringLiteral("not_found_error"));
        reply = get(QStringLiteral("/v1/messages"), anthropicHeaders());
        QCOMPARE(reply.status, 405);
    }

    void scriptedAnswersComeInOrderThenTheDefault()
    {
        const QByteArray path = "/v1/messages";
        server->enqueue(path,
            FakeResponse::apiError(429, QStringLiteral("rate_limit_error"), QStringLiteral("slow down"))
                .withHeader("retry-after", "1"));
        server->enqueue(path, FakeResponse::html(502, "<html><body>Bad gateway</body></html>"));
        server->enqueue(path, FakeResponse::anthropicMessage(QStringLiteral("Scripted"), QStringLiteral("refusal")));
        server->enqueue("/v1/messages/count_tokens", FakeResponse::json(200, {{QStringLiteral("input_tokens"), 99}}));

        const QByteArray body = toJson(messagesBody(QStringLiteral("default")));
        Reply reply = post(QString::fromLatin1(path), anthropicHeaders(), body);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.errorType(), QStringLiteral("rate_limit_error"));
        QCOMPARE(reply.headers.value("retry-after"), QByteArray("1"));
        reply = post(QString::fromLatin1(path), anthropicHeaders(), body);
        QCOMPARE(reply.status, 502);
        QVERIFY(reply.headers.value("content-type").startsWith("text/html"));
        QVERIFY(reply.body.contains("Bad gateway"));
        reply = post(QString::fromLatin1(path), anthropicHeaders(), body);
        QCOMPARE(firstText(reply.json()), QStringLiteral("Scripted"));
        QCOMPARE(reply.json().value(QStringLiteral("stop_reason")).toString(), QStringLiteral("refusal"));
        reply = post(QString::fromLatin1(path), anthropicHeaders(), body);
        QCOMPARE(firstText(reply.json()), QStringLiteral("Echo: default"));
        reply = post(QStringLiteral("/v1/messages/count_tokens"), {}, body); // scripted: no validation
        QCOMPARE(reply.json().value(QStringLiteral("input_tokens")).toInt(), 99);
        QCOMPARE(server->requestCount(path), 4);
        QCOMPARE(server->requestCount("/v1/messages/count_tokens"), 1);
    }

    void setAlwaysAnswersUntilClear()
    {
        const QByteArray path = "/v1/messages";
        server->setAlways(path, FakeResponse::apiError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded")));
        server->enqueue(path, FakeResponse::anthropicMessage(QStringLiteral("first")));
        const QByteArray body = toJson(messagesBody());
        QCOMPARE(post(QString::fromLatin1(path), anthropicHeaders(), body).status, 200); // the queue goes first
        for (int i = 0; i < 3; ++i) {
            const Reply reply = post(QString::fromLatin1(path), anthropicHeaders(), body);
            QCOMPARE(reply.status, 529);
            QCOMPARE(reply.errorType(), QStringLiteral("overloaded_error"));
        }
        QCOMPARE(server->requestCount(path), 4);
        server->clear();
        QCOMPARE(server->requestCount(path), 0);
        QCOMPARE(post(QString::fromLatin1(path), anthropicHeaders(), body).status, 200);
    }

    void streamedFactories()
    {
        server->enqueue("/v1/messages", FakeResponse::anthropicStream({QStringLiteral("Hel"), QStringLiteral("lo")}));
        server->enqueue("/v1/chat/completions",
            FakeResponse::openAiStream({QStringLiteral("Hi"), QStringLiteral("!")}, QStringLiteral("length")));
        server->enqueue("/raw", FakeResponse::sse({"event: ping\ndata: {\"type\":\"ping\"}\n\n"}));
        const QList<SseEvent> anthropic = parseSse(post(QStringLiteral("/v1/messages"), {}, "{}").body);
        QCOMPARE(anthropic.size(), 8);
        QCOMPARE(anthropic.at(3).name, QByteArray("content_block_delta"));
        QCOMPARE(anthropic.last().name, QByteArray("message_stop"));
        const QList<SseEvent> openAi = parseSse(post(QStringLiteral("/v1/chat/completions"), {}, "{}").body);
        QCOMPARE(openAi.size(), 6); // role, 2 pieces, finish, usage, [DONE]
        QVERIFY(openAi.at(3).data.contains("\"finish_reason\":\"length\""));
        QCOMPARE(parseSse(get(QStringLiteral("/raw"), {}).body).first().name, QByteArray("ping"));
    }

    void faultDelay()
    {
        FakeResponse slow = FakeResponse::anthropicMessage(QStringLiteral("late"));
        slow.delayMs = 300;
        server->enqueue("/v1/messages", slow);
        const Reply reply = post(QStringLiteral("/v1/messages"), {}, "{}");
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.elapsedMs >= 290, qPrintable(QString::number(reply.elapsedMs)));
    }

    void faultDropMidBody()
    {
        FakeResponse dropped = FakeResponse::json(200, {{QStringLiteral("padding"), QString(1000, QLatin1Char('x'))}});
        dropped.dropAfterBytes = 100;
        server->enqueue("/v1/messages", dropped);
        // A raw socket shows what was sent. QNetworkAccessManager (Qt 6.4)
        // reports such a cut as RemoteHostClosedError or, now and then, as
        // NoError; ApiJob counts the bytes itself (tst_apifaults).
        const std::optional<QByteArray> answer = rawExchange("POST /v1/messages HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");
        QVERIFY(answer);
        const QByteArray &received = *answer;
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        const QByteArray head = received.left(headEnd).toLower();
        QVERIFY2(head.startsWith("http/1.1 200"), head.constData());
        QVERIFY2(head.contains(QByteArray("content-length: ").append(QByteArray::number(dropped.body.size()))), head.constData());
        QVERIFY(dropped.body.size() > 1000);
        QCOMPARE(received.mid(headEnd + 4), dropped.body.left(100));
    }

    void faultDropMidStream()
    {
        FakeResponse dropped = FakeResponse::anthropicStream({QStringLiteral("one "), QStringLiteral("two")});
        dropped.dropAfterBytes = dropped.chunks.at(0).size() + 10;
        server->setAlways("/v1/messages", dropped);
        const Reply reply = post(QStringLiteral("/v1/messages"), {}, "{}");
        // Qt 6.4's QNetworkAccessManager reports NoError for a chunked body cut
        // short, like a close-delimited one: a client notices the missing
        // message_stop itself. What matters here is the cut.
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.size(), dropped.dropAfterBytes);
        QVERIFY(!reply.body.contains("message_stop"));
        QVERIFY(reply.body.startsWith(dropped.chunks.at(0)));
    }

    void faultCloseWithoutResponse()
    {
        FakeResponse closed;
        closed.closeWithoutResponse = true;
        // setAlways, not enqueue: QNetworkAccessManager (Qt 6.4) resends the
        // request once when the connection closes before any answer, so a single
        // scripted close would be absorbed by the resend.
        server->setAlways("/v1/messages", closed);
        const Reply reply = post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(messagesBody()));
        QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.body.isEmpty());
        QVERIFY(server->requestCount("/v1/messages") >= 1);
    }

    void faultSlowDrip()
    {
        server->enqueue("/v1/messages", FakeResponse::sse({"data: 1\n\n", "data: 2\n\n", "data: 3\n\n", "data: 4\n\n"}, 100));
        const Reply reply = post(QStringLiteral("/v1/messages"), {}, "{}");
        QCOMPARE(reply.body, QByteArray("data: 1\n\ndata: 2\n\ndata: 3\n\ndata: 4\n\n"));
        QVERIFY2(reply.elapsedMs >= 290, qPrintable(QString::number(reply.elapsedMs)));
        // Streamed, not buffered: the first event arrived well before the last.
        QVERIFY(reply.arrivalsMs.size() >= 3);
        QVERIFY(reply.arrivalsMs.last() - reply.arrivalsMs.first() >= 200);
    }

    // Faults by request number over both model endpoints; scripted answers are neither counted nor faulted.
    void injectedFaultsFollowTheRequestNumber()
    {
        FakeFaults faults;
        faults.rateLimitEvery = 3;
        faults.retryAfter = "0.5";
        faults.overloadedEvery = 5;
        faults.overloadedBurst = 2;
        server->setFaults(faults);
        server->enqueue("/v1/messages", FakeResponse::anthropicMessage(QStringLiteral("scripted")));
        QCOMPARE(post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(messagesBody())).status, 200);

        QList<int> statuses;
        for (int n = 1; n <= 10; ++n) {
            const bool openAi = n % 2 == 0;
            const Reply reply = openAi ? post(QStringLiteral("/v1/chat/completions"), openAiHeaders(),
                                    toJson({{QStringLiteral("model"), QStringLiteral("llama3.2")},
                                        {QStringLiteral("messages"), QJsonArray {userMessage(QStringLiteral("hi"))}}}))
                                       : post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(messagesBody()));
            statuses.append(reply.status);
            if (reply.status != 200)
                QCOMPARE(reply.headers.value("retry-after"), QByteArray("0.5"));
            if (reply.status == 429)
                QCOMPARE(reply.errorType(), QStringLiteral("rate_limit_error"));
            if (reply.status == 529)
                QCOMPARE(reply.errorType(), QStringLiteral("overloaded_error"));
        }
        // 3, 6, 9: 429; the last two of every five (4, 5, 9, 10): 529 unless already a 429.
        QCOMPARE(statuses, (QList<int> {200, 200, 429, 529, 529, 429, 200, 200, 429, 529}));
        QCOMPARE(server->requestCount("/v1/messages"), 6);

        server->clear(); // forgets the faults
        QCOMPARE(post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(messagesBody())).status, 200);
    }

    void spendLimitAfterSomeRequests()
    {
        FakeFaults faults;
        faults.spendLimitAfter = 1;
        server->setFaults(faults);
        QCOMPARE(post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(messagesBody())).status, 200);
        const Reply limited = post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(messagesBody()));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("error_code")),
            QStringLiteral("enforced_spend_limit_reached"));
    }

    void slowFirstTokenKeepsTheHeadQuick()
    {
        FakeFaults faults;
        faults.firstTokenDelayMs = 300;
        server->setFaults(faults);
        QJsonObject body = messagesBody();
        body.insert(QStringLiteral("stream"), true);
        const Reply reply = post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(body));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("message_stop"));
        QVERIFY(!reply.arrivalsMs.isEmpty());
        QVERIFY2(reply.arrivalsMs.first() >= 290, qPrintable(QString::number(reply.arrivalsMs.first())));
    }

    void peakInFlightCountsOverlappingRequests()
    {
        FakeFaults faults;
        faults.answerDelayMs = 200;
        server->setFaults(faults);
        QNetworkRequest request(QUrl(server->baseUrl().toString() + QStringLiteral("/v1/messages")));
        request.setRawHeader("x-api-key", "test-key");
        request.setRawHeader("anthropic-version", "2023-06-01");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 3; ++i)
            replies.append(network->post(request, toJson(messagesBody())));
        QTRY_COMPARE_WITH_TIMEOUT(server->inFlight(), 3, 5000);
        for (QNetworkReply *reply : replies) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
        }
        QTRY_COMPARE_WITH_TIMEOUT(server->inFlight(), 0, 5000);
        QCOMPARE(server->peakInFlight(), 3);
        qDeleteAll(replies);
        server->clear();
        QCOMPARE(server->peakInFlight(), 0);
    }

    void requestsAreRecorded()
    {
        QSignalSpy received(server.get(), &FakeApiServer::requestReceived);
        QVERIFY(received.isValid());
        const QByteArray body = toJson(messagesBody(QStringLiteral("recorded")));
        Headers headers = anthropicHeaders();
        headers.append(Headers::value_type {"X-Custom-Header", "Mixed Case Value"});
        post(QStringLiteral("/v1/messages?beta=true&x=a%20b"), headers, body);

        QCOMPARE(server->requests().size(), 1);
        const RecordedRequest request = server->requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/messages"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("beta")), QStringLiteral("true"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("x")), QStringLiteral("a b"));
        QCOMPARE(request.headers.value("x-custom-header"), QByteArray("Mixed Case Value"));
        QCOMPARE(request.headers.value("x-api-key"), QByteArray("test-key"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(!request.headers.contains("X-Custom-Header"));
        QCOMPARE(request.body, body);
        QCOMPARE(request.json(), messagesBody(QStringLiteral("recorded")));
        QCOMPARE(RecordedRequest {}.json(), QJsonObject());

        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().value<RecordedRequest>().path, QByteArray("/v1/messages"));
        QCOMPARE(server->requestCount("/v1/messages"), 1);
        QCOMPARE(server->requestCount("/v1/models"), 0);
    }

    void rawSocketKeepAliveRepeatedHeadersAndSplitWrites()
    {
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);

        const QByteArray body = R"({"task":"a poet"})";
        const QByteArray request = "POST /v1/experimental/generate_prompt HTTP/1.1\r\nHost: x\r\nx-api-key: test-key\r\n"
                                   "anthropic-version: 2023-06-01\r\nAnthropic-Beta: files-api-2025-04-14\r\n"
                                   "anthropic-beta: prompt-tools-2025-04-02\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        // Split inside a header and inside the body: the parser must wait for the rest.
        for (const QByteArray &piece : {request.left(40), request.mid(40, request.size() - 45), request.right(5)}) {
            socket.write(piece);
            socket.flush();
            QTest::qWait(30);
        }
        QTRY_COMPARE(parseResponses(received).size(), 1);
        QCOMPARE(parseResponses(received).first().first, 200);
        QCOMPARE(server->requests().first().headers.value("anthropic-beta"),
            QByteArray("files-api-2025-04-14, prompt-tools-2025-04-02"));

        // The same connection serves a second request.
        socket.write("GET /v1/models?limit=1 HTTP/1.1\r\nx-api-key: test-key\r\nanthropic-version: 2023-06-01\r\n\r\n");
        QTRY_COMPARE(parseResponses(received).size(), 2);
        QCOMPARE(parseObject(parseResponses(received).at(1).second).value(QStringLiteral("data")).toArray().size(), 1);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

        // Garbage gets a 400 and the connection is closed.
        socket.write("NONSENSE\r\n\r\n");
        QTRY_COMPARE(parseResponses(received).size(), 3);
        QCOMPARE(parseResponses(received).at(2).first, 400);
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void rawSocketConnectionCloseAndOversizedBody()
    {
        const std::optional<QByteArray> closed = rawExchange("GET /nowhere HTTP/1.1\r\nConnection: close\r\n\r\n");
        QVERIFY(closed);
        QCOMPARE(parseResponses(*closed).size(), 1);
        QCOMPARE(parseResponses(*closed).first().first, 404);

        const std::optional<QByteArray> big = rawExchange("POST /v1/messages HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n");
        QVERIFY(big);
        QCOMPARE(parseResponses(*big).size(), 1);
        QCOMPARE(parseResponses(*big).first().first, 413);
        QVERIFY(big->contains("request_too_large"));
    }

    void clientHangingUpMidStreamIsHarmless()
    {
        server->enqueue("/v1/messages", FakeResponse::sse({"data: 1\n\n", "data: 2\n\n", "data: 3\n\n"}, 100));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        socket.write("POST /v1/messages HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QTRY_VERIFY(socket.bytesAvailable() > 0);
        socket.abort();
        // The remaining chunk timers find the connection closed, until the server lets it go.
        QSignalSpy closed(server.get(), &FakeApiServer::connectionClosed);
        QTRY_COMPARE(server->openConnectionCount(), 0);
        QCOMPARE(closed.count(), 1);
        QCOMPARE(post(QStringLiteral("/v1/messages"), anthropicHeaders(), toJson(messagesBody())).status, 200);
    }

    void executableServesTheDefaultApi()
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(PROMPTWERK_FAKE_SERVER_EXECUTABLE),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--key"), QStringLiteral("process-key")});
        QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
        const QString line = QString::fromUtf8(process.readLine());
        static const QRegularExpression listening(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))\n$"));
        const QRegularExpressionMatch match = listening.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));

        const QUrl base(match.captured(1));
        Reply reply
            = send(*network, "GET", QUrl(base.toString() + QStringLiteral("/v1/models")), anthropicHeaders("process-key"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(QStringLiteral("data")).toArray().size() >= 5);
        reply = send(*network, "GET", QUrl(base.toString() + QStringLiteral("/v1/models")), anthropicHeaders());
        QCOMPARE(reply.status, 401);

        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray log = process.readAllStandardError();
        QVERIFY(log.contains("GET /v1/models"));
        QVERIFY2(log.contains("peak requests in flight: 1\n"), log.constData());
    }

    void executableRejectsBadOptions()
    {
        QProcess process;
        process.start(QStringLiteral(PROMPTWERK_FAKE_SERVER_EXECUTABLE), {QStringLiteral("--port"), QStringLiteral("http")});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--port"));

        process.start(QStringLiteral(PROMPTWERK_FAKE_SERVER_EXECUTABLE), {QStringLiteral("--overloaded"), QStringLiteral("5/2")});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--overloaded"));

        process.start(QStringLiteral(PROMPTWERK_FAKE_SERVER_EXECUTABLE),
            {QStringLiteral("--tool-answer"), QStringLiteral("/nonexistent/answer.json")});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("/nonexistent/answer.json"));
    }
};

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
