#include "fakes/fakeapiserver.h"

#include "fakes/fakebatchapi.h"
#include "fakes/fakedefaultapi.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace pw::test {

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr qsizetype maxBodyBytes = 32 * 1024 * 1024; // the real API's limit on standard endpoints
constexpr qsizetype maxBatchBodyBytes = 256 * 1000 * 1000 + 1024 * 1024; // batch creation and file uploads

bool isBatchPath(const QByteArray &path)
{
    return path.startsWith("/v1/messages/batches") || path.startsWith("/v1/batches") || path.startsWith("/v1/files");
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 529:
        return QByteArrayLiteral("Overloaded");
    default:
        return QByteArrayLiteral("Status");
    }
}

FakeResponse badRequest(int status, const QString &message)
{
    return FakeResponse::apiError(
        status, status == 413 ? QStringLiteral("request_too_large") : QStringLiteral("invalid_request_error"), message);
}

// One accepted TCP connection: parses requests one after another (keep-alive)
// and writes the answer the handler picks, with its delays and faults.
class HttpConnection : public QObject
{
public:
    using Handler = std::function<FakeResponse(const RecordedRequest &)>;
    using DoneHandler = std::function<void()>;

    // done: called once for every handled request, when its answer is complete or its connection gone.
    HttpConnection(QTcpSocket *socket, Handler handler, DoneHandler done, QObject *parent)
        : QObject(parent), m_socket(socket), m_handler(std::move(handler)), m_done(std::move(done))
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        readIncoming();
    }

    ~HttpConnection() override
    {
        m_socket->disconnect(this);
        answered();
    }

private:
    enum class Parse { Incomplete, Complete, Invalid };

    void readIncoming()
    {
        m_buffer += m_socket->readAll();
        if (!m_responding && !m_closing)
            handleBufferedRequest();
    }

    void handleBufferedRequest()
    {
        RecordedRequest request;
        bool keepAlive = true;
        FakeResponse error;
        const Parse parse = parseRequest(&request, &keepAlive, &error);
        if (parse == Parse::Incomplete)
            return;
        m_responding = true;
        if (parse == Parse::Invalid) {
            respond(error, false);
            return;
        }
        const QPointer<HttpConnection> alive(this);
        m_answering = true;
        const FakeResponse response = m_handler(request);
        if (alive)
            respond(response, keepAlive);
    }

    Parse parseRequest(RecordedRequest *request, bool *keepAlive, FakeResponse *error)
    {
        // Tolerate stray line breaks between requests (RFC 9112, section 2.2).
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() <= maxHeadBytes)
                return Parse::Incomplete;
            *error = badRequest(431, QStringLiteral("request head: larger than 64 KiB"));
            return Parse::Invalid;
        }

        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") || requestLine.at(0).isEmpty()) {
            *error = badRequest(400, QStringLiteral("request line: expected \"METHOD /path HTTP/1.1\""));
            return Parse::Invalid;
        }
        request->method = requestLine.at(0);
        const QByteArray &target = requestLine.at(1);
        const qsizetype queryStart = target.indexOf('?');
        request->path = queryStart < 0 ? target : target.left(queryStart);
        if (queryStart >= 0)
            request->query = QUrlQuery(QString::fromUtf8(target.mid(queryStart + 1)));

        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                *error = badRequest(400, QStringLiteral("request header line %1: expected \"name: value\"").arg(i + 1));
                return Parse::Invalid;
            }
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            QByteArray &joined = request->headers[name];
            joined = joined.isEmpty() ? value : joined + ", " + value;
        }

        if (request->headers.contains("transfer-encoding")) {
            *error = badRequest(501, QStringLiteral("transfer-encoding: request bodies must have a Content-Length"));
            return Parse::Invalid;
        }
        qsizetype contentLength = 0;
        if (request->headers.contains("content-length")) {
            bool ok = false;
            contentLength = request->headers.value("content-length").toLongLong(&ok);
            if (!ok || contentLength < 0) {
                *error = badRequest(400, QStringLiteral("content-length: not a byte count"));
                return Parse::Invalid;
            }
            if (contentLength > (isBatchPath(request->path) ? maxBatchBodyBytes : maxBodyBytes)) {
                *error = badRequest(413, QStringLiteral("request body: larger than 32 MB"));
                return Parse::Invalid;
            }
        }
        const qsizetype bodyStart = headEnd + 4;
        if (m_buffer.size() < bodyStart + contentLength)
            return Parse::Incomplete;
        request->body = m_buffer.mid(bodyStart, contentLength);
        m_buffer.remove(0, bodyStart + contentLength);

        const QByteArray connection = request->headers.value("connection").toLower();
        *keepAlive = requestLine.at(2) == "HTTP/1.0" ? connection.contains("keep-alive") : !connection.contains("close");
        return Parse::Complete;
    }

    void respond(const FakeResponse &response, bool keepAlive)
    {
        m_response = response;
        m_keepAlive = keepAlive;
        m_bodyBytesSent = 0;
        m_nextChunk = 0;
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, this, &HttpConnection::sendHead);
        else
            sendHead();
    }

    // Timers may still fire between the peer's disconnect and deleteLater().
    bool peerGone() const { return m_socket->state() != QAbstractSocket::ConnectedState; }

    void sendHead()
    {
        if (peerGone())
            return;
        if (m_response.closeWithoutResponse) {
            closeConnection();
            return;
        }
        const bool chunked = !m_response.chunks.isEmpty();
        QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' + reasonPhrase(m_response.status) + "\r\n";
        for (const auto &[name, value] : std::as_const(m_response.headers))
            head += name + ": " + value + "\r\n";
        head += chunked ? QByteArrayLiteral("transfer-encoding: chunked\r\n")
                        : "content-length: " + QByteArray::number(m_response.body.size()) + "\r\n";
        head
            += m_keepAlive ? QByteArrayLiteral("connection: keep-alive\r\n\r\n") : QByteArrayLiteral("connection: close\r\n\r\n");
        m_socket->write(head);

        if (chunked && m_response.firstChunkDelayMs > 0) {
            QTimer::singleShot(m_response.firstChunkDelayMs, this, &HttpConnection::sendNextChunk);
        } else if (chunked) {
            sendNextChunk();
        } else if (writeBody(m_response.body)) {
            finishResponse();
        }
    }

    void sendNextChunk()
    {
        if (peerGone())
            return;
        while (m_nextChunk < m_response.chunks.size() && m_response.chunks.at(m_nextChunk).isEmpty())
            ++m_nextChunk; // an empty chunk would end the body early
        if (m_nextChunk >= m_response.chunks.size()) {
            m_socket->write("0\r\n\r\n");
            finishResponse();
            return;
        }
        const QByteArray &chunk = m_response.chunks.at(m_nextChunk++);
        m_socket->write(QByteArray::number(chunk.size(), 16) + "\r\n");
        if (!writeBody(chunk))
            return;
        m_socket->write("\r\n");
        if (m_nextChunk < m_response.chunks.size())
            QTimer::singleShot(m_response.chunkDelayMs, this, &HttpConnection::sendNextChunk);
        else
            sendNextChunk();
    }

    // Writes body bytes up to the drop budget; returns false once the
    // connection was dropped.
    bool writeBody(const QByteArray &bytes)
    {
        const qsizetype budget = m_response.dropAfterBytes;
        const qsizetype count = budget < 0 ? bytes.size() : std::min(bytes.size(), budget - m_bodyBytesSent);
        m_socket->write(bytes.constData(), count);
        m_bodyBytesSent += count;
        if (budget >= 0 && m_bodyBytesSent >= budget) {
            closeConnection();
            return false;
        }
        return true;
    }

    void answered()
    {
        if (m_answering) {
            m_answering = false;
            m_done();
        }
    }

    void finishResponse()
    {
        answered();
        m_responding = false;
        if (!m_keepAlive) {
            closeConnection();
            return;
        }
        handleBufferedRequest();
    }

    void closeConnection()
    {
        answered();
        m_closing = true;
        m_socket->disconnectFromHost(); // flushes what was written first
    }

    QTcpSocket *m_socket;
    Handler m_handler;
    DoneHandler m_done;
    bool m_answering = false;
    QByteArray m_buffer;
    bool m_responding = false;
    bool m_closing = false;
    FakeResponse m_response;
    bool m_keepAlive = true;
    qsizetype m_nextChunk = 0;
    qsizetype m_bodyBytesSent = 0;
};

} // namespace

FakeApiServer::FakeApiServer(QObject *parent)
    : QObject(parent), m_tcpServer(new QTcpServer(this)), m_batchApi(std::make_unique<FakeBatchApi>())
{
    qRegisterMetaType<pw::test::RecordedRequest>();
    connect(m_tcpServer, &QTcpServer::newConnection, this, &FakeApiServer::acceptConnections);
}

FakeApiServer::~FakeApiServer()
{
    // The connections tell this server when an answer ends, also when they go
    // away: they must go while it is still whole, not in ~QObject.
    const QObjectList children = this->children();
    for (QObject *child : children)
        delete dynamic_cast<HttpConnection *>(child);
}

bool FakeApiServer::listen(quint16 port)
{
    return m_tcpServer->listen(QHostAddress::LocalHost, port);
}

quint16 FakeApiServer::port() const
{
    return m_tcpServer->serverPort();
}

QUrl FakeApiServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakeApiServer::setApiKey(const QByteArray &key)
{
    m_apiKey = key;
}

void FakeApiServer::setOpenAiKeyRequired(bool required)
{
    m_openAiKeyRequired = required;
}

void FakeApiServer::setDefaultStreamDelay(int ms)
{
    m_defaultStreamDelayMs = ms;
}

void FakeApiServer::setStructuredAnswer(const QString &text)
{
    m_structuredAnswer = text;
}

void FakeApiServer::setAnswerText(AnswerText answerText)
{
    m_answerText = std::move(answerText);
}

void FakeApiServer::enqueue(const QByteArray &path, const FakeResponse &response)
{
    m_queued[path].append(response);
}

void FakeApiServer::setAlways(const QByteArray &path, const FakeResponse &response)
{
    m_always.insert(path, response);
}

void FakeApiServer::setFaults(const FakeFaults &faults)
{
    m_faults = faults;
}

void FakeApiServer::setBatchSettings(const FakeBatchSettings &settings)
{
    m_batchApi->setSettings(settings);
}

int FakeApiServer::batchesCreated() const
{
    return m_batchApi->createdCount();
}

qsizetype FakeApiServer::batchFilesStored() const
{
    return m_batchApi->fileCount();
}

void FakeApiServer::clear()
{
    m_batchApi->clear();
    m_queued.clear();
    m_always.clear();
    m_requests.clear();
    m_faults = {};
    m_modelRequests = 0;
    m_peakInFlight = m_inFlight;
}

void FakeApiServer::responseDone()
{
    --m_inFlight;
}

QList<RecordedRequest> FakeApiServer::requests() const
{
    return m_requests;
}

int FakeApiServer::requestCount(const QByteArray &path) const
{
    return int(std::count_if(m_requests.begin(), m_requests.end(), [&](const RecordedRequest &r) { return r.path == path; }));
}

void FakeApiServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        // Stream events go out as they are written, as the real APIs send them;
        // with Nagle's algorithm each waited for the client's delayed ACK (40 ms).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *connection = new HttpConnection(
            socket, [this](const RecordedRequest &request) { return responseFor(request); }, [this] { responseDone(); }, this);
        ++m_openConnections;
        connect(connection, &QObject::destroyed, this, [this] {
            --m_openConnections;
            emit connectionClosed();
        });
    }
}

FakeResponse FakeApiServer::responseFor(const RecordedRequest &request)
{
    m_requests.append(request);
    m_peakInFlight = std::max(m_peakInFlight, ++m_inFlight);
    FakeResponse response;
    if (QList<FakeResponse> &queue = m_queued[request.path]; !queue.isEmpty()) {
        response = queue.takeFirst();
    } else if (m_always.contains(request.path)) {
        response = m_always.value(request.path);
    } else if (std::optional<FakeResponse> batch = m_batchApi->respond(
                   request, {m_apiKey, m_openAiKeyRequired, m_defaultStreamDelayMs, m_structuredAnswer, m_answerText})) {
        response = *batch;
    } else if (std::optional<FakeResponse> fault = faultFor(request)) {
        response = *fault;
    } else {
        response = defaultApiResponse(
            request, {m_apiKey, m_openAiKeyRequired, m_defaultStreamDelayMs, m_structuredAnswer, m_answerText});
        if (!response.chunks.isEmpty())
            response.firstChunkDelayMs = std::max(response.firstChunkDelayMs, m_faults.firstTokenDelayMs);
    }
    if (request.path == "/v1/messages" || request.path == "/v1/chat/completions")
        response.delayMs = std::max(response.delayMs, m_faults.answerDelayMs);
    emit requestReceived(request);
    return response;
}

std::optional<FakeResponse> FakeApiServer::faultFor(const RecordedRequest &request)
{
    if (request.path != "/v1/messages" && request.path != "/v1/chat/completions")
        return std::nullopt;
    const int n = ++m_modelRequests;
    const FakeFaults &f = m_faults;
    if (f.spendLimitAfter >= 0 && n > f.spendLimitAfter)
        return FakeResponse::spendLimit();
    if (f.rateLimitEvery > 0 && n % f.rateLimitEvery == 0) {
        return FakeResponse::apiError(429, QStringLiteral("rate_limit_error"),
            QStringLiteral("Number of request tokens has exceeded your per-minute rate limit"))
            .withHeader("retry-after", f.retryAfter);
    }
    if (f.overloadedEvery > 0 && (n - 1) % f.overloadedEvery >= f.overloadedEvery - f.overloadedBurst) {
        return FakeResponse::apiError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"))
            .withHeader("retry-after", f.retryAfter);
    }
    return std::nullopt;
}

} // namespace pw::test
