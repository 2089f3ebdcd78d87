#pragma once

#include <QRegularExpression>
#include <QString>

namespace pw {

// A value of several lines on one line of a table cell, each line break shown
// as " ⏎ ". Every kind of break counts: Qt's item delegates turn "\n" into
// U+2028 (QChar::LineSeparator) before a delegate's displayText sees it, and
// pasted text may bring "\r\n" or U+2029.
inline QString oneLineText(QString text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r\u2028|[\r\n\u2028\u2029]"));
    return text.replace(lineBreak, QStringLiteral(" ⏎ "));
}

// A tooltip that wraps: rich text, so the tooltip breaks it into lines about
// 80 characters wide instead of one line as wide as the text is long; its own
// line breaks stay. A long value shows its beginning: a tooltip is no editor.
inline QString wrappedToolTip(const QString &text)
{
    constexpr qsizetype shownLength = 1500;
    const QString shown = text.size() > shownLength ? text.left(shownLength) + QStringLiteral("…") : text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(shown.toHtmlEscaped());
}

} // namespace pw
