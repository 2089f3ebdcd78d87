#include "sseparser.h"

namespace pw {

namespace {

const QByteArray byteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
    qsizetype pos = 0;
    if (!m_bomChecked) {
        // The mark may arrive split across chunks: hold the first bytes back
        // until they can be told apart from it.
        m_line.append(bytes);
        if (m_line.size() < byteOrderMark.size() && byteOrderMark.startsWith(m_line))
            return events;
        m_bomChecked = true;
        QByteArray start = m_line.startsWith(byteOrderMark) ? m_line.mid(byteOrderMark.size()) : m_line;
        m_line.clear();
        events = feed(start);
        return events;
    }

    while (pos < bytes.size()) {
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (bytes[pos] == '\n') {
                ++pos;
                continue;
            }
        }
        qsizetype end = pos;
        while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r')
            ++end;
        if (end == bytes.size()) {
            m_line.append(bytes.sliced(pos));
            break;
        }
        m_skipLineFeed = bytes[end] == '\r';
        if (m_line.isEmpty()) {
            processLine(bytes.sliced(pos, end - pos), events);
        } else {
            m_line.append(bytes.sliced(pos, end - pos));
            const QByteArray line = std::exchange(m_line, {});
            processLine(line, events);
        }
        pos = end + 1;
    }
    return events;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &events)
{
    if (line.isEmpty()) {
        if (!m_data.isEmpty()) {
            SseEvent event;
            if (!m_type.isEmpty())
                event.type = m_type;
            event.data = m_data.chopped(1); // the "\n" after the last data line
            event.id = m_id;
            events.append(event);
        }
        m_data.clear();
        m_type.clear();
        return;
    }
    if (line.startsWith(':'))
        return;

    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_id = value.toByteArray(); // the last event ID persists across events
    }
    // "retry" and unknown fields are ignored: retries follow the API's own policy.
}

void SseParser::reset()
{
    *this = SseParser();
}

} // namespace pw
