#include "diffview.h"

#include "diffdocuments.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>

namespace pw {

namespace {

Prompt promptOfText(const QString &text)
{
    Prompt prompt;
    prompt.messages.append(Message::user(text));
    return prompt;
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent), m_comparison([this](const std::shared_ptr<DiffDocuments> &documents) {
          showDocuments(std::make_unique<DiffDocuments>(std::move(*documents)));
      })
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    m_previousAction = new QAction(tr("Previous change"), this);
    m_previousAction->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_previousAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_nextAction = new QAction(tr("Next change"), this);
    m_nextAction->setShortcuts({QKeySequence(Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Down)});
    m_nextAction->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    for (QAction *action : {m_previousAction, m_nextAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        bar->addWidget(button);
    }
    connect(m_previousAction, &QAction::triggered, this, &DiffView::previousChange);
    connect(m_nextAction, &QAction::triggered, this, &DiffView::nextChange);
    m_ignoreWhitespace = new QCheckBox(tr("Ignore whitespace"), this);
    connect(m_ignoreWhitespace, &QCheckBox::toggled, this, &DiffView::compare);
    bar->addWidget(m_ignoreWhitespace);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wraps rather than making the panes wider than the room beside the editors.
    m_summaryLabel->setWordWrap(true);
    bar->addWidget(m_summaryLabel, 1);
    layout->addLayout(bar);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    for (int side = 0; side < 2; ++side) {
        m_titles[side] = new QLabel(this);
        QFont bold = m_titles[side]->font();
        bold.setBold(true);
        m_titles[side]->setFont(bold);
        m_titles[side]->hide();
        auto *pane = new QPlainTextEdit(this);
        pane->setObjectName(side == 0 ? QStringLiteral("leftPane") : QStringLiteral("rightPane"));
        pane->setReadOnly(true);
        pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        pane->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        connect(pane->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, side] { syncScroll(side); });
        grid->addWidget(m_titles[side], 0, side);
        grid->addWidget(pane, 1, side);
        m_panes[side] = pane;
    }
    grid->setRowStretch(1, 1);
    layout->addLayout(grid, 1);
    for (QPlainTextEdit *pane : m_panes) {
        pane->viewport()->installEventFilter(this);
        pane->viewport()->setMouseTracking(true); // for the hand cursor over placeholders
    }

    updateNavigation();
}

// The comparison under way notices the cancel within milliseconds.
DiffView::~DiffView() = default;

void DiffView::setTexts(const QString &left, const QString &right, const QString &leftTitle, const QString &rightTitle)
{
    m_headings = false;
    m_prompts[0] = promptOfText(left);
    m_prompts[1] = promptOfText(right);
    m_titles[0]->setText(leftTitle);
    m_titles[1]->setText(rightTitle);
    compare();
}

void DiffView::setPrompts(const Prompt &left, const Prompt &right, const QString &leftTitle, const QString &rightTitle)
{
    m_headings = true;
    m_prompts[0] = left;
    m_prompts[1] = right;
    m_titles[0]->setText(leftTitle);
    m_titles[1]->setText(rightTitle);
    compare();
}

bool DiffView::ignoreWhitespace() const
{
    return m_ignoreWhitespace->isChecked();
}

void DiffView::setIgnoreWhitespace(bool ignore)
{
    m_ignoreWhitespace->setChecked(ignore); // compares again when it changes
}

QString DiffView::summaryText() const
{
    return m_summaryLabel->text();
}

int DiffView::changeCount() const
{
    return m_shown ? int(m_shown->changes.size()) : 0;
}

void DiffView::compare()
{
    for (int side = 0; side < 2; ++side) {
        m_titles[side]->setVisible(!m_titles[side]->text().isEmpty());
        m_panes[side]->setAccessibleName(m_titles[side]->text());
    }
    m_comparing = true;
    m_summaryLabel->setText(tr("Comparing…"));
    updateNavigation();

    DiffOptions options;
    options.ignoreWhitespace = ignoreWhitespace();
    DiffDocumentOptions documentOptions;
    documentOptions.headings = m_headings;
    documentOptions.colors = DiffColors::fromPalette(m_panes[0]->palette());
    m_comparison.start(
        [left = m_prompts[0], right = m_prompts[1], options, documentOptions](QPromise<std::shared_ptr<DiffDocuments>> &promise) {
            const CancelToken cancel([&promise] { return promise.isCanceled(); });
            if (const std::optional<PromptDiff> diff = diffPrompts(left, right, options, cancel)) {
                // No thread owns the documents until the view pulls them into its own.
                if (std::unique_ptr<DiffDocuments> documents = buildDiffDocuments(*diff, documentOptions, nullptr, cancel))
                    promise.addResult(std::shared_ptr<DiffDocuments>(std::move(documents)));
            }
        });
}

void DiffView::showDocuments(std::unique_ptr<DiffDocuments> documents)
{
    // One pane per turn of the event loop, old documents deleted later: each
    // step is a few milliseconds even on megabyte prompts.
    installDocument(0, std::move(documents->left));
    const quint64 generation = m_comparison.generation();
    QMetaObject::invokeMethod(
        this,
        [this, generation, shared = std::shared_ptr<DiffDocuments>(std::move(documents))] {
            if (generation != m_comparison.generation())
                return; // a newer comparison is under way
            installDocument(1, std::move(shared->right));
            finishShowing(std::make_unique<DiffDocuments>(std::move(*shared)));
        },
        Qt::QueuedConnection);
}

void DiffView::installDocument(int side, std::unique_ptr<QTextDocument> newDocument)
{
    QTextDocument *document = newDocument.release();
    document->moveToThread(thread());
    document->setParent(m_panes[side]);
    document->setDefaultFont(m_panes[side]->font());
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    // The pane deletes its own first document; the earlier results are ours.
    QTextDocument *old = m_panes[side]->document();
    const bool oldIsOurs = old->parent() == m_panes[side];
    m_syncing = true;
    m_panes[side]->setDocument(document);
    m_syncing = false;
    if (oldIsOurs)
        old->deleteLater();
}

void DiffView::finishShowing(std::unique_ptr<DiffDocuments> documents)
{
    m_summary = documents->summary;
    m_shown = std::move(documents);
    m_currentChange = -1;
    m_comparing = false;
    m_summaryLabel->setText(m_summary.toString());
    QStringList details;
    if (!m_summary.variablesAdded.isEmpty())
        details.append(tr("Variables added: %1").arg(m_summary.variablesAdded.join(QStringLiteral(", "))));
    if (!m_summary.variablesRemoved.isEmpty())
        details.append(tr("Variables removed: %1").arg(m_summary.variablesRemoved.join(QStringLiteral(", "))));
    for (const VariableRename &rename : std::as_const(m_summary.variablesRenamed))
        details.append(tr("Renamed: %1 → %2").arg(rename.from, rename.to));
    m_summaryLabel->setToolTip(details.join(u'\n'));
    syncScroll(0);
    updateNavigation();
    emit comparisonFinished();
}

void DiffView::updateNavigation()
{
    const int count = changeCount();
    const bool ready = !m_comparing && count > 0;
    m_nextAction->setEnabled(ready && m_currentChange < count - 1);
    m_previousAction->setEnabled(ready && m_currentChange != 0);
}

void DiffView::nextChange()
{
    stepChange(+1);
}

void DiffView::previousChange()
{
    stepChange(-1);
}

// From the change the cursor stands on, or else from the cursor itself, to
// the nearest change in direction (+1 or -1), in the pane that has focus.
void DiffView::stepChange(int direction)
{
    if (!m_shown || m_shown->changes.isEmpty())
        return;
    const int side = m_panes[1]->hasFocus() ? 1 : 0;
    const int cursor = m_panes[side]->textCursor().position();
    const auto at = [&](int i) {
        return side == 0 ? m_shown->changes[i].left : m_shown->changes[i].right;
    };
    if (m_currentChange >= 0 && at(m_currentChange) == cursor) {
        goToChange(m_currentChange + direction);
        return;
    }
    const int count = int(m_shown->changes.size());
    for (int n = 0; n < count; ++n) {
        const int i = direction > 0 ? n : count - 1 - n;
        if (direction > 0 ? at(i) > cursor : at(i) < cursor) {
            goToChange(i);
            return;
        }
    }
}

void DiffView::goToChange(int index)
{
    if (!m_shown || index < 0 || index >= m_shown->changes.size())
        return;
    const ChangeSpot &spot = m_shown->changes[index];
    m_syncing = true;
    for (int side = 1; side >= 0; --side) {
        QTextCursor cursor(m_panes[side]->document());
        cursor.setPosition(side == 0 ? spot.left : spot.right);
        m_panes[side]->setTextCursor(cursor);
    }
    m_panes[0]->centerCursor();
    m_syncing = false;
    syncScroll(0);
    m_currentChange = index;
    updateNavigation();
    emit currentChangeChanged(index);
}

// Both documents have the same blocks (fillers keep them aligned), so the
// other pane shows the same block at the top, at the same line within it.
void DiffView::syncScroll(int fromSide)
{
    if (m_syncing)
        return;
    m_syncing = true;
    QPlainTextEdit *from = m_panes[fromSide];
    QPlainTextEdit *to = m_panes[1 - fromSide];
    const int value = from->verticalScrollBar()->value();
    const QTextBlock top = from->document()->findBlockByLineNumber(value);
    const QTextBlock other = to->document()->findBlockByNumber(top.blockNumber());
    if (top.isValid() && other.isValid()) {
        const int line = std::min(value - top.firstLineNumber(), std::max(0, other.lineCount() - 1));
        to->verticalScrollBar()->setValue(other.firstLineNumber() + line);
    }
    m_syncing = false;
}

const PlaceholderSpot *DiffView::placeholderAt(int side, const QPoint &viewportPosition) const
{
    if (!m_shown)
        return nullptr;
    const int position = m_panes[side]->cursorForPosition(viewportPosition).position();
    for (const PlaceholderSpot &spot : m_shown->placeholders) {
        if (spot.onRight == (side == 1) && spot.begin <= position && position < spot.end)
            return &spot;
    }
    return nullptr;
}

bool DiffView::eventFilter(QObject *watched, QEvent *event)
{
    const int side = watched == m_panes[0]->viewport() ? 0 : watched == m_panes[1]->viewport() ? 1 : -1;
    if (side < 0)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_pressPosition = static_cast<QMouseEvent *>(event)->position().toPoint();
        break;
    case QEvent::MouseButtonRelease: {
        const QPoint position = static_cast<QMouseEvent *>(event)->position().toPoint();
        if ((position - m_pressPosition).manhattanLength() >= QApplication::startDragDistance())
            break; // a selection, not a click
        if (const PlaceholderSpot *spot = placeholderAt(side, position)) {
            if (spot->counterpartBegin >= 0) {
                // Show what the placeholder stands for on the other side.
                QTextCursor cursor(m_panes[0]->document());
                cursor.setPosition(spot->counterpartBegin);
                cursor.setPosition(spot->counterpartEnd, QTextCursor::KeepAnchor);
                m_panes[0]->setTextCursor(cursor);
            }
            emit variableActivated(spot->name);
        }
        break;
    }
    case QEvent::MouseMove: {
        const QPoint position = static_cast<QMouseEvent *>(event)->position().toPoint();
        m_panes[side]->viewport()->setCursor(placeholderAt(side, position) ? Qt::PointingHandCursor : Qt::IBeamCursor);
        break;
    }
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const PlaceholderSpot *spot = placeholderAt(side, help->pos())) {
            QString tip = QStringLiteral("{{%1}}").arg(spot->name);
            if (!spot->counterpartText.isEmpty())
                tip += tr(" replaces “%1”").arg(spot->counterpartText.left(200));
            QToolTip::showText(help->globalPos(), tip, m_panes[side]->viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Colours come from the palette: a theme switch repaints the diff.
    if (event->type() == QEvent::PaletteChange && (m_shown || m_comparing))
        compare();
}

} // namespace pw
