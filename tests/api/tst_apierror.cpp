#include "api/apierror.h"
#include "api/ratelimits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pw;

namespace {

QByteArray envelope(const QString &type, const QString &message, const QString &requestId = QStringLiteral("req_body_1"))
{
    const QJsonObject body {{QStringLiteral("type"), QStringLiteral("error")},
        {QStringLiteral("error"), QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("message"), message}}},
        {QStringLiteral("request_id"), requestId}};
    return QJsonDocument(body).toJson();
}

const HttpHeaders jsonHeaders = {{"content-type", "application/json"}};

} // namespace

Q_DECLARE_METATYPE(pw::ApiErrorCategory)
Q_DECLARE_METATYPE(pw::ApiErrorKind)

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void statusTable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<ApiErrorCategory>("category");
        QTest::newRow("400") << 400 << "invalid_request_error" << ApiErrorCategory::InvalidRequest;
        QTest::newRow("401") << 401 << "authentication_error" << ApiErrorCategory::Authentication;
        QTest::newRow("402") << 402 << "billing_error" << ApiErrorCategory::Billing;
        QTest::newRow("403") << 403 << "permission_error" << ApiErrorCategory::Permission;
        QTest::newRow("404") << 404 << "not_found_error" << ApiErrorCategory::NotFound;
        QTest::newRow("409") << 409 << "conflict_error" << ApiErrorCategory::Conflict;
        QTest::newRow("413") << 413 << "request_too_large" << ApiErrorCategory::RequestTooLarge;
        QTest::newRow("429") << 429 << "rate_limit_error" << ApiErrorCategory::RateLimit;
        QTest::newRow("500") << 500 << "api_error" << ApiErrorCategory::Api;
        QTest::newRow("504") << 504 << "timeout_error" << ApiErrorCategory::Timeout;
        QTest::newRow("529") << 529 << "overloaded_error" << ApiErrorCategory::Overloaded;
    }

    // Every row of the spec's table, read from the envelope and from the status alone.
    void statusTable()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(ApiErrorCategory, category);

        QCOMPARE(errorCategoryForStatus(status), category);
        QCOMPARE(errorCategoryForType(type), category);
        QCOMPARE(errorTypeName(category), type);

        const ApiError fromBody = ApiError::fromHttpResponse(status, envelope(type, QStringLiteral("Something")), jsonHeaders);
        QCOMPARE(fromBody.kind, ApiErrorKind::Http);
        QCOMPARE(fromBody.httpStatus, status);
        QCOMPARE(fromBody.type, type);
        QCOMPARE(fromBody.message, QStringLiteral("Something"));
        QCOMPARE(fromBody.category(), category);

        const ApiError withoutBody = ApiError::fromHttpResponse(status, QByteArray(), {});
        QVERIFY(withoutBody.type.isEmpty());
        QCOMPARE(withoutBody.category(), category);
        QCOMPARE(withoutBody.message, QStringLiteral("the server answered with an empty body"));
    }

    void statusesOutsideTheTable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiErrorCategory>("category");
        QTest::newRow("405") << 405 << ApiErrorCategory::InvalidRequest;
        QTest::newRow("408") << 408 << ApiErrorCategory::InvalidRequest;
        QTest::newRow("422") << 422 << ApiErrorCategory::InvalidRequest;
        QTest::newRow("502") << 502 << ApiErrorCategory::Api;
        QTest::newRow("503") << 503 << ApiErrorCategory::Api;
        QTest::newRow("599") << 599 << ApiErrorCategory::Api;
        QTest::newRow("302") << 302 << ApiErrorCategory::Unknown;
        QTest::newRow("200") << 200 << ApiErrorCategory::Unknown;
    }

    void statusesOutsideTheTable()
    {
        QFETCH(int, status);
        QFETCH(ApiErrorCategory, category);
        QCOMPARE(errorCategoryForStatus(status), category);
    }

    void unknownTypeIsKeptAndClassifiedByStatus()
    {
        const ApiError error = ApiError::fromHttpResponse(
            429, envelope(QStringLiteral("quota_wobble_error"), QStringLiteral("Slow down")), jsonHeaders);
        QCOMPARE(error.type, QStringLiteral("quota_wobble_error"));
        QCOMPARE(errorCategoryForType(error.type), ApiErrorCategory::Unknown);
        QCOMPARE(error.category(), ApiErrorCategory::RateLimit);
        QCOMPARE(error.toString(), QStringLiteral("HTTP 429 quota_wobble_error: Slow down (request req_body_1)"));
    }

    // Anthropic's documented example (a 404), typed again as test data.
    void documentedNotFoundExample()
    {
        const QByteArray body = R"({
          "type": "error",
          "error": {"type": "not_found_error", "message": "The requested resource could not be found."},
          "request_id": "req_011CSHoEeqs5C35K2UUqR7Fy"
        })";
        const ApiError error = ApiError::fromHttpResponse(404, body, jsonHeaders);
        QCOMPARE(error.category(), ApiErrorCategory::NotFound);
        QCOMPARE(error.requestId, QStringLiteral("req_011CSHoEeqs5C35K2UUqR7Fy"));
        QCOMPARE(error.toString(),
            QStringLiteral(
                "HTTP 404 not_found_error: The requested resource could not be found. (request req_011CSHoEeqs5C35K2UUqR7Fy)"));
    }

    void errorDetailsCodeIsRead()
    {
        const QByteArray body = R"({"type": "error", "error": {"type": "rate_limit_error",
            "message": "You have reached your specified API usage limits.",
            "details": {"error_code": "enforced_spend_limit_reached"}}, "request_id": "req_spend_1"})";
        const ApiError error = ApiError::fromHttpResponse(429, body, jsonHeaders);
        QCOMPARE(error.code, QStringLiteral("enforced_spend_limit_reached"));
        QVERIFY(error.isSpendLimit());
        QCOMPARE(error.category(), ApiErrorCategory::RateLimit);

        const ApiError plain = ApiError::fromHttpResponse(
            429, envelope(QStringLiteral("rate_limit_error"), QStringLiteral("Slow down")), jsonHeaders);
        QVERIFY(plain.code.isEmpty());
        QVERIFY(!plain.isSpendLimit());
    }

    void requestIdHeaderWinsOverBody()
    {
        const HttpHeaders headers = {{"Content-Type", "application/json"}, {"Request-Id", "req_header_9"}};
        const ApiError error = ApiError::fromHttpResponse(
            529, envelope(QStringLiteral("overloaded_error"), QStringLiteral("Overloaded")), headers);
        QCOMPARE(error.requestId, QStringLiteral("req_header_9"));
        QCOMPARE(error.toString(), QStringLiteral("HTTP 529 overloaded_error: Overloaded (request req_header_9)"));

        const ApiError openAi = ApiError::fromHttpResponse(500, "{}", {{"x-request-id", "abc-1"}});
        QCOMPARE(openAi.requestId, QStringLiteral("abc-1"));
    }

    void unexpectedBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");

        QTest::newRow("html page with title") << 502 << QByteArray("text/html")
                                              << QByteArray("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
                                                            "<body><h1>Bad Gateway</h1></body></html>")
                                              << "the server answered with an HTML page (\"502 Bad Gateway\") instead of JSON";
        QTest::newRow("html title over lines, entities")
            << 503 << QByteArray("text/html; charset=utf-8")
            << QByteArray("<html><head><TITLE lang=en>\n  Service &amp; Co &#8211;\n  down "
                          "</TITLE></head></html>")
            << QString::fromUtf8("the server answered with an HTML page (\"Service & Co – down\") instead of JSON");
        QTest::newRow("html without title uses h1")
            << 403 << QByteArray() << QByteArray("<html><body><h1>Access <b>denied</b></h1></body></html>")
            << "the server answered with an HTML page (\"Access denied\") instead of JSON";
        QTest::newRow("html without title or h1") << 502 << QByteArray("text/html") << QByteArray("<p>nope</p>")
                                                  << "the server answered with an HTML page instead of JSON";
        QTest::newRow("empty") << 503 << QByteArray("application/json") << QByteArray()
                               << "the server answered with an empty body";
        QTest::newRow("whitespace") << 500 << QByteArray() << QByteArray(" \r\n\t ") << "the server answered with an empty body";
        QTest::newRow("plain text")
            << 502 << QByteArray("text/plain")
            << QByteArray("upstream connect error or disconnect/reset before headers\nreset reason: overflow")
            << "the server answered with text that is not JSON: \"upstream connect error or disconnect/reset "
               "before headers reset reason: overflow\"";
        QTest::newRow("truncated json") << 500 << QByteArray("application/json") << QByteArray("{\"type\":\"error\",\"err")
                                        << "the server answered with text that is not JSON: \"{\"type\":\"error\",\"err\"";
        QTest::newRow("json array") << 500 << QByteArray("application/json") << QByteArray("[1, 2]")
                                    << "unexpected JSON body: [1, 2]";
        QTest::newRow("json of another shape") << 418 << QByteArray("application/json") << QByteArray("{\"teapot\": true}")
                                               << "unexpected JSON body: {\"teapot\": true}";
        QTest::newRow("binary") << 500 << QByteArray("application/octet-stream") << QByteArray("\x00\x01\xff\xfe\nabc", 8)
                                << QString::fromUtf8("the server answered with text that is not JSON: \"\uFFFD\uFFFD abc\"");
    }

    void unexpectedBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);

        HttpHeaders headers;
        if (!contentType.isEmpty())
            headers.append({"content-type", contentType});
        const ApiError error = ApiError::fromHttpResponse(status, body, headers);
        QCOMPARE(error.kind, ApiErrorKind::Http);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.message, message);
        QCOMPARE(error.category(), errorCategoryForStatus(status));
        QVERIFY(!error.toString().contains(QLatin1Char('\n')));
        QVERIFY(error.toString().startsWith(QStringLiteral("HTTP %1: ").arg(status)));
    }

    void longTextIsShortened()
    {
        const ApiError error = ApiError::fromHttpResponse(500, QByteArray(5000, 'x'), {});
        QVERIFY(error.message.size() < 300);
        QVERIFY(error.message.endsWith(QStringLiteral("…\"")));
    }

    void serverMessagesBecomeOneLine()
    {
        const ApiError error = ApiError::fromHttpResponse(
            400, envelope(QStringLiteral("invalid_request_error"), QStringLiteral("line one\nline two\ttab")), {});
        QCOMPARE(error.message, QStringLiteral("line one line two tab"));
    }

    void openAiEnvelopes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<ApiErrorCategory>("category");
        // A type the table knows decides the category, even beside another status.
        QTest::newRow("openai object")
            << 401
            << QByteArray(
                   R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})")
            << "invalid_request_error"
            << "Incorrect API key provided" << ApiErrorCategory::InvalidRequest;
        QTest::newRow("openai server error")
            << 500 << QByteArray(R"({"error":{"message":"boom","type":"server_error"}})") << "server_error"
            << "boom" << ApiErrorCategory::Api;
        QTest::newRow("code only") << 429 << QByteArray(R"({"error":{"code":"rate_limit_exceeded"}})") << QString()
                                   << "rate_limit_exceeded" << ApiErrorCategory::RateLimit;
        QTest::newRow("ollama string") << 404 << QByteArray(R"({"error":"model 'llama9' not found, try pulling it first"})")
                                       << QString() << "model 'llama9' not found, try pulling it first"
                                       << ApiErrorCategory::NotFound;
        QTest::newRow("message field") << 502 << QByteArray(R"({"message":"Bad gateway"})") << QString() << "Bad gateway"
                                       << ApiErrorCategory::Api;
        QTest::newRow("fastapi detail") << 422 << QByteArray(R"({"detail":"Field required"})") << QString() << "Field required"
                                        << ApiErrorCategory::InvalidRequest;
    }

    void openAiEnvelopes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(ApiErrorCategory, category);
        const ApiError error = ApiError::fromHttpResponse(status, body, jsonHeaders);
        QCOMPARE(error.type, type);
        QCOMPARE(error.message, message);
        QCOMPARE(error.category(), category);
    }

    void redirectIsNamed()
    {
        const HttpHeaders headers = {{"location", "https://user:secret@other.example/v1/messages?token=abc"}};
        const ApiError error = ApiError::fromHttpResponse(307, QByteArray(), headers);
        QVERIFY2(error.message.contains(QStringLiteral("https://other.example/v1/messages")), qPrintable(error.message));
        QVERIFY(!error.message.contains(QStringLiteral("secret")));
        QVERIFY(!error.message.contains(QStringLiteral("token=abc")));
    }

    void toStringOfEveryKind_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("text");
        const auto make
            = [](ApiErrorKind kind, int status, const QString &type, const QString &message, const QString &requestId) {
                  ApiError error = ApiError::make(kind, message);
                  error.httpStatus = status;
                  error.type = type;
                  error.requestId = requestId;
                  return error;
              };
        QTest::newRow("http") << make(
            ApiErrorKind::Http, 529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"), QStringLiteral("req_123"))
                              << "HTTP 529 overloaded_error: Overloaded (request req_123)";
        QTest::newRow("http without type") << make(
            ApiErrorKind::Http, 502, QString(), QStringLiteral("the server answered with an empty body"), QString())
                                           << "HTTP 502: the server answered with an empty body";
        QTest::newRow("network") << make(
            ApiErrorKind::Network, 0, QString(), QStringLiteral("127.0.0.1:9 refused the connection"), QString())
                                 << "network error: 127.0.0.1:9 refused the connection";
        QTest::newRow("timeout") << make(ApiErrorKind::Timeout, 0, QString(), QStringLiteral("no answer within 10 s"), QString())
                                 << "timeout: no answer within 10 s";
        QTest::newRow("canceled") << make(ApiErrorKind::Canceled, 0, QString(), QStringLiteral("the request was canceled"),
            QString()) << "canceled: the request was canceled";
        QTest::newRow("invalid response") << make(
            ApiErrorKind::InvalidResponse, 200, QString(), QStringLiteral("content: missing"), QStringLiteral("req_7"))
                                          << "invalid response (HTTP 200): content: missing (request req_7)";
        QTest::newRow("too large") << make(ApiErrorKind::ResponseTooLarge, 200, QString(), QStringLiteral("over 1 MiB"),
            QString()) << "response too large: over 1 MiB";
        QTest::newRow("stream") << make(
            ApiErrorKind::Stream, 200, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"), QStringLiteral("req_8"))
                                << "stream error overloaded_error: Overloaded (request req_8)";
        QTest::newRow("insecure") << make(ApiErrorKind::InsecureUrl, 0, QString(), QStringLiteral("use https"), QString())
                                  << "insecure URL: use https";
        QTest::newRow("config") << make(ApiErrorKind::Config, 0, QString(), QStringLiteral("no API key"), QString())
                                << "configuration error: no API key";
    }

    void toStringOfEveryKind()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, text);
        QCOMPARE(error.toString(), text);
        QVERIFY(!apiErrorKindName(error.kind).isEmpty());
    }

    void connectionProblems()
    {
        QVERIFY(ApiError::make(ApiErrorKind::Network, QString()).isConnectionProblem());
        QVERIFY(ApiError::make(ApiErrorKind::Timeout, QString()).isConnectionProblem());
        QVERIFY(!ApiError::make(ApiErrorKind::Http, QString()).isConnectionProblem());
        QVERIFY(!ApiError::make(ApiErrorKind::Stream, QString()).isConnectionProblem());
    }

    void rateLimitHeaders()
    {
        const HttpHeaders headers = {
            {"anthropic-ratelimit-requests-limit", "50"},
            {"anthropic-ratelimit-requests-remaining", "49"},
            {"anthropic-ratelimit-requests-reset", "2026-11-22T10:00:30Z"},
            {"Anthropic-RateLimit-Tokens-Limit", "100000"},
            {"anthropic-ratelimit-tokens-remaining", "not a number"},
            {"anthropic-ratelimit-input-tokens-remaining", "-5"},
            {"anthropic-ratelimit-output-tokens-reset", "tomorrow"},
        };
        const RateLimits limits = RateLimits::fromHeaders(headers);
        QCOMPARE(limits.requests.limit, std::optional<qint64>(50));
        QCOMPARE(limits.requests.remaining, std::optional<qint64>(49));
        QCOMPARE(limits.requests.reset, QDateTime(QDate(2026, 11, 22), QTime(10, 0, 30), Qt::UTC));
        QCOMPARE(limits.tokens.limit, std::optional<qint64>(100000));
        QCOMPARE(limits.tokens.remaining, std::nullopt);
        QVERIFY(!limits.inputTokens.isKnown());
        QVERIFY(!limits.outputTokens.isKnown());
        QVERIFY(!limits.isEmpty());
        QVERIFY(RateLimits::fromHeaders({}).isEmpty());

        const ApiError error
            = ApiError::fromHttpResponse(429, envelope(QStringLiteral("rate_limit_error"), QStringLiteral("Too many")), headers);
        QCOMPARE(error.rateLimits, limits);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
