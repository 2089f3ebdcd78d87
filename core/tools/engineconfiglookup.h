#pragma once

#include "enginesettings.h"

#include <QObject>
#include <QProcessEnvironment>

namespace pw {

class SecretStore;

// Where an engine's configuration comes from. The window passes its settings
// and keychain; the CLI adds its command-line options; tests pass their own.
struct EngineSources
{
    QSettings *settings = nullptr; // saved settings (SettingsStore); null: defaults only
    SecretStore *secrets = nullptr; // the keychain; null: none
    QProcessEnvironment environment;
    EngineOverrides overrides; // the command line's explicit choices
    QNetworkAccessManager *network = nullptr; // handed on to the engine
};

// How an engine would be reached, without the keychain (which answers only
// asynchronously): see resolveEngineConfig. *error names a bad setting.
EngineConfig engineConfigWithoutKeychain(const QString &engine, const EngineSources &sources, QString *error = nullptr);

// The one way to find out how to reach an engine, API key included, without
// blocking. In this order:
//   - base URL, tool model, timeout, retries: see resolveEngineConfig;
//   - the API key: the engine's environment variable (ANTHROPIC_API_KEY,
//     OPENAI_API_KEY), else its keychain entry (what Settings stored);
//   - an engine whose registry entry needs a key (KeyRule::Required) fails
//     without one; the others go on without (a local model server takes none).
// finished() is always emitted from the event loop, never from the
// constructor. Deleting the lookup drops its answer: that is how a caller cancels.
class EngineConfigLookup : public QObject
{
    Q_OBJECT

public:
    EngineConfigLookup(const QString &engine, const EngineSources &sources, QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    // Once finished: the configuration, with the key when one was found.
    const EngineConfig &config() const { return m_config; }
    // Once finished: empty when config() can be used; else why not, for
    // people (a bad base URL, a missing key), and the fix is in the settings.
    const QString &error() const { return m_error; }

signals:
    void finished();

private:
    void finish(const QString &error);

    EngineConfig m_config;
    QString m_error;
    bool m_finished = false;
};

// The "needs a key" rule: why config cannot be used for lack of an API key,
// or empty. keychainError: why the keychain could not be read, if it failed.
QString missingKeyError(const EngineConfig &config, const QString &keychainError = {});

} // namespace pw
