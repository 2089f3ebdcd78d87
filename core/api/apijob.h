#pragma once

#include "apiconfig.h"
#include "apierror.h"
#include "httpheaders.h"
#include "ratelimits.h"
#include "sseparser.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

namespace pw {

class ApiClient;

// One API operation: builds the request, sends it, retries it by
// decideRetry(), enforces the timeout and the response size cap, and hands
// the answer to the endpoint subclass (libQuotient BaseJob style).
//
// Usage: create, connect to finished(), call start(). finished() comes exactly
// once, always from the event loop (never from inside start() or cancel()).
// Then succeeded() or error(). The job does not delete itself: give it a
// parent or call deleteLater() in the finished() handler (never delete it
// directly from inside one of its own signals).
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ~ApiJob() override;

    void start();
    // Ends the job with ApiErrorKind::Canceled at any moment: before start()
    // (nothing is sent), during the transfer, or in the wait before a retry.
    // Does nothing once finished.
    void cancel();

    // Started and not finished, including the wait before a retry.
    bool isRunning() const { return m_state == State::Running || m_state == State::WaitingToRetry; }
    bool isFinished() const { return m_state == State::Finished; }
    bool succeeded() const { return isFinished() && !m_error; }
    // Set when the job finished without success.
    const std::optional<ApiError> &error() const { return m_error; }
    // A one-line message for the failure ("HTTP 529 overloaded_error: ..."), empty on success.
    QString errorString() const { return m_error ? m_error->toString() : QString(); }

    ApiProtocol protocol() const { return m_protocol; }
    // HTTP requests sent: the first attempt, retries and further pages.
    int attempts() const { return m_attempts; }
    // From the last answer: request-id (Anthropic) or x-request-id.
    QString requestId() const { return m_requestId; }
    int httpStatus() const { return m_httpStatus; }
    RateLimits rateLimits() const { return RateLimits::fromHeaders(m_responseHeaders); }
    const HttpHeaders &responseHeaders() const { return m_responseHeaders; }
    // The endpoint, for messages (no user info, no query).
    QString endpoint() const;

signals:
    void finished();
    // A failed attempt will be retried after delayMs (for "retrying in 2 s" notices).
    void retryScheduled(const pw::ApiError &reason, int delayMs, int nextAttempt);

protected:
    ApiJob(ApiClient &client, ApiProtocol protocol, const QByteArray &verb, const QString &path, QObject *parent);

    void setRequestBody(const QJsonObject &body);
    // The body is read from this file at every attempt, so a body of hundreds
    // of megabytes (a batch of requests) is never held in memory.
    void setRequestBodyFile(const QString &path, const QByteArray &contentType);
    // Sends to this URL rather than the base URL and path: a URL the server
    // handed out (a batch's results_url). Its query is kept.
    void setUrl(const QUrl &url) { m_url = url; }
    void setQuery(const QUrlQuery &query) { m_query = query; }
    void addBeta(const QString &beta);
    // The answer is a text/event-stream: readEvent() gets its events as they
    // arrive. A stream that has begun is never retried (the caller may have
    // shown part of it already).
    void setStreaming(bool streaming) { m_streaming = streaming; }
    // A 2xx body goes to readBodyData() piece by piece as it arrives, is not
    // kept and has no size cap (the endpoint keeps what it needs); once a
    // piece was delivered the request is not retried.
    void setStreamedBody(bool streamed) { m_streamedBody = streamed; }
    // setStreamedBody(): no more pieces until resumeBody(), while the endpoint
    // catches up; Qt stops receiving once its read buffer is full.
    void pauseBody();
    void resumeBody();
    // From readResponse(): send this query for the next page instead of finishing.
    void requestNextPage(const QUrlQuery &query) { m_nextPageQuery = query; }

    // Called before every attempt: drop what an earlier attempt left.
    virtual void prepareAttempt() { }
    // A 2xx JSON answer. Returns a description of what is wrong with its shape
    // (e.g. "content[0].text: must be a string"), or an empty string.
    virtual QString readResponse(const QJsonObject &body);
    // One event of a 2xx stream; an error ends the job at once (not retried).
    virtual std::optional<ApiError> readEvent(const SseEvent &event);
    // The 2xx stream ended cleanly; e.g. a truncated-stream error.
    virtual std::optional<ApiError> endOfStream();
    // setStreamedBody(): the next piece of a 2xx body; an error ends the job (not retried).
    virtual std::optional<ApiError> readBodyData(const QByteArray &data);
    // setStreamedBody(): the 2xx body is complete.
    virtual std::optional<ApiError> endOfBody();

private:
    enum class State { Created, Running, WaitingToRetry, Finished };

    std::optional<ApiError> checkBeforeSending() const;
    void sendAttempt();
    QByteArray betaHeader() const;
    void readResponseHead(QNetworkReply *reply);
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    bool isSuccessStatus() const { return m_httpStatus >= 200 && m_httpStatus < 300; }
    bool streamHasBegun() const;
    bool bodyIsStreamed() const { return m_streamedBody && isSuccessStatus(); }
    QUrl requestUrl() const;
    void consume(const QByteArray &data);
    // After a piece of the answer went to the endpoint: false when that ended the attempt.
    bool continueAfter(std::optional<ApiError> error);
    void endAttempt(std::optional<ApiError> error);
    std::optional<ApiError> outcomeOfFinishedReply(QNetworkReply *reply);
    std::optional<ApiError> outcomeOfBody();
    bool bodyIsCutShort(QNetworkReply *reply) const;
    ApiError networkFailure(QNetworkReply::NetworkError error, const QString &errorString) const;
    void detachReply();
    void finish(std::optional<ApiError> error, bool emitLater);

    const ApiProtocol m_protocol;
    const QByteArray m_verb;
    const QString m_path;
    const ApiConfig m_config;
    QPointer<QNetworkAccessManager> m_networkManager;
    QByteArray m_requestBody;
    QString m_requestBodyFile;
    QByteArray m_requestContentType = QByteArrayLiteral("application/json");
    std::optional<QUrl> m_url;
    bool m_streamedBody = false;
    bool m_bodyPaused = false;
    QUrlQuery m_query;
    QStringList m_jobBetas;
    bool m_streaming = false;
    std::optional<QUrlQuery> m_nextPageQuery;

    State m_state = State::Created;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_retriesDone = 0;

    // The current attempt's answer.
    int m_httpStatus = 0;
    HttpHeaders m_responseHeaders;
    QString m_requestId;
    QByteArray m_body;
    qint64 m_receivedBytes = 0;
    SseParser m_sseParser;
    int m_eventCount = 0;

    std::optional<ApiError> m_error;
};

// An ApiJob whose answer streams text: textDelta() for every piece as it
// arrives, text() for all of it so far.
class StreamingApiJob : public ApiJob
{
    Q_OBJECT

public:
    QString text() const { return m_text; }

signals:
    void textDelta(const QString &text);

protected:
    using ApiJob::ApiJob;
    void prepareAttempt() override { m_text.clear(); }
    void deliverText(const QString &text);

private:
    QString m_text;
};

} // namespace pw
