#pragma once

#include <QWidget>

namespace pw {

// The original and a tool's result side by side. An interface, so that the
// plain text panes and the word-level diff view are interchangeable behind
// createComparePanes().
class ComparePanes : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setTexts(const QString &leftTitle, const QString &left, const QString &rightTitle, const QString &right) = 0;
    virtual QString leftText() const = 0;
    virtual QString rightText() const = 0;
};

// The compare panes the window uses.
ComparePanes *createComparePanes(QWidget *parent);

} // namespace pw
