#include "api/anthropicjobs.h"
#include "api/openaijobs.h"
#include "apitesthelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTimer>

using namespace pw;
using namespace pw::test;

namespace {

QStringList capturedMessages;
QtMessageHandler previousHandler = nullptr;

// Everything Qt or the code under test logs, so the test can prove no key is in it.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedMessages.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

QJsonObject messagesRequest()
{
    return {{QStringLiteral("model"), QStringLiteral("claude-sonnet-5-5")}, {QStringLiteral("max_tokens"), 64},
        {QStringLiteral("messages"),
            QJsonArray {QJsonObject {
                {QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("Hi")}}}}};
}

FakeResponse withDelay(FakeResponse response, int delayMs)
{
    response.delayMs = delayMs;
    return response;
}

FakeResponse overloaded()
{
    return FakeResponse::apiError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"));
}

QByteArray sseEvent(const QByteArray &type, const QByteArray &data)
{
    return "event: " + type + "\ndata: " + data + "\n\n";
}

const QByteArray messageStart = sseEvent("message_start",
    R"({"type":"message_start","message":{"id":"msg_f","type":"message","role":"assistant","content":[],"model":"m","usage":{"input_tokens":3,"output_tokens":1}}})");
const QByteArray textBlockStart
    = sseEvent("content_block_start", R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})");

QByteArray textDelta(const QByteArray &text)
{
    return sseEvent("content_block_delta",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":")" + text + R"("}})");
}

QStringList numberedPieces(int count)
{
    QStringList pieces;
    for (int i = 0; i < count; ++i)
        pieces.append(QStringLiteral("piece%1 ").arg(i));
    return pieces;
}

} // namespace

class TestApiFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { previousHandler = qInstallMessageHandler(captureMessage); }

    void init()
    {
        m_server = std::make_unique<FakeApiServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<ApiClient>(fakeServerConfig(*m_server));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        for (const QString &message : std::as_const(capturedMessages))
            QVERIFY2(!message.contains(QStringLiteral("test-key")), qPrintable(message));
        capturedMessages.clear();
    }

    void timeoutFires()
    {
        setTimeoutAndRetries(150ms, 0);
        m_server->enqueue("/v1/messages", withDelay(FakeResponse::anthropicMessage(QStringLiteral("late")), 3000));
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        // A timeout, not the late answer: the job did not wait for it.
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Timeout);
        QVERIFY(job.error()->isConnectionProblem());
        QVERIFY2(job.errorString().startsWith(QStringLiteral("timeout: no answer from http://127.0.0.1:")),
            qPrintable(job.errorString()));
        QVERIFY(job.errorString().contains(QStringLiteral("within 150 ms")));
        QCOMPARE(job.attempts(), 1);
    }

    void timeoutIsRetried()
    {
        setTimeoutAndRetries(150ms, 2);
        m_server->enqueue("/v1/messages", withDelay(FakeResponse::anthropicMessage(QStringLiteral("late")), 3000));
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(job.attempts(), 2);
        QCOMPARE(m_server->requestCount("/v1/messages"), 2);
    }

    // The timeout is for silence: a stream that keeps dripping is not cut off,
    // one that stalls after it began fails and is not sent again.
    void slowDripOutlastsTheTimeout()
    {
        setTimeoutAndRetries(150ms, 2);
        const QStringList pieces = numberedPieces(8);
        FakeResponse drip = FakeResponse::anthropicStream(pieces);
        drip.chunkDelayMs = 40; // 12 events, about 450 ms in all
        m_server->enqueue("/v1/messages", drip);
        MessageStreamJob job(*m_client, messagesRequest());
        QStringList deltas;
        connect(&job, &StreamingApiJob::textDelta, this, [&deltas](const QString &text) { deltas.append(text); });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QVERIFY(clock.elapsed() >= 300);
        QCOMPARE(deltas, pieces);
        QCOMPARE(job.message().text(), pieces.join(QString()));
        QCOMPARE(job.attempts(), 1);
    }

    void stalledStreamTimesOut()
    {
        setTimeoutAndRetries(150ms, 2);
        FakeResponse stall = FakeResponse::anthropicStream(numberedPieces(3));
        stall.chunkDelayMs = 2000;
        m_server->enqueue("/v1/messages", stall);
        MessageStreamJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Timeout);
        QVERIFY2(job.errorString().contains(QStringLiteral("stopped sending for 150 ms")), qPrintable(job.errorString()));
        QCOMPARE(m_server->requestCount("/v1/messages"), 1);
    }

    // The whole stream in 5-byte pieces: events split anywhere still assemble.
    void byteDripAssembles()
    {
        QByteArray stream = messageStart + textBlockStart + sseEvent("ping", R"({"type":"ping"})")
            + textDelta("Gr\xC3\xBC\xC3\x9F") + textDelta(" dich")
            + sseEvent("content_block_stop", R"({"type":"content_block_stop","index":0})")
            + sseEvent("message_delta",
                R"({"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":4}})")
            + sseEvent("message_stop", R"({"type":"message_stop"})");
        stream.replace("\n", "\r\n");
        QList<QByteArray> pieces;
        for (qsizetype i = 0; i < stream.size(); i += 5)
            pieces.append(stream.mid(i, 5));
        m_server->enqueue("/v1/messages", FakeResponse::sse(pieces, 1));
        MessageStreamJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(job.text(), QString::fromUtf8("Grüß dich"));
        QCOMPARE(job.message().usage, (Usage {3, 4, 0, 0}));
    }

    void rateLimitedThenSuccess()
    {
        m_server->enqueue("/v1/messages",
            FakeResponse::apiError(429, QStringLiteral("rate_limit_error"), QStringLiteral("Slow down"))
                .withHeader("retry-after-ms", "5")
                .withHeader("anthropic-ratelimit-requests-remaining", "0"));
        MessageJob job(*m_client, messagesRequest());
        QSignalSpy retries(&job, &ApiJob::retryScheduled);
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(job.attempts(), 2);
        QCOMPARE(m_server->requestCount("/v1/messages"), 2);
        QCOMPARE(retries.count(), 1);
        const ApiError reason = retries.at(0).at(0).value<ApiError>();
        QCOMPARE(reason.category(), ApiErrorCategory::RateLimit);
        QCOMPARE(reason.rateLimits.requests.remaining, std::optional<qint64>(0));
        QVERIFY(!reason.requestId.isEmpty());
        QCOMPARE(retries.at(0).at(1).toInt(), 5);
        QCOMPARE(retries.at(0).at(2).toInt(), 2);
    }

    void retryAfterSecondsThenMs()
    {
        m_server->enqueue("/v1/messages", overloaded().withHeader("retry-after", "0"));
        m_server->enqueue("/v1/messages", overloaded().withHeader("retry-after-ms", "5"));
        MessageJob job(*m_client, messagesRequest());
        QSignalSpy retries(&job, &ApiJob::retryScheduled);
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(job.attempts(), 3);
        QCOMPARE(retries.count(), 2);
        QCOMPARE(retries.at(0).at(1).toInt(), 0);
        QCOMPARE(retries.at(1).at(1).toInt(), 5);
    }

    // Before the first event nothing reached the caller, so a stream is retried like any request.
    void streamRetriedBeforeItBegins()
    {
        m_server->enqueue("/v1/messages", overloaded().withHeader("retry-after-ms", "1"));
        m_server->enqueue("/v1/messages", FakeResponse::anthropicStream({QStringLiteral("second "), QStringLiteral("try")}));
        MessageStreamJob job(*m_client, messagesRequest());
        QStringList deltas;
        connect(&job, &StreamingApiJob::textDelta, this, [&deltas](const QString &text) { deltas.append(text); });
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(job.attempts(), 2);
        QCOMPARE(deltas, (QStringList {QStringLiteral("second "), QStringLiteral("try")}));
        QCOMPARE(job.message().text(), QStringLiteral("second try"));
    }

    void overloadedForever_data()
    {
        QTest::addColumn<int>("maxRetries");
        QTest::newRow("no retries") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("default two") << 2;
        QTest::newRow("four") << 4;
    }

    void overloadedForever()
    {
        QFETCH(int, maxRetries);
        ApiConfig config = m_client->config();
        config.retry.maxRetries = maxRetries;
        m_client->setConfig(config);
        m_server->setAlways("/v1/messages", overloaded().withHeader("retry-after-ms", "1"));
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Http);
        QCOMPARE(job.error()->httpStatus, 529);
        QCOMPARE(job.error()->category(), ApiErrorCategory::Overloaded);
        QVERIFY(job.errorString().startsWith(QStringLiteral("HTTP 529 overloaded_error: Overloaded (request req_fake_")));
        QCOMPARE(job.error()->requestId, job.requestId());
        QCOMPARE(job.attempts(), 1 + maxRetries);
        QCOMPARE(m_server->requestCount("/v1/messages"), 1 + maxRetries);
    }

    void serverErrorBacksOff()
    {
        m_server->enqueue("/v1/messages", FakeResponse::apiError(500, QStringLiteral("api_error"), QStringLiteral("Internal")));
        MessageJob job(*m_client, messagesRequest());
        QSignalSpy retries(&job, &ApiJob::retryScheduled);
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(job.attempts(), 2);
        // The test policy's backoff: 1 ms times a jitter in (0.75, 1].
        QVERIFY(retries.at(0).at(1).toInt() <= 1);
    }

    void clientErrorIsFinal()
    {
        m_server->enqueue(
            "/v1/messages", FakeResponse::apiError(400, QStringLiteral("invalid_request_error"), QStringLiteral("Bad")));
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->httpStatus, 400);
        QCOMPARE(m_server->requestCount("/v1/messages"), 1);
    }

    void shouldRetryHeaderOverrides()
    {
        m_server->enqueue("/v1/messages", overloaded().withHeader("x-should-retry", "false"));
        MessageJob notAgain(*m_client, messagesRequest());
        QVERIFY(runJob(notAgain));
        QVERIFY(notAgain.error());
        QCOMPARE(notAgain.error()->httpStatus, 529);
        QCOMPARE(m_server->requestCount("/v1/messages"), 1);

        m_server->clear();
        m_server->enqueue("/v1/messages",
            FakeResponse::apiError(400, QStringLiteral("invalid_request_error"), QStringLiteral("Try again"))
                .withHeader("x-should-retry", "true"));
        MessageJob again(*m_client, messagesRequest());
        QVERIFY(runJob(again));
        QVERIFY2(again.succeeded(), qPrintable(describe(again)));
        QCOMPARE(m_server->requestCount("/v1/messages"), 2);
    }

    void htmlErrorPage()
    {
        setTimeoutAndRetries(5s, 0);
        m_server->enqueue("/v1/messages",
            FakeResponse::html(502,
                "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
                "Gateway</h1></center><hr><center>nginx</center></body></html>"));
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Http);
        QCOMPARE(job.error()->category(), ApiErrorCategory::Api);
        QCOMPARE(job.errorString(),
            QStringLiteral("HTTP 502: the server answered with an HTML page (\"502 Bad Gateway\") instead of JSON"));
    }

    void htmlErrorPageIsRetried()
    {
        m_server->enqueue("/v1/messages", FakeResponse::html(503, "<html><title>Maintenance</title></html>"));
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(job.attempts(), 2);
    }

    void htmlInsteadOfAnswer()
    {
        m_server->enqueue(
            "/v1/messages", FakeResponse::html(200, "<html><head><title>Sign in &ndash; Corporate Proxy</title></head></html>"));
        m_server->enqueue("/v1/messages", FakeResponse::html(200, "<html><head><title>Sign in</title></head></html>"));
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::InvalidResponse);
        QVERIFY2(job.errorString().contains(QString::fromUtf8("an HTML page (\"Sign in – Corporate Proxy\")")),
            qPrintable(job.errorString()));
        QCOMPARE(m_server->requestCount("/v1/messages"), 1);

        MessageStreamJob stream(*m_client, messagesRequest());
        QVERIFY(runJob(stream));
        QVERIFY(stream.error());
        QCOMPARE(stream.error()->kind, ApiErrorKind::InvalidResponse);
        QVERIFY2(stream.errorString().contains(QStringLiteral("expected an event stream")), qPrintable(stream.errorString()));
        QVERIFY(stream.errorString().contains(QStringLiteral("\"Sign in\"")));
    }

    void emptyErrorBody()
    {
        setTimeoutAndRetries(5s, 0);
        FakeResponse empty;
        empty.status = 503;
        m_server->enqueue("/v1/messages", empty);
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QCOMPARE(job.errorString(), QStringLiteral("HTTP 503: the server answered with an empty body"));
    }

    void connectionDroppedMidBody()
    {
        setTimeoutAndRetries(5s, 0);
        FakeResponse dropped = FakeResponse::anthropicMessage(QString(500, QLatin1Char('a')));
        dropped.dropAfterBytes = 40;
        m_server->enqueue("/v1/messages", dropped);
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Network);
        QVERIFY2(job.errorString().contains(QStringLiteral("closed the connection in the middle of the answer")),
            qPrintable(job.errorString()));

        setTimeoutAndRetries(5s, 2);
        m_server->enqueue("/v1/messages", dropped);
        MessageJob retried(*m_client, messagesRequest());
        QVERIFY(runJob(retried));
        QVERIFY2(retried.succeeded(), qPrintable(describe(retried)));
        QCOMPARE(retried.attempts(), 2);
    }

    void closedWithoutAnswer()
    {
        FakeResponse nothing;
        nothing.closeWithoutResponse = true;
        m_server->setAlways("/v1/messages", nothing);
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Network);
        QCOMPARE(job.attempts(), 3);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        ApiConfig config = m_client->config();
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        config.retry.maxRetries = 1;
        m_client->setConfig(config);
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Network);
        QCOMPARE(job.errorString(), QStringLiteral("network error: 127.0.0.1:%1 refused the connection").arg(closedPort));
        QCOMPARE(job.attempts(), 2);
    }

    void truncatedStream()
    {
        m_server->enqueue("/v1/messages", FakeResponse::sse({messageStart, textBlockStart, textDelta("Half a sen")}));
        MessageStreamJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Stream);
        QVERIFY2(job.errorString().contains(QStringLiteral("cut off before message_stop")), qPrintable(job.errorString()));
        QCOMPARE(job.text(), QStringLiteral("Half a sen"));
        QVERIFY(!job.error()->requestId.isEmpty());
        QCOMPARE(m_server->requestCount("/v1/messages"), 1);
    }

    void streamCutInsideAnEvent()
    {
        m_server->enqueue("/v1/messages",
            FakeResponse::sse({messageStart, textBlockStart, textDelta("x"), "event: message_stop\ndata: {\"ty"}));
        MessageStreamJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Stream);
        QCOMPARE(m_server->requestCount("/v1/messages"), 1);
    }

    void connectionDroppedMidStream()
    {
        FakeResponse dropped = FakeResponse::anthropicStream(numberedPieces(20));
        dropped.dropAfterBytes = messageStart.size() + 100;
        m_server->enqueue("/v1/messages", dropped);
        MessageStreamJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Stream);
        QCOMPARE(m_server->requestCount("/v1/messages"), 1);
    }

    void errorEventMidStream()
    {
        m_server->enqueue("/v1/messages",
            FakeResponse::sse({messageStart, textBlockStart, textDelta("Hal"),
                sseEvent("error", R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"),
                textDelta("lo")}));
        MessageStreamJob job(*m_client, messagesRequest());
        QStringList deltas;
        connect(&job, &StreamingApiJob::textDelta, this, [&deltas](const QString &text) { deltas.append(text); });
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Stream);
        QCOMPARE(job.error()->category(), ApiErrorCategory::Overloaded);
        QCOMPARE(
            job.errorString(), QStringLiteral("stream error overloaded_error: Overloaded (request %1)").arg(job.requestId()));
        QCOMPARE(deltas, QStringList {QStringLiteral("Hal")});
        QCOMPARE(m_server->requestCount("/v1/messages"), 1);
    }

    void openAiStreamProblems()
    {
        m_server->enqueue("/v1/chat/completions",
            FakeResponse::sse({"data: {\"choices\":[{\"delta\":{\"content\":\"Hal\"}}]}\n\n",
                "data: {\"error\":{\"message\":\"model crashed\",\"type\":\"server_error\"}}\n\n"}));
        m_server->enqueue(
            "/v1/chat/completions", FakeResponse::sse({"data: {\"choices\":[{\"delta\":{\"content\":\"Hal\"}}]}\n\n"}));
        const QJsonObject body {{QStringLiteral("model"), QStringLiteral("llama3.2")},
            {QStringLiteral("messages"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("x")}}}}};
        OpenAiChatStreamJob failing(*m_client, body);
        QVERIFY(runJob(failing));
        QCOMPARE(failing.errorString(),
            QStringLiteral("stream error server_error: model crashed (request %1)").arg(failing.requestId()));
        QCOMPARE(failing.text(), QStringLiteral("Hal"));

        OpenAiChatStreamJob truncated(*m_client, body);
        QVERIFY(runJob(truncated));
        QVERIFY(truncated.error());
        QCOMPARE(truncated.error()->kind, ApiErrorKind::Stream);
        QVERIFY(truncated.errorString().contains(QStringLiteral("before [DONE]")));
    }

    void cancelMidStream()
    {
        FakeResponse drip = FakeResponse::anthropicStream(numberedPieces(10));
        drip.chunkDelayMs = 50;
        m_server->enqueue("/v1/messages", drip);
        MessageStreamJob job(*m_client, messagesRequest());
        QStringList deltas;
        bool stoppedAtOnce = false;
        connect(&job, &StreamingApiJob::textDelta, this, [&](const QString &text) {
            deltas.append(text);
            job.cancel();
            stoppedAtOnce = !job.isRunning() && job.error() && job.error()->kind == ApiErrorKind::Canceled;
        });
        QVERIFY(runJob(job));
        QVERIFY(stoppedAtOnce);
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Canceled);
        QCOMPARE(job.errorString(), QStringLiteral("canceled: the request to %1 was canceled").arg(job.endpoint()));
        // Once the server has seen the hang-up, no further piece can arrive.
        QTRY_COMPARE(m_server->openConnectionCount(), 0);
        QCOMPARE(deltas, QStringList {QStringLiteral("piece0 ")});
        QCOMPARE(job.text(), QStringLiteral("piece0 "));
    }

    void cancelDuringRetryWait()
    {
        m_server->enqueue("/v1/messages", overloaded().withHeader("retry-after-ms", "30000"));
        MessageJob job(*m_client, messagesRequest());
        int scheduledDelayMs = 0;
        connect(&job, &ApiJob::retryScheduled, this, [&](const ApiError &, int delayMs) {
            scheduledDelayMs = delayMs;
            QTimer::singleShot(20, &job, &ApiJob::cancel);
        });
        // Ends long before the 30 s wait would: canceled while waiting, with one attempt made.
        QVERIFY(runJob(job));
        QCOMPARE(scheduledDelayMs, 30000);
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Canceled);
        QCOMPARE(job.attempts(), 1);
        QCOMPARE(m_server->requestCount("/v1/messages"), 1);
    }

    void cancelBeforeAndRightAfterStart()
    {
        MessageJob early(*m_client, messagesRequest());
        early.cancel();
        QVERIFY(runJob(early));
        QVERIFY(early.error());
        QCOMPARE(early.error()->kind, ApiErrorKind::Canceled);
        QCOMPARE(early.attempts(), 0);

        MessageJob job(*m_client, messagesRequest());
        QSignalSpy finished(&job, &ApiJob::finished);
        job.start();
        job.cancel();
        QVERIFY(!job.isRunning());
        QCOMPARE(finished.count(), 0); // never from inside cancel()
        QVERIFY(finished.wait(2000));
        QCoreApplication::processEvents(); // a second emission would already be queued
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.error()->kind, ApiErrorKind::Canceled);
        job.cancel(); // no effect once finished
        QCOMPARE(job.error()->kind, ApiErrorKind::Canceled);
    }

    void deletingARunningJob()
    {
        m_server->enqueue("/v1/messages", withDelay(FakeResponse::anthropicMessage(QStringLiteral("x")), 100));
        auto *job = new MessageJob(*m_client, messagesRequest());
        job->start();
        QTRY_COMPARE(m_server->requestCount("/v1/messages"), 1);
        delete job;
        // The server's late answer finds the connection closed, and no job.
        QTRY_COMPARE(m_server->openConnectionCount(), 0);
        QCOMPARE(m_server->requestCount("/v1/messages"), 1);
    }

    void responseSizeCap()
    {
        ApiConfig config = m_client->config();
        config.maxResponseBytes = 1000;
        m_client->setConfig(config);
        m_server->enqueue("/v1/messages", FakeResponse::anthropicMessage(QString(5000, QLatin1Char('b'))));
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::ResponseTooLarge);
        QVERIFY2(job.errorString().contains(QStringLiteral("more than the limit of 1000 bytes")), qPrintable(job.errorString()));
        QCOMPARE(m_server->requestCount("/v1/messages"), 1);

        // A stream announces no length: the cap counts what arrives.
        m_server->enqueue("/v1/messages", FakeResponse::anthropicStream(numberedPieces(40)));
        MessageStreamJob stream(*m_client, messagesRequest());
        QVERIFY(runJob(stream));
        QVERIFY(stream.error());
        QCOMPARE(stream.error()->kind, ApiErrorKind::ResponseTooLarge);
        QVERIFY2(stream.errorString().contains(QStringLiteral("is larger than the limit of 1000 bytes")),
            qPrintable(stream.errorString()));
    }

    void plainHttpToAnotherHostIsRefused()
    {
        CountingNetworkManager manager;
        ApiConfig config = m_client->config();
        config.baseUrl = QUrl(QStringLiteral("http://192.0.2.10:%1").arg(m_server->port()));
        ApiClient client(config, &manager);
        MessageJob job(client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::InsecureUrl);
        QVERIFY2(job.errorString().contains(QStringLiteral("refusing to send the API key unencrypted to http://192.0.2.10")),
            qPrintable(job.errorString()));
        QCOMPARE(manager.requestsCreated, 0);
        QCOMPARE(job.attempts(), 0);

        // The same manager does send to this machine.
        config.baseUrl = m_server->baseUrl();
        ApiClient local(config, &manager);
        MessageJob allowed(local, messagesRequest());
        QVERIFY(runJob(allowed));
        QVERIFY2(allowed.succeeded(), qPrintable(describe(allowed)));
        QCOMPARE(manager.requestsCreated, 1);
    }

    // An OpenAI-compatible server elsewhere on the network, run without a
    // key, is reached over plain http; with a key it is refused. 0.0.0.0 is
    // not a loopback address, yet Linux delivers a connection to it locally.
    void plainHttpWithoutAKeyIsSent()
    {
        m_server->setAlways("/v1/chat/completions", FakeResponse::openAiChat(QStringLiteral("hi")));
        const QJsonObject body {{QStringLiteral("model"), QStringLiteral("llama3.2")},
            {QStringLiteral("messages"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("x")}}}}};
        CountingNetworkManager manager;
        manager.setProxy(QNetworkProxy::NoProxy); // an http_proxy would not exempt 0.0.0.0 as it does localhost
        ApiConfig config = m_client->config();
        config.baseUrl = QUrl(QStringLiteral("http://0.0.0.0:%1").arg(m_server->port()));
        QVERIFY(!isLoopbackHost(config.baseUrl.host()));
        config.apiKey = QStringLiteral("sk-local-secret");
        ApiClient withKey(config, &manager);
        OpenAiChatJob refused(withKey, body);
        QVERIFY(runJob(refused));
        QCOMPARE(refused.error()->kind, ApiErrorKind::InsecureUrl);
        QCOMPARE(manager.requestsCreated, 0);

        config.apiKey.clear();
        ApiClient withoutKey(config, &manager);
        OpenAiChatJob sent(withoutKey, body);
        QVERIFY(runJob(sent));
        QVERIFY2(sent.succeeded(), qPrintable(describe(sent)));
        QCOMPARE(manager.requestsCreated, 1);
        QVERIFY(!m_server->requests().constLast().headers.contains("authorization"));
    }

    void configurationProblemsSendNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("message");
        QTest::newRow("no key") << QString() << QString() << "configuration error: no API key for";
        QTest::newRow("key with line break")
            << "sk-ant-abc123\r\nx-evil: 1" << QString() << "configuration error: the API key contains";
        QTest::newRow("not a URL") << "test-key"
                                   << "api.anthropic.com"
                                   << "configuration error: the base URL \"api.anthropic.com\" is not";
    }

    void configurationProblemsSendNothing()
    {
        QFETCH(QString, key);
        QFETCH(QString, baseUrl);
        QFETCH(QString, message);
        CountingNetworkManager manager;
        ApiConfig config = m_client->config();
        config.apiKey = key;
        if (!baseUrl.isEmpty())
            config.baseUrl = QUrl(baseUrl);
        ApiClient client(config, &manager);
        MessageJob job(client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Config);
        QVERIFY2(job.errorString().startsWith(message), qPrintable(job.errorString()));
        QVERIFY(!job.errorString().contains(QStringLiteral("sk-ant-abc123")));
        QCOMPARE(manager.requestsCreated, 0);
    }

    void echoedKeyIsRedacted()
    {
        m_server->enqueue("/v1/messages",
            FakeResponse::apiError(
                400, QStringLiteral("invalid_request_error"), QStringLiteral("header x-api-key: test-key is odd")));
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->message, QStringLiteral("header x-api-key: [API key] is odd"));
    }

    void redirectIsNotFollowed()
    {
        m_server->enqueue(
            "/v1/messages", FakeResponse::json(307, {}).withHeader("location", "https://elsewhere.example/v1/messages"));
        MessageJob job(*m_client, messagesRequest());
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->httpStatus, 307);
        QVERIFY2(job.errorString().contains(QStringLiteral("redirects to https://elsewhere.example/v1/messages")),
            qPrintable(job.errorString()));
        QCOMPARE(m_server->requests().size(), 1);
    }

private:
    void setTimeoutAndRetries(std::chrono::milliseconds timeout, int maxRetries)
    {
        ApiConfig config = m_client->config();
        config.timeout = timeout;
        config.retry.maxRetries = maxRetries;
        m_client->setConfig(config);
    }

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_apifaults.moc"
