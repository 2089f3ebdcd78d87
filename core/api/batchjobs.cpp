#include "batchjobs.h"

#include "prompt/promptjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace pw {

namespace {

const QByteArray get = QByteArrayLiteral("GET");
const QByteArray post = QByteArrayLiteral("POST");
const QString messageBatchesPath = QStringLiteral("/v1/messages/batches");
const QString openAiBatchesPath = QStringLiteral("/v1/batches");

QString mustBe(const QString &field, const QString &what, const QJsonValue &found)
{
    return QCoreApplication::translate("pw::ApiJob", "%1: must be %2 (found %3)").arg(field, what, jsonTypeName(found));
}

// A count the server gives: a whole number from 0.
bool readCount(const QJsonObject &object, const QString &place, const QString &key, qint64 *into, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != double(qint64(number))) {
        *error = mustBe(place + key, QCoreApplication::translate("pw::ApiJob", "a whole number from 0"), value);
        return false;
    }
    *into = qint64(number);
    return true;
}

// An optional string field: absent or null is empty.
bool readString(const QJsonObject &object, const QString &key, QString *into, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = mustBe(key, QCoreApplication::translate("pw::ApiJob", "a string"), value);
        return false;
    }
    *into = value.toString();
    return true;
}

bool readId(const QJsonObject &object, BatchStatus *status, QString *error)
{
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isString() || !isSafeBatchId(id.toString())) {
        *error = id.isString()
            ? QCoreApplication::translate("pw::ApiJob", "id: \"%1\" is not a batch id").arg(id.toString().left(80))
            : mustBe(QStringLiteral("id"), QCoreApplication::translate("pw::ApiJob", "a string"), id);
        return false;
    }
    status->id = id.toString();
    return true;
}

} // namespace

bool isSafeBatchId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.:-]{1,256}$"));
    return pattern.match(id).hasMatch() && id != QLatin1String(".") && id != QLatin1String("..");
}

std::optional<BatchStatus> BatchStatus::fromAnthropicJson(const QJsonObject &object, QString *error)
{
    BatchStatus status;
    if (!readId(object, &status, error) || !readString(object, QStringLiteral("processing_status"), &status.status, error)
        || !readString(object, QStringLiteral("results_url"), &status.resultsUrl, error))
        return std::nullopt;
    static const QStringList known {QStringLiteral("in_progress"), QStringLiteral("canceling"), QStringLiteral("ended")};
    if (!known.contains(status.status)) {
        *error = QCoreApplication::translate("pw::ApiJob", "processing_status: \"%1\" is none of %2")
                     .arg(status.status.left(80), known.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    status.ended = status.status == QLatin1String("ended");
    const QJsonValue counts = object.value(QLatin1String("request_counts"));
    if (!counts.isObject()) {
        *error = mustBe(QStringLiteral("request_counts"), QCoreApplication::translate("pw::ApiJob", "an object"), counts);
        return std::nullopt;
    }
    const QJsonObject c = counts.toObject();
    const QString place = QStringLiteral("request_counts.");
    if (!readCount(c, place, QStringLiteral("processing"), &status.processing, error)
        || !readCount(c, place, QStringLiteral("succeeded"), &status.succeeded, error)
        || !readCount(c, place, QStringLiteral("errored"), &status.errored, error)
        || !readCount(c, place, QStringLiteral("canceled"), &status.canceled, error)
        || !readCount(c, place, QStringLiteral("expired"), &status.expired, error))
        return std::nullopt;
    if (status.ended && status.resultsUrl.isEmpty()) {
        *error = QCoreApplication::translate("pw::ApiJob", "results_url: missing although the batch has ended");
        return std::nullopt;
    }
    return status;
}

std::optional<BatchStatus> BatchStatus::fromOpenAiJson(const QJsonObject &object, QString *error)
{
    BatchStatus status;
    if (!readId(object, &status, error) || !readString(object, QStringLiteral("status"), &status.status, error)
        || !readString(object, QStringLiteral("output_file_id"), &status.outputFileId, error)
        || !readString(object, QStringLiteral("error_file_id"), &status.errorFileId, error)
        || !readString(object, QStringLiteral("input_file_id"), &status.inputFileId, error))
        return std::nullopt;
    static const QStringList running {
        QStringLiteral("validating"), QStringLiteral("in_progress"), QStringLiteral("finalizing"), QStringLiteral("cancelling")};
    static const QStringList ended {
        QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("expired"), QStringLiteral("cancelled")};
    if (!running.contains(status.status) && !ended.contains(status.status)) {
        *error = QCoreApplication::translate("pw::ApiJob", "status: \"%1\" is none of %2")
                     .arg(status.status.left(80), (running + ended).join(QStringLiteral(", ")));
        return std::nullopt;
    }
    status.ended = ended.contains(status.status);
    for (const QString &fileId : {status.outputFileId, status.errorFileId, status.inputFileId}) {
        if (!fileId.isEmpty() && !isSafeBatchId(fileId)) {
            *error = QCoreApplication::translate("pw::ApiJob", "\"%1\" is not a file id").arg(fileId.left(80));
            return std::nullopt;
        }
    }
    const QJsonObject counts = object.value(QLatin1String("request_counts")).toObject();
    qint64 total = 0;
    const QString place = QStringLiteral("request_counts.");
    if (!readCount(counts, place, QStringLiteral("total"), &total, error)
        || !readCount(counts, place, QStringLiteral("completed"), &status.succeeded, error)
        || !readCount(counts, place, QStringLiteral("failed"), &status.errored, error))
        return std::nullopt;
    status.processing = std::max<qint64>(0, total - status.succeeded - status.errored);
    if (status.status == QLatin1String("failed")) {
        const QJsonArray errors = object.value(QLatin1String("errors")).toObject().value(QLatin1String("data")).toArray();
        QStringList messages;
        for (const QJsonValue &entry : errors) {
            const QJsonObject e = entry.toObject();
            const QString line = e.value(QLatin1String("line")).isDouble()
                ? QCoreApplication::translate("pw::ApiJob", "line %1: ").arg(e.value(QLatin1String("line")).toInteger())
                : QString();
            messages.append(line + e.value(QLatin1String("message")).toString());
        }
        status.failure = messages.isEmpty() ? QCoreApplication::translate("pw::ApiJob", "the server refused the batch")
                                            : messages.join(QStringLiteral("; "));
    }
    return status;
}

BatchStatusJob::BatchStatusJob(
    ApiClient &client, ApiProtocol protocol, Operation operation, const QByteArray &verb, const QString &path, QObject *parent)
    : ApiJob(client, protocol, verb, path, parent), m_operation(operation)
{ }

BatchStatusJob *BatchStatusJob::createMessageBatch(ApiClient &client, const QString &bodyFile, QObject *parent)
{
    auto *job = new BatchStatusJob(client, ApiProtocol::Anthropic, Operation::Create, post, messageBatchesPath, parent);
    job->setRequestBodyFile(bodyFile, QByteArrayLiteral("application/json"));
    return job;
}

BatchStatusJob *BatchStatusJob::createOpenAiBatch(
    ApiClient &client, const QString &inputFileId, const QString &endpoint, QObject *parent)
{
    auto *job = new BatchStatusJob(client, ApiProtocol::OpenAi, Operation::Create, post, openAiBatchesPath, parent);
    job->setRequestBody({{QStringLiteral("input_file_id"), inputFileId}, {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("completion_window"), QStringLiteral("24h")}});
    return job;
}

BatchStatusJob::BatchStatusJob(
    ApiClient &client, ApiProtocol protocol, Operation operation, const QString &batchId, QObject *parent)
    : BatchStatusJob(client, protocol, operation, operation == Operation::Retrieve ? get : post,
        (protocol == ApiProtocol::Anthropic ? messageBatchesPath : openAiBatchesPath) + QLatin1Char('/') + batchId
            + (operation == Operation::Cancel ? QStringLiteral("/cancel") : QString()),
        parent)
{
    Q_ASSERT(isSafeBatchId(batchId) && operation != Operation::Create);
}

QString BatchStatusJob::readResponse(const QJsonObject &body)
{
    QString problem;
    std::optional<BatchStatus> status = protocol() == ApiProtocol::Anthropic ? BatchStatus::fromAnthropicJson(body, &problem)
                                                                             : BatchStatus::fromOpenAiJson(body, &problem);
    if (!status)
        return problem;
    m_status = std::move(*status);
    return {};
}

FileUploadJob::FileUploadJob(ApiClient &client, const QString &bodyFile, const QByteArray &boundary, QObject *parent)
    : ApiJob(client, ApiProtocol::OpenAi, post, QStringLiteral("/v1/files"), parent)
{
    setRequestBodyFile(bodyFile, QByteArrayLiteral("multipart/form-data; boundary=") + boundary);
}

QString FileUploadJob::readResponse(const QJsonObject &body)
{
    const QJsonValue id = body.value(QLatin1String("id"));
    if (!id.isString() || !isSafeBatchId(id.toString()))
        return mustBe(QStringLiteral("id"), QCoreApplication::translate("pw::ApiJob", "a file id"), id);
    m_fileId = id.toString();
    return {};
}

FileDeleteJob::FileDeleteJob(ApiClient &client, const QString &fileId, QObject *parent)
    : ApiJob(client, ApiProtocol::OpenAi, QByteArrayLiteral("DELETE"), QStringLiteral("/v1/files/%1").arg(fileId), parent)
{
    Q_ASSERT(isSafeBatchId(fileId));
}

QString FileDeleteJob::readResponse(const QJsonObject &body)
{
    const QJsonValue deleted = body.value(QLatin1String("deleted"));
    if (deleted != QJsonValue(true))
        return mustBe(QStringLiteral("deleted"), QStringLiteral("true"), deleted);
    return {};
}

JsonLinesJob::JsonLinesJob(ApiClient &client, ApiProtocol protocol, const QString &path, QObject *parent)
    : ApiJob(client, protocol, get, path, parent)
{
    setStreamedBody(true);
}

JsonLinesJob *JsonLinesJob::messageBatchResults(ApiClient &client, const QUrl &resultsUrl, QObject *parent)
{
    auto *job = new JsonLinesJob(client, ApiProtocol::Anthropic, resultsUrl.path(), parent);
    job->setUrl(resultsUrl);
    return job;
}

JsonLinesJob *JsonLinesJob::openAiFileContent(ApiClient &client, const QString &fileId, QObject *parent)
{
    Q_ASSERT(isSafeBatchId(fileId));
    return new JsonLinesJob(client, ApiProtocol::OpenAi, QStringLiteral("/v1/files/%1/content").arg(fileId), parent);
}

void JsonLinesJob::prepareAttempt()
{
    m_lines = LineSplitter();
    m_waiting.clear();
    m_nextWaiting = 0;
    m_bytes = 0;
}

std::optional<ApiError> JsonLinesJob::readBodyData(const QByteArray &data)
{
    m_bytes += data.size();
    m_waiting += m_lines.feed(data);
    if (m_lines.pendingBytes() > maxLineBytes)
        return ApiError::make(ApiErrorKind::InvalidResponse,
            QCoreApplication::translate("pw::ApiJob", "line %1 of the answer from %2 is longer than %3 MiB")
                .arg(m_lines.linesSeen() + 1)
                .arg(endpoint())
                .arg(maxLineBytes / (1024 * 1024)));
    deliverWaiting(false);
    return std::nullopt;
}

std::optional<ApiError> JsonLinesJob::endOfBody()
{
    // A paused body does not end (ApiJob waits for resumeBody()), so only the last line can be waiting here.
    m_waiting += m_lines.finish();
    deliverWaiting(true);
    return std::nullopt;
}

void JsonLinesJob::deliverWaiting(bool evenWhenPaused)
{
    // A handler of a line may pause or cancel the job.
    while (m_nextWaiting < m_waiting.size() && (evenWhenPaused || !m_linesPaused) && isRunning()) {
        const LineSplitter::Line line = m_waiting.at(m_nextWaiting++);
        emit lineReceived(line.text, line.number);
    }
    if (m_nextWaiting >= m_waiting.size()) {
        m_waiting.clear();
        m_nextWaiting = 0;
    }
}

void JsonLinesJob::pauseLines()
{
    m_linesPaused = true;
    pauseBody();
}

void JsonLinesJob::resumeLines()
{
    if (!m_linesPaused)
        return;
    m_linesPaused = false;
    deliverWaiting(false);
    if (!m_linesPaused && isRunning())
        resumeBody();
}

QList<LineSplitter::Line> LineSplitter::feed(QByteArrayView data)
{
    QList<Line> lines;
    qsizetype start = 0;
    for (qsizetype end = data.indexOf('\n'); end >= 0; end = data.indexOf('\n', start)) {
        if (m_partial.isEmpty()) {
            add(data.sliced(start, end - start).toByteArray(), lines);
        } else {
            m_partial.append(data.sliced(start, end - start));
            add(std::exchange(m_partial, {}), lines);
        }
        start = end + 1;
    }
    m_partial.append(data.sliced(start));
    return lines;
}

QList<LineSplitter::Line> LineSplitter::finish()
{
    QList<Line> lines;
    if (!m_partial.isEmpty())
        add(std::exchange(m_partial, {}), lines);
    return lines;
}

void LineSplitter::add(QByteArray line, QList<Line> &lines)
{
    ++m_number;
    // A CRLF file, or one written with "\r\r\n" by a doubly converting tool.
    while (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return;
    lines.append({std::move(line), m_number});
}

std::optional<QUrl> checkedResultsUrl(const QUrl &baseUrl, const QString &resultsUrl, QString *problem)
{
    const QUrl url = baseUrl.resolved(QUrl(resultsUrl));
    const auto origin = [](const QUrl &u) {
        return std::tuple(u.scheme().toLower(), u.host().toLower(), u.port(u.scheme() == QLatin1String("https") ? 443 : 80));
    };
    if (!url.isValid() || url.host().isEmpty() || origin(url) != origin(baseUrl) || !url.userInfo().isEmpty()) {
        *problem = QCoreApplication::translate(
            "pw::ApiJob", "the batch's results_url %1 is not on the API server %2; the API key is only sent there")
                       .arg(displayUrl(url), displayUrl(baseUrl));
        return std::nullopt;
    }
    return url;
}

} // namespace pw
