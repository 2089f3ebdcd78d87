#pragma once

#include "prompt/prompt.h"

#include <QObject>

#include <memory>
#include <optional>

class QTextDocument;
class QUndoStack;

namespace pw {

// The prompt being edited, as documents the editors show (the system prompt
// and one per message, each with a role) plus the variables' test values,
// and one undo history for all of it.
//
// Typing in any document, adding, removing, moving a message, changing its
// role, editing a value and applying a tool's result are each one step on
// undoStack(), so Ctrl+Z walks back through everything in the order it
// happened. Applying a result swaps the whole set of documents, so the
// typing history of the replaced ones comes back with them on undo.
class PromptWorkspace : public QObject
{
    Q_OBJECT

public:
    explicit PromptWorkspace(QObject *parent = nullptr);
    ~PromptWorkspace() override;

    QUndoStack *undoStack() const { return m_undoStack; }

    const std::shared_ptr<QTextDocument> &systemDocument() const { return m_state.system; }
    int messageCount() const { return int(m_state.messages.size()); }
    Role role(int index) const { return m_state.messages.at(index).role; }
    const std::shared_ptr<QTextDocument> &messageDocument(int index) const { return m_state.messages.at(index).document; }
    const VariableValues &values() const { return m_state.values; }

    // The prompt as it stands: one text block per message.
    Prompt prompt() const;
    // Counts every change; lets background work tell whether its input is stale.
    quint64 revision() const { return m_revision; }

    // Replaces everything and starts a new history (opening a file).
    void reset(const Prompt &prompt, const VariableValues &values = {});

    // Each of these is one undoable step.
    void insertMessage(int index, Role role, const QString &text = {});
    void removeMessage(int index);
    void moveMessage(int from, int to);
    void setRole(int index, Role role);
    void setValue(const QString &name, const QString &value);
    // Replaces the prompt and the values at once (accepting a tool's result).
    void applyPrompt(const Prompt &prompt, const VariableValues &values, const QString &description);

signals:
    void messageInserted(int index);
    void messageRemoved(int index);
    void messageMoved(int from, int to);
    void roleChanged(int index);
    // Every document may have been replaced: views fetch them all again.
    void documentsReplaced();
    void valuesChanged();
    // Any change at all, typing included: for debounced work such as checks.
    void changed();

private:
    struct MessageSlot
    {
        Role role = Role::User;
        std::shared_ptr<QTextDocument> document;
    };
    struct State
    {
        std::shared_ptr<QTextDocument> system;
        QList<MessageSlot> messages;
        VariableValues values;
    };
    State makeState(const Prompt &prompt, const VariableValues &values);
    std::shared_ptr<QTextDocument> makeDocument(const QString &text);
    void insertSlot(int index, const MessageSlot &slot);
    MessageSlot takeSlot(int index);
    void moveSlot(int from, int to);
    void swapRole(int index, Role role);
    void storeValue(const QString &name, const std::optional<QString> &value);
    void swapState(State &other);
    void noteChange();

    QUndoStack *m_undoStack;
    State m_state;
    quint64 m_revision = 0;
};

} // namespace pw
