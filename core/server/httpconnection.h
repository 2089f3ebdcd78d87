#pragma once

#include "httprequestparser.h"
#include "httpresponse.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace pw {

struct HttpTimeouts
{
    // The longest a request may take to arrive, from its first byte to its
    // last: a client that drips bytes (slowloris) is cut off with 408.
    std::chrono::milliseconds request {std::chrono::seconds(30)};
    // How long a connection may sit without a request (after connecting or
    // between keep-alive requests) before it is closed quietly.
    std::chrono::milliseconds idle {std::chrono::seconds(15)};
};

// One client connection: reads requests one at a time within the limits and
// timeouts, hands each to the server, and writes the answer. It never
// answers by itself: parse failures and timeouts are reported so that the
// server answers them like every other request (request id, log line).
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of socket.
    HttpConnection(QTcpSocket *socket, HttpLimits limits, HttpTimeouts timeouts, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Answers the request last handed out (or reported as unreadable).
    // Without keepAlive the connection closes once the answer is sent.
    void respond(const HttpResponse &response, bool keepAlive);
    // Between requests: close now; while a request is being answered: close
    // after the answer; while one is arriving: close now (it was never accepted).
    void closeWhenIdle();
    bool isClosed() const { return m_state == State::Closed; }

signals:
    void requestReceived(const pw::HttpRequest &request);
    // The request cannot be read (malformed, over a limit, too slow): answer it
    // with status and message; the connection closes after that answer.
    void requestUnreadable(int status, const QString &message);
    // The connection is gone (client closed, or closed after an answer); the
    // object deletes itself afterwards.
    void closed();

private:
    enum class State { Idle, Reading, Answering, Closing, Closed };

    void onReadyRead();
    void processBuffer();
    void onDeadline();
    void startIdle();
    void lingerClose();
    void finishClose();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    HttpTimeouts m_timeouts;
    QByteArray m_buffer;
    QTimer m_deadline;
    State m_state = State::Idle;
    bool m_sentContinue = false;
    bool m_closeAfterAnswer = false;
    bool m_writeShutDown = false;
};

} // namespace pw
