#include "apijob.h"

#include "apiclient.h"
#include "prompt/jsonwrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <limits>

namespace pw {

namespace {

const QByteArray anthropicVersion = QByteArrayLiteral("2023-06-01");
constexpr qint64 streamedReadBufferBytes = 1024 * 1024;

QString formatDuration(std::chrono::milliseconds duration)
{
    if (duration.count() % 1000 == 0)
        return QCoreApplication::translate("pw::ApiJob", "%1 s").arg(duration.count() / 1000);
    return QCoreApplication::translate("pw::ApiJob", "%1 ms").arg(duration.count());
}

QString formatBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QCoreApplication::translate("pw::ApiJob", "%1 MiB").arg(bytes / (1024 * 1024));
    return QCoreApplication::translate("pw::ApiJob", "%1 bytes").arg(bytes);
}

// Network-layer and protocol failures: no complete HTTP answer arrived.
// The other codes only restate the HTTP status, which is read instead (Qt
// reports a 400 as ProtocolInvalidOperationError).
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || (error >= QNetworkReply::ProtocolUnknownError && error <= QNetworkReply::ProtocolFailure
            && error != QNetworkReply::ProtocolInvalidOperationError);
}

// A header value may not carry control characters; a pasted key with a line
// break would otherwise be cut or rejected somewhere along the way.
bool isSendableHeaderValue(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

} // namespace

ApiJob::ApiJob(ApiClient &client, ApiProtocol protocol, const QByteArray &verb, const QString &path, QObject *parent)
    : QObject(parent), m_protocol(protocol), m_verb(verb), m_path(path), m_config(client.config()),
      m_networkManager(client.networkManager())
{
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
}

ApiJob::~ApiJob()
{
    detachReply();
}

QString ApiJob::endpoint() const
{
    return displayUrl(requestUrl());
}

QUrl ApiJob::requestUrl() const
{
    return m_url ? *m_url : endpointUrl(m_config.baseUrl, m_path);
}

void ApiJob::setRequestBodyFile(const QString &path, const QByteArray &contentType)
{
    m_requestBodyFile = path;
    m_requestContentType = contentType;
}

void ApiJob::setRequestBody(const QJsonObject &body)
{
    m_requestBody = toJsonBytes(body, QJsonDocument::Compact);
}

void ApiJob::addBeta(const QString &beta)
{
    m_jobBetas.append(beta);
}

QString ApiJob::readResponse(const QJsonObject &)
{
    return {};
}

std::optional<ApiError> ApiJob::readEvent(const SseEvent &)
{
    return std::nullopt;
}

std::optional<ApiError> ApiJob::endOfStream()
{
    return std::nullopt;
}

std::optional<ApiError> ApiJob::readBodyData(const QByteArray &)
{
    return std::nullopt;
}

std::optional<ApiError> ApiJob::endOfBody()
{
    return std::nullopt;
}

void ApiJob::start()
{
    if (m_state != State::Created)
        return;
    m_state = State::Running;
    if (std::optional<ApiError> problem = checkBeforeSending()) {
        finish(std::move(problem), true);
        return;
    }
    sendAttempt();
}

void ApiJob::cancel()
{
    if (m_state == State::Finished)
        return;
    detachReply();
    finish(ApiError::make(ApiErrorKind::Canceled,
               QCoreApplication::translate("pw::ApiJob", "the request to %1 was canceled").arg(endpoint())),
        true);
}

std::optional<ApiError> ApiJob::checkBeforeSending() const
{
    if (!m_networkManager)
        return ApiError::make(
            ApiErrorKind::Config, QCoreApplication::translate("pw::ApiJob", "no network manager: the API client is gone"));
    // The Anthropic API always needs its key; OpenAI-compatible servers of
    // one's own usually run without one.
    const bool sendsKey = m_protocol == ApiProtocol::Anthropic || !m_config.apiKey.isEmpty();
    if (std::optional<ApiError> problem = checkBaseUrl(m_config.baseUrl, sendsKey))
        return problem;
    if (m_protocol == ApiProtocol::Anthropic && m_config.apiKey.isEmpty())
        return ApiError::make(ApiErrorKind::Config,
            QCoreApplication::translate("pw::ApiJob", "no API key for %1 (set ANTHROPIC_API_KEY or store a key)")
                .arg(endpoint()));
    if (!isSendableHeaderValue(m_config.apiKey))
        return ApiError::make(ApiErrorKind::Config,
            QCoreApplication::translate(
                "pw::ApiJob", "the API key contains spaces, line breaks or non-ASCII characters; check how it was pasted"));
    for (const QString &beta : m_config.betas + m_jobBetas) {
        if (!isSendableHeaderValue(beta) || beta.contains(QLatin1Char(',')))
            return ApiError::make(
                ApiErrorKind::Config, QCoreApplication::translate("pw::ApiJob", "invalid anthropic-beta value \"%1\"").arg(beta));
    }
    return std::nullopt;
}

QByteArray ApiJob::betaHeader() const
{
    QStringList betas;
    for (const QString &beta : m_config.betas + m_jobBetas) {
        if (!beta.isEmpty() && !betas.contains(beta))
            betas.append(beta);
    }
    return betas.join(QLatin1Char(',')).toLatin1();
}

void ApiJob::sendAttempt()
{
    if (!m_networkManager) {
        finish(*checkBeforeSending(), false);
        return;
    }
    m_state = State::Running;
    ++m_attempts;
    m_httpStatus = 0;
    m_responseHeaders.clear();
    m_requestId.clear();
    m_body.clear();
    m_receivedBytes = 0;
    m_sseParser.reset();
    m_eventCount = 0;
    prepareAttempt();

    QUrl url = requestUrl();
    if (!m_query.isEmpty())
        url.setQuery(m_query);
    QNetworkRequest request(url);
    // A redirect would carry the key to another place; it is reported instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Promptwerk"));
    request.setRawHeader("accept", m_streaming ? "text/event-stream" : "application/json");
    if (!m_requestBody.isNull() || !m_requestBodyFile.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_requestContentType);
    if (m_protocol == ApiProtocol::Anthropic) {
        request.setRawHeader("x-api-key", m_config.apiKey.toLatin1());
        request.setRawHeader("anthropic-version", anthropicVersion);
        const QByteArray betas = betaHeader();
        if (!betas.isEmpty())
            request.setRawHeader("anthropic-beta", betas);
    } else if (!m_config.apiKey.isEmpty()) {
        request.setRawHeader("authorization", "Bearer " + m_config.apiKey.toLatin1());
    }

    if (!m_requestBodyFile.isEmpty()) {
        auto *file = new QFile(m_requestBodyFile);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString problem = file->errorString();
            delete file;
            finish(ApiError::make(ApiErrorKind::Config,
                       QCoreApplication::translate("pw::ApiJob", "cannot read the request body %1: %2")
                           .arg(m_requestBodyFile, problem)),
                true);
            return;
        }
        request.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
        m_reply = m_networkManager->sendCustomRequest(request, m_verb, file);
        file->setParent(m_reply);
    } else {
        m_reply = m_networkManager->sendCustomRequest(request, m_verb, m_requestBody);
    }
    // A streamed body is read as fast as the endpoint takes it: without a
    // limit, Qt would keep receiving into memory while the endpoint is busy.
    if (m_streamedBody)
        m_reply->setReadBufferSize(streamedReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_timeoutTimer.start(m_config.timeout); });
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    m_timeoutTimer.start(m_config.timeout);
}

void ApiJob::readResponseHead(QNetworkReply *reply)
{
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_responseHeaders = reply->rawHeaderPairs();
    m_requestId = QString::fromLatin1(headerValue(m_responseHeaders, "request-id"));
    if (m_requestId.isEmpty())
        m_requestId = QString::fromLatin1(headerValue(m_responseHeaders, "x-request-id"));
}

void ApiJob::onMetaDataChanged()
{
    m_timeoutTimer.start(m_config.timeout);
    readResponseHead(m_reply);

    bool known = false;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && announced > m_config.maxResponseBytes && !bodyIsStreamed()) {
        detachReply();
        endAttempt(ApiError::make(ApiErrorKind::ResponseTooLarge,
            QCoreApplication::translate("pw::ApiJob", "the answer from %1 announces %2, more than the limit of %3")
                .arg(endpoint(), formatBytes(announced), formatBytes(m_config.maxResponseBytes))));
    }
}

void ApiJob::pauseBody()
{
    m_bodyPaused = true;
}

void ApiJob::resumeBody()
{
    if (!m_bodyPaused)
        return;
    m_bodyPaused = false;
    if (!m_reply)
        return;
    if (m_reply->isFinished()) {
        onReplyFinished();
        return;
    }
    if (m_reply->bytesAvailable() > 0)
        onReadyRead();
    else
        m_timeoutTimer.start(m_config.timeout);
}

void ApiJob::onReadyRead()
{
    if (m_bodyPaused && bodyIsStreamed()) {
        // Qt stops receiving once its read buffer is full; the server's silence is not the server's fault.
        m_timeoutTimer.stop();
        return;
    }
    m_timeoutTimer.start(m_config.timeout);
    const QByteArray data = m_reply->readAll();
    m_receivedBytes += data.size();
    if (m_receivedBytes > m_config.maxResponseBytes && !bodyIsStreamed()) {
        detachReply();
        endAttempt(ApiError::make(ApiErrorKind::ResponseTooLarge,
            QCoreApplication::translate("pw::ApiJob", "the answer from %1 is larger than the limit of %2")
                .arg(endpoint(), formatBytes(m_config.maxResponseBytes))));
        return;
    }
    consume(data);
}

bool ApiJob::streamHasBegun() const
{
    return m_streaming && isSuccessStatus()
        && headerValue(m_responseHeaders, "content-type").toLower().startsWith("text/event-stream");
}

void ApiJob::consume(const QByteArray &data)
{
    if (bodyIsStreamed()) {
        continueAfter(readBodyData(data));
        return;
    }
    if (!streamHasBegun()) {
        m_body += data;
        return;
    }
    const QList<SseEvent> events = m_sseParser.feed(data);
    for (const SseEvent &event : events) {
        ++m_eventCount;
        if (!continueAfter(readEvent(event)))
            return;
    }
}

bool ApiJob::continueAfter(std::optional<ApiError> error)
{
    // The endpoint may have emitted a signal whose handler canceled the job.
    if (m_state != State::Running)
        return false;
    if (error) {
        detachReply();
        endAttempt(std::move(error));
        return false;
    }
    return true;
}

void ApiJob::onReplyFinished()
{
    if (m_bodyPaused && bodyIsStreamed())
        return; // resumeBody() comes back here
    QNetworkReply *reply = m_reply;
    if (reply->bytesAvailable() > 0) {
        onReadyRead();
        if (m_reply != reply)
            return; // that data ended the attempt
        if (m_bodyPaused && bodyIsStreamed())
            return; // resumeBody() comes back here
    }
    std::optional<ApiError> outcome = outcomeOfFinishedReply(reply);
    detachReply();
    endAttempt(std::move(outcome));
}

void ApiJob::onTimeout()
{
    detachReply();
    const QString waited = formatDuration(m_config.timeout);
    endAttempt(ApiError::make(ApiErrorKind::Timeout,
        m_httpStatus == 0 ? QCoreApplication::translate("pw::ApiJob", "no answer from %1 within %2").arg(endpoint(), waited)
                          : QCoreApplication::translate("pw::ApiJob", "%1 stopped sending for %2").arg(endpoint(), waited)));
}

std::optional<ApiError> ApiJob::outcomeOfFinishedReply(QNetworkReply *reply)
{
    if (m_httpStatus == 0)
        readResponseHead(reply);
    QNetworkReply::NetworkError error = reply->error();
    // Qt 6.4 now and then reports a body cut short of its Content-Length as
    // complete (it depends on whether the close or the last bytes are read
    // first); the count decides, so both orders give the same answer.
    if (!isTransportFailure(error) && bodyIsCutShort(reply))
        error = QNetworkReply::RemoteHostClosedError;
    if (isTransportFailure(error)) {
        if (bodyIsStreamed() && m_receivedBytes > 0)
            return ApiError::make(ApiErrorKind::Stream,
                QCoreApplication::translate("pw::ApiJob", "the download from %1 broke off after %2: %3")
                    .arg(endpoint(), formatBytes(m_receivedBytes), networkFailure(error, reply->errorString()).message));
        if (streamHasBegun())
            return ApiError::make(ApiErrorKind::Stream,
                QCoreApplication::translate("pw::ApiJob", "the stream broke off after %n events: %1", nullptr, m_eventCount)
                    .arg(networkFailure(error, reply->errorString()).message));
        return networkFailure(error, reply->errorString());
    }
    if (m_httpStatus == 0)
        return ApiError::make(
            ApiErrorKind::Network, QCoreApplication::translate("pw::ApiJob", "%1 gave no HTTP answer").arg(endpoint()));
    if (!isSuccessStatus())
        return ApiError::fromHttpResponse(m_httpStatus, m_body, m_responseHeaders);
    return outcomeOfBody();
}

std::optional<ApiError> ApiJob::outcomeOfBody()
{
    // An event cut off at the end is dropped; the endpoint knows whether what
    // came before is complete.
    if (streamHasBegun())
        return endOfStream();
    if (bodyIsStreamed())
        return endOfBody();
    const QByteArray contentType = headerValue(m_responseHeaders, "content-type");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
    if (m_streaming)
        return ApiError::make(ApiErrorKind::InvalidResponse,
            QCoreApplication::translate("pw::ApiJob", "expected an event stream from %1, but the server answered with %2")
                .arg(endpoint(), document.isObject() ? QStringLiteral("JSON") : describeUnexpectedBody(m_body, contentType)));
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::make(ApiErrorKind::InvalidResponse,
            QCoreApplication::translate("pw::ApiJob", "%1 answered with %2")
                .arg(endpoint(), describeUnexpectedBody(m_body, contentType)));
    if (!document.isObject())
        return ApiError::make(ApiErrorKind::InvalidResponse,
            QCoreApplication::translate("pw::ApiJob", "%1 answered with JSON that is not an object").arg(endpoint()));
    const QString problem = readResponse(document.object());
    if (!problem.isEmpty())
        return ApiError::make(ApiErrorKind::InvalidResponse,
            QCoreApplication::translate("pw::ApiJob", "unexpected answer from %1: %2").arg(endpoint(), problem));
    return std::nullopt;
}

bool ApiJob::bodyIsCutShort(QNetworkReply *reply) const
{
    // With a Content-Encoding the count is of decoded bytes and says nothing.
    const QByteArray encoding = headerValue(m_responseHeaders, "content-encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return false;
    bool known = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    return known && m_receivedBytes < announced;
}

ApiError ApiJob::networkFailure(QNetworkReply::NetworkError error, const QString &errorString) const
{
    const QUrl url = requestUrl();
    const QString host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    QString reason;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        reason = QCoreApplication::translate("pw::ApiJob", "%1 refused the connection").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        reason = QCoreApplication::translate("pw::ApiJob", "host %1 not found").arg(url.host());
        break;
    case QNetworkReply::RemoteHostClosedError: {
        // Outside the translate() call: lupdate hangs on template arguments there.
        const int received = int(std::min<qint64>(m_receivedBytes, std::numeric_limits<int>::max()));
        reason = m_receivedBytes > 0 || m_httpStatus > 0
            ? QCoreApplication::translate(
                "pw::ApiJob", "%1 closed the connection in the middle of the answer (after %n bytes)", nullptr, received)
                  .arg(host)
            : QCoreApplication::translate("pw::ApiJob", "%1 closed the connection without answering").arg(host);
        break;
    }
    case QNetworkReply::SslHandshakeFailedError:
        reason = QCoreApplication::translate("pw::ApiJob", "TLS handshake with %1 failed: %2").arg(host, errorString);
        break;
    default:
        reason = QStringLiteral("%1: %2").arg(host, errorString);
        break;
    }
    return ApiError::make(ApiErrorKind::Network, reason);
}

void ApiJob::detachReply()
{
    m_timeoutTimer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiJob::endAttempt(std::optional<ApiError> error)
{
    if (!error) {
        if (m_nextPageQuery) {
            m_query = *std::exchange(m_nextPageQuery, std::nullopt);
            m_retriesDone = 0;
            sendAttempt();
            return;
        }
        finish(std::nullopt, false);
        return;
    }
    if (error->httpStatus == 0)
        error->httpStatus = m_httpStatus;
    if (error->requestId.isEmpty())
        error->requestId = m_requestId;
    if (error->rateLimits.isEmpty())
        error->rateLimits = RateLimits::fromHeaders(m_responseHeaders);

    if (!streamHasBegun() && !(bodyIsStreamed() && m_receivedBytes > 0)) {
        const RetryDecision decision = decideRetry(
            m_config.retry, m_retriesDone, *error, m_responseHeaders, QDateTime::currentDateTimeUtc(), randomRetryJitter());
        if (decision.retry) {
            ++m_retriesDone;
            m_state = State::WaitingToRetry;
            m_retryTimer.start(decision.delay);
            emit retryScheduled(*error, int(decision.delay.count()), m_attempts + 1);
            return;
        }
    }
    finish(std::move(error), false);
}

void ApiJob::finish(std::optional<ApiError> error, bool emitLater)
{
    m_state = State::Finished;
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    if (error) {
        // Defence in depth: a server or a proxy could echo the key back.
        const QString key = m_config.apiKey;
        if (key.size() >= 8)
            error->message.replace(key, QStringLiteral("[API key]"));
    }
    m_error = std::move(error);
    if (emitLater)
        QMetaObject::invokeMethod(this, &ApiJob::finished, Qt::QueuedConnection);
    else
        emit finished();
}

void StreamingApiJob::deliverText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_text += text;
    emit textDelta(text);
}

} // namespace pw
