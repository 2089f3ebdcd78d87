#pragma once

#include "tools/engineconfiglookup.h"

#include <QProcessEnvironment>

class QNetworkAccessManager;
class QSettings;

namespace pw {

class SecretStore;

// What the workbench is built on: main() passes the real settings file,
// keychain and environment; tests pass a temporary QSettings, a
// MemorySecretStore and an environment of their own.
struct WorkbenchContext
{
    QSettings *settings = nullptr; // required, not owned
    SecretStore *secrets = nullptr; // required, not owned
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QNetworkAccessManager *network = nullptr; // optional: shared by every request
    QString modelCacheDirectory; // empty: QStandardPaths::CacheLocation

    // Where the tool session and the model list find an engine's configuration.
    EngineSources engineSources() const
    {
        EngineSources sources;
        sources.settings = settings;
        sources.secrets = secrets;
        sources.environment = environment;
        sources.network = network;
        return sources;
    }
};

} // namespace pw
