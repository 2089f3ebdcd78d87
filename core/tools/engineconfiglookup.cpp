#include "engineconfiglookup.h"

#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace pw {

EngineConfig engineConfigWithoutKeychain(const QString &engine, const EngineSources &sources, QString *error)
{
    const EngineSettings saved = sources.settings ? SettingsStore(sources.settings).engineSettings(engine) : EngineSettings();
    QString problem;
    EngineConfig config = resolveEngineConfig(engine, saved, sources.overrides, sources.environment, &problem);
    config.network = sources.network;
    if (error)
        *error = problem;
    return config;
}

QString missingKeyError(const EngineConfig &config, const QString &keychainError)
{
    const EngineInfo *info = findEngine(config.engine);
    if (!info || !info->needsKey() || !config.apiKey.isEmpty())
        return {};
    QString message = QCoreApplication::translate(
        "pw::EngineConfigLookup", "The %1 engine needs an Anthropic API key: enter one in Settings, or set %2.")
                          .arg(info->displayName, info->keyVariable);
    if (!keychainError.isEmpty())
        message += QLatin1Char(' ')
            + QCoreApplication::translate("pw::EngineConfigLookup", "The keychain could not be read: %1").arg(keychainError);
    return message;
}

EngineConfigLookup::EngineConfigLookup(const QString &engine, const EngineSources &sources, QObject *parent) : QObject(parent)
{
    QString error;
    m_config = engineConfigWithoutKeychain(engine, sources, &error);
    const EngineInfo *info = findEngine(engine);
    const bool keychainMayHelp = error.isEmpty() && m_config.apiKey.isEmpty() && info && info->takesKey() && sources.secrets;
    if (!keychainMayHelp) {
        if (error.isEmpty())
            error = missingKeyError(m_config);
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    sources.secrets->read(info->keychainEntry, this, [this](const SecretStore::ReadResult &result) {
        m_config.apiKey = result.value;
        finish(missingKeyError(m_config, result.error));
    });
}

void EngineConfigLookup::finish(const QString &error)
{
    m_error = error;
    m_finished = true;
    emit finished();
}

} // namespace pw
