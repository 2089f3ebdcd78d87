#include "comparepanes.h"

#include "diffview.h"

#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pw {

namespace {

// The word diff view: sections side by side, changes highlighted, computed
// off the GUI thread.
class DiffViewPanes : public ComparePanes
{
public:
    explicit DiffViewPanes(QWidget *parent) : ComparePanes(parent), m_view(new DiffView(this))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view);
        connect(m_view, &DiffView::variableActivated, this, &ComparePanes::variableActivated);
    }

    void setPrompts(const QString &leftTitle, const Prompt &left, const QString &rightTitle, const Prompt &right) override
    {
        m_view->setPrompts(left, right, leftTitle, rightTitle);
    }
    QString leftText() const override { return m_view->isComparing() ? QString() : m_view->leftPane()->toPlainText(); }
    QString rightText() const override { return m_view->isComparing() ? QString() : m_view->rightPane()->toPlainText(); }

private:
    DiffView *m_view;
};

} // namespace

ComparePanes *createComparePanes(QWidget *parent)
{
    return new DiffViewPanes(parent);
}

} // namespace pw
