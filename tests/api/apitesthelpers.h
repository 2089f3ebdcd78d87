#pragma once

#include "api/apiclient.h"
#include "api/apijob.h"
#include "fakes/fakeapiserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace pw::test {

using namespace std::chrono_literals;

// Settings for tests against the fake server: its address and key, retries
// that wait a millisecond instead of seconds.
inline ApiConfig fakeServerConfig(const FakeApiServer &server)
{
    ApiConfig config;
    config.baseUrl = server.baseUrl();
    config.apiKey = QStringLiteral("test-key");
    config.timeout = 5s;
    config.retry.initialDelay = 1ms;
    config.retry.maxDelay = 4ms;
    return config;
}

// Starts the job and waits until it finishes; false if it never did.
inline bool runJob(ApiJob &job, int timeoutMs = 5000)
{
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    if (!finished.wait(timeoutMs))
        return false;
    // finished() comes once: a second emission would already be queued.
    QCoreApplication::processEvents();
    return finished.count() == 1;
}

inline QString describe(const ApiJob &job)
{
    return job.succeeded() ? QStringLiteral("succeeded") : job.errorString();
}

// Counts the requests that actually reach the network layer.
class CountingNetworkManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int requestsCreated = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        ++requestsCreated;
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

} // namespace pw::test
