#pragma once

#include "prompt/prompt.h"

#include <QObject>

#include <functional>

#include <memory>
#include <optional>

class QTextDocument;
class QUndoStack;

namespace pw {

// The prompt being edited, as documents the editors show (the system prompt
// and one per message, each with a role) plus the variables' test values and
// the model the prompt is written for, and one undo history for all of it.
//
// Typing in any document, adding, removing, moving a message, changing its
// role, editing a value, choosing the target model and applying a tool's
// result are each one step on
// undoStack(), so Ctrl+Z walks back through everything in the order it
// happened. Applying a result swaps the whole set of documents, so the
// typing history of the replaced ones comes back with them on undo.
// The feedback for Improve is not part of the prompt, but typing it is a
// step on the same stack: whichever field has the focus, Ctrl+Z undoes
// the step the Edit menu names.
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
    const QString &targetModel() const { return m_state.targetModel; }
    // The feedback for Improve; it stays when the prompt is replaced.
    const std::shared_ptr<QTextDocument> &feedbackDocument() const { return m_feedback; }

    // The prompt as it stands: one text block per message.
    Prompt prompt() const;

    // Replaces everything and starts a new history (opening a file).
    void reset(const Prompt &prompt, const VariableValues &values = {}, const QString &targetModel = {});

    // Each of these is one undoable step.
    void insertMessage(int index, Role role, const QString &text = {});
    void removeMessage(int index);
    void moveMessage(int from, int to);
    void setRole(int index, Role role);
    void setValue(const QString &name, const QString &value);
    // A step of another object that lives with the prompt (the test cases):
    // redo runs now and again on redo, undo on undo.
    void pushStep(const QString &description, std::function<void()> redo, std::function<void()> undo);
    // The steps edits() makes (typing in several documents: Replace All) as
    // one step, so a single Ctrl+Z takes them all back.
    void groupSteps(const QString &description, const std::function<void()> &edits);
    // Not a step of its own: for a caller whose own undo step includes the
    // change (the test-case table, whose first case holds the test values).
    void replaceValues(const VariableValues &values);
    // Typing a model id letter by letter is one step, not one per letter.
    void setTargetModel(const QString &model);
    // Replaces the prompt and the values at once (accepting a tool's result),
    // and the target model when one is given.
    void applyPrompt(const Prompt &prompt, const VariableValues &values, const QString &description,
        const std::optional<QString> &targetModel = std::nullopt);

signals:
    void messageInserted(int index);
    void messageRemoved(int index);
    void messageMoved(int from, int to);
    void roleChanged(int index);
    // Every document may have been replaced: views fetch them all again.
    void documentsReplaced();
    void valuesChanged();
    void targetModelChanged();
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
        QString targetModel;
    };
    State makeState(const Prompt &prompt, const VariableValues &values, const QString &targetModel);
    std::shared_ptr<QTextDocument> makeDocument(const QString &text);
    void recordTyping(const std::shared_ptr<QTextDocument> &document, const QString &description);
    void insertSlot(int index, const MessageSlot &slot);
    MessageSlot takeSlot(int index);
    void moveSlot(int from, int to);
    void swapRole(int index, Role role);
    void storeValue(const QString &name, const std::optional<QString> &value);
    void storeTargetModel(const QString &model);
    void swapState(State &other);
    void noteChange();

    QUndoStack *m_undoStack;
    std::shared_ptr<QTextDocument> m_feedback;
    State m_state;
};

} // namespace pw
