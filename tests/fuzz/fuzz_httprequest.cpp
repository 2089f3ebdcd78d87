// The server's HTTP/1.1 request reader: the same requests (or the same
// refusal) whatever the chunking of the stream, and every request it hands
// out within the limits. The first input byte picks the chunking.

#include "fuzzcheck.h"
#include "server/httprequestparser.h"

#include <cstdint>
#include <cstdlib>

namespace {

struct Outcome
{
    QList<pw::HttpRequest> requests;
    int failureStatus = 0;
};

bool sameRequest(const pw::HttpRequest &a, const pw::HttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path && a.minorVersion == b.minorVersion
        && a.headers == b.headers && a.body == b.body;
}

pw::HttpLimits fuzzLimits()
{
    pw::HttpLimits limits;
    limits.maxRequestLineBytes = 256;
    limits.maxHeaderLineBytes = 128;
    limits.maxHeaderBytes = 512;
    limits.maxHeaderCount = 8;
    limits.maxBodyBytes = 1024;
    return limits;
}

Outcome feedInChunks(const QByteArray &stream, quint32 seed)
{
    pw::HttpRequestParser parser(fuzzLimits());
    Outcome outcome;
    QByteArray buffer;
    quint32 state = seed * 2654435761u + 1;
    qsizetype pos = 0;
    while (true) {
        const pw::HttpRequestParser::State result = parser.feed(buffer);
        if (result == pw::HttpRequestParser::State::Complete) {
            outcome.requests.append(parser.takeRequest());
            continue;
        }
        if (result == pw::HttpRequestParser::State::Failed) {
            outcome.failureStatus = parser.failureStatus();
            FUZZ_CHECK(!parser.failureMessage().isEmpty());
            return outcome;
        }
        if (pos >= stream.size())
            return outcome;
        state = state * 1103515245u + 12345u;
        const qsizetype length = seed == 0 ? stream.size() : qMin(qsizetype((state >> 16) % 9), stream.size() - pos);
        buffer.append(stream.constData() + pos, length);
        pos += length;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const Outcome whole = feedInChunks(stream, 0);
    const Outcome chunked = feedInChunks(stream, data[0] + 1);

    FUZZ_CHECK(whole.failureStatus == chunked.failureStatus);
    FUZZ_CHECK(whole.requests.size() == chunked.requests.size());
    const pw::HttpLimits limits = fuzzLimits();
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        const pw::HttpRequest &request = whole.requests[i];
        FUZZ_CHECK(sameRequest(request, chunked.requests[i]));
        FUZZ_CHECK(request.path.startsWith('/'));
        FUZZ_CHECK(request.headers.size() <= limits.maxHeaderCount);
        FUZZ_CHECK(request.body.size() <= limits.maxBodyBytes);
        if (!request.body.isEmpty())
            FUZZ_CHECK(request.header("content-length").split(',').constFirst().trimmed().toLongLong() == request.body.size());
        for (const auto &[name, value] : request.headers) {
            FUZZ_CHECK(!name.isEmpty() && name == name.toLower());
            FUZZ_CHECK(!value.contains('\r') && !value.contains('\n'));
        }
    }
    return 0;
}
