#include "comparepanes.h"

#include "diffview.h"

#include <QMenu>
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
        for (QPlainTextEdit *pane : {m_view->leftPane(), m_view->rightPane()}) {
            connect(pane, &QPlainTextEdit::selectionChanged, this, &ComparePanes::selectionChanged);
            pane->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(pane, &QWidget::customContextMenuRequested, this, [this, pane](const QPoint &position) {
                QMenu *menu = pane->createStandardContextMenu(position);
                if (!actions().isEmpty()) {
                    menu->addSeparator();
                    menu->addActions(actions());
                }
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(pane->viewport()->mapToGlobal(position));
            });
        }
    }

    void setPrompts(const QString &leftTitle, const Prompt &left, const QString &rightTitle, const Prompt &right) override
    {
        m_view->setPrompts(left, right, leftTitle, rightTitle);
    }
    QString leftText() const override { return m_view->isComparing() ? QString() : m_view->leftPane()->toPlainText(); }
    QString rightText() const override { return m_view->isComparing() ? QString() : m_view->rightPane()->toPlainText(); }
    QString selectedText() const override
    {
        QPlainTextEdit *panes[] = {m_view->rightPane(), m_view->leftPane()};
        if (m_view->leftPane()->hasFocus())
            std::swap(panes[0], panes[1]);
        for (QPlainTextEdit *pane : panes) {
            const QString text = pane->textCursor().selectedText();
            if (!text.isEmpty())
                return QString(text).replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        }
        return {};
    }

private:
    DiffView *m_view;
};

} // namespace

ComparePanes *createComparePanes(QWidget *parent)
{
    return new DiffViewPanes(parent);
}

} // namespace pw
