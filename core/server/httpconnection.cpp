#include "httpconnection.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace pw {

namespace {

// Incoming bytes Qt may hold for a connection before it stops reading from
// the network: the client then waits (TCP flow control) instead of the
// server buffering whatever it sends while a request is being answered.
constexpr qint64 socketReadBuffer = 256 * 1024;
// After an error answer the client may still be sending a body; it is read
// and dropped this long, so that closing does not reset the connection
// before the client has read the answer.
constexpr std::chrono::milliseconds lingerTime {2000};

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpLimits limits, HttpTimeouts timeouts, QObject *parent)
    : QObject(parent), m_socket(socket), m_parser(limits), m_timeouts(timeouts)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(socketReadBuffer);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finishClose);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError || m_socket->state() != QAbstractSocket::ConnectedState)
            finishClose();
    });
    startIdle();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::startIdle()
{
    m_state = State::Idle;
    m_deadline.start(m_timeouts.idle);
}

void HttpConnection::onReadyRead()
{
    switch (m_state) {
    case State::Closing:
        m_socket->readAll(); // dropped: the answer is out, the client is still sending
        return;
    case State::Answering: // read after the answer (pipelining, or flow control meanwhile)
    case State::Closed:
        return;
    case State::Idle:
    case State::Reading:
        m_buffer += m_socket->readAll();
        processBuffer();
        return;
    }
}

void HttpConnection::processBuffer()
{
    switch (m_parser.feed(m_buffer)) {
    case HttpRequestParser::State::NeedMore:
        if (m_parser.hasStarted() && m_state == State::Idle) {
            m_state = State::Reading;
            m_deadline.start(m_timeouts.request);
        }
        if (m_parser.awaitingBody() && !m_sentContinue && m_parser.pending().header("expect").toLower() == "100-continue") {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_sentContinue = true;
        }
        return;
    case HttpRequestParser::State::Complete:
        m_deadline.stop();
        m_state = State::Answering;
        m_sentContinue = false;
        emit requestReceived(m_parser.takeRequest());
        return;
    case HttpRequestParser::State::Failed:
        m_deadline.stop();
        m_state = State::Answering;
        m_closeAfterAnswer = true;
        emit requestUnreadable(m_parser.failureStatus(), m_parser.failureMessage());
        return;
    }
}

void HttpConnection::respond(const HttpResponse &response, bool keepAlive)
{
    if (m_state != State::Answering)
        return;
    keepAlive = keepAlive && !m_closeAfterAnswer;
    m_socket->write(response.serialize(keepAlive));
    if (!keepAlive) {
        lingerClose();
        return;
    }
    startIdle();
    // The next request may already be here (pipelined, or held back by flow
    // control); read it from the event loop, never recursively from here.
    QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::closeWhenIdle()
{
    if (m_state == State::Answering)
        m_closeAfterAnswer = true;
    else if (m_state == State::Idle || m_state == State::Reading)
        lingerClose();
}

void HttpConnection::onDeadline()
{
    switch (m_state) {
    case State::Idle:
        lingerClose();
        return;
    case State::Reading:
        m_state = State::Answering;
        m_closeAfterAnswer = true;
        emit requestUnreadable(
            408, QStringLiteral("the request did not arrive within %1 s").arg(double(m_timeouts.request.count()) / 1000.0));
        return;
    case State::Closing:
        m_socket->abort();
        finishClose();
        return;
    case State::Answering:
    case State::Closed:
        return;
    }
}

void HttpConnection::lingerClose()
{
    m_state = State::Closing;
    m_deadline.start(lingerTime);
    // Half-close once everything is written: the client reads the answer,
    // sees the end and closes its side, which ends the linger.
    const auto shutDownWhenWritten = [this] {
        if (m_writeShutDown || m_socket->bytesToWrite() > 0)
            return;
        m_writeShutDown = true;
        m_socket->flush();
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, shutDownWhenWritten);
    shutDownWhenWritten();
}

void HttpConnection::finishClose()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_deadline.stop();
    emit closed();
    deleteLater();
}

} // namespace pw
