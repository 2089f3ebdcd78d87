#pragma once

#include "httpheaders.h"
#include "ratelimits.h"

#include <QMetaType>
#include <QString>

namespace pw {

// What went wrong with a request, at the level a caller branches on.
enum class ApiErrorKind {
    Http, // the server answered with a status outside 2xx
    Network, // no complete answer: connection refused, reset, dropped mid-body, TLS, ...
    Timeout, // the server sent nothing for longer than the configured timeout
    Canceled, // the caller canceled the job
    InvalidResponse, // a 2xx answer that is not what the endpoint returns (HTML, not JSON, wrong shape)
    ResponseTooLarge, // the answer exceeded ApiConfig::maxResponseBytes
    Stream, // an error event after the 200, or a stream that ended before its last event
    InsecureUrl, // plain http:// to a host that is not this machine: refused without sending
    Config, // nothing sent: no API key, an invalid base URL, ...
};

// "http", "network", "timeout", ...: stable names for JSON output and logs.
QString apiErrorKindName(ApiErrorKind kind);

// The Anthropic error types of the status table (spec: prompt-tools.md,
// "Errors"). Unknown wire types are classified by their HTTP status.
enum class ApiErrorCategory {
    Unknown,
    InvalidRequest, // 400 and every other 4xx without a row of its own
    Authentication, // 401
    Billing, // 402
    Permission, // 403
    NotFound, // 404
    Conflict, // 409
    RequestTooLarge, // 413
    RateLimit, // 429
    Api, // 500 and every other 5xx without a row of its own
    Timeout, // 504
    Overloaded, // 529
};

// The status table, in one place.
ApiErrorCategory errorCategoryForStatus(int httpStatus);
// Unknown for a type that is not in the table.
ApiErrorCategory errorCategoryForType(QStringView type);
// The wire name of a category ("overloaded_error"); empty for Unknown.
QString errorTypeName(ApiErrorCategory category);
// The status a category is answered with (529 for Overloaded); 0 for Unknown.
int statusForErrorCategory(ApiErrorCategory category);

struct ApiError
{
    ApiErrorKind kind = ApiErrorKind::Http;
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString type; // the error type as the server sent it ("overloaded_error"), or empty
    // A finer reason inside the type, from error.details.error_code ("enforced_spend_limit_reached"), or empty.
    QString code;
    QString message; // human-readable, one line, never contains the API key
    QString requestId; // request-id header or body field, when the server sent one
    RateLimits rateLimits;

    // From the type when the table knows it, else from the HTTP status.
    ApiErrorCategory category() const;
    // Network and timeout failures: worth telling apart from answers of the server.
    bool isConnectionProblem() const { return kind == ApiErrorKind::Network || kind == ApiErrorKind::Timeout; }
    // A 429 that waiting does not cure: the organisation's spend limit is reached.
    bool isSpendLimit() const { return code == QLatin1String("enforced_spend_limit_reached"); }

    // One line, e.g. "HTTP 529 overloaded_error: Overloaded (request req_123)".
    QString toString() const;

    static ApiError make(ApiErrorKind kind, const QString &message);

    // An answer with a status outside 2xx: reads the Anthropic error envelope
    // ({"type":"error","error":{"type","message"},"request_id"}), the OpenAI one
    // ({"error":{"message","type"}} or {"error":"..."}), or says what came back
    // instead (an HTML page by its title, an empty body, other text).
    static ApiError fromHttpResponse(int httpStatus, const QByteArray &body, const HttpHeaders &headers);

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

// A short description of a body that is not the JSON expected, e.g.
// `an HTML page ("502 Bad Gateway")`, `an empty body`, `text "upstream connect error"`.
QString describeUnexpectedBody(const QByteArray &body, const QByteArray &contentType);

} // namespace pw

Q_DECLARE_METATYPE(pw::ApiError)
