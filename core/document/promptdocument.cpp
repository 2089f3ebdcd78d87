#include "promptdocument.h"

#include <algorithm>

namespace pw {

namespace {

// The lowest "<prefix>N" above every id of that shape in ids.
template<typename List, typename IdOf>
QString nextId(const QString &prefix, const List &list, IdOf idOf)
{
    int highest = 0;
    for (const auto &item : list) {
        const QString id = idOf(item);
        if (id.startsWith(prefix))
            highest = std::max(highest, QStringView(id).mid(prefix.size()).toInt());
    }
    return prefix + QString::number(highest + 1);
}

} // namespace

const VariableValues &PromptDocument::testValues() const
{
    static const VariableValues none;
    return m_testCases.isEmpty() ? none : m_testCases.constFirst().vars;
}

void PromptDocument::setTestValues(const VariableValues &values)
{
    if (m_testCases.isEmpty()) {
        if (values.isEmpty())
            return;
        TestCase first;
        first.id = newTestCaseId();
        m_testCases.append(first);
    }
    m_testCases.first().vars = values;
}

QString PromptDocument::newTestCaseId() const
{
    return nextId(QStringLiteral("case-"), m_testCases, [](const TestCase &testCase) { return testCase.id; });
}

const EvalRun *PromptDocument::run(const QString &id) const
{
    for (const EvalRun &run : m_runs) {
        if (run.id == id)
            return &run;
    }
    return nullptr;
}

void PromptDocument::putRun(const EvalRun &run)
{
    for (EvalRun &existing : m_runs) {
        if (existing.id == run.id) {
            existing = run;
            return;
        }
    }
    m_runs.append(run);
}

QString PromptDocument::newRunId() const
{
    return nextId(QStringLiteral("run-"), m_runs, [](const EvalRun &run) { return run.id; });
}

const Revision *PromptDocument::revision(int id) const
{
    for (const Revision &revision : m_revisions) {
        if (revision.id == id)
            return &revision;
    }
    return nullptr;
}

const Revision *PromptDocument::latestRevision() const
{
    return m_revisions.isEmpty() ? nullptr : &m_revisions.constLast();
}

int PromptDocument::addRevision(Revision revision)
{
    const int lastId = m_revisions.isEmpty() ? 0 : m_revisions.constLast().id;
    if (revision.id == 0)
        revision.id = lastId + 1;
    else if (revision.id <= lastId)
        return 0;
    if (!revision.time.isValid())
        revision.time = QDateTime::currentDateTimeUtc();
    if (revision.origin != Origin::Optimized) {
        m_prompt = revision.prompt;
        setTestValues(revision.values);
    }
    m_revisions.append(revision);
    return revision.id;
}

int PromptDocument::recordWorkingCopy(Origin origin, const QString &note)
{
    if (!hasUnrecordedChanges() && workingRevision())
        return workingRevision()->id;
    Revision revision;
    revision.prompt = m_prompt;
    revision.values = testValues();
    revision.origin = origin;
    revision.targetModel = m_targetModel;
    revision.note = note;
    return addRevision(revision);
}

int PromptDocument::amendLatestRevision()
{
    if (m_revisions.isEmpty())
        return 0;
    Revision &latest = m_revisions.last();
    latest.prompt = m_prompt;
    latest.values = testValues();
    latest.targetModel = m_targetModel;
    latest.time = QDateTime::currentDateTimeUtc();
    return latest.id;
}

int PromptDocument::restoreRevision(int id, const QString &note)
{
    const Revision *old = revision(id);
    if (!old)
        return 0;
    Revision restored;
    restored.prompt = old->prompt;
    restored.values = old->values;
    restored.targetModel = old->targetModel;
    restored.origin = Origin::Restored;
    restored.restoredFrom = id;
    restored.note = note;
    return addRevision(restored);
}

const Revision *PromptDocument::workingRevision() const
{
    // An optimization's candidates are recorded without ever being the
    // working copy (an accepted one comes back as a restored revision).
    const auto latest = std::find_if(m_revisions.crbegin(), m_revisions.crend(),
        [](const Revision &revision) { return revision.origin != Origin::Optimized; });
    return latest == m_revisions.crend() ? nullptr : &*latest;
}

bool PromptDocument::hasUnrecordedChanges() const
{
    const Revision *latest = workingRevision();
    if (!latest)
        return !m_prompt.isEmpty() || !testValues().isEmpty();
    return latest->prompt != m_prompt || latest->values != testValues();
}

} // namespace pw
