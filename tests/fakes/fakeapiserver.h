#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QTcpServer;

namespace pw::test {

class FakeBatchApi;

// One scripted answer. The factories fill status, headers and body the way the
// real APIs do; the fault fields can be set on top of any of them.
struct FakeResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers (content-type is set by the factories)
    QByteArray body; // sent after the headers with Content-Length (ignored when chunks are set)
    QList<QByteArray> chunks; // if non-empty: sent with chunked transfer encoding, chunkDelayMs apart
    int delayMs = 0; // wait before sending anything (slow server / timeout tests)
    int chunkDelayMs = 0;
    int firstChunkDelayMs = 0; // between the head and the first chunk (a slow first token)
    qsizetype dropAfterBytes = -1; // close the connection after this many body bytes
    bool closeWithoutResponse = false; // accept the request, then close with nothing sent

    // Every factory except html() adds a `request-id: req_fake_N` header (N counts up per process).
    static FakeResponse json(int status, const QJsonObject &body);
    // {"type":"error","error":{"type":…,"message":…},"request_id":"req_fake_N"}
    static FakeResponse apiError(int status, const QString &type, const QString &message);
    static FakeResponse html(int status, const QByteArray &page); // e.g. a proxy's 502 page
    // text/event-stream; each element one raw event, e.g. "event: x\ndata: {...}\n\n".
    static FakeResponse sse(const QList<QByteArray> &events, int chunkDelayMs = 0);
    // Anthropic Messages API answers carrying `text` as the assistant's text:
    static FakeResponse anthropicMessage(const QString &text, const QString &stopReason = QStringLiteral("end_turn"));
    // message_start, content_block_start, ping, one text_delta per chunk, content_block_stop,
    // message_delta, message_stop.
    static FakeResponse anthropicStream(const QStringList &textChunks, const QString &stopReason = QStringLiteral("end_turn"));
    // A 429 rate_limit_error with error.details.error_code "enforced_spend_limit_reached".
    static FakeResponse spendLimit();
    // OpenAI chat completions:
    static FakeResponse openAiChat(const QString &text, const QString &finishReason = QStringLiteral("stop"));
    // A role chunk, one chunk per text piece, a finish chunk, a usage chunk with empty
    // "choices", then "data: [DONE]".
    static FakeResponse openAiStream(const QStringList &textChunks, const QString &finishReason = QStringLiteral("stop"));
    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

// Faults injected into the default answers of the model endpoints
// (/v1/messages, /v1/chat/completions), decided by the request's number n
// (1, 2, ... counted over both paths since the last clear()), so a run
// meets them the same way every time. Scripted answers (enqueue, setAlways)
// are not counted and never faulted.
struct FakeFaults
{
    int rateLimitEvery = 0; // n % N == 0: 429 rate_limit_error with retry-after
    QByteArray retryAfter = "1"; // the retry-after of those 429s and of 529s, in seconds ("0.2" works too)
    int overloadedEvery = 0; // with overloadedBurst: the last overloadedBurst of every N requests
    int overloadedBurst = 0; // answer 529 overloaded_error
    int spendLimitAfter = -1; // >= 0: every request after the first N gets the spend-limit 429
    int firstTokenDelayMs = 0; // streamed answers: head at once, first event after this delay
    int answerDelayMs = 0; // every answer waits this long before its head
};

// The batch endpoints (Anthropic's /v1/messages/batches, OpenAI's /v1/files
// and /v1/batches). Each request of a batch is answered by the same default
// model endpoint as a single request would be, when the batch is created.
struct FakeBatchSettings
{
    // A batch is in progress this long after its creation, its requests finishing evenly over it; the value set
    // now counts, also for batches created before (a test lets a batch end when it wants).
    int processingMs = 0;
    int erroredEvery = 0; // request n of a batch (from 1) with n % N == 0 is errored
    int expiredEvery = 0; // ... expired
    int canceledEvery = 0; // ... canceled
    bool shuffle = true; // results in another order than the requests
    int resultsChunkBytes = 64 * 1024; // results are sent chunked, in pieces this large
    int resultsChunkDelayMs = 0; // between those pieces
    bool openAiBatches = true; // false: /v1/files and /v1/batches answer 404, as Ollama and llama.cpp do
};

// The text a model endpoint answers a request body with, or nullopt for the
// default answer; the server wraps it in the endpoint's answer (streamed or
// not, Messages API or chat completions) with its usage.
using AnswerText = std::function<std::optional<QString>(const QJsonObject &body)>;

struct RecordedRequest
{
    QByteArray method;
    QByteArray path; // without query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased; repeated headers joined with ", "
    QByteArray body;
    QJsonObject json() const; // body parsed, {} if not JSON
};

// A local HTTP/1.1 server that answers like the Anthropic and OpenAI APIs
// (see ../../notes/fake-server-interface.md for the default behaviour), with
// scripted answers and faults on top. Written on QTcpServer rather than
// QHttpServer so that faults (a connection dropped mid-body, a slow drip) are
// fully under the test's control. Everything runs on the owning thread's event loop.
class FakeApiServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeApiServer(QObject *parent = nullptr);
    ~FakeApiServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1; 0 picks a free port
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT (no trailing slash, no /v1)

    void setApiKey(const QByteArray &key); // expected x-api-key / Bearer token; default "test-key"
    void setOpenAiKeyRequired(bool required); // default true; false mimics local servers (Ollama) that ignore keys
    // Delay between the events of the default streamed answers (demos, screenshots); default 0.
    void setDefaultStreamDelay(int ms);
    // The answer to every structured-output request (demos, screenshots); default: an
    // example built from the request's schema.
    void setStructuredAnswer(const QString &text);
    // Designed answers by request: a test tells a tool-model request (it has
    // a JSON schema) from a target-model request and answers each as its
    // scenario needs. Faults and scripted answers still come first.
    void setAnswerText(AnswerText answerText);

    void setFaults(const FakeFaults &faults);
    void setBatchSettings(const FakeBatchSettings &settings);
    // Batches created (both APIs) since the last clear().
    int batchesCreated() const;
    // OpenAI: files uploaded or made by batches and not deleted.
    qsizetype batchFilesStored() const;
    // Requests being answered now (received, answer not yet complete), and the most there were at once
    // since the last clear(): tests assert a client's concurrency limit with it.
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }

    // Scripted answers for a path ("/v1/messages"), consumed in order, before default behaviour.
    void enqueue(const QByteArray &path, const FakeResponse &response);
    // An answer given to every request for that path (e.g. 529 forever) once its queue is
    // empty, until clear().
    void setAlways(const QByteArray &path, const FakeResponse &response);
    // Forgets every scripted answer and every recorded request.
    void clear();

    QList<RecordedRequest> requests() const;
    int requestCount(const QByteArray &path) const;

    // Connections open now. Once a client has hung up and this is 0, nothing
    // more reaches it: tests wait for that instead of waiting a while.
    int openConnectionCount() const { return m_openConnections; }

signals:
    void requestReceived(const pw::test::RecordedRequest &request);
    void connectionClosed();

private:
    FakeResponse responseFor(const RecordedRequest &request);
    std::optional<FakeResponse> faultFor(const RecordedRequest &request);
    void responseDone();
    void acceptConnections();

    QTcpServer *m_tcpServer;
    QByteArray m_apiKey = QByteArrayLiteral("test-key");
    bool m_openAiKeyRequired = true;
    int m_defaultStreamDelayMs = 0;
    QString m_structuredAnswer;
    AnswerText m_answerText;
    QHash<QByteArray, QList<FakeResponse>> m_queued;
    QHash<QByteArray, FakeResponse> m_always;
    QList<RecordedRequest> m_requests;
    int m_openConnections = 0;
    FakeFaults m_faults;
    std::unique_ptr<FakeBatchApi> m_batchApi;
    int m_modelRequests = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
};

} // namespace pw::test

Q_DECLARE_METATYPE(pw::test::RecordedRequest)
