#include "findbar.h"

#include "promptworkspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>

namespace pw {

namespace {

QString shortcutHint(const QString &text, const QKeySequence &key)
{
    return FindBar::tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

// Matches are ordered as the prompt reads: the system prompt, then message by message.
bool before(const TextMatch &a, const TextMatch &b)
{
    return std::tie(a.message, a.range.begin) < std::tie(b.message, b.range.begin);
}

} // namespace

FindBar::FindBar(PromptWorkspace *workspace, std::function<PromptEditor *(int message)> editorOf, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_editorOf(std::move(editorOf))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setAccessibleName(tr("Text to find"));
    m_find->setPlaceholderText(tr("Find in the system prompt and the messages"));
    m_find->setClearButtonEnabled(true);
    auto *findLabel = new QLabel(tr("Find:"), this);
    findLabel->setBuddy(m_find);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(std::max(
        fontMetrics().horizontalAdvance(tr("%1 of %2").arg(9999).arg(9999)), fontMetrics().horizontalAdvance(tr("No matches"))));

    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(shortcutHint(tr("Previous match"), QKeySequence(Qt::SHIFT | Qt::Key_F3)));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(shortcutHint(tr("Next match"), QKeySequence(Qt::Key_F3)));
    next->setAccessibleName(tr("Next match"));
    m_matchCase = new QCheckBox(tr("Match case"), this);
    m_matchCase->setObjectName(QStringLiteral("findMatchCase"));
    m_wholeWords = new QCheckBox(tr("Whole words"), this);
    m_wholeWords->setObjectName(QStringLiteral("findWholeWords"));
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(shortcutHint(tr("Close"), QKeySequence(Qt::Key_Escape)));
    closeButton->setAccessibleName(tr("Close the find bar"));

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_count);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_wholeWords);
    findRow->addWidget(closeButton);
    layout->addWidget(findLabel, 0, 0);
    layout->addLayout(findRow, 0, 1);

    m_replaceRow = new QWidget(this);
    m_replace = new QLineEdit(m_replaceRow);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setAccessibleName(tr("Replacement"));
    auto *replaceLabel = new QLabel(tr("Replace with:"), this);
    replaceLabel->setBuddy(m_replace);
    auto *replaceButton = new QPushButton(tr("Replace"), m_replaceRow);
    replaceButton->setObjectName(QStringLiteral("replaceButton"));
    replaceButton->setToolTip(tr("Replace this match and go to the next (Enter in the replacement)"));
    auto *replaceAllButton = new QPushButton(tr("Replace All"), m_replaceRow);
    replaceAllButton->setObjectName(QStringLiteral("replaceAllButton"));
    replaceAllButton->setToolTip(tr("Replace every match in one step, which Undo takes back"));
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceButton);
    replaceRow->addWidget(replaceAllButton);
    layout->addWidget(replaceLabel, 1, 0);
    layout->addWidget(m_replaceRow, 1, 1);
    m_replaceLabel = replaceLabel;
    m_replaceLabel->hide();
    m_replaceRow->hide();

    for (QWidget *widget : findChildren<QWidget *>())
        widget->installEventFilter(this);
    setFocusProxy(m_find);

    connect(m_find, &QLineEdit::textChanged, this, [this] { updateMatches(true, currentMatch()); });
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(m_matchCase, &QCheckBox::toggled, this, [this] { updateMatches(true, currentMatch()); });
    connect(m_wholeWords, &QCheckBox::toggled, this, [this] { updateMatches(true, currentMatch()); });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(replaceButton, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    // Typing, undo, a tool's result: the matches and the count follow, the selection stays where the user works.
    connect(m_workspace, &PromptWorkspace::changed, this, [this] {
        if (!isHidden())
            updateMatches(false, currentMatch());
    });
}

void FindBar::openFind(const QString &selection)
{
    open(false, selection);
}

void FindBar::openReplace(const QString &selection)
{
    open(true, selection);
}

void FindBar::open(bool withReplace, const QString &selection)
{
    m_replaceRow->setVisible(withReplace);
    m_replaceLabel->setVisible(withReplace);
    show();
    // A selection spanning lines cannot be found by a one-line field.
    if (!selection.isEmpty() && !selection.contains(QChar::ParagraphSeparator)) {
        const QSignalBlocker quiet(m_find);
        m_find->setText(selection);
    }
    // The prompt may have changed while the bar was closed.
    updateMatches(true, currentMatch());
    m_find->selectAll();
    m_find->setFocus(Qt::ShortcutFocusReason);
}

void FindBar::close()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    clearHighlights();
    if (hadFocus) {
        // Back to the text, the current match selected there.
        if (PromptEditor *editor = m_editorOf(m_current >= 0 ? m_matches.at(m_current).message : -1))
            editor->setFocus(Qt::OtherFocusReason);
    }
}

void FindBar::findNext()
{
    step(+1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::step(int delta)
{
    if (m_find->text().isEmpty()) {
        openFind();
        return;
    }
    if (isHidden()) {
        // F3 with the bar closed goes on with the last search from the last
        // match, the focus left in the text. The prompt may have changed
        // meanwhile, so the matches are counted afresh.
        const std::optional<TextMatch> last = currentMatch();
        show();
        updateMatches(false, last);
        if (delta > 0 && m_current >= 0 && last && m_matches.at(m_current) != *last) {
            showCurrent(); // the last match is gone: the one after it is next
            return;
        }
    }
    if (m_matches.isEmpty())
        return;
    m_current = int((m_current + delta + m_matches.size()) % m_matches.size());
    showCurrent();
}

std::optional<TextMatch> FindBar::currentMatch() const
{
    return m_current >= 0 ? std::optional(m_matches.at(m_current)) : std::nullopt;
}

QTextDocument *FindBar::documentOf(int message) const
{
    return message < 0 ? m_workspace->systemDocument().get() : m_workspace->messageDocument(message).get();
}

void FindBar::replace(const TextMatch &match, const QString &replacement)
{
    QTextCursor cursor(documentOf(match.message));
    cursor.setPosition(int(match.range.begin));
    cursor.setPosition(int(match.range.end), QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
}

void FindBar::updateMatches(bool show, const std::optional<TextMatch> &anchor)
{
    m_matches.clear();
    m_current = -1;
    const QString text = m_find->text();
    if (!text.isEmpty()) {
        QTextDocument::FindFlags flags;
        if (m_matchCase->isChecked())
            flags |= QTextDocument::FindCaseSensitively;
        if (m_wholeWords->isChecked())
            flags |= QTextDocument::FindWholeWords;
        for (int message = -1; message < m_workspace->messageCount(); ++message) {
            const QTextDocument *document = documentOf(message);
            for (QTextCursor found = document->find(text, 0, flags); !found.isNull(); found = document->find(text, found, flags))
                m_matches.append(TextMatch {message, {found.selectionStart(), found.selectionEnd()}});
        }
    }
    if (!m_matches.isEmpty()) {
        // The first match from where the last one was, so typing on narrows the search in place.
        const auto from = anchor ? std::find_if(m_matches.cbegin(), m_matches.cend(),
                              [&anchor](const TextMatch &match) { return !before(match, *anchor); })
                                 : m_matches.cbegin();
        m_current = from == m_matches.cend() ? 0 : int(from - m_matches.cbegin());
    }
    if (show && m_current >= 0)
        showCurrent();
    else
        applyHighlights();
}

void FindBar::showCurrent()
{
    applyHighlights();
    const TextMatch &match = m_matches.at(m_current);
    PromptEditor *editor = m_editorOf(match.message);
    if (!editor)
        return;
    QTextCursor cursor(editor->document());
    cursor.setPosition(int(match.range.begin));
    cursor.setPosition(int(match.range.end), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    emit matchShown(match.message);
}

void FindBar::applyHighlights()
{
    if (m_find->text().isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));

    for (int message = -1; message < m_workspace->messageCount(); ++message) {
        QList<TextRange> ranges;
        int current = -1;
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches.at(i).message != message)
                continue;
            if (i == m_current)
                current = int(ranges.size());
            ranges.append(m_matches.at(i).range);
        }
        if (PromptEditor *editor = m_editorOf(message))
            editor->setFindMatches(ranges, current);
    }
}

void FindBar::clearHighlights()
{
    for (int message = -1; message < m_workspace->messageCount(); ++message) {
        if (PromptEditor *editor = m_editorOf(message))
            editor->setFindMatches({});
    }
}

void FindBar::setReplaceEnabled(bool enabled)
{
    m_replaceEnabled = enabled;
    m_replace->setReadOnly(!enabled);
    for (QPushButton *button : m_replaceRow->findChildren<QPushButton *>())
        button->setEnabled(enabled);
}

void FindBar::replaceCurrent()
{
    if (!m_replaceEnabled)
        return;
    if (m_current < 0) {
        step(+1);
        return;
    }
    const TextMatch match = m_matches.at(m_current);
    const QString replacement = m_replace->text();
    m_workspace->groupSteps(tr("Replace"), [&] { replace(match, replacement); });
    // On from behind the replacement: a replacement that contains the text is not found again.
    updateMatches(
        true, TextMatch {match.message, {match.range.begin + replacement.size(), match.range.begin + replacement.size()}});
}

void FindBar::replaceAll()
{
    if (!m_replaceEnabled)
        return;
    if (m_matches.isEmpty())
        return;
    // The edits change the matches as they go.
    const QList<TextMatch> matches = m_matches;
    const QString replacement = m_replace->text();
    m_workspace->groupSteps(tr("Replace All"), [&] {
        // Back to front, so the offsets still to come stay where they were.
        for (auto it = matches.crbegin(); it != matches.crend(); ++it)
            replace(*it, replacement);
    });
    updateMatches(false, std::nullopt);
    m_count->setText(tr("%n replaced", nullptr, int(matches.size())));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Esc closes the bar before it reaches the window's Cancel.
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                close();
            return true;
        }
        if (watched == m_find && event->type() == QEvent::KeyPress && key->modifiers() == Qt::ShiftModifier
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pw
