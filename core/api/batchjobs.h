#pragma once

#include "apijob.h"

#include <QUrl>

namespace pw {

// Jobs for Anthropic's Message Batches API and OpenAI's Files + Batches API
// (spec: evaluate.md, "Anthropic Message Batches API", "OpenAI Batch API").
// Request bodies are files written beforehand; results are read as a stream
// of JSON lines, never held whole.

// Both APIs' view of one batch.
struct BatchStatus
{
    QString id;
    QString status; // as the server says it: in_progress, canceling, ended; OpenAI: validating, completed, ...
    bool ended = false; // results (if any) can be read; nothing changes any more
    // Anthropic's request_counts; OpenAI's total - completed - failed is processing,
    // completed is succeeded and failed is errored.
    qint64 processing = 0;
    qint64 succeeded = 0;
    qint64 errored = 0;
    qint64 canceled = 0;
    qint64 expired = 0;
    QString resultsUrl; // Anthropic, once ended
    QString outputFileId; // OpenAI
    QString errorFileId; // OpenAI
    QString inputFileId; // OpenAI: the requests, uploaded
    QString failure; // OpenAI status "failed": why the whole batch was refused

    qint64 total() const { return processing + succeeded + errored + canceled + expired; }
    // On failure names the field ("request_counts.errored: must be a non-negative number").
    static std::optional<BatchStatus> fromAnthropicJson(const QJsonObject &object, QString *error);
    static std::optional<BatchStatus> fromOpenAiJson(const QJsonObject &object, QString *error);
};

// A batch or file id that can go into a URL path as it is: letters, digits,
// "_", "-", "." and ":", 1 to 256 of them. Ids come from servers and saved
// files, so they are checked before they shape a request.
bool isSafeBatchId(const QString &id);

// Create, retrieve or cancel a batch; status() is the batch after success.
class BatchStatusJob : public ApiJob
{
    Q_OBJECT

public:
    enum class Operation { Create, Retrieve, Cancel };

    // Anthropic: POST /v1/messages/batches with the body file {"requests": [...]}.
    static BatchStatusJob *createMessageBatch(ApiClient &client, const QString &bodyFile, QObject *parent = nullptr);
    // OpenAI: POST /v1/batches for an uploaded input file.
    static BatchStatusJob *createOpenAiBatch(
        ApiClient &client, const QString &inputFileId, const QString &endpoint, QObject *parent = nullptr);
    // GET or POST .../cancel on /v1/messages/batches/{id} (Anthropic) or /v1/batches/{id} (OpenAI).
    // The id must be isSafeBatchId().
    BatchStatusJob(
        ApiClient &client, ApiProtocol protocol, Operation operation, const QString &batchId, QObject *parent = nullptr);

    Operation operation() const { return m_operation; }
    const BatchStatus &status() const { return m_status; }

protected:
    QString readResponse(const QJsonObject &body) override;

private:
    BatchStatusJob(ApiClient &client, ApiProtocol protocol, Operation operation, const QByteArray &verb, const QString &path,
        QObject *parent);

    const Operation m_operation;
    BatchStatus m_status;
};

// OpenAI: POST /v1/files with purpose "batch". The body file is the whole
// multipart/form-data body, written with this boundary.
class FileUploadJob : public ApiJob
{
    Q_OBJECT

public:
    FileUploadJob(ApiClient &client, const QString &bodyFile, const QByteArray &boundary, QObject *parent = nullptr);
    QString fileId() const { return m_fileId; }

protected:
    QString readResponse(const QJsonObject &body) override;

private:
    QString m_fileId;
};

// OpenAI: DELETE /v1/files/{id} (the id must be isSafeBatchId()), for the
// files of a batch whose results are read: they would stay in the
// organisation's storage otherwise.
class FileDeleteJob : public ApiJob
{
    Q_OBJECT

public:
    FileDeleteJob(ApiClient &client, const QString &fileId, QObject *parent = nullptr);

protected:
    QString readResponse(const QJsonObject &body) override;
};

// Splits a body into lines as its pieces arrive, whatever the pieces: keeps
// only the unfinished last line. A line loses its "\n" and a "\r" before
// it; blank lines are skipped; numbers count every line from 1.
class LineSplitter
{
public:
    struct Line
    {
        QByteArray text;
        qint64 number = 0;
        friend bool operator==(const Line &, const Line &) = default;
    };
    QList<Line> feed(QByteArrayView data);
    // The last line when the body does not end with a line break.
    QList<Line> finish();
    qsizetype pendingBytes() const { return m_partial.size(); }
    qint64 linesSeen() const { return m_number; }

private:
    void add(QByteArray line, QList<Line> &lines);

    QByteArray m_partial;
    qint64 m_number = 0;
};

// GET a JSON Lines body (a batch's results_url, or an OpenAI file's content)
// and hand over each line as it arrives: only the line being received is kept.
class JsonLinesJob : public ApiJob
{
    Q_OBJECT

public:
    // A line may be at most this long (a single answer is far smaller).
    static constexpr qsizetype maxLineBytes = 64 * 1024 * 1024;

    // Anthropic: the results_url exactly as the batch gave it.
    static JsonLinesJob *messageBatchResults(ApiClient &client, const QUrl &resultsUrl, QObject *parent = nullptr);
    // OpenAI: GET /v1/files/{id}/content (the id must be isSafeBatchId()).
    static JsonLinesJob *openAiFileContent(ApiClient &client, const QString &fileId, QObject *parent = nullptr);

    // Holds the lines back while the receiver is busy with the ones it got
    // (the rest of a piece already received waits, and no more is read).
    void pauseLines();
    void resumeLines();

    qint64 linesRead() const { return m_lines.linesSeen(); }
    qint64 bytesRead() const { return m_bytes; }

signals:
    // One line without its line break (a trailing \r dropped); blank lines are skipped.
    // lineNumber counts from 1 over the whole body.
    void lineReceived(const QByteArray &line, qint64 lineNumber);

protected:
    void prepareAttempt() override;
    std::optional<ApiError> readBodyData(const QByteArray &data) override;
    std::optional<ApiError> endOfBody() override;

private:
    JsonLinesJob(ApiClient &client, ApiProtocol protocol, const QString &path, QObject *parent);
    void deliverWaiting(bool evenWhenPaused);

    LineSplitter m_lines;
    QList<LineSplitter::Line> m_waiting;
    qsizetype m_nextWaiting = 0;
    bool m_linesPaused = false;
    qint64 m_bytes = 0;
};

// Where results_url may be fetched with the key: the same scheme, host and
// port as the configured base URL. A relative URL is resolved against the base.
// nullopt and *problem otherwise, so the key never goes to another server.
std::optional<QUrl> checkedResultsUrl(const QUrl &baseUrl, const QString &resultsUrl, QString *problem);

} // namespace pw
