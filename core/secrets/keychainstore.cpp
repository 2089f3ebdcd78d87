#include "keychainstore.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace pw {

namespace {

// Errors after which the keychain cannot be used at all: no backend, or one
// that cannot be reached (no D-Bus session, no Secret Service). A refusal by
// the user is not one of them.
bool backendUnusable(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    return false;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent) : SecretStore(parent), m_service(service) { }

QString KeychainSecretStore::persistenceProblem() const
{
    if (m_backendProblem.isEmpty())
        return {};
    return tr("No keychain is available (%1). Keys are kept for this session only.").arg(m_backendProblem);
}

void KeychainSecretStore::fallBack(const QString &reason)
{
    const bool changed = m_backendProblem.isEmpty();
    m_backendProblem = reason;
    if (changed)
        emit persistenceChanged();
}

void KeychainSecretStore::read(const QString &name, QObject *context, ReadCallback done)
{
    if (!isPersistent() || m_keptForSession.contains(name)) {
        m_sessionStore.read(name, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, name, guard, done = std::move(done)]() mutable {
        if (!guard)
            return;
        ReadResult result;
        switch (job->error()) {
        case QKeychain::NoError:
            result.found = true;
            result.value = job->textData();
            break;
        case QKeychain::EntryNotFound:
            break;
        default:
            if (backendUnusable(job->error())) {
                fallBack(job->errorString());
                m_sessionStore.read(name, guard, std::move(done));
                return;
            }
            result.error = job->errorString();
            break;
        }
        done(result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &name, const QString &value, QObject *context, WriteCallback done)
{
    if (!isPersistent()) {
        m_sessionStore.write(name, value, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    job->setTextData(value);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, name, value, guard, done = std::move(done)]() mutable {
        if (job->error() == QKeychain::NoError) {
            m_keptForSession.remove(name);
            if (guard)
                done({});
            return;
        }
        // Kept for the session even when the caller is gone. Only this key:
        // a canceled keyring prompt looks like any other failure, and the
        // keys already in the keychain stay readable.
        m_keptForSession.insert(name);
        m_sessionStore.write(name, value, this, [guard, error = job->errorString(), done = std::move(done)](const QString &) {
            if (guard)
                done(error);
        });
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &name, QObject *context, WriteCallback done)
{
    if (m_keptForSession.remove(name))
        m_sessionStore.remove(name, this, [](const QString &) {});
    if (!isPersistent()) {
        m_sessionStore.remove(name, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, done = std::move(done)] {
        if (!guard)
            return;
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : job->errorString());
    });
    job->start();
}

} // namespace pw
