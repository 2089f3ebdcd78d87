#pragma once

#include "secretstore.h"

#include <QSet>

namespace pw {

// API keys in the operating system's keychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Store) through QtKeychain. When no
// backend answers, it says so (persistenceProblem) and keeps keys for this
// session only: never in plain text on disk.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &name, QObject *context, ReadCallback done) override;
    void write(const QString &name, const QString &value, QObject *context, WriteCallback done) override;
    void remove(const QString &name, QObject *context, WriteCallback done) override;
    bool isPersistent() const override { return m_backendProblem.isEmpty(); }
    QString persistenceProblem() const override;
    bool keepsForSessionOnly(const QString &name) const override { return !isPersistent() || m_keptForSession.contains(name); }

private:
    void fallBack(const QString &reason);

    QString m_service;
    QString m_backendProblem;
    MemorySecretStore m_sessionStore;
    // Names whose last write the keychain refused (a canceled prompt): read
    // from m_sessionStore until the keychain takes them.
    QSet<QString> m_keptForSession;
};

} // namespace pw
