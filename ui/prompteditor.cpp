#include "prompteditor.h"

#include "uicolors.h"

#include "prompthighlighter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMenu>
#include <QPlainTextDocumentLayout>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace pw {

namespace {

QFont promptFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QColor markerColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return uicolors::negative();
    case Severity::Warning:
        return uicolors::neutral();
    case Severity::Info:
        break;
    }
    return uicolors::active();
}

bool isUndoOrRedo(QKeyEvent *event)
{
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo);
}

} // namespace

std::shared_ptr<QTextDocument> createPromptDocument(const QString &text)
{
    auto document = std::make_shared<QTextDocument>();
    document->setDocumentLayout(new QPlainTextDocumentLayout(document.get()));
    document->setDefaultFont(promptFont());
    document->setPlainText(text);
    document->clearUndoRedoStacks();
    document->setModified(false);
    return document;
}

PromptEditor::PromptEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setFont(promptFont());
    setTabChangesFocus(true);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    attachPromptHighlighter(document(), palette());
}

PromptEditor::~PromptEditor()
{
    // Let go of the shown document while QPlainTextEdit still exists: it may
    // be deleted together with m_document below.
    disconnect(m_sizeConnection);
    QPlainTextEdit::setDocument(nullptr);
}

void PromptEditor::setPromptDocument(std::shared_ptr<QTextDocument> document)
{
    // Keep the previous document alive until the editor has let go of it.
    const std::shared_ptr<QTextDocument> previous = std::move(m_document);
    m_document = std::move(document);
    disconnect(m_sizeConnection);
    if (m_document) {
        // Changing the default font relayouts the whole document: only when needed.
        if (m_document->defaultFont() != font())
            m_document->setDefaultFont(font());
        attachPromptHighlighter(m_document.get(), palette());
        QPlainTextEdit::setDocument(m_document.get());
    } else {
        QPlainTextEdit::setDocument(nullptr);
        attachPromptHighlighter(QPlainTextEdit::document(), palette());
    }
    m_markers.clear();
    m_findMatches.clear();
    m_currentFindMatch = -1;
    applyMarkers();
    followDocumentSize();
}

void PromptEditor::setGrowsWithContent(bool grows, int minimumLines)
{
    m_grows = grows;
    m_minimumLines = qMax(1, minimumLines);
    setSizePolicy(QSizePolicy::Expanding, grows ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    followDocumentSize();
}

void PromptEditor::setMaximumGrowHeight(int pixels)
{
    if (pixels == m_maximumGrowHeight)
        return;
    m_maximumGrowHeight = pixels;
    if (m_grows)
        updateGeometry();
}

void PromptEditor::followDocumentSize()
{
    disconnect(m_sizeConnection);
    if (m_grows) {
        // Any relayout may change the height: an edit, a wrapped line gaining
        // a line, highlighting or a fallback font (CJK, emoji) with taller
        // lines. Checked once per event loop turn, and the list relayouts
        // only when the height really changed.
        m_sizeConnection = connect(document()->documentLayout(), &QAbstractTextDocumentLayout::update, this, [this] {
            if (!std::exchange(m_heightCheckQueued, true))
                QMetaObject::invokeMethod(this, &PromptEditor::checkHeight, Qt::QueuedConnection);
        });
    }
    m_lastHintHeight = -1;
    updateGeometry();
}

void PromptEditor::checkHeight()
{
    m_heightCheckQueued = false;
    const int height = sizeHint().height();
    if (height != m_lastHintHeight) {
        m_lastHintHeight = height;
        updateGeometry();
    }
}

int PromptEditor::heightForLines(qreal lines) const
{
    const QFontMetricsF metrics(document()->defaultFont());
    const QMargins margins = contentsMargins();
    const qreal text = lines * metrics.lineSpacing() + 2 * document()->documentMargin();
    // A little slack keeps rounding from showing a scroll bar on a text that fits.
    return int(std::ceil(text)) + margins.top() + margins.bottom() + 2;
}

QSize PromptEditor::sizeHint() const
{
    const QSize base = QPlainTextEdit::sizeHint();
    if (!m_grows)
        return base;
    const int minimum = heightForLines(m_minimumLines);
    const int limit = qMax(m_maximumGrowHeight, minimum);
    const int content = contentHeight(limit);
    if (content <= limit)
        return {base.width(), qMax(minimum, content)};
    // Too long: as many whole lines as fit (a line cut in half would hide
    // that there is more), and the rest scrolls.
    const qreal line = QFontMetricsF(document()->defaultFont()).lineSpacing();
    const int lines = qMax(m_minimumLines, int((limit - heightForLines(0)) / line));
    return {base.width(), heightForLines(lines)};
}

int PromptEditor::contentHeight(int limit) const
{
    // Exact heights of the laid-out lines (wrapping included), block by block,
    // stopping at the limit: a long text costs no more than a screenful.
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const QMargins margins = contentsMargins();
    qreal height = document()->documentMargin() + margins.top() + margins.bottom() + 2;
    for (QTextBlock block = document()->firstBlock(); block.isValid() && height <= limit; block = block.next())
        height += layout->blockBoundingRect(block).height();
    return int(std::ceil(height));
}

QSize PromptEditor::minimumSizeHint() const
{
    const QSize base = QPlainTextEdit::minimumSizeHint();
    if (!m_grows) {
        // Two lines, not the scroll bars' minimum: in a small window the
        // system prompt and the feedback give the messages their room.
        return {base.width(), qMin(base.height(), heightForLines(2))};
    }
    return {base.width(), heightForLines(m_minimumLines)};
}

void PromptEditor::setMarkers(const QList<EditorMarker> &markers)
{
    m_markers = markers;
    applyMarkers();
}

void PromptEditor::applyMarkers()
{
    QList<QTextEdit::ExtraSelection> selections;
    const qsizetype end = document()->characterCount() - 1;
    for (const EditorMarker &marker : std::as_const(m_markers)) {
        QTextCursor cursor(document());
        cursor.setPosition(int(std::clamp<qsizetype>(marker.offset, 0, end)));
        if (marker.length > 0) {
            cursor.setPosition(int(std::clamp<qsizetype>(marker.offset + marker.length, 0, end)), QTextCursor::KeepAnchor);
        } else {
            // No extent given: mark the word there, or at least one character.
            cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
            if (!cursor.hasSelection())
                cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(markerColor(marker.severity));
        selections.append(selection);
    }
    // After the markers: the tooltips look the markers up by position in this list.
    const QColor base = palette().color(QPalette::Base);
    for (int i = 0; i < m_findMatches.size(); ++i) {
        const TextRange &match = m_findMatches.at(i);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(std::clamp<qsizetype>(match.begin, 0, end)));
        selection.cursor.setPosition(int(std::clamp<qsizetype>(match.end, 0, end)), QTextCursor::KeepAnchor);
        selection.format.setBackground(uicolors::blend(base, uicolors::neutral(), i == m_currentFindMatch ? 0.7 : 0.3));
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void PromptEditor::setFindMatches(const QList<TextRange> &matches, int current)
{
    m_findMatches = matches;
    m_currentFindMatch = current;
    applyMarkers();
}

void PromptEditor::jumpTo(qsizetype offset)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(std::clamp<qsizetype>(offset, 0, document()->characterCount() - 1)));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void PromptEditor::setUndoActions(QAction *undo, QAction *redo)
{
    m_undo = undo;
    m_redo = redo;
}

bool PromptEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && isUndoOrRedo(static_cast<QKeyEvent *>(event))) {
        // Not ours: the window's undo action takes it.
        event->ignore();
        return true;
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position();
        QStringList messages;
        const QList<QTextEdit::ExtraSelection> selections = extraSelections();
        for (qsizetype i = 0; i < selections.size() && i < m_markers.size(); ++i) {
            const QTextCursor &marked = selections.at(i).cursor;
            if (position >= marked.selectionStart() && position <= marked.selectionEnd())
                messages.append(m_markers.at(i).message);
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void PromptEditor::keyPressEvent(QKeyEvent *event)
{
    if (isUndoOrRedo(event)) {
        event->ignore();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void PromptEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        if (auto *highlighter = document()->findChild<QSyntaxHighlighter *>(QString(), Qt::FindDirectChildrenOnly))
            setPromptHighlighterPalette(highlighter, palette());
    } else if (event->type() == QEvent::FontChange) {
        updateGeometry();
    }
}

void PromptEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    // A new width rewraps the text.
    if (m_grows && event->oldSize().width() != event->size().width())
        QMetaObject::invokeMethod(this, &PromptEditor::checkHeight, Qt::QueuedConnection);
}

void PromptEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        QAction *replacement = nullptr;
        if (action->objectName() == QLatin1String("edit-undo"))
            replacement = m_undo;
        else if (action->objectName() == QLatin1String("edit-redo"))
            replacement = m_redo;
        else
            continue;
        if (replacement)
            menu->insertAction(action, replacement);
        menu->removeAction(action);
    }
    menu->exec(event->globalPos());
}

} // namespace pw
