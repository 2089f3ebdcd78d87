#pragma once

#include "apierror.h"
#include "retrypolicy.h"

#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace pw {

// Which wire protocol a job speaks; decides the authentication headers.
enum class ApiProtocol {
    Anthropic, // x-api-key, anthropic-version, anthropic-beta
    OpenAi, // Authorization: Bearer (only when a key is set)
};

struct ApiConfig
{
    // Everything before "/v1/...": "https://api.anthropic.com", a gateway
    // "https://gw.example/anthropic", or "http://localhost:11434/v1" (a base
    // that already ends with /v1 does not get a second one).
    QUrl baseUrl = defaultBaseUrl(ApiProtocol::Anthropic);
    QString apiKey; // never logged, never put into a URL or an error text
    QStringList betas; // anthropic-beta values added to every Anthropic request
    // The longest the server may stay silent (no headers, no body bytes)
    // before the attempt fails with ApiErrorKind::Timeout. A stream that keeps
    // sending is never cut off.
    std::chrono::milliseconds timeout {std::chrono::minutes(10)};
    RetryPolicy retry; // retry.maxRetries: retries after the first attempt (default 2)
    qint64 maxResponseBytes = 32 * 1024 * 1024;

    static QUrl defaultBaseUrl(ApiProtocol protocol); // https://api.anthropic.com, https://api.openai.com/v1
    // Defaults, overridden by ANTHROPIC_BASE_URL / ANTHROPIC_API_KEY or
    // OPENAI_BASE_URL / OPENAI_API_KEY when set.
    static ApiConfig fromEnvironment(ApiProtocol protocol);
};

// baseUrl + path ("/v1/messages"), without doubling a /v1 the base already ends with.
QUrl endpointUrl(const QUrl &baseUrl, const QString &path);
// "localhost", 127.0.0.0/8, ::1.
bool isLoopbackHost(const QString &host);
// A URL for messages: no user info, no query.
QString displayUrl(const QUrl &url);
// Why a base URL cannot be used (Config: not an http(s) URL; InsecureUrl:
// plain http:// to a host other than this machine while sendsKey, because the
// key would cross the network readable), or nullopt. Without a key (a local
// model server on another machine of the network) plain http is allowed.
std::optional<ApiError> checkBaseUrl(const QUrl &baseUrl, bool sendsKey = true);

} // namespace pw
