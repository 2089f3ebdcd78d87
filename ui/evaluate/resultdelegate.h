#pragma once

#include <QStyledItemDelegate>

namespace pw {

// Paints one result: the output, elided to the lines that fit; the
// assertions as small chips (green passed, red failed); the score and the
// person's grade in the top corner; an error or "not run" in their place.
class ResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The lines of output a cell shows.
    static constexpr int outputLines = 3;
};

} // namespace pw
