#include "messagelisteditor.h"

#include "uicolors.h"

#include "prompteditor.h"
#include "promptworkspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace pw {

namespace {

QColor roleColor(Role role, const QPalette &palette)
{
    const bool dark = uicolors::isDark(palette);
    if (role == Role::User)
        return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x1a, 0x5f, 0xa0);
    return dark ? QColor(0x8f, 0xd1, 0x9e) : QColor(0x2b, 0x6a, 0x3a);
}

QString roleLabel(Role role)
{
    return role == Role::User ? MessageListEditor::tr("User") : MessageListEditor::tr("Assistant");
}

// The role of a message as a coloured pill; clicking it changes the role.
class RoleChip : public QAbstractButton
{
public:
    explicit RoleChip(QWidget *parent) : QAbstractButton(parent)
    {
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::NoFocus);
    }

    void setRole(Role role)
    {
        m_role = role;
        setText(roleLabel(role));
        setToolTip(MessageListEditor::tr("Role: %1. Click, or press %2, to change it.")
                       .arg(roleLabel(role), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R).toString(QKeySequence::NativeText)));
        setAccessibleName(MessageListEditor::tr("Role %1").arg(roleLabel(role)));
        updateGeometry();
        update();
    }

    QSize sizeHint() const override
    {
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        // Wide enough for either role, so the header does not jump when it changes.
        const int width
            = qMax(metrics.horizontalAdvance(roleLabel(Role::User)), metrics.horizontalAdvance(roleLabel(Role::Assistant)));
        return {width + metrics.height(), metrics.height() + 6};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor color = roleColor(m_role, palette());
        const QColor base = palette().color(QPalette::Base);
        const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.setPen(QPen(uicolors::blend(base, color, underMouse() ? 0.9 : 0.6), 1));
        painter.setBrush(uicolors::blend(base, color, underMouse() ? 0.25 : 0.15));
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(color);
        painter.drawText(rect(), Qt::AlignCenter, text());
    }
    void enterEvent(QEnterEvent *event) override
    {
        update();
        QAbstractButton::enterEvent(event);
    }
    void leaveEvent(QEvent *event) override
    {
        update();
        QAbstractButton::leaveEvent(event);
    }

private:
    Role m_role = Role::User;
};

QToolButton *makeCardButton(QWidget *parent, QStyle::StandardPixmap icon, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setAutoRaise(true);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    // The shortcuts reach these from the keyboard; Tab goes from text to text.
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

QString withShortcut(const QString &text, const QKeySequence &shortcut)
{
    return MessageListEditor::tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

} // namespace

// One message: header (role chip, number, move and remove buttons) above its editor.
class MessageListEditor::Card : public QFrame
{
public:
    explicit Card(MessageListEditor *list) : QFrame(list->m_content)
    {
        setAttribute(Qt::WA_Hover);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(8, 6, 8, 6);
        layout->setSpacing(4);

        auto *header = new QHBoxLayout;
        header->setSpacing(6);
        chip = new RoleChip(this);
        number = new QLabel(this);
        number->setForegroundRole(QPalette::PlaceholderText);
        prefill = new QLabel(MessageListEditor::tr("prefill: the answer starts with this text"), this);
        prefill->setForegroundRole(QPalette::PlaceholderText);
        up = makeCardButton(this, QStyle::SP_ArrowUp, withShortcut(MessageListEditor::tr("Move up"), list->m_moveUp->shortcut()));
        down = makeCardButton(
            this, QStyle::SP_ArrowDown, withShortcut(MessageListEditor::tr("Move down"), list->m_moveDown->shortcut()));
        remove = makeCardButton(this, QStyle::SP_DialogDiscardButton,
            withShortcut(MessageListEditor::tr("Remove message"), list->m_remove->shortcut()));
        header->addWidget(chip);
        header->addWidget(number);
        header->addWidget(prefill);
        header->addStretch(1);
        header->addWidget(up);
        header->addWidget(down);
        header->addWidget(remove);
        layout->addLayout(header);

        editor = new PromptEditor(this);
        editor->setFrameShape(QFrame::NoFrame);
        editor->setGrowsWithContent(true, 2);
        editor->setPlaceholderText(
            MessageListEditor::tr("Write the message. {{VARIABLES}} in double braces are filled in with test values."));
        layout->addWidget(editor);
    }

    void setEditing(bool editing)
    {
        m_editing = editing;
        update();
    }

    RoleChip *chip;
    QLabel *number;
    QLabel *prefill;
    QToolButton *up;
    QToolButton *down;
    QToolButton *remove;
    PromptEditor *editor;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette &p = palette();
        const QColor border
            = m_editing ? p.color(QPalette::Highlight) : uicolors::blend(p.color(QPalette::Base), p.color(QPalette::Text), 0.22);
        painter.setPen(QPen(border, m_editing ? 1.5 : 1));
        painter.setBrush(p.color(QPalette::Base));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 5, 5);
    }

private:
    bool m_editing = false;
};

MessageListEditor::MessageListEditor(PromptWorkspace *workspace, QWidget *parent)
    : QScrollArea(parent), m_workspace(workspace), m_content(new QWidget), m_layout(new QVBoxLayout(m_content))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // The editors inside take the focus; the list itself would be a stop that shows nothing.
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->setContentsMargins(0, 0, 4, 0);
    m_layout->setSpacing(8);

    auto makeAction = [this](const QString &text, const QKeySequence &shortcut, void (MessageListEditor::*slot)()) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_add = makeAction(tr("&Add Message"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MessageListEditor::addMessage);
    m_remove = makeAction(
        tr("&Remove Message"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &MessageListEditor::removeCurrent);
    m_moveUp = new QAction(tr("Move Message &Up"), this);
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    m_moveDown = new QAction(tr("Move Message &Down"), this);
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });
    m_toggleRole
        = makeAction(tr("Toggle Ro&le"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &MessageListEditor::toggleCurrentRole);

    m_addButton = new QPushButton(tr("+ Add Message"), m_content);
    m_addButton->setToolTip(withShortcut(tr("Add a message after the current one"), m_add->shortcut()));
    m_addButton->setFlat(true);
    connect(m_addButton, &QPushButton::clicked, m_add, &QAction::trigger);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addStretch(1);
    m_layout->addLayout(buttonRow);
    m_layout->addStretch(1);
    setWidget(m_content);

    connect(workspace, &PromptWorkspace::messageInserted, this, &MessageListEditor::insertCard);
    connect(workspace, &PromptWorkspace::messageRemoved, this, &MessageListEditor::removeCard);
    connect(workspace, &PromptWorkspace::messageMoved, this, &MessageListEditor::moveCard);
    connect(workspace, &PromptWorkspace::roleChanged, this, [this] { refreshCards(); });
    connect(workspace, &PromptWorkspace::documentsReplaced, this, &MessageListEditor::rebuild);
    rebuild();
}

MessageListEditor::~MessageListEditor() = default;

PromptEditor *MessageListEditor::editor(int index) const
{
    return index >= 0 && index < m_cards.size() ? m_cards.at(index)->editor : nullptr;
}

int MessageListEditor::indexOf(const Card *card) const
{
    return card ? int(m_cards.indexOf(const_cast<Card *>(card))) : -1;
}

int MessageListEditor::currentIndex() const
{
    return indexOf(m_current.data());
}

void MessageListEditor::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_cards.size())
        return;
    setCurrentCard(m_cards.at(index));
    m_cards.at(index)->editor->setFocus(Qt::OtherFocusReason);
    ensureWidgetVisible(m_cards.at(index), 0, 0);
}

void MessageListEditor::setCurrentCard(Card *card)
{
    if (m_current == card)
        return;
    if (m_current)
        m_current->setEditing(false);
    m_current = card;
    if (card)
        card->setEditing(card->editor->hasFocus());
    updateActions();
    emit currentIndexChanged(currentIndex());
}

void MessageListEditor::setUndoActions(QAction *undo, QAction *redo)
{
    m_undo = undo;
    m_redo = redo;
    for (Card *card : std::as_const(m_cards))
        card->editor->setUndoActions(undo, redo);
}

void MessageListEditor::addMessage()
{
    const int current = currentIndex();
    const int index = current >= 0 ? current + 1 : count();
    // Turns alternate: after a user message comes the assistant's answer.
    const Role role = index > 0 && m_workspace->role(index - 1) == Role::User ? Role::Assistant : Role::User;
    m_workspace->insertMessage(index, role);
    setCurrentIndex(index);
}

void MessageListEditor::removeCurrent()
{
    const int index = currentIndex();
    if (index < 0)
        return;
    m_workspace->removeMessage(index);
    if (count() > 0)
        setCurrentIndex(qMin(index, count() - 1));
}

void MessageListEditor::moveCurrent(int delta)
{
    const int index = currentIndex();
    const int target = index + delta;
    if (index < 0 || target < 0 || target >= count())
        return;
    const bool hadFocus = m_cards.at(index)->editor->hasFocus();
    m_workspace->moveMessage(index, target);
    if (hadFocus)
        m_cards.at(target)->editor->setFocus(Qt::OtherFocusReason);
    ensureWidgetVisible(m_cards.at(target), 0, 0);
}

void MessageListEditor::toggleCurrentRole()
{
    const int index = currentIndex();
    if (index >= 0)
        m_workspace->setRole(index, m_workspace->role(index) == Role::User ? Role::Assistant : Role::User);
}

void MessageListEditor::insertCard(int index)
{
    auto *card = new Card(this);
    card->editor->setPromptDocument(m_workspace->messageDocument(index));
    card->editor->setUndoActions(m_undo, m_redo);
    card->editor->setMaximumGrowHeight(maximumEditorHeight());
    card->editor->installEventFilter(this);
    connect(card->chip, &QAbstractButton::clicked, this, [this, card] {
        setCurrentCard(card);
        toggleCurrentRole();
    });
    connect(card->up, &QToolButton::clicked, this, [this, card] {
        setCurrentCard(card);
        moveCurrent(-1);
    });
    connect(card->down, &QToolButton::clicked, this, [this, card] {
        setCurrentCard(card);
        moveCurrent(+1);
    });
    connect(card->remove, &QToolButton::clicked, this, [this, card] {
        setCurrentCard(card);
        removeCurrent();
    });
    m_cards.insert(index, card);
    m_layout->insertWidget(index, card);
    if (!m_current)
        setCurrentCard(card);
    refreshCards();
}

void MessageListEditor::removeCard(int index)
{
    Card *card = m_cards.takeAt(index);
    m_layout->removeWidget(card);
    card->hide();
    // The removal may come from one of the card's own buttons.
    card->deleteLater();
    if (m_current == card) {
        m_current = nullptr;
        setCurrentCard(m_cards.isEmpty() ? nullptr : m_cards.at(qMin(index, count() - 1)));
    }
    refreshCards();
}

void MessageListEditor::moveCard(int from, int to)
{
    Card *card = m_cards.takeAt(from);
    m_cards.insert(to, card);
    m_layout->removeWidget(card);
    m_layout->insertWidget(to, card);
    refreshCards();
}

void MessageListEditor::rebuild()
{
    const int current = currentIndex();
    for (Card *card : std::as_const(m_cards)) {
        m_layout->removeWidget(card);
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    m_current = nullptr;
    for (int i = 0; i < m_workspace->messageCount(); ++i)
        insertCard(i);
    if (!m_cards.isEmpty())
        setCurrentCard(m_cards.at(qBound(0, current, count() - 1)));
    else
        setCurrentCard(nullptr);
    refreshCards();
}

void MessageListEditor::refreshCards()
{
    for (int i = 0; i < m_cards.size(); ++i) {
        Card *card = m_cards.at(i);
        const Role role = m_workspace->role(i);
        card->chip->setRole(role);
        card->number->setText(tr("Message %1").arg(i + 1));
        card->prefill->setVisible(role == Role::Assistant && i == m_cards.size() - 1);
        card->up->setEnabled(!m_readOnly && i > 0);
        card->down->setEnabled(!m_readOnly && i < m_cards.size() - 1);
        card->remove->setEnabled(!m_readOnly);
        card->chip->setEnabled(!m_readOnly);
        card->editor->setReadOnly(m_readOnly);
        card->editor->setAccessibleName(tr("Message %1, %2").arg(i + 1).arg(roleLabel(role)));
    }
    updateActions();
    updateTabOrder();
}

void MessageListEditor::setTabNeighbours(QWidget *before, QWidget *after)
{
    m_tabBefore = before;
    m_tabAfter = after;
    updateTabOrder();
}

void MessageListEditor::updateTabOrder()
{
    // Cards are made as messages arrive, so on their own they would come last in the window's chain.
    QWidget *previous = m_tabBefore;
    auto chain = [&previous](QWidget *next) {
        if (previous)
            QWidget::setTabOrder(previous, next);
        previous = next;
    };
    for (const Card *card : std::as_const(m_cards))
        chain(card->editor);
    chain(m_addButton);
    if (m_tabAfter)
        chain(m_tabAfter);
}

void MessageListEditor::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    refreshCards();
}

void MessageListEditor::updateActions()
{
    const int index = m_readOnly ? -1 : currentIndex();
    m_add->setEnabled(!m_readOnly);
    m_addButton->setEnabled(!m_readOnly);
    m_remove->setEnabled(index >= 0);
    m_toggleRole->setEnabled(index >= 0);
    m_moveUp->setEnabled(index > 0);
    m_moveDown->setEnabled(index >= 0 && index < count() - 1);
}

bool MessageListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        for (Card *card : std::as_const(m_cards)) {
            if (card->editor != watched)
                continue;
            if (event->type() == QEvent::FocusIn) {
                setCurrentCard(card);
                ensureWidgetVisible(card, 0, 0);
            }
            card->setEditing(event->type() == QEvent::FocusIn);
            break;
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

int MessageListEditor::maximumEditorHeight() const
{
    // A long message scrolls inside its card, which still fits the view with
    // its header and the Add button below it, whatever the font (CJK fonts
    // make both taller). Never taller than the view, however small the window:
    // an editor the list must scroll to see whole is two scroll bars for one text.
    int chrome = m_layout->spacing() + m_addButton->sizeHint().height();
    if (!m_cards.isEmpty()) {
        const QLayout *card = m_cards.constFirst()->layout();
        const QMargins margins = card->contentsMargins();
        chrome += margins.top() + margins.bottom() + card->spacing() + card->itemAt(0)->sizeHint().height();
    }
    return qMax(0, viewport()->height() - chrome);
}

void MessageListEditor::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    const int limit = maximumEditorHeight();
    for (Card *card : std::as_const(m_cards))
        card->editor->setMaximumGrowHeight(limit);
}

} // namespace pw
