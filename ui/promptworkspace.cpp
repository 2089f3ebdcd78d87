#include "promptworkspace.h"

#include "prompteditor.h"

#include <QTextDocument>
#include <QUndoCommand>
#include <QUndoStack>

namespace pw {

namespace {

// One step of the workspace's history. The workspace owns the stack, so the
// functions may capture it. A step that has already happened when it is
// recorded (typing) skips its first redo().
class WorkspaceCommand : public QUndoCommand
{
public:
    WorkspaceCommand(const QString &text, std::function<void()> redo, std::function<void()> undo, bool alreadyDone = false)
        : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)), m_skipRedo(alreadyDone)
    { }

    void redo() override
    {
        if (std::exchange(m_skipRedo, false))
            return;
        m_redo();
    }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
    bool m_skipRedo;
};

// Choosing the target model: consecutive changes (typing an id) merge into one step.
class TargetModelCommand : public QUndoCommand
{
public:
    TargetModelCommand(const QString &text, const QString &from, const QString &to, std::function<void(const QString &)> store)
        : QUndoCommand(text), m_from(from), m_to(to), m_store(std::move(store))
    { }

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        m_to = static_cast<const TargetModelCommand *>(other)->m_to;
        return true;
    }
    void redo() override { m_store(m_to); }
    void undo() override { m_store(m_from); }

private:
    QString m_from;
    QString m_to;
    std::function<void(const QString &)> m_store;
};

} // namespace

PromptWorkspace::PromptWorkspace(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_feedback(createPromptDocument({}))
{
    m_state = makeState({}, {}, {});
    // Not part of the prompt: typing feedback changes no check or count.
    recordTyping(m_feedback, tr("Typing Feedback"));
}

PromptWorkspace::~PromptWorkspace()
{
    // The commands keep documents alive; drop them while this object is whole.
    // Quietly: a dying stack announcing "clean changed" would reach a window
    // that is itself half destroyed.
    m_undoStack->blockSignals(true);
    delete m_undoStack;
}

Prompt PromptWorkspace::prompt() const
{
    Prompt prompt;
    prompt.system = m_state.system->toPlainText();
    prompt.messages.reserve(m_state.messages.size());
    for (const MessageSlot &slot : m_state.messages)
        prompt.messages.append(slot.role == Role::User ? Message::user(slot.document->toPlainText())
                                                       : Message::assistant(slot.document->toPlainText()));
    return prompt;
}

std::shared_ptr<QTextDocument> PromptWorkspace::makeDocument(const QString &text)
{
    std::shared_ptr<QTextDocument> document = createPromptDocument(text);
    recordTyping(document, tr("Typing"));
    connect(document.get(), &QTextDocument::contentsChanged, this, &PromptWorkspace::noteChange);
    return document;
}

void PromptWorkspace::recordTyping(const std::shared_ptr<QTextDocument> &document, const QString &description)
{
    // The connection lives as long as the document: capture it weakly, or it would keep itself alive.
    const std::weak_ptr<QTextDocument> weak = document;
    connect(document.get(), &QTextDocument::undoCommandAdded, this, [this, weak, description] {
        std::shared_ptr<QTextDocument> edited = weak.lock();
        if (!edited)
            return;
        m_undoStack->push(new WorkspaceCommand(
            description, [edited] { edited->redo(); }, [edited] { edited->undo(); }, true));
    });
}

PromptWorkspace::State PromptWorkspace::makeState(const Prompt &prompt, const VariableValues &values, const QString &targetModel)
{
    State state;
    state.system = makeDocument(prompt.system);
    for (const Message &message : prompt.messages)
        state.messages.append({message.role, makeDocument(message.text())});
    state.values = values;
    state.targetModel = targetModel;
    return state;
}

void PromptWorkspace::reset(const Prompt &prompt, const VariableValues &values, const QString &targetModel)
{
    m_undoStack->clear();
    State replaced = makeState(prompt, values, targetModel);
    std::swap(m_state, replaced);
    // Views let go of the old documents here, before `replaced` deletes them.
    emit documentsReplaced();
    emit valuesChanged();
    emit targetModelChanged();
    noteChange();
}

void PromptWorkspace::insertMessage(int index, Role role, const QString &text)
{
    index = qBound(0, index, messageCount());
    const MessageSlot slot {role, makeDocument(text)};
    m_undoStack->push(new WorkspaceCommand(
        tr("Add Message"), [this, index, slot] { insertSlot(index, slot); }, [this, index] { takeSlot(index); }));
}

void PromptWorkspace::removeMessage(int index)
{
    if (index < 0 || index >= messageCount())
        return;
    const MessageSlot slot = m_state.messages.at(index);
    m_undoStack->push(new WorkspaceCommand(
        tr("Remove Message"), [this, index] { takeSlot(index); }, [this, index, slot] { insertSlot(index, slot); }));
}

void PromptWorkspace::moveMessage(int from, int to)
{
    if (from < 0 || from >= messageCount() || to < 0 || to >= messageCount() || from == to)
        return;
    m_undoStack->push(new WorkspaceCommand(
        tr("Move Message"), [this, from, to] { moveSlot(from, to); }, [this, from, to] { moveSlot(to, from); }));
}

void PromptWorkspace::setRole(int index, Role role)
{
    if (index < 0 || index >= messageCount() || m_state.messages.at(index).role == role)
        return;
    const Role previous = m_state.messages.at(index).role;
    m_undoStack->push(new WorkspaceCommand(
        tr("Change Role"), [this, index, role] { swapRole(index, role); },
        [this, index, previous] { swapRole(index, previous); }));
}

void PromptWorkspace::setValue(const QString &name, const QString &value)
{
    const auto it = m_state.values.constFind(name);
    const std::optional<QString> previous = it == m_state.values.constEnd() ? std::nullopt : std::optional<QString>(*it);
    if (previous == value)
        return;
    m_undoStack->push(new WorkspaceCommand(
        tr("Edit Value of %1").arg(name), [this, name, value] { storeValue(name, value); },
        [this, name, previous] { storeValue(name, previous); }));
}

void PromptWorkspace::pushStep(const QString &description, std::function<void()> redo, std::function<void()> undo)
{
    m_undoStack->push(new WorkspaceCommand(description, std::move(redo), std::move(undo)));
}

void PromptWorkspace::groupSteps(const QString &description, const std::function<void()> &edits)
{
    m_undoStack->beginMacro(description);
    edits();
    m_undoStack->endMacro();
}

void PromptWorkspace::replaceValues(const VariableValues &values)
{
    if (values == m_state.values)
        return;
    m_state.values = values;
    emit valuesChanged();
    noteChange();
}

void PromptWorkspace::setTargetModel(const QString &model)
{
    if (model == m_state.targetModel)
        return;
    m_undoStack->push(new TargetModelCommand(
        tr("Change Target Model"), m_state.targetModel, model, [this](const QString &id) { storeTargetModel(id); }));
}

void PromptWorkspace::applyPrompt(
    const Prompt &prompt, const VariableValues &values, const QString &description, const std::optional<QString> &targetModel)
{
    // Swapping the same object both ways: redo installs `other`, undo brings the previous state back into view.
    auto other = std::make_shared<State>(makeState(prompt, values, targetModel.value_or(m_state.targetModel)));
    m_undoStack->push(new WorkspaceCommand(
        description, [this, other] { swapState(*other); }, [this, other] { swapState(*other); }));
}

void PromptWorkspace::insertSlot(int index, const MessageSlot &slot)
{
    m_state.messages.insert(index, slot);
    emit messageInserted(index);
    noteChange();
}

PromptWorkspace::MessageSlot PromptWorkspace::takeSlot(int index)
{
    const MessageSlot slot = m_state.messages.takeAt(index);
    emit messageRemoved(index);
    noteChange();
    return slot;
}

void PromptWorkspace::moveSlot(int from, int to)
{
    m_state.messages.move(from, to);
    emit messageMoved(from, to);
    noteChange();
}

void PromptWorkspace::swapRole(int index, Role role)
{
    m_state.messages[index].role = role;
    emit roleChanged(index);
    noteChange();
}

void PromptWorkspace::storeValue(const QString &name, const std::optional<QString> &value)
{
    if (value)
        m_state.values.insert(name, *value);
    else
        m_state.values.remove(name);
    emit valuesChanged();
    noteChange();
}

void PromptWorkspace::storeTargetModel(const QString &model)
{
    m_state.targetModel = model;
    emit targetModelChanged();
    noteChange();
}

void PromptWorkspace::swapState(State &other)
{
    std::swap(m_state, other);
    emit documentsReplaced();
    emit valuesChanged();
    emit targetModelChanged();
    noteChange();
}

void PromptWorkspace::noteChange()
{
    emit changed();
}

} // namespace pw
