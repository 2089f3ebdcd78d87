#include "api/retrypolicy.h"

#include <QTest>

using namespace pw;
using namespace std::chrono_literals;

namespace {

// A fixed clock for HTTP-date arithmetic.
const QDateTime now(QDate(2026, 11, 22), QTime(10, 0, 0), Qt::UTC);

ApiError httpError(int status)
{
    ApiError error = ApiError::make(ApiErrorKind::Http, QStringLiteral("x"));
    error.httpStatus = status;
    return error;
}

} // namespace

Q_DECLARE_METATYPE(pw::ApiErrorKind)
Q_DECLARE_METATYPE(pw::HttpHeaders)

namespace QTest {
template<>
char *toString(const std::chrono::milliseconds &ms)
{
    return qstrdup(QByteArray(QByteArray::number(qlonglong(ms.count())) + "ms").constData());
}
template<>
char *toString(const std::optional<std::chrono::milliseconds> &ms)
{
    return ms ? toString(*ms) : qstrdup("nullopt");
}
} // namespace QTest

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retryableKinds_data()
    {
        QTest::addColumn<ApiErrorKind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("network") << ApiErrorKind::Network << true;
        QTest::newRow("timeout") << ApiErrorKind::Timeout << true;
        QTest::newRow("canceled") << ApiErrorKind::Canceled << false;
        QTest::newRow("invalid response") << ApiErrorKind::InvalidResponse << false;
        QTest::newRow("too large") << ApiErrorKind::ResponseTooLarge << false;
        QTest::newRow("stream") << ApiErrorKind::Stream << false;
        QTest::newRow("insecure url") << ApiErrorKind::InsecureUrl << false;
        QTest::newRow("config") << ApiErrorKind::Config << false;
    }

    void retryableKinds()
    {
        QFETCH(ApiErrorKind, kind);
        QFETCH(bool, retryable);
        QCOMPARE(isRetryable(ApiError::make(kind, QString()), {}), retryable);
        // x-should-retry speaks about HTTP answers only.
        QCOMPARE(isRetryable(ApiError::make(kind, QString()), {{"x-should-retry", "true"}}), retryable);
    }

    void retryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        for (const int status : {400, 401, 402, 403, 404, 405, 413, 422})
            QTest::addRow("%d", status) << status << false;
        for (const int status : {408, 409, 429, 500, 502, 503, 504, 529, 599})
            QTest::addRow("%d", status) << status << true;
    }

    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(isRetryable(httpError(status), {}), retryable);
        QCOMPARE(isRetryable(httpError(status), {{"x-should-retry", "true"}}), true);
        QCOMPARE(isRetryable(httpError(status), {{"X-Should-Retry", "TRUE"}}), true);
        QCOMPARE(isRetryable(httpError(status), {{"x-should-retry", "false"}}), false);
        QCOMPARE(isRetryable(httpError(status), {{"x-should-retry", "maybe"}}), retryable);
    }

    // A spend limit stays reached however long one waits: never retried, whatever the headers say.
    void spendLimitIsFinal()
    {
        ApiError error = httpError(429);
        error.code = QStringLiteral("enforced_spend_limit_reached");
        QVERIFY(error.isSpendLimit());
        QCOMPARE(isRetryable(error, {}), false);
        QCOMPARE(isRetryable(error, {{"x-should-retry", "true"}}), false);
        QCOMPARE(
            decideRetry(RetryPolicy {}, 0, error, {{"retry-after", "1"}}, QDateTime::currentDateTimeUtc(), 1.0).retry, false);
    }

    void serverDelay_data()
    {
        QTest::addColumn<HttpHeaders>("headers");
        QTest::addColumn<std::optional<std::chrono::milliseconds>>("delay");
        using Delay = std::optional<std::chrono::milliseconds>;

        QTest::newRow("none") << HttpHeaders {} << Delay();
        QTest::newRow("retry-after-ms") << HttpHeaders {{"retry-after-ms", "5"}} << Delay(5ms);
        QTest::newRow("retry-after-ms fraction") << HttpHeaders {{"retry-after-ms", "250.4"}} << Delay(250ms);
        QTest::newRow("retry-after-ms wins") << HttpHeaders {{"retry-after", "7"}, {"retry-after-ms", "1200"}} << Delay(1200ms);
        QTest::newRow("retry-after-ms zero") << HttpHeaders {{"retry-after-ms", "0"}} << Delay(0ms);
        QTest::newRow("retry-after-ms 60 s") << HttpHeaders {{"retry-after-ms", "60000"}} << Delay(60s);
        QTest::newRow("retry-after-ms too long") << HttpHeaders {{"retry-after-ms", "60001"}, {"retry-after", "2"}} << Delay();
        QTest::newRow("retry-after-ms negative") << HttpHeaders {{"retry-after-ms", "-5"}} << Delay();
        QTest::newRow("retry-after-ms unreadable") << HttpHeaders {{"retry-after-ms", "soon"}, {"retry-after", "2"}} << Delay(2s);
        QTest::newRow("retry-after seconds") << HttpHeaders {{"Retry-After", "3"}} << Delay(3s);
        QTest::newRow("retry-after fraction") << HttpHeaders {{"retry-after", "1.5"}} << Delay(1500ms);
        QTest::newRow("retry-after zero") << HttpHeaders {{"retry-after", "0"}} << Delay(0ms);
        QTest::newRow("retry-after 60") << HttpHeaders {{"retry-after", "60"}} << Delay(60s);
        QTest::newRow("retry-after 61") << HttpHeaders {{"retry-after", "61"}} << Delay();
        QTest::newRow("retry-after hour") << HttpHeaders {{"retry-after", "3600"}} << Delay();
        QTest::newRow("retry-after negative") << HttpHeaders {{"retry-after", "-1"}} << Delay();
        QTest::newRow("retry-after huge") << HttpHeaders {{"retry-after", "1e300"}} << Delay();
        QTest::newRow("retry-after nan") << HttpHeaders {{"retry-after", "nan"}} << Delay();
        QTest::newRow("http date in 10 s") << HttpHeaders {{"retry-after", "Sun, 22 Nov 2026 10:00:10 GMT"}} << Delay(10s);
        QTest::newRow("http date numeric zone") << HttpHeaders {{"retry-after", "Sun, 22 Nov 2026 11:00:20 +0100"}} << Delay(20s);
        QTest::newRow("http date now") << HttpHeaders {{"retry-after", "Sun, 22 Nov 2026 10:00:00 GMT"}} << Delay(0ms);
        QTest::newRow("http date in 2 min") << HttpHeaders {{"retry-after", "Sun, 22 Nov 2026 10:02:00 GMT"}} << Delay();
        QTest::newRow("http date past") << HttpHeaders {{"retry-after", "Sun, 22 Nov 2026 09:59:00 GMT"}} << Delay();
        QTest::newRow("garbage") << HttpHeaders {{"retry-after", "whenever"}} << Delay();
        QTest::newRow("empty") << HttpHeaders {{"retry-after", ""}} << Delay();
    }

    void serverDelay()
    {
        QFETCH(HttpHeaders, headers);
        QFETCH(std::optional<std::chrono::milliseconds>, delay);
        QCOMPARE(serverRetryDelay(headers, now), delay);
    }

    void backoff_data()
    {
        QTest::addColumn<int>("retriesDone");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("first") << 0 << 1.0 << qint64(500);
        QTest::newRow("second") << 1 << 1.0 << qint64(1000);
        QTest::newRow("third") << 2 << 1.0 << qint64(2000);
        QTest::newRow("fourth") << 3 << 1.0 << qint64(4000);
        QTest::newRow("cap reached") << 4 << 1.0 << qint64(8000);
        QTest::newRow("cap holds") << 5 << 1.0 << qint64(8000);
        QTest::newRow("no overflow") << 100000 << 1.0 << qint64(8000);
        QTest::newRow("low jitter") << 0 << 0.75 << qint64(375);
        QTest::newRow("low jitter capped") << 10 << 0.75 << qint64(6000);
        QTest::newRow("mid jitter") << 1 << 0.9 << qint64(900);
    }

    void backoff()
    {
        QFETCH(int, retriesDone);
        QFETCH(double, jitter);
        QFETCH(qint64, expectedMs);
        QCOMPARE(backoffDelay(RetryPolicy(), retriesDone, jitter).count(), expectedMs);
    }

    void backoffFollowsThePolicy()
    {
        RetryPolicy policy;
        policy.initialDelay = 2ms;
        policy.maxDelay = 5ms;
        QCOMPARE(backoffDelay(policy, 0, 1.0), 2ms);
        QCOMPARE(backoffDelay(policy, 1, 1.0), 4ms);
        QCOMPARE(backoffDelay(policy, 2, 1.0), 5ms);
    }

    void jitterBounds()
    {
        double lowest = 1;
        double highest = 0;
        for (int i = 0; i < 20000; ++i) {
            const double jitter = randomRetryJitter();
            QVERIFY2(jitter > 0.75 && jitter <= 1.0, qPrintable(QString::number(jitter)));
            lowest = std::min(lowest, jitter);
            highest = std::max(highest, jitter);
        }
        // The whole range is used, not one constant.
        QVERIFY(lowest < 0.76);
        QVERIFY(highest > 0.99);
    }

    void decideCountsRetries()
    {
        const RetryPolicy policy; // two retries
        const ApiError overloaded = httpError(529);
        QCOMPARE(decideRetry(policy, 0, overloaded, {}, now, 1.0), (RetryDecision {true, 500ms}));
        QCOMPARE(decideRetry(policy, 1, overloaded, {}, now, 0.8), (RetryDecision {true, 800ms}));
        QCOMPARE(decideRetry(policy, 2, overloaded, {}, now, 1.0), RetryDecision {});

        RetryPolicy none;
        none.maxRetries = 0;
        QCOMPARE(decideRetry(none, 0, overloaded, {}, now, 1.0), RetryDecision {});
    }

    void decidePrefersServerAdvice()
    {
        const RetryPolicy policy;
        const ApiError limited = httpError(429);
        QCOMPARE(decideRetry(policy, 1, limited, {{"retry-after-ms", "5"}}, now, 1.0), (RetryDecision {true, 5ms}));
        QCOMPARE(decideRetry(policy, 1, limited, {{"retry-after", "2"}}, now, 1.0), (RetryDecision {true, 2s}));
        // Advice beyond 60 s is ignored in favour of the backoff.
        QCOMPARE(decideRetry(policy, 1, limited, {{"retry-after", "600"}}, now, 1.0), (RetryDecision {true, 1s}));
    }

    void decideHonoursShouldRetry()
    {
        const RetryPolicy policy;
        QCOMPARE(decideRetry(policy, 0, httpError(400), {{"x-should-retry", "true"}}, now, 1.0), (RetryDecision {true, 500ms}));
        QCOMPARE(decideRetry(policy, 0, httpError(529), {{"x-should-retry", "false"}}, now, 1.0), RetryDecision {});
        QCOMPARE(decideRetry(policy, 0, httpError(400), {}, now, 1.0), RetryDecision {});
        QCOMPARE(decideRetry(policy, 0, ApiError::make(ApiErrorKind::Network, QString()), {}, now, 1.0),
            (RetryDecision {true, 500ms}));
        QCOMPARE(decideRetry(policy, 0, ApiError::make(ApiErrorKind::Canceled, QString()), {}, now, 1.0), RetryDecision {});
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
