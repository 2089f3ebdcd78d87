#include "promptserver.h"

#include "prompttoolsrequest.h"

#include "api/apierror.h"
#include "api/prompttoolstypes.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace pw {

namespace {

// Seconds a client over the connection limit is asked to wait.
constexpr int retryAfterSeconds = 1;
// nginx's status for "the client went away before the answer": only logged.
constexpr int clientClosedStatus = 499;

constexpr QByteArrayView healthPath("/healthz");

QString newRequestId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id = QStringLiteral("req_");
    for (int i = 0; i < 24; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return id;
}

std::optional<Tool> toolForPath(QByteArrayView path)
{
    for (Tool tool : {Tool::Generate, Tool::Improve, Tool::Templatize}) {
        if (path == toolEndpointPath(tool).toLatin1())
            return tool;
    }
    return std::nullopt;
}

QByteArray keyDigest(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

// Client bytes in a log line: printable, bounded, one line.
QString printable(QByteArrayView text, qsizetype maxLength = 200)
{
    QString shown = QString::fromUtf8(text.first(qMin(text.size(), maxLength)));
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return shown.isEmpty() ? QStringLiteral("-") : shown;
}

QString oneLineBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject() || document.isArray())
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    return QStringLiteral("(%1 bytes, not JSON)").arg(body.size());
}

} // namespace

QStringList acceptedApiVersions()
{
    return {QStringLiteral("2023-06-01"), QStringLiteral("2026-10-21")};
}

struct PromptServer::Exchange
{
    QPointer<HttpConnection> connection;
    HttpRequest request;
    QString requestId = newRequestId();
    QElapsedTimer clock;
    bool keepAlive = false;
    QByteArray clientKey; // only to keep it out of error texts
    QString upstreamRequestId;
    bool answered = false;
};

PromptServer::PromptServer(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_tcpServer(new QTcpServer(this))
{
    if (!m_config.engine.network)
        m_config.engine.network = &m_network;
    for (const QByteArray &key : std::as_const(m_config.clientKeys))
        m_clientKeyDigests.append(keyDigest(key));
    connect(m_tcpServer, &QTcpServer::newConnection, this, &PromptServer::acceptConnections);
    m_stopDeadline.setSingleShot(true);
    connect(&m_stopDeadline, &QTimer::timeout, this, [this] {
        const QSet<ToolRun *> runs = m_runs;
        for (ToolRun *run : runs)
            run->cancel();
    });
}

PromptServer::~PromptServer()
{
    // Runs report to exchanges whose connections go with this object.
    const QSet<ToolRun *> runs = m_runs;
    for (ToolRun *run : runs) {
        run->disconnect(this);
        delete run;
    }
}

bool PromptServer::listen(QString *error)
{
    if (!m_config.address.isLoopback() && m_config.clientKeys.isEmpty()) {
        *error = QStringLiteral("refusing to listen on %1, which is not a loopback address, without client keys: "
                                "anyone who can reach it could spend the API key (give --client-keys FILE)")
                     .arg(m_config.address.toString());
        return false;
    }
    if (!createEngine(m_config.engine, error))
        return false;
    if (!m_tcpServer->listen(m_config.address, m_config.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_config.address.toString())
                     .arg(m_config.port)
                     .arg(m_tcpServer->errorString());
        return false;
    }
    return true;
}

quint16 PromptServer::port() const
{
    return m_tcpServer->serverPort();
}

void PromptServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        const bool overLimit = int(m_connections.size()) >= m_config.maxConnections;
        // Past twice the limit not even a 429 is worth the memory.
        if (m_stopping || int(m_connections.size()) >= 2 * m_config.maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(socket, m_config.limits, m_config.timeouts, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::requestReceived, this, [this, connection, overLimit](const HttpRequest &request) {
            if (!overLimit) {
                onRequest(connection, request);
                return;
            }
            auto exchange = std::make_shared<Exchange>();
            exchange->connection = connection;
            exchange->request = request;
            exchange->clock.start();
            finish(exchange,
                HttpResponse::apiError(429,
                    QStringLiteral("this server answers at most %1 connections at once; retry in a moment")
                        .arg(m_config.maxConnections),
                    exchange->requestId)
                    .withHeader("retry-after", QByteArray::number(retryAfterSeconds)));
        });
        connect(connection, &HttpConnection::requestUnreadable, this,
            [this, connection](int status, const QString &message) { onUnreadable(connection, status, message); });
        connect(connection, &HttpConnection::closed, this, [this, connection] {
            m_connections.remove(connection);
            checkStopped();
        });
    }
}

void PromptServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->connection = connection;
    exchange->request = request;
    exchange->clock.start();
    exchange->keepAlive = request.keepAlive();
    if (std::optional<HttpResponse> response = handle(exchange))
        finish(exchange, *response);
}

void PromptServer::onUnreadable(HttpConnection *connection, int status, const QString &message)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->connection = connection;
    exchange->clock.start();
    finish(exchange, HttpResponse::apiError(status, message, exchange->requestId));
}

std::optional<HttpResponse> PromptServer::handle(const std::shared_ptr<Exchange> &exchange)
{
    const HttpRequest &request = exchange->request;
    const QString &id = exchange->requestId;
    if (m_stopping)
        return HttpResponse::apiError(503, QStringLiteral("the server is shutting down"), id);

    if (request.path == healthPath) {
        if (request.method != "GET")
            return HttpResponse::apiError(
                405, QStringLiteral("%1 is not allowed on /healthz; use GET").arg(printable(request.method)), id)
                .withHeader("allow", "GET");
        return HttpResponse::json(
            200, {{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("engine"), m_config.engine.engine}});
    }
    const std::optional<Tool> tool = toolForPath(request.path);
    if (!tool) {
        return HttpResponse::apiError(404,
            QStringLiteral("no such endpoint: %1 %2 (this server answers POST %3)")
                .arg(printable(request.method), printable(request.path),
                    QStringList {
                        toolEndpointPath(Tool::Generate), toolEndpointPath(Tool::Improve), toolEndpointPath(Tool::Templatize)}
                        .join(QStringLiteral(", "))),
            id);
    }
    if (request.method != "POST")
        return HttpResponse::apiError(
            405, QStringLiteral("%1 is not allowed on %2; use POST").arg(printable(request.method), printable(request.path)), id)
            .withHeader("allow", "POST");

    QByteArray clientKey;
    if (std::optional<HttpResponse> refusal = checkHeaders(*exchange, &clientKey))
        return refusal;
    exchange->clientKey = clientKey;

    ToolRequestParse parse = toolRequestFromJson(*tool, request.body);
    if (!parse.ok())
        return HttpResponse::apiError(400, parse.error, id);
    startTool(exchange, *tool, std::move(parse.request), clientKey);
    return std::nullopt;
}

std::optional<HttpResponse> PromptServer::checkHeaders(const Exchange &exchange, QByteArray *clientKey) const
{
    const HttpRequest &request = exchange.request;
    const QString &id = exchange.requestId;

    // The official SDKs of late 2026 send the key as a bearer token only.
    QByteArray key = request.header("x-api-key");
    const QByteArray authorization = request.header("authorization");
    if (key.isEmpty() && authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        key = authorization.mid(7).trimmed();
    if (key.isEmpty())
        return HttpResponse::apiError(
            401, QStringLiteral("x-api-key header is required (or Authorization: Bearer with the key)"), id);
    if (!m_clientKeyDigests.isEmpty() && !isClientKey(key))
        return HttpResponse::apiError(401, QStringLiteral("invalid x-api-key"), id);
    *clientKey = key;

    const QString version = QString::fromLatin1(request.header("anthropic-version"));
    if (version.isEmpty())
        return HttpResponse::apiError(400,
            QStringLiteral("anthropic-version: header is required (%1)").arg(acceptedApiVersions().join(QStringLiteral(" or "))),
            id);
    if (!acceptedApiVersions().contains(version))
        return HttpResponse::apiError(400,
            QStringLiteral("anthropic-version: unknown version \"%1\" (accepted: %2)")
                .arg(printable(version.toLatin1(), 40), acceptedApiVersions().join(QStringLiteral(", "))),
            id);

    const QList<QByteArray> betas = request.header("anthropic-beta").split(',');
    const bool hasBeta = std::any_of(
        betas.cbegin(), betas.cend(), [](const QByteArray &beta) { return QLatin1String(beta.trimmed()) == promptToolsBeta; });
    if (!hasBeta)
        return HttpResponse::apiError(400,
            QStringLiteral("anthropic-beta: the prompt tools need the beta \"%1\" (found \"%2\")")
                .arg(promptToolsBeta, printable(request.header("anthropic-beta"), 100)),
            id);

    const QByteArray contentType = request.header("content-type");
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    if (!contentType.isEmpty() && mediaType != "application/json")
        return HttpResponse::apiError(
            400, QStringLiteral("content-type: must be application/json (found \"%1\")").arg(printable(mediaType, 100)), id);
    return std::nullopt;
}

bool PromptServer::isClientKey(const QByteArray &key) const
{
    // Digests have one length whatever the key, and every listed key is
    // compared to the end: the time taken tells nothing about a near miss.
    const QByteArray digest = keyDigest(key);
    bool match = false;
    for (const QByteArray &listed : m_clientKeyDigests) {
        unsigned char difference = 0;
        for (qsizetype i = 0; i < digest.size(); ++i)
            difference |= static_cast<unsigned char>(digest[i] ^ listed[i]);
        match |= difference == 0;
    }
    return match;
}

void PromptServer::startTool(
    const std::shared_ptr<Exchange> &exchange, Tool tool, ToolRequest request, const QByteArray &clientKey)
{
    EngineConfig engineConfig = m_config.engine;
    if (m_clientKeyDigests.isEmpty())
        engineConfig.apiKey = QString::fromUtf8(clientKey); // pass-through: the client's key goes upstream
    QString error;
    std::shared_ptr<Engine> engine = createEngine(engineConfig, &error);
    if (!engine) {
        finish(exchange, HttpResponse::apiError(500, error, exchange->requestId));
        return;
    }
    ToolRun *run = engine->start(request, this);
    m_runs.insert(run);
    if (exchange->connection)
        connect(exchange->connection, &HttpConnection::closed, run, [run] { run->cancel(); });
    connect(run, &ToolRun::finished, this, [this, exchange, run, engine, tool] {
        m_runs.remove(run);
        if (run->succeeded()) {
            const ToolResult &result = run->result();
            exchange->upstreamRequestId = result.requestId;
            QJsonObject body = toolResultToJson(result);
            body.insert(QStringLiteral("usage"), QJsonArray {result.usage.toJson()}); // as every documented example shows it
            if (tool == Tool::Templatize && !body.contains(QLatin1String("variable_values")))
                body.insert(QStringLiteral("variable_values"), QJsonObject {});
            finish(exchange, HttpResponse::json(200, body));
        } else {
            exchange->upstreamRequestId = run->error().requestId;
            finish(exchange, responseForFailedRun(*exchange, run->error()));
        }
        run->deleteLater();
        checkStopped();
    });
}

HttpResponse PromptServer::responseForFailedRun(const Exchange &exchange, const ToolError &error) const
{
    const QString &id = exchange.requestId;
    const QString message = redacted(error.message, exchange.clientKey);
    switch (error.kind) {
    case ToolError::Kind::InvalidInput:
    case ToolError::Kind::Unsupported:
        return HttpResponse::apiError(400, message, id);
    case ToolError::Kind::Api: {
        // An upstream error envelope keeps its status and type (529 stays 529);
        // an error event inside a 200 stream gets the status of its type.
        const ApiErrorCategory category = errorCategoryForType(error.errorType);
        const bool upstreamStatus = error.httpStatus >= 400;
        if (!error.errorType.isEmpty() && (upstreamStatus || category != ApiErrorCategory::Unknown)) {
            const int status = upstreamStatus ? error.httpStatus : statusForErrorCategory(category);
            return HttpResponse::apiError(status, message, id, error.errorType);
        }
        // An HTML page, an empty or unreadable body: the upstream is broken, not the request.
        return HttpResponse::apiError(
            502, QStringLiteral("the upstream API failed: %1").arg(message), id, errorTypeName(ApiErrorCategory::Api));
    }
    case ToolError::Kind::Network:
        return HttpResponse::apiError(502, QStringLiteral("the upstream API could not be reached: %1").arg(message), id,
            errorTypeName(ApiErrorCategory::Api));
    case ToolError::Kind::Canceled:
        return HttpResponse::apiError(503, QStringLiteral("the server is shutting down; the request was canceled"), id);
    case ToolError::Kind::Refusal:
    case ToolError::Kind::Truncated:
    case ToolError::Kind::InvalidOutput:
        break;
    }
    return HttpResponse::apiError(500, QStringLiteral("the tool model's answer could not be used: %1").arg(message), id);
}

QString PromptServer::redacted(QString text, const QByteArray &clientKey) const
{
    for (const QString &key : {QString::fromUtf8(clientKey), m_config.engine.apiKey}) {
        if (!key.isEmpty())
            text.replace(key, QStringLiteral("[redacted]"));
    }
    return text;
}

void PromptServer::finish(const std::shared_ptr<Exchange> &exchange, HttpResponse response)
{
    if (exchange->answered)
        return;
    exchange->answered = true;
    response.withHeader("request-id", exchange->requestId.toLatin1());

    const HttpRequest &request = exchange->request;
    const bool clientGone = !exchange->connection || exchange->connection->isClosed();
    const int loggedStatus = clientGone ? clientClosedStatus : response.status;
    QString line = QStringLiteral("%1 %2 %3 %4 %5ms %6 engine=%7")
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), printable(request.method),
                           printable(request.path))
                       .arg(loggedStatus)
                       .arg(exchange->clock.elapsed())
                       .arg(exchange->requestId, m_config.engine.engine);
    if (const QString type = response.errorType(); !type.isEmpty())
        line += QStringLiteral(" error=") + type;
    if (!exchange->upstreamRequestId.isEmpty())
        line += QStringLiteral(" upstream=") + printable(exchange->upstreamRequestId.toUtf8(), 100);
    if (m_config.logBodies)
        line += QStringLiteral(" request=%1 response=%2").arg(oneLineBody(request.body), oneLineBody(response.body));
    emit requestLogged(redacted(line, exchange->clientKey));

    if (!clientGone)
        exchange->connection->respond(response, exchange->keepAlive && !m_stopping);
}

void PromptServer::stop(std::chrono::milliseconds deadline)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_tcpServer->close();
    const QSet<HttpConnection *> connections = m_connections;
    for (HttpConnection *connection : connections)
        connection->closeWhenIdle();
    if (!m_runs.isEmpty())
        m_stopDeadline.start(deadline);
    checkStopped();
}

void PromptServer::checkStopped()
{
    if (!m_stopping || m_stopped || !m_connections.isEmpty() || !m_runs.isEmpty())
        return;
    m_stopped = true;
    m_stopDeadline.stop();
    QMetaObject::invokeMethod(this, &PromptServer::stopped, Qt::QueuedConnection);
}

} // namespace pw
