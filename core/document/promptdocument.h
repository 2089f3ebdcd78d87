#pragma once

#include "revision.h"

#include "model/evalrun.h"
#include "model/testcase.h"

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
    // The working copy's test values: those of the first test case.
    const VariableValues &testValues() const;
    // Sets the first case's values (making case-1 when there is no case and values is not empty).
    void setTestValues(const VariableValues &values);
    const QString &targetModel() const { return m_targetModel; }
    void setTargetModel(const QString &model) { m_targetModel = model; }
    // The feedback for Improve being written; not part of the prompt.
    const QString &feedback() const { return m_feedback; }
    void setFeedback(const QString &feedback) { m_feedback = feedback; }

    // Oldest first; ids are increasing.
    const QList<Revision> &revisions() const { return m_revisions; }
    // nullptr when there is no revision with that id.
    const Revision *revision(int id) const;
    const Revision *latestRevision() const;

    // Records revision and makes its prompt and values the working copy
    // (except an Origin::Optimized candidate: it is only offered).
    // An id of 0 is assigned the next id; a given id must be above every
    // existing one (returns 0 otherwise: history is never reordered). A time
    // that is not valid becomes now. Returns the id recorded.
    int addRevision(Revision revision);
    // The latest revision that was the working copy: the latest one that is
    // not an optimization's candidate.
    const Revision *workingRevision() const;
    // Records the working copy as a revision of this origin, unless it equals
    // workingRevision() already. Returns the id of the revision that holds it.
    int recordWorkingCopy(Origin origin = Origin::Typed, const QString &note = {});
    // Puts the working copy into the latest revision instead of a new one
    // after it (its id stays, its time becomes now): typing that goes on is
    // one revision, not one per save or run. Returns its id, 0 when there is none.
    int amendLatestRevision();
    // Records a new revision with the prompt and values of revision id
    // (Origin::Restored) and makes it the working copy; nothing is removed.
    // Returns the new id, or 0 when there is no revision id.
    int restoreRevision(int id, const QString &note = {});

    // The test suite: cases with stable ids, in the order shown.
    const TestSuite &testCases() const { return m_testCases; }
    void setTestCases(const TestSuite &cases) { m_testCases = cases; }
    // "case-N" for the lowest N above every case-N in use.
    QString newTestCaseId() const;

    // Evaluation runs, oldest first.
    const QList<EvalRun> &runs() const { return m_runs; }
    const EvalRun *run(const QString &id) const;
    // Replaces the run with the same id (a resumed run), or appends it.
    void putRun(const EvalRun &run);
    // "run-N" for the lowest N above every run-N in use.
    QString newRunId() const;

    // True when the working copy differs from workingRevision() (or there is none and it is not empty).
    bool hasUnrecordedChanges() const;

    friend bool operator==(const PromptDocument &, const PromptDocument &) = default;

private:
    Prompt m_prompt;
    QString m_targetModel;
    QString m_feedback;
    QList<Revision> m_revisions;
    TestSuite m_testCases;
    QList<EvalRun> m_runs;
};

} // namespace pw
