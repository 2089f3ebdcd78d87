#pragma once

#include "canceltoken.h"
#include "prompt/prompt.h"
#include "textdiff.h"

#include <QStringList>

#include <algorithm>
#include <optional>

namespace pw {

// One compared part of two prompts: the system prompts, or a message and its
// counterpart. Messages are paired by content (identical ones first, then the
// most similar in order), so an inserted message does not shift every later
// pair; one without a counterpart is Added or Removed.
struct SectionDiff
{
    enum class Status { Unchanged, Changed, Added, Removed };

    Status status = Status::Unchanged;
    // -1 for the system prompt, or for the side a message is missing from.
    int leftIndex = -1;
    int rightIndex = -1;
    std::optional<Role> leftRole;
    std::optional<Role> rightRole;
    // A message that only changed place: the index of its identical twin on
    // the other side (Removed: movedTo on the right; Added: movedFrom on the left).
    int movedTo = -1;
    int movedFrom = -1;
    TextDiff diff;

    bool isSystem() const { return leftIndex < 0 && rightIndex < 0; }
    bool isMoved() const { return movedTo >= 0 || movedFrom >= 0; }
    // The JSON path: "system" or "messages[i]" (the left index when the message
    // exists on the left, else the right one).
    QString name() const;
    // For headings: "System", "Message 2 · user" (1-based, that side's index
    // and role; falls back to the other side when missing there).
    QString leftTitle() const;
    QString rightTitle() const;
};

struct VariableRename
{
    QString from;
    QString to;
    friend bool operator==(const VariableRename &, const VariableRename &) = default;
};

struct DiffSummary
{
    int changes = 0;
    qsizetype wordsAdded = 0;
    qsizetype wordsRemoved = 0;
    int messagesAdded = 0; // moved messages are not counted as added or removed
    int messagesRemoved = 0;
    int messagesMoved = 0;
    // Variables of the whole prompt that appear only on one side. A removed
    // and an added variable replacing each other in the same change count as
    // a rename instead.
    QStringList variablesAdded;
    QStringList variablesRemoved;
    QList<VariableRename> variablesRenamed;
    // Estimated model tokens of each prompt (see estimateModelTokens).
    qsizetype leftTokens = 0;
    qsizetype rightTokens = 0;

    qsizetype tokenDelta() const { return rightTokens - leftTokens; }
    // "3 changes · words +12 −4 · variables +1 −0 ~1 · tokens +20"
    QString toString() const;
};

struct PromptDiff
{
    QList<SectionDiff> sections; // system first (when either side has one), then messages
    DiffSummary summary;
    DiffOptions options;

    bool hasChanges() const
    {
        return std::any_of(sections.cbegin(), sections.cend(),
            [](const SectionDiff &section) { return section.status != SectionDiff::Status::Unchanged; });
    }
};

// Synchronous, for the CLI and tests. Returns nullopt when cancel asked to stop.
std::optional<PromptDiff> diffPrompts(
    const Prompt &left, const Prompt &right, const DiffOptions &options = {}, const CancelToken &cancel = {});

// A rough count of model tokens: about four characters of English per token.
// Good enough for a delta; use the count_tokens endpoint for exact figures.
qsizetype estimateModelTokens(QStringView text);

} // namespace pw
