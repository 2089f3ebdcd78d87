#pragma once

#include "httpconnection.h"
#include "tools/engine.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

class QTcpServer;

namespace pw {

// The beta every prompt-tools request must name, and the API versions the
// server answers (the SDK of late 2026 sends the newer one).
inline constexpr QLatin1String promptToolsBeta("prompt-tools-2025-04-02");
QStringList acceptedApiVersions(); // 2023-06-01, 2026-10-21

struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080; // 0: any free port
    // The engine that answers. Its apiKey is the server's own key and is used
    // only in server-key mode; in pass-through mode each request's key goes
    // upstream instead.
    EngineConfig engine;
    // Non-empty: server-key mode, and only clients with one of these keys are
    // answered. Empty: pass-through mode (loopback only).
    QList<QByteArray> clientKeys;
    HttpLimits limits;
    HttpTimeouts timeouts;
    // Connections served at once; more are answered 429 with retry-after.
    int maxConnections = 64;
    // Prompt text (request and response bodies) in the log line.
    bool logBodies = false;
};

// The retired prompt-tools endpoints over HTTP/1.1 (keep-alive), answered by
// one of Promptwerk's engines, plus GET /healthz. Written on QTcpServer, not
// QHttpServer: Qt 6.4's QHttpServer reads a whole request before the
// application sees it and has no hook for limits on body, headers or lines,
// for timeouts of slow clients, for refusing connections over a limit or for
// a graceful stop; all of these are required here.
class PromptServer : public QObject
{
    Q_OBJECT

public:
    explicit PromptServer(ServerConfig config, QObject *parent = nullptr);
    ~PromptServer() override;

    // Refuses a non-loopback address without client keys, an unknown
    // engine, and a server-key mode without a key for an engine that needs one.
    bool listen(QString *error);
    quint16 port() const;
    const ServerConfig &config() const { return m_config; }

    // Graceful stop: no new connections or requests; requests being
    // answered get until deadline, then are canceled (503). stopped() follows
    // once every connection is closed.
    void stop(std::chrono::milliseconds deadline);
    bool isStopping() const { return m_stopping; }
    int openConnections() const { return int(m_connections.size()); }

signals:
    // One line per request: time, method, path, status, duration, request id,
    // engine (and the bodies with logBodies). Never a key.
    void requestLogged(const QString &line);
    void stopped();

private:
    struct Exchange;

    void acceptConnections();
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    void onUnreadable(HttpConnection *connection, int status, const QString &message);
    // The answer, or nullopt when a tool run answers later.
    std::optional<HttpResponse> handle(const std::shared_ptr<Exchange> &exchange);
    std::optional<HttpResponse> checkHeaders(const Exchange &exchange, QByteArray *clientKey) const;
    void startTool(const std::shared_ptr<Exchange> &exchange, Tool tool, ToolRequest request, const QByteArray &clientKey);
    void finish(const std::shared_ptr<Exchange> &exchange, HttpResponse response);
    HttpResponse responseForFailedRun(const Exchange &exchange, const ToolError &error) const;
    bool isClientKey(const QByteArray &key) const;
    QString redacted(QString text, const QByteArray &clientKey) const;
    void checkStopped();

    ServerConfig m_config;
    QTcpServer *m_tcpServer;
    QNetworkAccessManager m_network;
    QSet<HttpConnection *> m_connections;
    QSet<ToolRun *> m_runs;
    QList<QByteArray> m_clientKeyDigests;
    QTimer m_stopDeadline;
    bool m_stopping = false;
    bool m_stopped = false;
};

} // namespace pw
