// The SSE parser: the same events whatever the chunking of the stream, and no
// line break inside a field.

#include "api/sseparser.h"
#include "fuzzcheck.h"

static QList<pw::SseEvent> feedInChunks(const QByteArray &stream, quint8 seed)
{
    pw::SseParser parser;
    QList<pw::SseEvent> events;
    quint32 state = seed * 2654435761u + 1;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        state = state * 1103515245u + 12345u;
        // Mostly short chunks, so splits land inside "\r\n", the byte order
        // mark and field names; now and then an empty one.
        const qsizetype length = qMin(qsizetype((state >> 16) % 8), stream.size() - pos);
        events += parser.feed(QByteArrayView(stream).sliced(pos, length));
        pos += length;
    }
    return events;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 seed = input.takeByte();
    const QByteArray stream = input.rest();

    pw::SseParser whole;
    const QList<pw::SseEvent> events = whole.feed(stream);
    for (const pw::SseEvent &event : events) {
        FUZZ_CHECK(!event.data.contains('\r'));
        FUZZ_CHECK(!event.type.contains('\n') && !event.type.contains('\r'));
        FUZZ_CHECK(!event.id.contains('\n') && !event.id.contains('\r') && !event.id.contains('\0'));
    }

    QList<pw::SseEvent> byteByByte;
    pw::SseParser single;
    for (const char byte : stream)
        byteByByte += single.feed(QByteArrayView(&byte, 1));
    FUZZ_CHECK(byteByByte == events);

    FUZZ_CHECK(feedInChunks(stream, seed) == events);
    return 0;
}
