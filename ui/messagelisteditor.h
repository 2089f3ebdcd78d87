#pragma once

#include <QList>
#include <QPointer>
#include <QScrollArea>

class QAction;
class QPushButton;
class QVBoxLayout;

namespace pw {

class PromptEditor;
class PromptWorkspace;

// The user/assistant messages of a prompt, one card each: a role chip, the
// message's number, buttons to move or remove it, and an editor that grows
// with its text. Every operation is also an action with a shortcut, acting on
// the current message (the one being edited, or edited last), and each is one
// undoable step of the workspace.
class MessageListEditor : public QScrollArea
{
    Q_OBJECT

public:
    explicit MessageListEditor(PromptWorkspace *workspace, QWidget *parent = nullptr);
    ~MessageListEditor() override;

    int count() const { return int(m_cards.size()); }
    PromptEditor *editor(int index) const;
    // -1 when there is no message.
    int currentIndex() const;
    // Makes index current and puts the cursor into its editor.
    void setCurrentIndex(int index);

    QAction *addMessageAction() const { return m_add; }
    QAction *removeMessageAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *toggleRoleAction() const { return m_toggleRole; }

    // Read-only: the texts can be read and copied, no message is added,
    // removed, moved or changed (while a tool's run or result stands on the prompt).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The window's undo and redo actions, for the editors' context menus.
    void setUndoActions(QAction *undo, QAction *redo);
    // Tab goes from before through every message editor, in order, and the
    // Add button, to after; kept so as messages come, go and move.
    void setTabNeighbours(QWidget *before, QWidget *after);

signals:
    void currentIndexChanged(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class Card;

    void addMessage();
    void removeCurrent();
    void moveCurrent(int delta);
    void toggleCurrentRole();
    void insertCard(int index);
    void removeCard(int index);
    void moveCard(int from, int to);
    void rebuild();
    void refreshCards();
    void updateActions();
    void updateTabOrder();
    void setCurrentCard(Card *card);
    int indexOf(const Card *card) const;
    int maximumEditorHeight() const;

    PromptWorkspace *m_workspace;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QList<Card *> m_cards;
    QPointer<Card> m_current;
    QAction *m_add;
    QPushButton *m_addButton = nullptr;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_toggleRole;
    QPointer<QWidget> m_tabBefore;
    QPointer<QWidget> m_tabAfter;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    bool m_readOnly = false;
};

} // namespace pw
