#pragma once

#include "apiconfig.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

namespace pw {

// The connection settings and the network manager that jobs share. Jobs copy
// the configuration when they are created; the client (and an injected
// manager) must outlive its jobs.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    // networkManager: injected (tests, a shared manager), else the client owns one.
    explicit ApiClient(ApiConfig config, QNetworkAccessManager *networkManager = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    const ApiConfig &config() const { return m_config; }
    void setConfig(const ApiConfig &config) { m_config = config; }
    QNetworkAccessManager *networkManager() const { return m_networkManager; }

private:
    ApiConfig m_config;
    QPointer<QNetworkAccessManager> m_networkManager;
};

} // namespace pw
