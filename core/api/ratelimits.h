#pragma once

#include "httpheaders.h"

#include <QDateTime>

#include <optional>

namespace pw {

// One anthropic-ratelimit-<bucket>-{limit,remaining,reset} triple.
struct RateLimit
{
    std::optional<qint64> limit;
    std::optional<qint64> remaining;
    QDateTime reset; // invalid when not sent

    bool isKnown() const { return limit || remaining || reset.isValid(); }
    friend bool operator==(const RateLimit &, const RateLimit &) = default;
};

// What the server says is left of the rate limits, from the response headers.
// Headers that are missing or malformed leave their field unknown.
struct RateLimits
{
    RateLimit requests;
    RateLimit tokens;
    RateLimit inputTokens;
    RateLimit outputTokens;

    bool isEmpty() const { return !requests.isKnown() && !tokens.isKnown() && !inputTokens.isKnown() && !outputTokens.isKnown(); }
    static RateLimits fromHeaders(const HttpHeaders &headers);
    friend bool operator==(const RateLimits &, const RateLimits &) = default;
};

} // namespace pw
