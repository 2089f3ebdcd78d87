#pragma once

#include "apierror.h"
#include "httpheaders.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace pw {

// When and how long to wait before trying a failed request again, as the
// official SDKs do (spec: prompt-tools.md, "Retries"). Pure functions: the
// transport asks decideRetry() and nothing else.
struct RetryPolicy
{
    int maxRetries = 2;
    // Backoff without server advice: min(initialDelay * 2^n, maxDelay) * jitter.
    std::chrono::milliseconds initialDelay {500};
    std::chrono::milliseconds maxDelay {8000};
};

struct RetryDecision
{
    bool retry = false;
    std::chrono::milliseconds delay {0};
    friend bool operator==(const RetryDecision &, const RetryDecision &) = default;
};

// Connection failures, timeouts, 408, 409, 429 and every status >= 500;
// an x-should-retry: true|false header on an HTTP answer overrides the status.
// A spend-limit 429 (enforced_spend_limit_reached) is never retried.
// Everything else (canceled, invalid response, stream errors, ...) is final.
bool isRetryable(const ApiError &error, const HttpHeaders &headers);

// The server's advice: retry-after-ms, else retry-after (seconds, or an HTTP
// date measured from now). nullopt when absent, unreadable or outside 0..60 s.
std::optional<std::chrono::milliseconds> serverRetryDelay(const HttpHeaders &headers, const QDateTime &now);

// min(initialDelay * 2^retriesDone, maxDelay) * jitter; jitter is in (0.75, 1].
std::chrono::milliseconds backoffDelay(const RetryPolicy &policy, int retriesDone, double jitter);

// retriesDone: how many retries were already made for this request (0 after the first attempt).
RetryDecision decideRetry(const RetryPolicy &policy, int retriesDone, const ApiError &error, const HttpHeaders &headers,
    const QDateTime &now, double jitter);

// A random jitter in (0.75, 1].
double randomRetryJitter();

} // namespace pw
