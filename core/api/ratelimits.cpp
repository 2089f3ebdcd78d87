#include "ratelimits.h"

namespace pw {

namespace {

std::optional<qint64> readCount(const HttpHeaders &headers, const QByteArray &name)
{
    bool ok = false;
    const qint64 value = headerValue(headers, name).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

RateLimit readBucket(const HttpHeaders &headers, const char *bucket)
{
    const QByteArray prefix = QByteArray("anthropic-ratelimit-") + bucket;
    RateLimit limit;
    limit.limit = readCount(headers, prefix + "-limit");
    limit.remaining = readCount(headers, prefix + "-remaining");
    const QByteArray reset = headerValue(headers, QByteArray(prefix + "-reset"));
    if (!reset.isEmpty())
        limit.reset = QDateTime::fromString(QString::fromLatin1(reset), Qt::ISODateWithMs);
    return limit;
}

} // namespace

RateLimits RateLimits::fromHeaders(const HttpHeaders &headers)
{
    RateLimits limits;
    limits.requests = readBucket(headers, "requests");
    limits.tokens = readBucket(headers, "tokens");
    limits.inputTokens = readBucket(headers, "input-tokens");
    limits.outputTokens = readBucket(headers, "output-tokens");
    return limits;
}

} // namespace pw
