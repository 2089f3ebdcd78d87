#include "codeliterals.h"

#include "prompt/variables.h"

namespace pw {

namespace {

bool isInvisible(char32_t codePoint, bool loneSurrogate)
{
    if (loneSurrogate || codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F))
        return true;
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // bidi overrides, zero-width characters, byte order marks
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString hex(char32_t codePoint, int width)
{
    return QStringLiteral("%1").arg(uint(codePoint), width, 16, QLatin1Char('0')).toUpper();
}

QString escapedCodePoint(char32_t codePoint, LiteralStyle style)
{
    const bool javaScript = style == LiteralStyle::JavaScript || style == LiteralStyle::JavaScriptTemplate;
    if (codePoint <= 0xFFFF)
        return QStringLiteral("\\u") + hex(codePoint, 4);
    if (javaScript)
        return QStringLiteral("\\u{") + hex(codePoint, 0) + QLatin1Char('}');
    return QStringLiteral("\\U") + hex(codePoint, 8);
}

} // namespace

QString quotedLiteral(QStringView text, LiteralStyle style)
{
    const bool templateLiteral = style == LiteralStyle::JavaScriptTemplate;
    const QChar quote = templateLiteral ? u'`' : u'"';
    QString out;
    out.reserve(text.size() + 2);
    out += quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        char32_t codePoint = c.unicode();
        bool loneSurrogate = false;
        qsizetype units = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, text[i + 1]);
            units = 2;
        } else if (c.isSurrogate()) {
            loneSurrogate = true;
        }

        if (c == u'\\') {
            out += QLatin1String("\\\\");
        } else if (c == quote) {
            out += u'\\';
            out += c;
        } else if (templateLiteral && c == u'$' && i + 1 < text.size() && text[i + 1] == u'{') {
            out += QLatin1String("\\$");
        } else if (c == u'\n') {
            out += templateLiteral ? QStringLiteral("\n") : QStringLiteral("\\n");
        } else if (c == u'\t') {
            out += templateLiteral ? QStringLiteral("\t") : QStringLiteral("\\t");
        } else if (c == u'\r') {
            out += QLatin1String("\\r");
        } else if (isInvisible(codePoint, loneSurrogate)) {
            out += escapedCodePoint(codePoint, style);
        } else {
            out += text.mid(i, units);
        }
        i += units - 1;
    }
    out += quote;
    return out;
}

QString jinjaTemplateText(QStringView text, TemplateDialect dialect)
{
    QString out;
    qsizetype copied = 0;
    const auto appendLiteral = [&](qsizetype end) {
        for (qsizetype i = copied; i < end; ++i) {
            // Look at the original text: a "{" before a placeholder would also open a tag.
            const bool opensTag
                = text[i] == u'{' && i + 1 < text.size() && (text[i + 1] == u'{' || text[i + 1] == u'%' || text[i + 1] == u'#');
            if (opensTag)
                out += QLatin1String("{{ '{' }}");
            else if (text[i] == u'\r' && dialect == TemplateDialect::Jinja)
                out += QLatin1String("{{ '\\r' }}");
            else
                out += text[i];
        }
    };
    for (const VariableOccurrence &occurrence : scanVariables(text)) {
        appendLiteral(occurrence.location.offset);
        out += dialect == TemplateDialect::Jinja ? QStringLiteral("{{ ") + occurrence.name + QStringLiteral(" }}")
                                                 : placeholder(occurrence.name);
        copied = occurrence.location.offset + occurrence.length;
    }
    appendLiteral(text.size());
    return out;
}

} // namespace pw
