// The HTTP/1.1 request reader of the server: whole requests in any chunking,
// and each limit with the status it answers.
#include "server/httprequestparser.h"

#include <QTest>

using pw::HttpLimits;
using pw::HttpRequest;
using pw::HttpRequestParser;

namespace {

const QByteArray templatizeRequest = QByteArrayLiteral("POST /v1/experimental/templatize_prompt?x=1 HTTP/1.1\r\n"
                                                       "Host: 127.0.0.1\r\n"
                                                       "anthropic-beta: tools-2024-04-04\r\n"
                                                       "Content-Type:  application/json \r\n"
                                                       "anthropic-beta: prompt-tools-2025-04-02\r\n"
                                                       "Content-Length: 11\r\n"
                                                       "\r\n"
                                                       "{\"a\": \"b\"}\n");

HttpLimits smallLimits()
{
    HttpLimits limits;
    limits.maxRequestLineBytes = 64;
    limits.maxHeaderLineBytes = 48;
    limits.maxHeaderBytes = 120;
    limits.maxHeaderCount = 4;
    limits.maxBodyBytes = 16;
    return limits;
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void wholeRequestInAnyChunking_data()
    {
        QTest::addColumn<int>("chunkSize");
        for (int size : {1, 2, 7, 64, 4096})
            QTest::addRow("%d-byte chunks", size) << size;
    }

    void wholeRequestInAnyChunking()
    {
        QFETCH(int, chunkSize);
        HttpRequestParser parser;
        QByteArray buffer;
        HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
        for (qsizetype at = 0; at < templatizeRequest.size(); at += chunkSize) {
            QCOMPARE(state, HttpRequestParser::State::NeedMore);
            buffer += templatizeRequest.mid(at, chunkSize);
            state = parser.feed(buffer);
        }
        QCOMPARE(state, HttpRequestParser::State::Complete);
        const HttpRequest request = parser.takeRequest();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/experimental/templatize_prompt"));
        QCOMPARE(request.target, QByteArray("/v1/experimental/templatize_prompt?x=1"));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.header("anthropic-beta"), QByteArray("tools-2024-04-04, prompt-tools-2025-04-02"));
        QCOMPARE(request.body, QByteArray("{\"a\": \"b\"}\n"));
        QVERIFY(request.keepAlive());
        QVERIFY(buffer.isEmpty());
    }

    void pipelinedRequestsStayInTheBuffer()
    {
        HttpRequestParser parser;
        QByteArray buffer = templatizeRequest + "GET /healthz HTTP/1.0\n\n" + "GET /nex";
        QCOMPARE(parser.feed(buffer), HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().body.size(), 11);
        QCOMPARE(parser.feed(buffer), HttpRequestParser::State::Complete);
        const HttpRequest second = parser.takeRequest();
        QCOMPARE(second.path, QByteArray("/healthz"));
        QVERIFY(!second.keepAlive()); // HTTP/1.0
        QCOMPARE(parser.feed(buffer), HttpRequestParser::State::NeedMore);
        QVERIFY(parser.hasStarted());
    }

    void keepAlive_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("HTTP/1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
        QTest::newRow("HTTP/1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: keep-alive, Close\r\n\r\n") << false;
        QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::newRow("HTTP/1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
    }

    void keepAlive()
    {
        QFETCH(QByteArray, request);
        QFETCH(bool, keepAlive);
        HttpRequestParser parser;
        QCOMPARE(parser.feed(request), HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().keepAlive(), keepAlive);
    }

    void expectContinueWaitsForTheBody()
    {
        HttpRequestParser parser;
        QByteArray buffer("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
        QCOMPARE(parser.feed(buffer), HttpRequestParser::State::NeedMore);
        QVERIFY(parser.awaitingBody());
        QCOMPARE(parser.pending().header("expect"), QByteArray("100-continue"));
        buffer = "abc";
        QCOMPARE(parser.feed(buffer), HttpRequestParser::State::Complete);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("request line too long")
            << QByteArray("GET /" + QByteArray(80, 'a')) << 414 << QStringLiteral("request line");
        QTest::newRow("header line too long")
            << QByteArray("GET / HTTP/1.1\r\nx-long: " + QByteArray(60, 'a') + "\r\n") << 431 << QStringLiteral("header line");
        QTest::newRow("too many headers") << QByteArray("GET / HTTP/1.1\r\na: 1\r\nb: 2\r\nc: 3\r\nd: 4\r\ne: 5\r\n") << 431
                                          << QStringLiteral("header lines");
        QTest::newRow("headers too large") << QByteArray("GET / HTTP/1.1\r\na: " + QByteArray(40, 'a')
            + "\r\nb: " + QByteArray(40, 'b') + "\r\nc: " + QByteArray(40, 'c') + "\r\n")
                                           << 431 << QStringLiteral("headers are larger");
        QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 17\r\n\r\n") << 413
                                        << QStringLiteral("17 bytes");
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 411
                                 << QStringLiteral("Content-Length");
        QTest::newRow("bad content-length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << 400
                                            << QStringLiteral("content-length");
        QTest::newRow("conflicting content-length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400
            << QStringLiteral("content-length");
        QTest::newRow("negative content-length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400 << QStringLiteral("content-length");
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n") << 505 << QStringLiteral("HTTP/2.0");
        QTest::newRow("not HTTP") << QByteArray("hello there\r\n") << 400 << QStringLiteral("malformed request line");
        QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n") << 400 << QStringLiteral("starting with /");
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\na: 1\r\n  2\r\n") << 400 << QStringLiteral("folded");
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\na : 1\r\n") << 400
                                            << QStringLiteral("malformed header");
        QTest::newRow("control character in value")
            << QByteArray("GET / HTTP/1.1\r\na: 1\x01\r\n", 23) << 400 << QStringLiteral("control characters");
    }

    void refused()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        HttpRequestParser parser(smallLimits());
        QByteArray buffer = input;
        QCOMPARE(parser.feed(buffer), HttpRequestParser::State::Failed);
        QCOMPARE(parser.failureStatus(), status);
        QVERIFY2(parser.failureMessage().contains(messagePart), qPrintable(parser.failureMessage()));
        // A failed parser stays failed: the connection is closed after the answer.
        QByteArray more("GET / HTTP/1.1\r\n\r\n");
        QCOMPARE(parser.feed(more), HttpRequestParser::State::Failed);
    }

    void withinTheLimitsIsAccepted()
    {
        HttpRequestParser parser(smallLimits());
        QByteArray buffer("POST /x HTTP/1.1\r\nContent-Length: 16\r\n\r\n" + QByteArray(16, 'b'));
        QCOMPARE(parser.feed(buffer), HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().body, QByteArray(16, 'b'));
    }
};

QTEST_APPLESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
