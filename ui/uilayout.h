#pragma once

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>

namespace pw::uilayout {

// The header row of a panel under the editors (RunPanel, CompareArea): the
// title, bold and a little larger, then room for buttons on the right.
inline QHBoxLayout *titleRow(QLabel *title)
{
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);
    auto *row = new QHBoxLayout;
    row->addWidget(title);
    row->addStretch(1);
    return row;
}

} // namespace pw::uilayout
