#include "apiconfig.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace pw {

QUrl ApiConfig::defaultBaseUrl(ApiProtocol protocol)
{
    return protocol == ApiProtocol::Anthropic ? QUrl(QStringLiteral("https://api.anthropic.com"))
                                              : QUrl(QStringLiteral("https://api.openai.com/v1"));
}

ApiConfig ApiConfig::fromEnvironment(ApiProtocol protocol)
{
    const bool anthropic = protocol == ApiProtocol::Anthropic;
    ApiConfig config;
    config.baseUrl = defaultBaseUrl(protocol);
    const QString baseUrl = qEnvironmentVariable(anthropic ? "ANTHROPIC_BASE_URL" : "OPENAI_BASE_URL").trimmed();
    if (!baseUrl.isEmpty())
        config.baseUrl = QUrl(baseUrl);
    config.apiKey = qEnvironmentVariable(anthropic ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY").trimmed();
    return config;
}

QUrl endpointUrl(const QUrl &baseUrl, const QString &path)
{
    QString basePath = baseUrl.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString endpoint = path;
    if (basePath.endsWith(QLatin1String("/v1")) && endpoint.startsWith(QLatin1String("/v1/")))
        endpoint = endpoint.mid(3);
    QUrl url = baseUrl;
    url.setQuery(QString());
    url.setFragment(QString());
    url.setPath(basePath + endpoint);
    return url;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

std::optional<ApiError> checkBaseUrl(const QUrl &baseUrl, bool sendsKey)
{
    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return ApiError::make(ApiErrorKind::Config,
            QCoreApplication::translate("pw::ApiConfig", "the base URL \"%1\" is not an http:// or https:// URL with a host")
                .arg(displayUrl(baseUrl)));
    if (sendsKey && scheme == QLatin1String("http") && !isLoopbackHost(baseUrl.host()))
        return ApiError::make(ApiErrorKind::InsecureUrl,
            QCoreApplication::translate("pw::ApiConfig",
                "refusing to send the API key unencrypted to %1: use https://, or http:// only to this machine "
                "(localhost, 127.0.0.1, ::1)")
                .arg(displayUrl(baseUrl)));
    return std::nullopt;
}

} // namespace pw
