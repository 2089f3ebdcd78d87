#include "secretstore.h"

#include <QMetaObject>
#include <QPointer>

namespace pw {

namespace {

// Defers a callback to the event loop, as a real keychain would answer, so
// callers never depend on a synchronous answer.
void later(QObject *context, std::function<void()> call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

} // namespace

void MemorySecretStore::read(const QString &name, QObject *context, ReadCallback done)
{
    ReadResult result;
    const auto it = m_secrets.constFind(name);
    if (it != m_secrets.constEnd()) {
        result.found = true;
        result.value = *it;
    }
    later(context, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::write(const QString &name, const QString &value, QObject *context, WriteCallback done)
{
    m_secrets.insert(name, value);
    later(context, [done = std::move(done)] { done({}); });
}

void MemorySecretStore::remove(const QString &name, QObject *context, WriteCallback done)
{
    m_secrets.remove(name);
    later(context, [done = std::move(done)] { done({}); });
}

QString MemorySecretStore::persistenceProblem() const
{
    return tr("Keys are kept for this session only.");
}

} // namespace pw
