#pragma once

#include "prompt/prompt.h"

#include <QWidget>

namespace pw {

// The original and a tool's result side by side. An interface, so the
// compare area does not depend on how the comparison is drawn: the word diff
// view today (createComparePanes()). Actions added to it (QWidget::addAction)
// join the panes' context menus.
class ComparePanes : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setPrompts(const QString &leftTitle, const Prompt &left, const QString &rightTitle, const Prompt &right) = 0;
    // What each pane shows (once a comparison running in the background is done).
    virtual QString leftText() const = 0;
    virtual QString rightText() const = 0;
    // The text selected in either pane (the one with the focus first), with
    // plain newlines; empty when there is none.
    virtual QString selectedText() const = 0;

signals:
    void selectionChanged();
    // The user clicked a {{VARIABLE}} in either pane.
    void variableActivated(const QString &name);
};

// The compare panes the window uses.
ComparePanes *createComparePanes(QWidget *parent);

} // namespace pw
