#include "api/sseparser.h"
#include "streamtestdata.h"

#include <QTest>

using namespace pw;

Q_DECLARE_METATYPE(QList<pw::SseEvent>)

namespace QTest {
template<>
char *toString(const SseEvent &event)
{
    return qstrdup(QByteArray("SseEvent(type=" + event.type + ", data=" + event.data + ", id=" + event.id + ")").constData());
}
} // namespace QTest

namespace {

SseEvent sseEvent(const QByteArray &type, const QByteArray &data, const QByteArray &id = {})
{
    SseEvent e;
    e.type = type;
    e.data = data;
    e.id = id;
    return e;
}

QList<SseEvent> parseInChunks(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    SseParser parser;
    QList<SseEvent> events;
    qsizetype start = 0;
    for (const qsizetype cut : cuts) {
        events += parser.feed(QByteArrayView(stream).sliced(start, cut - start));
        start = cut;
    }
    events += parser.feed(QByteArrayView(stream).sliced(start));
    return events;
}

const QList<QByteArray> documentedTypes = {"message_start", "content_block_start", "ping", "content_block_delta",
    "content_block_delta", "content_block_stop", "message_delta", "message_stop"};

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<SseEvent>>("events");

        QTest::newRow("lf") << QByteArray("event: a\ndata: 1\n\nevent: b\ndata: 2\n\n")
                            << QList {sseEvent("a", "1"), sseEvent("b", "2")};
        QTest::newRow("crlf") << QByteArray("event: a\r\ndata: 1\r\n\r\nevent: b\r\ndata: 2\r\n\r\n")
                              << QList {sseEvent("a", "1"), sseEvent("b", "2")};
        QTest::newRow("cr") << QByteArray("event: a\rdata: 1\r\revent: b\rdata: 2\r\r")
                            << QList {sseEvent("a", "1"), sseEvent("b", "2")};
        QTest::newRow("mixed endings") << QByteArray("event: a\r\ndata: 1\n\revent: b\rdata: 2\r\n\n")
                                       << QList {sseEvent("a", "1"), sseEvent("b", "2")};
        QTest::newRow("multi-line data") << QByteArray("data: first\ndata: second\ndata:\ndata: fourth\n\n")
                                         << QList {sseEvent("message", "first\nsecond\n\nfourth")};
        QTest::newRow("no space after colon") << QByteArray("event:x\ndata:{\"a\":1}\n\n") << QList {sseEvent("x", "{\"a\":1}")};
        QTest::newRow("only one space removed") << QByteArray("data:  two\n\n") << QList {sseEvent("message", " two")};
        QTest::newRow("comments") << QByteArray(": keep-alive\n:another\nevent: a\n: in between\ndata: 1\n\n: trailing\n\n")
                                  << QList {sseEvent("a", "1")};
        QTest::newRow("default type") << QByteArray("data: x\n\n") << QList {sseEvent("message", "x")};
        QTest::newRow("event without data is not dispatched")
            << QByteArray("event: lonely\n\ndata: y\n\n") << QList {sseEvent("message", "y")};
        QTest::newRow("empty data is dispatched") << QByteArray("event: e\ndata\n\n") << QList {sseEvent("e", "")};
        QTest::newRow("type resets per event")
            << QByteArray("event: a\ndata: 1\n\ndata: 2\n\n") << QList {sseEvent("a", "1"), sseEvent("message", "2")};
        QTest::newRow("id persists") << QByteArray("id: 7\ndata: 1\n\ndata: 2\n\nid\ndata: 3\n\n")
                                     << QList {sseEvent("message", "1", "7"), sseEvent("message", "2", "7"),
                                            sseEvent("message", "3", "")};
        QTest::newRow("unknown fields and retry ignored")
            << QByteArray("retry: 10\nfoo: bar\ndata: 1\n\n") << QList {sseEvent("message", "1")};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "data: 1\n\n")
                             << QList {sseEvent("message", "1")};
        QTest::newRow("only first bom") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                      "data: 1\n\n")
                                        << QList<SseEvent> {};
        QTest::newRow("blank lines before") << QByteArray("\n\n\r\ndata: 1\n\n") << QList {sseEvent("message", "1")};
        QTest::newRow("openai done") << QByteArray("data: {\"x\":1}\n\ndata: [DONE]\n\n")
                                     << QList {sseEvent("message", "{\"x\":1}"), sseEvent("message", "[DONE]")};
        QTest::newRow("utf-8 kept") << QByteArray("data: gr\xC3\xBC\xC3\x9F \xF0\x9F\x91\x8B\n\n")
                                    << QList {sseEvent("message", "gr\xC3\xBC\xC3\x9F \xF0\x9F\x91\x8B")};
        QTest::newRow("incomplete event dropped") << QByteArray("data: 1\n\ndata: 2\n") << QList {sseEvent("message", "1")};
        QTest::newRow("nothing") << QByteArray() << QList<SseEvent> {};
    }

    void parses()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<SseEvent>, events);
        QCOMPARE(parseInChunks(stream, {}), events);
    }

    // The same stream, cut at every byte and fed byte by byte, gives the same events.
    void chunkBoundariesAnywhere()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<SseEvent>, events);
        for (qsizetype cut = 0; cut <= stream.size(); ++cut)
            QVERIFY2(parseInChunks(stream, {cut}) == events, qPrintable(QStringLiteral("cut at byte %1").arg(cut)));
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < stream.size(); ++i)
            everyByte.append(i);
        QCOMPARE(parseInChunks(stream, everyByte), events);
    }

    void chunkBoundariesAnywhere_data() { parses_data(); }

    void documentedStream_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("lf") << test::documentedStream;
        QTest::newRow("crlf") << QByteArray(test::documentedStream).replace("\n", "\r\n");
        QTest::newRow("cr") << QByteArray(test::documentedStream).replace("\n", "\r");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF") + test::documentedStream;
    }

    // Every split into two chunks, and every split into three around a second cut.
    void documentedStream()
    {
        QFETCH(QByteArray, stream);
        const QList<SseEvent> whole = parseInChunks(stream, {});
        QCOMPARE(whole.size(), documentedTypes.size());
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(whole[i].type, documentedTypes[i]);
            QVERIFY(whole[i].data.startsWith(QByteArray("{\"type\": \"" + documentedTypes[i] + "\"")));
        }
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            QVERIFY2(parseInChunks(stream, {cut}) == whole, qPrintable(QStringLiteral("cut at byte %1").arg(cut)));
            const qsizetype second = std::min(stream.size(), cut + 1 + cut % 37);
            QVERIFY2(
                parseInChunks(stream, {cut, second}) == whole, qPrintable(QStringLiteral("cuts at %1, %2").arg(cut).arg(second)));
        }
    }

    void resetForgetsPartialInput()
    {
        SseParser parser;
        QVERIFY(parser.feed("event: message_stop\ndata: {}").isEmpty());
        parser.reset();
        QVERIFY(parser.feed("\n\n").isEmpty());
        QCOMPARE(parser.feed("data: 1\n\n").size(), 1);
    }

    // A CR at the end of one chunk and an LF at the start of the next are one line ending.
    void crLfSplitAcrossChunks()
    {
        SseParser parser;
        QVERIFY(parser.feed("data: 1\r").isEmpty());
        QCOMPARE(parser.feed("\n\r").size(), 1);
        QVERIFY(parser.feed("\ndata: 2\r\n").isEmpty());
        QCOMPARE(parser.feed("\r\n"), QList {sseEvent("message", "2")});
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
