#pragma once

#include "revision.h"

#include <QList>

namespace pw {

// A prompt being worked on: the working copy the editor shows (prompt, test
// values, target model) and its history of revisions. Plain data: the window
// keeps it, compares it with what was last saved to know if it is modified,
// and writes it with saveDocumentFile().
class PromptDocument
{
public:
    const Prompt &prompt() const { return m_prompt; }
    void setPrompt(const Prompt &prompt) { m_prompt = prompt; }
    const VariableValues &testValues() const { return m_testValues; }
    void setTestValues(const VariableValues &values) { m_testValues = values; }
    const QString &targetModel() const { return m_targetModel; }
    void setTargetModel(const QString &model) { m_targetModel = model; }

    // Oldest first; ids are increasing.
    const QList<Revision> &revisions() const { return m_revisions; }
    // nullptr when there is no revision with that id.
    const Revision *revision(int id) const;
    const Revision *latestRevision() const;

    // Records revision and makes its prompt and values the working copy.
    // An id of 0 is assigned the next id; a given id must be above every
    // existing one (returns 0 otherwise: history is never reordered). A time
    // that is not valid becomes now. Returns the id recorded.
    int addRevision(Revision revision);
    // Records the working copy as a revision of this origin, unless it equals
    // the latest revision already. Returns the id of the revision that holds it.
    int recordWorkingCopy(Origin origin = Origin::Typed, const QString &note = {});
    // Records a new revision with the prompt and values of revision id
    // (Origin::Restored) and makes it the working copy; nothing is removed.
    // Returns the new id, or 0 when there is no revision id.
    int restoreRevision(int id, const QString &note = {});

    // True when the working copy differs from the latest revision (or there is none and it is not empty).
    bool hasUnrecordedChanges() const;

    friend bool operator==(const PromptDocument &, const PromptDocument &) = default;

private:
    Prompt m_prompt;
    VariableValues m_testValues;
    QString m_targetModel;
    QList<Revision> m_revisions;
};

} // namespace pw
