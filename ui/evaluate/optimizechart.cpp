#include "optimizechart.h"

#include "uicolors.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <functional>

namespace pw {

namespace {

constexpr int gap = 6;
constexpr int markerRadius = 4;
// Token bars reach up to this share of the plot's height, below most scores.
constexpr double tokenBarShare = 0.3;

QString percent(double score)
{
    return OptimizeChart::tr("%1 %").arg(qRound(score * 100));
}

void drawDiamond(QPainter &painter, QPointF centre, double radius)
{
    QPainterPath path;
    path.moveTo(centre.x(), centre.y() - radius);
    path.lineTo(centre.x() + radius, centre.y());
    path.lineTo(centre.x(), centre.y() + radius);
    path.lineTo(centre.x() - radius, centre.y());
    path.closeSubpath();
    painter.drawPath(path);
}

} // namespace

OptimizeChart::OptimizeChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Score per round"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void OptimizeChart::setData(const Data &data)
{
    m_data = data;
    const QStringList lines = summaryLines();
    setToolTip(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    update();
}

QString OptimizeChart::spentText() const
{
    const QLocale locale;
    const QString tokens = tr("%1 tokens").arg(locale.toString(m_data.tokens));
    if (m_data.costUsd <= 0 && m_data.costComplete)
        return tokens;
    return m_data.costComplete
        ? tr("%1 · ≈ $%2 (estimate)").arg(tokens).arg(m_data.costUsd, 0, 'f', 4)
        : tr("%1 · ≈ $%2 (estimate; some models have no price)").arg(tokens).arg(m_data.costUsd, 0, 'f', 4);
}

QStringList OptimizeChart::summaryLines() const
{
    const QLocale locale;
    QStringList lines;
    for (const Round &round : m_data.rounds) {
        const QString name = round.round == 0 ? tr("Original") : tr("Round %1").arg(round.round);
        if (!round.best) {
            lines.append(tr("%1: running").arg(name));
            continue;
        }
        lines.append(tr("%1: best training score %2, %n candidate(s) evaluated, %3 tokens", nullptr, int(round.candidates.size()))
                         .arg(name, percent(*round.best), locale.toString(round.tokens)));
    }
    if (m_data.heldOutOriginal && m_data.heldOutWinner) {
        lines.append(
            tr("Held-out cases: original %1, winner %2").arg(percent(*m_data.heldOutOriginal), percent(*m_data.heldOutWinner)));
    }
    lines.append(spentText());
    return lines;
}

QSize OptimizeChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 26, line * 13};
}

QSize OptimizeChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 16, line * 9};
}

void OptimizeChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor faint = uicolors::blend(palette().color(QPalette::Window), text, 0.15);
    const QColor tokenColor = uicolors::blend(palette().color(QPalette::Window), text, 0.12);
    const QColor training = uicolors::active();
    const QColor heldOut = uicolors::positive();

    // The legend on top, the round numbers and what was spent below, the percentages on the left.
    const int axisWidth = metrics.horizontalAdvance(percent(1)) + gap;
    const QRect plot(axisWidth + gap, line + gap + markerRadius, width() - axisWidth - 2 * gap,
        height() - 3 * line - 2 * gap - 2 * markerRadius);
    if (plot.width() < 20 || plot.height() < 20)
        return;

    int legendX = plot.left();
    const auto legendEntry = [&](const QString &label, const std::function<void(QPointF)> &marker) {
        marker(QPointF(legendX + markerRadius, line / 2.0));
        legendX += 2 * markerRadius + 4;
        painter.setPen(text);
        painter.drawText(QRect(legendX, 0, metrics.horizontalAdvance(label) + 1, line), Qt::AlignVCenter, label);
        legendX += metrics.horizontalAdvance(label) + 3 * gap;
    };
    legendEntry(tr("Training (best)"), [&](QPointF at) {
        painter.setPen(QPen(training, 2));
        painter.drawLine(at + QPointF(-markerRadius, 0), at + QPointF(markerRadius, 0));
    });
    legendEntry(tr("Candidates"), [&](QPointF at) {
        painter.setPen(QPen(training, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, markerRadius - 1, markerRadius - 1);
    });
    legendEntry(tr("Held-out"), [&](QPointF at) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(heldOut);
        drawDiamond(painter, at, markerRadius + 1);
    });
    legendEntry(tr("Tokens"), [&](QPointF at) {
        painter.fillRect(QRectF(at.x() - markerRadius, at.y() - markerRadius, 2 * markerRadius, 2 * markerRadius), tokenColor);
    });

    // The score axis.
    for (int step = 0; step <= 4; ++step) {
        const double score = step / 4.0;
        const int y = plot.bottom() - qRound(score * plot.height());
        painter.setPen(QPen(faint, 1));
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(text);
        painter.drawText(QRect(0, y - line / 2, axisWidth, line), Qt::AlignVCenter | Qt::AlignRight, percent(score));
    }

    const int lastRound = m_data.rounds.isEmpty() ? 0 : m_data.rounds.constLast().round;
    const int slotCount = std::max(m_data.plannedRounds, lastRound) + 1;
    const double slotWidth = double(plot.width()) / slotCount;
    const auto xOf = [&](int round) {
        return plot.left() + (round + 0.5) * slotWidth;
    };
    const auto yOf = [&](double score) {
        return plot.bottom() - std::clamp(score, 0.0, 1.0) * plot.height();
    };

    // Rounds along the bottom, each with the tokens it spent.
    qint64 mostTokens = 1;
    for (const Round &round : m_data.rounds)
        mostTokens = std::max(mostTokens, round.tokens);
    for (int round = 0; round < slotCount; ++round) {
        const QRectF label(xOf(round) - slotWidth / 2, plot.bottom() + markerRadius + 2, slotWidth, line);
        painter.setPen(text);
        painter.drawText(label, Qt::AlignCenter,
            round == 0 ? metrics.elidedText(tr("Original"), Qt::ElideRight, int(slotWidth)) : QString::number(round));
    }
    for (const Round &round : m_data.rounds) {
        const double barWidth = std::min(slotWidth * 0.5, 4.0 * line);
        const double barHeight = tokenBarShare * plot.height() * double(round.tokens) / double(mostTokens);
        painter.fillRect(QRectF(xOf(round.round) - barWidth / 2, plot.bottom() - barHeight, barWidth, barHeight), tokenColor);
    }

    // Every candidate, then the best so far as a line through the rounds that are over.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(uicolors::blend(training, palette().color(QPalette::Window), 0.35), 1.5));
    for (const Round &round : m_data.rounds) {
        for (double score : round.candidates)
            painter.drawEllipse(QPointF(xOf(round.round), yOf(score)), markerRadius - 1, markerRadius - 1);
    }
    QPolygonF best;
    for (const Round &round : m_data.rounds) {
        if (round.best)
            best.append(QPointF(xOf(round.round), yOf(*round.best)));
    }
    painter.setPen(QPen(training, 2));
    painter.drawPolyline(best);
    painter.setBrush(training);
    for (const QPointF &point : std::as_const(best))
        painter.drawEllipse(point, markerRadius - 1, markerRadius - 1);

    // Held-out: the original against the winner, the check the search never saw.
    if (m_data.heldOutOriginal && m_data.heldOutWinner) {
        const QPointF original(xOf(0), yOf(*m_data.heldOutOriginal));
        const QPointF winner(xOf(m_data.winnerRound), yOf(*m_data.heldOutWinner));
        painter.setPen(QPen(heldOut, 1.5, Qt::DashLine));
        painter.drawLine(original, winner);
        painter.setPen(Qt::NoPen);
        painter.setBrush(heldOut);
        drawDiamond(painter, original, markerRadius + 2);
        drawDiamond(painter, winner, markerRadius + 2);
        painter.setPen(text);
        const QString label = percent(*m_data.heldOutWinner);
        const int labelWidth = metrics.horizontalAdvance(label) + 2;
        const double labelX = std::min(winner.x() + markerRadius + 4, double(plot.right() - labelWidth));
        painter.drawText(QRectF(labelX, winner.y() - line, labelWidth, line), Qt::AlignLeft | Qt::AlignBottom, label);
    }

    painter.setPen(text);
    painter.drawText(QRect(plot.left(), height() - line, plot.width(), line), Qt::AlignVCenter | Qt::AlignRight, spentText());
}

} // namespace pw
