#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace pw {

// What one HTTP request may take before the server stops reading it. The
// defaults are generous for JSON prompts and small enough that a client
// cannot make the server hold much memory.
struct HttpLimits
{
    qsizetype maxRequestLineBytes = 8 * 1024;
    qsizetype maxHeaderLineBytes = 8 * 1024;
    qsizetype maxHeaderBytes = 64 * 1024; // all header lines together
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 8 * 1024 * 1024;
};

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: "/v1/experimental/templatize_prompt?x=1"
    QByteArray path; // target without the query
    int minorVersion = 1; // HTTP/1.0 or HTTP/1.1
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed, in order
    QByteArray body;

    // A header by lower-case name; repeated headers joined with ", " (RFC 9110
    // 5.3), so "anthropic-beta" sent twice reads like one comma-joined value.
    QByteArray header(QByteArrayView lowerCaseName) const;
    bool hasHeader(QByteArrayView lowerCaseName) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 only
    // with "Connection: keep-alive" (as ab -k and old clients send it).
    bool keepAlive() const;
};

// Reads HTTP/1.1 requests from a byte stream, one at a time, within limits.
// Only Content-Length bodies: a JSON API has no use for chunked uploads, and
// refusing them keeps the body limit a single number checked before reading.
class HttpRequestParser
{
public:
    enum class State {
        NeedMore, // nothing complete yet; feed more bytes
        Complete, // takeRequest() holds a whole request
        Failed, // failureStatus()/failureMessage() say why; the connection must close
    };

    explicit HttpRequestParser(HttpLimits limits = {});

    // Consumes bytes from the front of buffer (what belongs to a following
    // request stays there). Call again after takeRequest() for the next one.
    State feed(QByteArray &buffer);
    // After Complete: the request; the parser is then ready for the next one.
    HttpRequest takeRequest();

    // Headers read, body still to come (for "Expect: 100-continue").
    bool awaitingBody() const { return m_phase == Phase::Body; }
    const HttpRequest &pending() const { return m_request; }
    // True once any byte of a request has arrived (timeouts tell an idle
    // keep-alive connection from a slow client).
    bool hasStarted() const { return m_started; }

    int failureStatus() const { return m_failureStatus; } // 400, 411, 413, 414, 431, 501, 505
    const QString &failureMessage() const { return m_failureMessage; }

private:
    enum class Phase { RequestLine, Headers, Body, Done, Failed };

    State fail(int status, const QString &message);
    State parseRequestLine(QByteArrayView line);
    State parseHeaderLine(QByteArrayView line);
    State headersDone();

    HttpLimits m_limits;
    Phase m_phase = Phase::RequestLine;
    HttpRequest m_request;
    qint64 m_bodyLength = 0;
    qsizetype m_headerBytes = 0;
    bool m_started = false;
    int m_failureStatus = 0;
    QString m_failureMessage;
};

} // namespace pw
