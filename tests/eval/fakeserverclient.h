#pragma once

#include "api/apiclient.h"
#include "fakes/fakeapiserver.h"

#include <memory>

namespace pw::test {

// A client of the fake server with its test key and retries that wait
// (almost) nothing unless the server says how long.
inline std::unique_ptr<ApiClient> fakeServerClient(const FakeApiServer &server)
{
    ApiConfig config;
    config.baseUrl = server.baseUrl();
    config.apiKey = QStringLiteral("test-key");
    config.retry.initialDelay = std::chrono::milliseconds(1);
    return std::make_unique<ApiClient>(config);
}

} // namespace pw::test
