#include "apiclient.h"

#include <QNetworkAccessManager>

namespace pw {

ApiClient::ApiClient(ApiConfig config, QNetworkAccessManager *networkManager, QObject *parent)
    : QObject(parent), m_config(std::move(config)),
      m_networkManager(networkManager ? networkManager : new QNetworkAccessManager(this))
{ }

ApiClient::~ApiClient() = default;

} // namespace pw
