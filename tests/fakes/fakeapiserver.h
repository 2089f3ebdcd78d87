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

#include <utility>

class QTcpServer;

namespace pw::test {

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
    // OpenAI chat completions:
    static FakeResponse openAiChat(const QString &text, const QString &finishReason = QStringLiteral("stop"));
    // A role chunk, one chunk per text piece, a finish chunk, a usage chunk with empty
    // "choices", then "data: [DONE]".
    static FakeResponse openAiStream(const QStringList &textChunks, const QString &finishReason = QStringLiteral("stop"));
    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

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

    // Scripted answers for a path ("/v1/messages"), consumed in order, before default behaviour.
    void enqueue(const QByteArray &path, const FakeResponse &response);
    // An answer given to every request for that path (e.g. 529 forever) once its queue is
    // empty, until clear().
    void setAlways(const QByteArray &path, const FakeResponse &response);
    // Forgets every scripted answer and every recorded request.
    void clear();

    QList<RecordedRequest> requests() const;
    int requestCount(const QByteArray &path) const;

signals:
    void requestReceived(const pw::test::RecordedRequest &request);

private:
    FakeResponse responseFor(const RecordedRequest &request);
    void acceptConnections();

    QTcpServer *m_tcpServer;
    QByteArray m_apiKey = QByteArrayLiteral("test-key");
    bool m_openAiKeyRequired = true;
    int m_defaultStreamDelayMs = 0;
    QString m_structuredAnswer;
    QHash<QByteArray, QList<FakeResponse>> m_queued;
    QHash<QByteArray, FakeResponse> m_always;
    QList<RecordedRequest> m_requests;
};

} // namespace pw::test

Q_DECLARE_METATYPE(pw::test::RecordedRequest)
