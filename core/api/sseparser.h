#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace pw {

// One server-sent event.
struct SseEvent
{
    QByteArray type = QByteArrayLiteral("message"); // the "event:" field; "message" when absent
    QByteArray data; // the "data:" lines joined with "\n"
    QByteArray id;

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

// An incremental text/event-stream parser (WHATWG HTML, "Server-sent events"):
// bytes in, complete events out. Chunks may split the stream anywhere, even
// inside a "\r\n" or the byte order mark. Lines end with "\n", "\r\n" or "\r";
// lines starting with ":" are comments; an event is dispatched at a blank
// line, and one with no data line is not dispatched.
class SseParser
{
public:
    // An event still missing its blank line when the stream ends is never
    // returned, as the standard says.
    QList<SseEvent> feed(QByteArrayView bytes);
    void reset();

private:
    void processLine(QByteArrayView line, QList<SseEvent> &events);

    QByteArray m_line;
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_id;
    bool m_skipLineFeed = false;
    bool m_bomChecked = false;
};

} // namespace pw
