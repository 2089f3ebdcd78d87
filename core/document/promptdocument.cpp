#include "promptdocument.h"

namespace pw {

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
    m_prompt = revision.prompt;
    m_testValues = revision.values;
    m_revisions.append(revision);
    return revision.id;
}

int PromptDocument::recordWorkingCopy(Origin origin, const QString &note)
{
    if (!hasUnrecordedChanges() && latestRevision())
        return latestRevision()->id;
    Revision revision;
    revision.prompt = m_prompt;
    revision.values = m_testValues;
    revision.origin = origin;
    revision.targetModel = m_targetModel;
    revision.note = note;
    return addRevision(revision);
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

bool PromptDocument::hasUnrecordedChanges() const
{
    const Revision *latest = latestRevision();
    if (!latest)
        return !m_prompt.isEmpty() || !m_testValues.isEmpty();
    return latest->prompt != m_prompt || latest->values != m_testValues;
}

} // namespace pw
