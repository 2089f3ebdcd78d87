#include "scorechart.h"

#include "uicolors.h"

#include <QPainter>

namespace pw {

namespace {

constexpr int barWidth = 120;
constexpr int gap = 6;

} // namespace

ScoreChart::ScoreChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Score per version"));
}

void ScoreChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    QStringList lines;
    for (const Bar &bar : bars) {
        lines.append(bar.ran ? tr("%1: %2 % passed, mean score %3")
                                   .arg(bar.title)
                                   .arg(qRound(bar.passRate * 100))
                                   .arg(bar.meanScore, 0, 'f', 2)
                             : tr("%1: not run yet").arg(bar.title));
    }
    setToolTip(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

int ScoreChart::rowHeight() const
{
    return fontMetrics().height() + 2;
}

int ScoreChart::labelWidth() const
{
    int width = 0;
    for (const Bar &bar : m_bars)
        width = std::max(width, fontMetrics().horizontalAdvance(bar.label));
    return width;
}

QSize ScoreChart::sizeHint() const
{
    return {labelWidth() + gap + barWidth + 2, std::max<int>(1, int(m_bars.size())) * rowHeight()};
}

void ScoreChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int labels = labelWidth();
    const int row = rowHeight();
    const QColor track = uicolors::blend(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.12);
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const int top = int(i) * row;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, top, labels, row), Qt::AlignVCenter | Qt::AlignRight, bar.label);
        const QRect trackRect(labels + gap, top + row / 4, barWidth, row / 2);
        painter.fillRect(trackRect, track);
        if (!bar.ran)
            continue;
        QRect passed = trackRect;
        passed.setWidth(qRound(trackRect.width() * std::clamp(bar.passRate, 0.0, 1.0)));
        painter.fillRect(passed, uicolors::positive());
        // The mean score: a tick across the bar.
        const int x = trackRect.left() + qRound((trackRect.width() - 1) * std::clamp(bar.meanScore, 0.0, 1.0));
        painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
        painter.drawLine(x, top + 1, x, top + row - 2);
    }
}

} // namespace pw
