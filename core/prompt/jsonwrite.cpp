#include "jsonwrite.h"

namespace pw {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// Writes \uXXXX at p and returns the position after it.
char *writeHexEscape(char *p, char16_t unit)
{
    *p++ = '\\';
    *p++ = 'u';
    *p++ = hexDigits[(unit >> 12) & 0xf];
    *p++ = hexDigits[(unit >> 8) & 0xf];
    *p++ = hexDigits[(unit >> 4) & 0xf];
    *p++ = hexDigits[unit & 0xf];
    return p;
}

// Qt writes every character but quotes, backslashes and controls as UTF-8.
// Outside strings JSON text is ASCII, so a multi-byte sequence is always
// string content (or a key) and can be swapped for its escape as it is.
QByteArray escapeRawCharacters(const QByteArray &json)
{
    QByteArray out;
    qsizetype copiedUpTo = 0;
    for (qsizetype i = 0; i + 2 < json.size(); ++i) {
        // Every character isEscapedInJson() lets through raw (the
        // noncharacters, U+FEFF, U+2028/9) takes three bytes in UTF-8.
        const uchar lead = uchar(json[i]);
        if ((lead & 0xf0) != 0xe0)
            continue;
        const char16_t unit = char16_t(((lead & 0x0f) << 12) | ((uchar(json[i + 1]) & 0x3f) << 6) | (uchar(json[i + 2]) & 0x3f));
        if (isEscapedInJson(unit)) {
            out.append(json.constData() + copiedUpTo, i - copiedUpTo);
            char escape[6];
            out.append(escape, writeHexEscape(escape, unit) - escape);
            copiedUpTo = i + 3;
        }
        i += 2;
    }
    if (copiedUpTo == 0)
        return json;
    out.append(json.constData() + copiedUpTo, json.size() - copiedUpTo);
    return out;
}

} // namespace

bool isEscapedInJson(char16_t unit)
{
    return unit == 0xfeff || unit == 0xfffe || unit == 0xffff || unit == 0x2028 || unit == 0x2029 || QChar::isSurrogate(unit);
}

QByteArray toJsonBytes(const QJsonObject &object, QJsonDocument::JsonFormat format)
{
    return escapeRawCharacters(QJsonDocument(object).toJson(format));
}

QByteArray toJsonBytes(const QJsonArray &array, QJsonDocument::JsonFormat format)
{
    return escapeRawCharacters(QJsonDocument(array).toJson(format));
}

// Writes text escaped for a JSON string, without the quotes, through a raw
// pointer into room for the worst case (six bytes a unit for \u escapes),
// then trimmed: appending byte by byte costs more than the diff itself on
// large prompts.
void appendJsonEscaped(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size());
    char *p = out.data() + start;
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = units[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *p++ = char(c);
                continue;
            }
            switch (c) {
            case u'"':
                *p++ = '\\';
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                *p++ = '\\';
                break;
            case u'\n':
                *p++ = '\\';
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = '\\';
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = '\\';
                *p++ = 't';
                break;
            case u'\b':
                *p++ = '\\';
                *p++ = 'b';
                break;
            case u'\f':
                *p++ = '\\';
                *p++ = 'f';
                break;
            default:
                p = writeHexEscape(p, c);
            }
        } else if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(units[i + 1])) {
            const char32_t cp = QChar::surrogateToUcs4(c, units[++i]);
            *p++ = char(0xf0 | (cp >> 18));
            *p++ = char(0x80 | ((cp >> 12) & 0x3f));
            *p++ = char(0x80 | ((cp >> 6) & 0x3f));
            *p++ = char(0x80 | (cp & 0x3f));
        } else if (isEscapedInJson(c)) {
            p = writeHexEscape(p, c);
        } else {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        }
    }
    out.truncate(p - out.constData());
}

void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    appendJsonEscaped(out, text);
    out += '"';
}

QByteArray jsonString(QStringView text)
{
    QByteArray out;
    appendJsonString(out, text);
    return out;
}

} // namespace pw
