#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace pw {

// Where API keys live. Every call is asynchronous (a keychain may ask the
// user, or talk D-Bus) and never blocks the event loop; the callback runs on
// the caller's thread, and not at all if `context` is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    struct ReadResult
    {
        bool found = false;
        QString value;
        QString error; // empty unless the store failed (not found is no error)
    };
    using ReadCallback = std::function<void(const ReadResult &)>;
    // Empty error: success. A failed write still keeps the value for this
    // session (reads give it back until the process ends); the error says
    // why it was not stored for good.
    using WriteCallback = std::function<void(const QString &error)>;

    using QObject::QObject;

    virtual void read(const QString &name, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &name, const QString &value, QObject *context, WriteCallback done) = 0;
    virtual void remove(const QString &name, QObject *context, WriteCallback done) = 0;

    // False when secrets live only as long as this process (no keychain).
    virtual bool isPersistent() const = 0;
    // Why secrets are not persistent, for the settings dialog; empty when they are.
    virtual QString persistenceProblem() const { return {}; }
    // True when this secret lives only as long as the process: no keychain,
    // or the keychain refused to store it.
    virtual bool keepsForSessionOnly(const QString &name) const
    {
        Q_UNUSED(name);
        return !isPersistent();
    }

signals:
    void persistenceChanged();
};

// Secrets kept in memory for this session only: the fallback without a
// keychain, and the fake store of tests.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &name, QObject *context, ReadCallback done) override;
    void write(const QString &name, const QString &value, QObject *context, WriteCallback done) override;
    void remove(const QString &name, QObject *context, WriteCallback done) override;
    bool isPersistent() const override { return false; }
    QString persistenceProblem() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace pw
