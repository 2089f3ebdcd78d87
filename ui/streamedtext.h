#pragma once

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QString>
#include <QTextCursor>

namespace pw {

// Appends the newest piece of a streamed answer, following the text unless
// the reader has scrolled up to read (the tool run panel and Run Prompt).
inline void appendStreamedText(QPlainTextEdit *view, const QString &delta)
{
    QScrollBar *bar = view->verticalScrollBar();
    const bool following = bar->value() >= bar->maximum() - 4;
    QTextCursor cursor(view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(delta);
    if (following)
        bar->setValue(bar->maximum());
}

// "1:05": the minutes and seconds a run has taken so far.
inline QString clockText(qint64 elapsedMs)
{
    const qint64 seconds = elapsedMs / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace pw
