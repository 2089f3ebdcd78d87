#include "enginesettings.h"

#include <QCoreApplication>

namespace pw {

namespace {

QString group(const QString &engine)
{
    return QStringLiteral("engines/") + engine;
}

} // namespace

SettingsStore::SettingsStore(QSettings *settings) : m_settings(settings) { }

std::unique_ptr<QSettings> SettingsStore::openDefault()
{
    // NativeFormat: on Linux the INI file ~/.config/Promptwerk/Promptwerk.conf
    // that the man pages name (IniFormat would make it Promptwerk.ini).
    return std::make_unique<QSettings>(
        QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Promptwerk"), QStringLiteral("Promptwerk"));
}

EngineSettings SettingsStore::engineSettings(const QString &engine) const
{
    EngineSettings s;
    m_settings->beginGroup(group(engine));
    s.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
    s.toolModel = m_settings->value(QStringLiteral("toolModel")).toString();
    bool ok = false;
    const int timeout = m_settings->value(QStringLiteral("timeoutSeconds"), defaultTimeoutSeconds).toInt(&ok);
    s.timeoutSeconds = ok && timeout > 0 ? timeout : defaultTimeoutSeconds;
    const int retries = m_settings->value(QStringLiteral("maxRetries"), defaultMaxRetries).toInt(&ok);
    s.maxRetries = ok && retries >= 0 && retries <= 10 ? retries : defaultMaxRetries;
    m_settings->endGroup();
    return s;
}

void SettingsStore::setEngineSettings(const QString &engine, const EngineSettings &s)
{
    m_settings->beginGroup(group(engine));
    m_settings->setValue(QStringLiteral("baseUrl"), s.baseUrl.toString());
    m_settings->setValue(QStringLiteral("toolModel"), s.toolModel);
    m_settings->setValue(QStringLiteral("timeoutSeconds"), s.timeoutSeconds);
    m_settings->setValue(QStringLiteral("maxRetries"), s.maxRetries);
    m_settings->endGroup();
}

QString SettingsStore::currentEngine() const
{
    const QString engine = m_settings->value(QStringLiteral("engine")).toString();
    return findEngine(engine) ? engine : defaultEngine().id;
}

void SettingsStore::setCurrentEngine(const QString &engine)
{
    m_settings->setValue(QStringLiteral("engine"), engine);
}

QString SettingsStore::targetModel() const
{
    return m_settings->value(QStringLiteral("targetModel")).toString();
}

void SettingsStore::setTargetModel(const QString &model)
{
    m_settings->setValue(QStringLiteral("targetModel"), model);
}

EngineConfig resolveEngineConfig(const QString &engine, const EngineSettings &saved, const EngineOverrides &overrides,
    const QProcessEnvironment &environment, QString *error)
{
    EngineConfig config;
    config.engine = engine;
    const EngineInfo &info = findEngine(engine) ? *findEngine(engine) : defaultEngine();

    QString base = overrides.baseUrl;
    QString baseSource = QStringLiteral("--base-url");
    if (base.isEmpty() && !info.baseUrlVariable.isEmpty()) {
        base = environment.value(info.baseUrlVariable);
        baseSource = info.baseUrlVariable;
    }
    if (base.isEmpty()) {
        base = saved.baseUrl.toString();
        baseSource = QCoreApplication::translate("pw::EngineSettings", "the settings");
    }
    if (!base.isEmpty()) {
        const QUrl url(base, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            *error = QCoreApplication::translate("pw::EngineSettings", "the base URL from %1 is not an http(s) URL: %2")
                         .arg(baseSource, base);
            return config;
        }
        config.baseUrl = url;
    } else {
        config.baseUrl = info.defaultBaseUrl;
    }

    config.toolModel = !overrides.toolModel.isEmpty() ? overrides.toolModel
        : !saved.toolModel.isEmpty()                  ? saved.toolModel
                                                      : info.defaultToolModel;
    config.timeoutSeconds = overrides.timeoutSeconds > 0 ? overrides.timeoutSeconds : saved.timeoutSeconds;
    config.maxRetries = overrides.maxRetries >= 0 ? overrides.maxRetries : saved.maxRetries;
    if (!info.keyVariable.isEmpty())
        config.apiKey = environment.value(info.keyVariable);
    return config;
}

} // namespace pw
