#include "resultdelegate.h"

#include "resultsmodel.h"

#include "uicolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace pw {

namespace {

constexpr int padding = 4;

// Up to maxLines lines of text wrapped into width, the last one elided.
void drawElided(QPainter *painter, const QRect &rect, const QString &text, int maxLines)
{
    const QFontMetrics metrics = painter->fontMetrics();
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTextLayout layout(flat, painter->font());
    layout.beginLayout();
    int y = rect.top();
    int lines = 0;
    while (lines < maxLines && y + metrics.height() <= rect.bottom() + 1) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        const bool last = lines + 1 == maxLines || y + 2 * metrics.height() > rect.bottom() + 1;
        if (last && line.textStart() + line.textLength() < flat.size()) {
            const QString rest = metrics.elidedText(flat.mid(line.textStart()), Qt::ElideRight, rect.width());
            painter->drawText(QPoint(rect.left(), y + metrics.ascent()), rest);
        } else {
            painter->drawText(QPoint(rect.left(), y + metrics.ascent()), flat.mid(line.textStart(), line.textLength()));
        }
        y += metrics.height();
        ++lines;
    }
    layout.endLayout();
}

} // namespace

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto *cell = index.data(ResultsModel::CellRole).value<const CellResult *>();
    const int verdict = ResultsModel::verdictOf(cell);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect rect = opt.rect.adjusted(padding, padding, -padding, -padding);

    // A bar on the left: the verdict at a glance.
    if (verdict >= 0) {
        const QColor bar = verdict == 1 ? uicolors::positive() : uicolors::negative();
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top() + 1, 3, opt.rect.height() - 2), bar);
    }

    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);

    // The corner: score and the person's grade.
    QString corner;
    if (cell && cell->isFinished())
        corner = QString::number(cell->score, 'f', 2);
    // The person's grade after a bar, so it is not read as the graders'.
    QString human;
    if (cell && cell->human.pass)
        human = *cell->human.pass ? QStringLiteral("✓") : QStringLiteral("✗");
    if (cell && cell->human.rating > 0)
        human += (human.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("★%1").arg(cell->human.rating);
    if (!human.isEmpty())
        corner += (corner.isEmpty() ? QString() : QStringLiteral(" │ ")) + human;
    int cornerWidth = 0;
    if (!corner.isEmpty()) {
        painter->setFont(small);
        painter->setPen(textColor);
        cornerWidth = smallMetrics.horizontalAdvance(corner) + padding;
        painter->drawText(QRect(rect.right() - cornerWidth, rect.top(), cornerWidth, smallMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, corner);
    }

    // Chips along the bottom.
    const int chipHeight = smallMetrics.height() + 2;
    const bool hasChips = cell && !cell->grades.isEmpty();
    if (hasChips) {
        painter->setFont(small);
        int x = rect.left();
        const int y = rect.bottom() - chipHeight + 1;
        for (const GradeResult &grade : cell->grades) {
            const QString label = grade.assertionType;
            const int width = smallMetrics.horizontalAdvance(label) + 8;
            if (x + width > rect.right()) {
                painter->setPen(textColor);
                painter->drawText(QPoint(x, y + smallMetrics.ascent() + 1), QStringLiteral("…"));
                break;
            }
            const QColor base = grade.pass ? uicolors::positive() : uicolors::negative();
            QPainterPath chip;
            chip.addRoundedRect(QRectF(x, y, width, chipHeight), 4, 4);
            painter->fillPath(chip, uicolors::blend(palette.color(QPalette::Base), base, 0.25));
            painter->setPen(base.darker(uicolors::isDark(palette) ? 60 : 130));
            painter->drawPath(chip);
            painter->setPen(textColor);
            painter->drawText(QRect(x, y, width, chipHeight), Qt::AlignCenter, label);
            x += width + 3;
        }
    }

    // The output (or what happened instead).
    painter->setFont(opt.font);
    QColor outputColor = textColor;
    if (!cell || !cell->isFinished())
        outputColor = cell && cell->status == CellResult::Status::Failed ? uicolors::negative()
                                                                         : palette.color(QPalette::PlaceholderText);
    painter->setPen(outputColor);
    QRect textRect = rect;
    textRect.setRight(rect.right() - cornerWidth);
    if (hasChips)
        textRect.setBottom(rect.bottom() - chipHeight - 2);
    drawElided(painter, textRect, text, outputLines);
    painter->restore();
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return {240, metrics.height() * outputLines + int(metrics.height() * 0.85) + 3 * padding + 4};
}

} // namespace pw
