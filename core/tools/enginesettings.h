#pragma once

#include "engine.h"

#include <QProcessEnvironment>
#include <QSettings>

#include <memory>

namespace pw {

// What the user saved for one engine (Settings dialog; the CLI reads the same).
struct EngineSettings
{
    QUrl baseUrl; // empty: default
    QString toolModel; // empty: default
    int timeoutSeconds = defaultTimeoutSeconds;
    int maxRetries = defaultMaxRetries;

    friend bool operator==(const EngineSettings &, const EngineSettings &) = default;
};

// Settings shared by the window and the CLI. API keys are NOT here: they
// live in the keychain (secrets/).
class SettingsStore
{
public:
    explicit SettingsStore(QSettings *settings); // not owned

    // The settings file both executables use (~/.config/Promptwerk/Promptwerk.conf).
    static std::unique_ptr<QSettings> openDefault();

    EngineSettings engineSettings(const QString &engine) const;
    void setEngineSettings(const QString &engine, const EngineSettings &settings);

    QString currentEngine() const; // default: the registry's defaultEngine()
    void setCurrentEngine(const QString &engine);
    QString targetModel() const;
    void setTargetModel(const QString &model);

    QSettings *settings() const { return m_settings; }

private:
    QSettings *m_settings;
};

// Explicit choices of the caller (command-line options); empty/negative: not given.
struct EngineOverrides
{
    QString engine; // an id of the registry; empty: the one saved in the settings
    QString baseUrl;
    QString toolModel;
    int timeoutSeconds = -1;
    int maxRetries = -1;
};

// Resolves how to reach an engine: overrides, then the environment
// (ANTHROPIC_BASE_URL / OPENAI_BASE_URL, and the key variables), then saved
// settings, then defaults. The API key from the keychain is filled in by the
// caller when the environment has none. *error names a bad base URL.
EngineConfig resolveEngineConfig(const QString &engine, const EngineSettings &saved, const EngineOverrides &overrides,
    const QProcessEnvironment &environment, QString *error);

} // namespace pw
