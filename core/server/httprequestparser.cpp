#include "httprequestparser.h"

namespace pw {

namespace {

// RFC 9110 token characters (method and header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values: visible characters, spaces, tabs and obs-text; no other controls.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// A printable excerpt of client bytes for an error message.
QString excerpt(QByteArrayView text)
{
    QString shown = QString::fromLatin1(text.first(qMin<qsizetype>(text.size(), 40)));
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return shown + (text.size() > 40 ? QStringLiteral("…") : QString());
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    QByteArray value;
    bool first = true;
    for (const auto &[name, headerValue] : headers) {
        if (name != lowerCaseName)
            continue;
        if (!first)
            value += ", ";
        value += headerValue;
        first = false;
    }
    return value;
}

bool HttpRequest::hasHeader(QByteArrayView lowerCaseName) const
{
    for (const auto &header : headers) {
        if (header.first == lowerCaseName)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    bool keepAliveAsked = false;
    const QList<QByteArray> options = header("connection").toLower().split(',');
    for (const QByteArray &option : options) {
        if (option.trimmed() == "close")
            return false;
        keepAliveAsked = keepAliveAsked || option.trimmed() == "keep-alive";
    }
    return minorVersion >= 1 || keepAliveAsked;
}

HttpRequestParser::HttpRequestParser(HttpLimits limits) : m_limits(limits) { }

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &message)
{
    m_phase = Phase::Failed;
    m_failureStatus = status;
    m_failureMessage = message;
    return State::Failed;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArray &buffer)
{
    while (true) {
        switch (m_phase) {
        case Phase::Done:
            return State::Complete;
        case Phase::Failed:
            return State::Failed;
        case Phase::Body: {
            const qint64 missing = m_bodyLength - m_request.body.size();
            const qsizetype take = qsizetype(qMin<qint64>(missing, buffer.size()));
            m_request.body.append(buffer.constData(), take);
            buffer.remove(0, take);
            if (m_request.body.size() < m_bodyLength)
                return State::NeedMore;
            m_phase = Phase::Done;
            return State::Complete;
        }
        case Phase::RequestLine:
        case Phase::Headers:
            break;
        }

        if (!buffer.isEmpty())
            m_started = true;
        const bool requestLine = m_phase == Phase::RequestLine;
        const qsizetype lineLimit = requestLine ? m_limits.maxRequestLineBytes : m_limits.maxHeaderLineBytes;
        const qsizetype end = buffer.indexOf('\n');
        if (end < 0) {
            if (buffer.size() <= lineLimit)
                return State::NeedMore;
            return requestLine ? fail(414, QStringLiteral("the request line is longer than %1 bytes").arg(lineLimit))
                               : fail(431, QStringLiteral("a header line is longer than %1 bytes").arg(lineLimit));
        }
        if (end > lineLimit) {
            return requestLine ? fail(414, QStringLiteral("the request line is longer than %1 bytes").arg(lineLimit))
                               : fail(431, QStringLiteral("a header line is longer than %1 bytes").arg(lineLimit));
        }
        QByteArrayView line(buffer.constData(), end);
        if (line.endsWith('\r'))
            line.chop(1);
        const State state = requestLine ? parseRequestLine(line) : parseHeaderLine(line);
        buffer.remove(0, end + 1);
        if (state != State::NeedMore || m_phase == Phase::Done)
            return state;
    }
}

HttpRequestParser::State HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    // Robustness (RFC 9112 2.2): empty lines before a request are ignored.
    if (line.isEmpty())
        return State::NeedMore;
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> result;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line[i] == ' ') {
                result.append(line.sliced(start, i - start));
                start = i + 1;
            }
        }
        return result;
    }();
    if (parts.size() != 3 || !isToken(parts[0]))
        return fail(400, QStringLiteral("malformed request line \"%1\" (expected METHOD /path HTTP/1.1)").arg(excerpt(line)));
    const QByteArrayView version = parts[2];
    if (version == "HTTP/1.1")
        m_request.minorVersion = 1;
    else if (version == "HTTP/1.0")
        m_request.minorVersion = 0;
    else if (version.startsWith("HTTP/"))
        return fail(505, QStringLiteral("HTTP version \"%1\" is not supported (use HTTP/1.1)").arg(excerpt(version)));
    else
        return fail(400, QStringLiteral("malformed request line \"%1\" (expected METHOD /path HTTP/1.1)").arg(excerpt(line)));
    const QByteArrayView target = parts[1];
    if (!target.startsWith('/') || !isFieldValue(target))
        return fail(400, QStringLiteral("the request target must be a path starting with / (found \"%1\")").arg(excerpt(target)));

    m_request.method = parts[0].toByteArray();
    m_request.target = target.toByteArray();
    const qsizetype query = target.indexOf('?');
    m_request.path = (query < 0 ? target : target.first(query)).toByteArray();
    m_headerBytes = 0;
    m_phase = Phase::Headers;
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    if (line.isEmpty())
        return headersDone();
    m_headerBytes += line.size() + 2;
    if (m_headerBytes > m_limits.maxHeaderBytes)
        return fail(431, QStringLiteral("the headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
    if (m_request.headers.size() >= m_limits.maxHeaderCount)
        return fail(431, QStringLiteral("more than %1 header lines").arg(m_limits.maxHeaderCount));
    if (line.front() == ' ' || line.front() == '\t')
        return fail(400, QStringLiteral("folded header lines are not allowed"));
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = colon < 0 ? line : line.first(colon);
    if (colon < 0 || !isToken(name))
        return fail(400, QStringLiteral("malformed header line \"%1\" (expected Name: value)").arg(excerpt(line)));
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    if (!isFieldValue(value))
        return fail(400, QStringLiteral("%1: control characters are not allowed in header values").arg(excerpt(name)));
    m_request.headers.append({name.toByteArray().toLower(), value.toByteArray()});
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::headersDone()
{
    if (m_request.hasHeader("transfer-encoding"))
        return fail(411, QStringLiteral("transfer-encoding: chunked request bodies are not supported; send Content-Length"));
    if (m_request.hasHeader("content-length")) {
        // Repeated or comma-joined values must all agree (RFC 9110 8.6).
        qint64 length = -1;
        const QList<QByteArray> values = m_request.header("content-length").split(',');
        for (const QByteArray &value : values) {
            const QByteArray digits = value.trimmed();
            bool ok = !digits.isEmpty() && digits.size() <= 18;
            for (char c : digits)
                ok = ok && c >= '0' && c <= '9';
            const qint64 parsed = ok ? digits.toLongLong() : -1;
            if (!ok || (length >= 0 && parsed != length))
                return fail(400, QStringLiteral("content-length: must be one whole number of bytes"));
            length = parsed;
        }
        if (length > m_limits.maxBodyBytes) {
            return fail(413,
                QStringLiteral("the request body of %1 bytes is larger than the limit of %2 bytes")
                    .arg(length)
                    .arg(m_limits.maxBodyBytes));
        }
        m_bodyLength = length;
    }
    m_phase = m_bodyLength > 0 ? Phase::Body : Phase::Done;
    if (m_phase == Phase::Done)
        return State::Complete;
    m_request.body.reserve(qsizetype(m_bodyLength));
    return State::NeedMore;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = {};
    m_bodyLength = 0;
    m_headerBytes = 0;
    m_started = false;
    m_phase = Phase::RequestLine;
    return request;
}

} // namespace pw
