#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace pw {

namespace {

using namespace std::chrono_literals;

constexpr std::chrono::milliseconds longestServerDelay = 60s;

std::optional<double> parseNumber(const QByteArray &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

// An HTTP date (IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT"); Qt's RFC 2822
// reader wants a numeric zone.
QDateTime parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).trimmed();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

std::optional<std::chrono::milliseconds> readServerDelay(const HttpHeaders &headers, const QDateTime &now)
{
    if (const std::optional<double> ms = parseNumber(headerValue(headers, "retry-after-ms")))
        return std::chrono::milliseconds(std::llround(std::clamp(*ms, -1e12, 1e12)));
    const QByteArray retryAfter = headerValue(headers, "retry-after");
    if (retryAfter.isEmpty())
        return std::nullopt;
    if (const std::optional<double> seconds = parseNumber(retryAfter))
        return std::chrono::milliseconds(std::llround(std::clamp(*seconds, -1e9, 1e9) * 1000));
    const QDateTime date = parseHttpDate(retryAfter);
    if (!date.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(now.msecsTo(date));
}

} // namespace

bool isRetryable(const ApiError &error, const HttpHeaders &headers)
{
    switch (error.kind) {
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
        return true;
    case ApiErrorKind::Http: {
        // Waiting does not lift a spend limit, whatever the headers say.
        if (error.isSpendLimit())
            return false;
        const QByteArray shouldRetry = headerValue(headers, "x-should-retry").toLower();
        if (shouldRetry == "true")
            return true;
        if (shouldRetry == "false")
            return false;
        const int status = error.httpStatus;
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }
    default:
        return false;
    }
}

std::optional<std::chrono::milliseconds> serverRetryDelay(const HttpHeaders &headers, const QDateTime &now)
{
    const std::optional<std::chrono::milliseconds> delay = readServerDelay(headers, now);
    if (!delay || *delay < 0ms || *delay > longestServerDelay)
        return std::nullopt;
    return delay;
}

std::chrono::milliseconds backoffDelay(const RetryPolicy &policy, int retriesDone, double jitter)
{
    const double exponent = std::clamp(retriesDone, 0, 1000);
    const double uncapped = double(policy.initialDelay.count()) * std::pow(2.0, exponent);
    const double capped = std::min(uncapped, double(policy.maxDelay.count()));
    return std::chrono::milliseconds(std::llround(capped * std::clamp(jitter, 0.0, 1.0)));
}

RetryDecision decideRetry(const RetryPolicy &policy, int retriesDone, const ApiError &error, const HttpHeaders &headers,
    const QDateTime &now, double jitter)
{
    if (retriesDone >= policy.maxRetries || !isRetryable(error, headers))
        return {};
    const std::optional<std::chrono::milliseconds> advised = serverRetryDelay(headers, now);
    return {true, advised ? *advised : backoffDelay(policy, retriesDone, jitter)};
}

double randomRetryJitter()
{
    // generateDouble() is in [0, 1), so this is in (0.75, 1].
    return 1.0 - 0.25 * QRandomGenerator::global()->generateDouble();
}

} // namespace pw
