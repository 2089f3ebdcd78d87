#pragma once

#include "tools/engine.h"

#include <QProcessEnvironment>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace pw {

class SecretStore;

using EngineFactory = std::function<std::unique_ptr<Engine>(const EngineConfig &config, QString *error)>;

// What the workbench is built on: main() passes the real settings file,
// keychain and environment; tests pass a temporary QSettings, a
// MemorySecretStore and an environment of their own.
struct WorkbenchContext
{
    QSettings *settings = nullptr; // required, not owned
    SecretStore *secrets = nullptr; // required, not owned
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QNetworkAccessManager *network = nullptr; // optional: shared by every request
    EngineFactory engineFactory = createEngine;
    QString modelCacheDirectory; // empty: QStandardPaths::CacheLocation
};

} // namespace pw
