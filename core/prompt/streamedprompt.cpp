#include "streamedprompt.h"

#include <QList>

namespace pw {

namespace {

// One open object or array on the way down to the current value.
struct Frame
{
    bool isObject = true;
    bool expectingKey = true; // objects: the next string is a key
    QString key; // objects: the key of the current value
    int index = -1; // arrays: the index of the current value
};

bool isDelimiter(QChar c)
{
    return c.isSpace() || c == u',' || c == u':' || c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u'"';
}

class Reader
{
public:
    explicit Reader(QStringView text) : m_text(text) { }

    Prompt read()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            switch (c.unicode()) {
            case u'{':
            case u'[':
                beginValue();
                m_stack.append(Frame {c == u'{', c == u'{', {}, -1});
                ++m_pos;
                break;
            case u'}':
            case u']':
                if (!m_stack.isEmpty())
                    m_stack.removeLast();
                ++m_pos;
                break;
            case u':':
                if (!m_stack.isEmpty() && m_stack.last().isObject)
                    m_stack.last().expectingKey = false;
                ++m_pos;
                break;
            case u',':
                if (!m_stack.isEmpty() && m_stack.last().isObject)
                    m_stack.last().expectingKey = true;
                ++m_pos;
                break;
            case u'"': {
                const bool isKey = !m_stack.isEmpty() && m_stack.last().isObject && m_stack.last().expectingKey;
                if (!isKey)
                    beginValue();
                const QString string = readString();
                if (isKey)
                    m_stack.last().key = string;
                else
                    take(string);
                break;
            }
            default:
                if (c.isSpace()) {
                    ++m_pos;
                    break;
                }
                // A number, true, false, null or something stray: one value.
                beginValue();
                while (m_pos < m_text.size() && !isDelimiter(m_text.at(m_pos)))
                    ++m_pos;
                break;
            }
        }
        return m_prompt;
    }

private:
    // A value starts: in an array, it is the next element.
    void beginValue()
    {
        if (!m_stack.isEmpty() && !m_stack.last().isObject)
            ++m_stack.last().index;
    }

    // From the opening quote to the closing one or the end of the text.
    QString readString()
    {
        QString out;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                return out;
            }
            if (c != u'\\') {
                out.append(c);
                ++m_pos;
                continue;
            }
            if (m_pos + 1 >= m_text.size())
                break; // an escape cut in half
            const QChar escaped = m_text.at(m_pos + 1);
            m_pos += 2;
            switch (escaped.unicode()) {
            case u'n':
                out.append(u'\n');
                break;
            case u't':
                out.append(u'\t');
                break;
            case u'r':
                out.append(u'\r');
                break;
            case u'b':
                out.append(u'\b');
                break;
            case u'f':
                out.append(u'\f');
                break;
            case u'u': {
                if (m_pos + 4 > m_text.size()) {
                    m_pos = m_text.size();
                    return out;
                }
                bool ok = false;
                const ushort unit = m_text.sliced(m_pos, 4).toUShort(&ok, 16);
                if (ok)
                    out.append(QChar(unit));
                m_pos += 4;
                break;
            }
            default:
                out.append(escaped); // \" \\ \/ and anything else as itself
                break;
            }
        }
        m_pos = m_text.size();
        return out;
    }

    // A string value at a place of the prompt: system, messages[i].role,
    // messages[i].content (a string), messages[i].content[j].text.
    void take(const QString &value)
    {
        const qsizetype depth = m_stack.size();
        if (depth == 0 || !m_stack.at(0).isObject)
            return;
        const QString &top = m_stack.at(0).key;
        if (depth == 1 && top == QLatin1String("system")) {
            m_prompt.system = value;
            return;
        }
        if (top != QLatin1String("messages") || depth < 3 || m_stack.at(1).isObject || !m_stack.at(2).isObject)
            return;
        Message &message = messageAt(m_stack.at(1).index);
        const QString &field = m_stack.at(2).key;
        if (depth == 3 && field == QLatin1String("role")) {
            message.role = value == QLatin1String("assistant") ? Role::Assistant : Role::User;
        } else if (depth == 3 && field == QLatin1String("content")) {
            message.content = {ContentBlock::fromText(value)};
        } else if (depth == 5 && field == QLatin1String("content") && !m_stack.at(3).isObject && m_stack.at(4).isObject
            && m_stack.at(4).key == QLatin1String("text")) {
            const int block = m_stack.at(3).index;
            while (message.content.size() <= block)
                message.content.append(ContentBlock::fromText(QString()));
            message.content[block].text = value;
        }
    }

    Message &messageAt(int index)
    {
        while (m_prompt.messages.size() <= index)
            m_prompt.messages.append(Message {Role::User, {}});
        return m_prompt.messages[index];
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QList<Frame> m_stack;
    Prompt m_prompt;
};

} // namespace

std::optional<Prompt> streamedPrompt(QStringView partialJson)
{
    const QStringView trimmed = partialJson.trimmed();
    if (!trimmed.startsWith(u'{'))
        return std::nullopt;
    return Reader(trimmed).read();
}

} // namespace pw
