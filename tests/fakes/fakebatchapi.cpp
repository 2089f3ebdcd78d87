#include "fakes/fakebatchapi.h"

#include "fakes/fakeapibodies.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <random>

namespace pw::test {

namespace {

constexpr int maxMessageBatchRequests = 100000;
constexpr int maxOpenAiBatchLines = 50000;
constexpr qint64 expirySeconds = 24 * 60 * 60;

FakeResponse invalid(const QString &message)
{
    return FakeResponse::apiError(400, QStringLiteral("invalid_request_error"), message);
}

FakeResponse notFound(const QString &what)
{
    return FakeResponse::apiError(404, QStringLiteral("not_found_error"), QStringLiteral("%1 not found").arg(what));
}

FakeResponse methodNotAllowed(const RecordedRequest &request)
{
    return FakeResponse::apiError(405, QStringLiteral("invalid_request_error"),
        QStringLiteral("%1 is not allowed on %2").arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)));
}

QString rfc3339(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue timeOrNull(qint64 seconds)
{
    return seconds > 0 ? QJsonValue(rfc3339(seconds)) : QJsonValue(QJsonValue::Null);
}

bool isValidCustomId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The part of a multipart/form-data body with this name, or nullopt.
std::optional<QByteArray> formPart(const QByteArray &body, const QByteArray &boundary, const QByteArray &name)
{
    const QByteArray delimiter = "--" + boundary;
    qsizetype start = body.indexOf(delimiter);
    while (start >= 0) {
        const qsizetype headStart = start + delimiter.size() + 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", headStart);
        if (headEnd < 0)
            return std::nullopt;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headEnd);
        if (next < 0)
            return std::nullopt;
        const QByteArray head = body.mid(headStart, headEnd - headStart);
        if (head.contains(QByteArray("name=\"" + name + '"')))
            return body.mid(headEnd + 4, next - headEnd - 4);
        start = next + 2;
    }
    return std::nullopt;
}

} // namespace

void FakeBatchApi::clear()
{
    m_batches.clear();
    m_files.clear();
    m_created = 0;
    m_settings = {};
}

std::optional<FakeResponse> FakeBatchApi::respond(const RecordedRequest &request, const DefaultApiSettings &api)
{
    if (request.path.startsWith("/v1/messages/batches"))
        return anthropic(request, api);
    if ((request.path.startsWith("/v1/batches") || request.path.startsWith("/v1/files")) && m_settings.openAiBatches)
        return openAi(request, api);
    return std::nullopt;
}

// ---- the timeline of a batch -------------------------------------------------------

FakeBatchApi::Batch &FakeBatchApi::store(Batch batch)
{
    batch.clock.start();
    batch.createdAt = QDateTime::currentSecsSinceEpoch();
    ++m_created;
    const QString id = batch.id;
    m_batches.insert(id, std::move(batch));
    return m_batches[id];
}

qsizetype FakeBatchApi::doneCount(const Batch &batch) const
{
    if (batch.doneAtCancel >= 0)
        return batch.doneAtCancel;
    const qsizetype total = batch.entries.size();
    // The settings of now, so a test can let a batch end at the moment it wants.
    if (m_settings.processingMs <= 0)
        return total;
    const qint64 elapsed = batch.clock.elapsed();
    return std::min<qsizetype>(total, qsizetype(double(total) * double(elapsed) / double(m_settings.processingMs)));
}

bool FakeBatchApi::isEnded(Batch &batch) const
{
    if (batch.doneAtCancel >= 0) {
        // Reported as canceling once, then ended.
        const bool ended = batch.cancelSeen;
        batch.cancelSeen = true;
        return ended;
    }
    return doneCount(batch) >= batch.entries.size();
}

FakeBatchApi::Entry::Fate FakeBatchApi::fateOf(const Batch &batch, qsizetype index) const
{
    const qsizetype n = index + 1;
    const FakeBatchSettings &s = m_settings;
    if (s.erroredEvery > 0 && n % s.erroredEvery == 0)
        return Entry::Fate::Errored;
    if (s.expiredEvery > 0 && n % s.expiredEvery == 0)
        return Entry::Fate::Expired;
    if (s.canceledEvery > 0 && n % s.canceledEvery == 0)
        return Entry::Fate::Canceled;
    if (index >= doneCount(batch))
        return Entry::Fate::Canceled; // only reached for a canceled batch
    return Entry::Fate::Answer;
}

void FakeBatchApi::addEntry(
    Batch &batch, const QString &customId, const RecordedRequest &modelRequest, const DefaultApiSettings &api)
{
    const FakeResponse answer = defaultApiResponse(modelRequest, api);
    batch.entries.append({customId, answer.body, answer.status, Entry::Fate::Answer});
}

FakeResponse FakeBatchApi::linesResponse(const QList<QByteArray> &lines, int seed) const
{
    QList<qsizetype> order(lines.size());
    std::iota(order.begin(), order.end(), 0);
    if (m_settings.shuffle) {
        std::mt19937 random(seed);
        std::shuffle(order.begin(), order.end(), random);
    }
    FakeResponse response;
    response.withHeader("content-type", "application/binary");
    response.withHeader("request-id", nextRequestId());
    response.chunkDelayMs = m_settings.resultsChunkDelayMs;
    QByteArray chunk;
    const qsizetype chunkBytes = std::max(1, m_settings.resultsChunkBytes);
    for (const qsizetype i : order) {
        chunk += lines.at(i) + '\n';
        while (chunk.size() >= chunkBytes) {
            response.chunks.append(chunk.left(chunkBytes));
            chunk.remove(0, chunkBytes);
        }
    }
    if (!chunk.isEmpty())
        response.chunks.append(chunk);
    if (response.chunks.isEmpty())
        response.body = QByteArray();
    return response;
}

// ---- Anthropic --------------------------------------------------------------------------

std::optional<FakeResponse> FakeBatchApi::anthropic(const RecordedRequest &request, const DefaultApiSettings &api)
{
    if (auto problem = headerProblem(request, api, false))
        return *problem;
    const QList<QByteArray> parts = request.path.mid(1).split('/'); // v1 messages batches [id] [results|cancel]
    if (parts.size() == 3) {
        if (request.method != "POST")
            return methodNotAllowed(request);
        return createMessageBatch(request, api);
    }
    const QString id = QString::fromUtf8(parts.value(3));
    if (!m_batches.contains(id) || m_batches.value(id).openAi)
        return notFound(QStringLiteral("batch %1").arg(id));
    Batch &batch = m_batches[id];
    const QByteArray host = request.headers.value("host");
    if (parts.size() == 4) {
        if (request.method != "GET")
            return methodNotAllowed(request);
        return FakeResponse::json(200, messageBatchJson(batch, host));
    }
    if (parts.size() == 5 && parts.at(4) == "cancel") {
        if (request.method != "POST")
            return methodNotAllowed(request);
        if (batch.doneAtCancel < 0 && doneCount(batch) < batch.entries.size())
            batch.doneAtCancel = doneCount(batch);
        return FakeResponse::json(200, messageBatchJson(batch, host));
    }
    if (parts.size() == 5 && parts.at(4) == "results") {
        if (request.method != "GET")
            return methodNotAllowed(request);
        if (doneCount(batch) < batch.entries.size() && batch.doneAtCancel < 0)
            return invalid(QStringLiteral("batch %1 is still in progress: its results are not available yet").arg(id));
        return linesResponse(messageBatchResultLines(batch), int(qHash(id)));
    }
    return notFound(QStringLiteral("%1").arg(QString::fromUtf8(request.path)));
}

FakeResponse FakeBatchApi::createMessageBatch(const RecordedRequest &request, const DefaultApiSettings &api)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("request body: invalid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    const QJsonValue requests = document.object().value(QStringLiteral("requests"));
    if (!requests.isArray() || requests.toArray().isEmpty())
        return invalid(QStringLiteral("requests: must be a non-empty array"));
    const QJsonArray list = requests.toArray();
    if (list.size() > maxMessageBatchRequests)
        return invalid(
            QStringLiteral("requests: at most %1 requests per batch (found %2)").arg(maxMessageBatchRequests).arg(list.size()));

    Batch batch;
    batch.id = QStringLiteral("msgbatch_fake_%1").arg(++m_nextId);
    QSet<QString> seen;
    RecordedRequest single;
    single.method = "POST";
    single.path = "/v1/messages";
    single.headers = request.headers;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        const QString customId = entry.value(QStringLiteral("custom_id")).toString();
        if (!isValidCustomId(customId))
            return invalid(QStringLiteral("requests.%1.custom_id: must match ^[a-zA-Z0-9_-]{1,64}$").arg(i));
        if (seen.contains(customId))
            return invalid(QStringLiteral("requests.%1.custom_id: \"%2\" is not unique in the batch").arg(i).arg(customId));
        seen.insert(customId);
        const QJsonObject params = entry.value(QStringLiteral("params")).toObject();
        if (params.value(QStringLiteral("stream")).toBool())
            return invalid(QStringLiteral("requests.%1.params.stream: batches do not stream").arg(i));
        single.body = compact(params);
        addEntry(batch, customId, single, api);
    }
    return FakeResponse::json(200, messageBatchJson(store(std::move(batch)), request.headers.value("host")));
}

QJsonObject FakeBatchApi::messageBatchJson(Batch &batch, const QByteArray &host) const
{
    const bool ended = isEnded(batch);
    qint64 counts[4] = {0, 0, 0, 0}; // succeeded, errored, canceled, expired
    const qsizetype done = doneCount(batch);
    for (qsizetype i = 0; i < batch.entries.size(); ++i) {
        if (i >= done && !(ended && batch.doneAtCancel >= 0))
            continue;
        switch (fateOf(batch, i)) {
        case Entry::Fate::Answer:
            ++counts[batch.entries.at(i).status == 200 ? 0 : 1];
            break;
        case Entry::Fate::Errored:
            ++counts[1];
            break;
        case Entry::Fate::Canceled:
            ++counts[2];
            break;
        case Entry::Fate::Expired:
            ++counts[3];
            break;
        }
    }
    const qint64 processing = batch.entries.size() - counts[0] - counts[1] - counts[2] - counts[3];
    const QString status = ended  ? QStringLiteral("ended")
        : batch.doneAtCancel >= 0 ? QStringLiteral("canceling")
                                  : QStringLiteral("in_progress");
    return {{QStringLiteral("id"), batch.id}, {QStringLiteral("type"), QStringLiteral("message_batch")},
        {QStringLiteral("processing_status"), status},
        {QStringLiteral("request_counts"),
            QJsonObject {{QStringLiteral("processing"), processing}, {QStringLiteral("succeeded"), counts[0]},
                {QStringLiteral("errored"), counts[1]}, {QStringLiteral("canceled"), counts[2]},
                {QStringLiteral("expired"), counts[3]}}},
        {QStringLiteral("created_at"), rfc3339(batch.createdAt)},
        {QStringLiteral("expires_at"), rfc3339(batch.createdAt + expirySeconds)},
        {QStringLiteral("ended_at"), timeOrNull(ended ? QDateTime::currentSecsSinceEpoch() : 0)},
        {QStringLiteral("cancel_initiated_at"), timeOrNull(batch.doneAtCancel >= 0 ? batch.createdAt : 0)},
        {QStringLiteral("archived_at"), QJsonValue::Null},
        {QStringLiteral("results_url"),
            ended
                ? QJsonValue(QStringLiteral("http://%1/v1/messages/batches/%2/results").arg(QString::fromLatin1(host), batch.id))
                : QJsonValue(QJsonValue::Null)}};
}

QList<QByteArray> FakeBatchApi::messageBatchResultLines(const Batch &batch) const
{
    QList<QByteArray> lines;
    lines.reserve(batch.entries.size());
    for (qsizetype i = 0; i < batch.entries.size(); ++i) {
        const Entry &entry = batch.entries.at(i);
        const QByteArray head = "{\"custom_id\":\"" + entry.customId.toUtf8() + "\",\"result\":";
        switch (fateOf(batch, i)) {
        case Entry::Fate::Answer:
            lines.append(head
                + (entry.status == 200 ? QByteArray("{\"type\":\"succeeded\",\"message\":" + entry.answer + '}')
                                       : QByteArray("{\"type\":\"errored\",\"error\":" + entry.answer + '}'))
                + '}');
            break;
        case Entry::Fate::Errored: {
            const QJsonObject error {{QStringLiteral("type"), QStringLiteral("error")},
                {QStringLiteral("error"),
                    QJsonObject {{QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                        {QStringLiteral("message"), QStringLiteral("fake error for request %1").arg(i + 1)}}},
                {QStringLiteral("request_id"), QString::fromLatin1(nextRequestId())}};
            lines.append(head + "{\"type\":\"errored\",\"error\":" + compact(error) + "}}");
            break;
        }
        case Entry::Fate::Canceled:
            lines.append(head + "{\"type\":\"canceled\"}}");
            break;
        case Entry::Fate::Expired:
            lines.append(head + "{\"type\":\"expired\"}}");
            break;
        }
    }
    return lines;
}

// ---- OpenAI -------------------------------------------------------------------------------

std::optional<FakeResponse> FakeBatchApi::openAi(const RecordedRequest &request, const DefaultApiSettings &api)
{
    if (auto problem = headerProblem(request, api, true))
        return *problem;
    const QList<QByteArray> parts = request.path.mid(1).split('/'); // v1 files|batches [id] [content|cancel]
    if (parts.value(1) == "files") {
        if (parts.size() == 2)
            return request.method == "POST" ? uploadFile(request) : methodNotAllowed(request);
        const QString id = QString::fromUtf8(parts.value(2));
        if (parts.size() == 3 && request.method == "DELETE" && m_files.remove(id) > 0)
            return FakeResponse::json(200,
                {{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("file")},
                    {QStringLiteral("deleted"), true}});
        if (parts.size() != 4 || parts.at(3) != "content" || !m_files.contains(id))
            return notFound(QStringLiteral("file %1").arg(id));
        if (request.method != "GET")
            return methodNotAllowed(request);
        QList<QByteArray> lines = m_files.value(id).split('\n');
        lines.removeAll(QByteArray());
        return linesResponse(lines, int(qHash(id)));
    }
    if (parts.size() == 2)
        return request.method == "POST" ? createOpenAiBatch(request, api) : methodNotAllowed(request);
    const QString id = QString::fromUtf8(parts.value(2));
    if (!m_batches.contains(id) || !m_batches.value(id).openAi)
        return notFound(QStringLiteral("batch %1").arg(id));
    Batch &batch = m_batches[id];
    if (parts.size() == 4 && parts.at(3) == "cancel") {
        if (request.method != "POST")
            return methodNotAllowed(request);
        if (batch.doneAtCancel < 0 && doneCount(batch) < batch.entries.size())
            batch.doneAtCancel = doneCount(batch);
        return FakeResponse::json(200, openAiBatchJson(batch));
    }
    if (parts.size() != 3)
        return notFound(QString::fromUtf8(request.path));
    if (request.method != "GET")
        return methodNotAllowed(request);
    return FakeResponse::json(200, openAiBatchJson(batch));
}

FakeResponse FakeBatchApi::uploadFile(const RecordedRequest &request)
{
    const QByteArray contentType = request.headers.value("content-type");
    const qsizetype at = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/form-data") || at < 0)
        return invalid(QStringLiteral("content-type: must be multipart/form-data with a boundary"));
    const QByteArray boundary = contentType.mid(at + 9).trimmed();
    const std::optional<QByteArray> purpose = formPart(request.body, boundary, "purpose");
    const std::optional<QByteArray> file = formPart(request.body, boundary, "file");
    if (!purpose || purpose->trimmed() != "batch")
        return invalid(QStringLiteral("purpose: must be \"batch\""));
    if (!file)
        return invalid(QStringLiteral("file: a part named \"file\" is required"));
    const QString id = QStringLiteral("file-fake-%1").arg(++m_nextId);
    m_files.insert(id, *file);
    return FakeResponse::json(200,
        {{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("file")}, {QStringLiteral("bytes"), file->size()},
            {QStringLiteral("purpose"), QStringLiteral("batch")}, {QStringLiteral("filename"), QStringLiteral("batch.jsonl")},
            {QStringLiteral("created_at"), QDateTime::currentSecsSinceEpoch()}});
}

FakeResponse FakeBatchApi::createOpenAiBatch(const RecordedRequest &request, const DefaultApiSettings &api)
{
    const QJsonObject body = request.json();
    const QString fileId = body.value(QStringLiteral("input_file_id")).toString();
    if (!m_files.contains(fileId))
        return invalid(QStringLiteral("input_file_id: no file \"%1\"").arg(fileId));
    if (body.value(QStringLiteral("endpoint")).toString() != QLatin1String("/v1/chat/completions"))
        return invalid(QStringLiteral("endpoint: this fake supports /v1/chat/completions"));
    if (body.value(QStringLiteral("completion_window")).toString() != QLatin1String("24h"))
        return invalid(QStringLiteral("completion_window: must be \"24h\""));
    const QList<QByteArray> lines = m_files.value(fileId).split('\n');
    Batch batch;
    batch.openAi = true;
    batch.id = QStringLiteral("batch_fake_%1").arg(++m_nextId);
    batch.inputFileId = fileId;
    RecordedRequest single;
    single.method = "POST";
    single.path = "/v1/chat/completions";
    single.headers = request.headers;
    QSet<QString> seen;
    QString model;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
        const QString customId = line.value(QStringLiteral("custom_id")).toString();
        if (customId.isEmpty() || seen.contains(customId))
            return invalid(QStringLiteral("input file line %1: custom_id must be present and unique").arg(i + 1));
        seen.insert(customId);
        const QJsonObject requestBody = line.value(QStringLiteral("body")).toObject();
        const QString lineModel = requestBody.value(QStringLiteral("model")).toString();
        if (!model.isEmpty() && lineModel != model)
            return invalid(QStringLiteral("input file line %1: every request of a batch must use the same model").arg(i + 1));
        model = lineModel;
        if (line.value(QStringLiteral("url")).toString() != QLatin1String("/v1/chat/completions"))
            return invalid(QStringLiteral("input file line %1: url must be /v1/chat/completions").arg(i + 1));
        single.body = compact(requestBody);
        addEntry(batch, customId, single, api);
    }
    if (batch.entries.isEmpty() || batch.entries.size() > maxOpenAiBatchLines)
        return invalid(QStringLiteral("input file: 1 to %1 requests").arg(maxOpenAiBatchLines));
    return FakeResponse::json(200, openAiBatchJson(store(std::move(batch))));
}

QJsonObject FakeBatchApi::openAiBatchJson(Batch &batch)
{
    const bool ended = isEnded(batch);
    const qsizetype done = ended ? batch.entries.size() : doneCount(batch);
    qint64 completed = 0;
    qint64 failed = 0;
    QList<QByteArray> outputLines;
    QList<QByteArray> errorLines;
    for (qsizetype i = 0; i < done; ++i) {
        const Entry &entry = batch.entries.at(i);
        const Entry::Fate fate = fateOf(batch, i);
        const bool answered = fate == Entry::Fate::Answer && entry.status == 200;
        answered ? ++completed : ++failed;
        if (!ended)
            continue;
        const QByteArray requestId = nextRequestId();
        QByteArray line = "{\"id\":\"batch_req_" + requestId + "\",\"custom_id\":\"" + entry.customId.toUtf8() + "\",";
        if (fate == Entry::Fate::Answer) {
            line += "\"response\":{\"status_code\":" + QByteArray::number(entry.status) + ",\"request_id\":\"" + requestId
                + "\",\"body\":" + entry.answer + "},\"error\":null}";
            (answered ? outputLines : errorLines).append(line);
            continue;
        }
        const char *code = fate == Entry::Fate::Expired ? "batch_expired"
            : fate == Entry::Fate::Canceled             ? "batch_cancelled"
                                                        : "server_error";
        line += "\"response\":null,\"error\":{\"code\":\"" + QByteArray(code) + "\",\"message\":\"fake " + code + " for request "
            + QByteArray::number(i + 1) + "\"}}";
        errorLines.append(line);
    }
    if (ended && batch.outputFileId.isEmpty() && batch.errorFileId.isEmpty()) {
        if (!outputLines.isEmpty()) {
            batch.outputFileId = QStringLiteral("file-fake-%1").arg(++m_nextId);
            m_files.insert(batch.outputFileId, outputLines.join('\n') + '\n');
        }
        if (!errorLines.isEmpty()) {
            batch.errorFileId = QStringLiteral("file-fake-%1").arg(++m_nextId);
            m_files.insert(batch.errorFileId, errorLines.join('\n') + '\n');
        }
    }
    const QString status = ended  ? (batch.doneAtCancel >= 0 ? QStringLiteral("cancelled") : QStringLiteral("completed"))
        : batch.doneAtCancel >= 0 ? QStringLiteral("cancelling")
                                  : QStringLiteral("in_progress");
    const auto idOrNull = [](const QString &id) {
        return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
    };
    return {{QStringLiteral("id"), batch.id}, {QStringLiteral("object"), QStringLiteral("batch")},
        {QStringLiteral("endpoint"), QStringLiteral("/v1/chat/completions")},
        {QStringLiteral("input_file_id"), batch.inputFileId}, {QStringLiteral("completion_window"), QStringLiteral("24h")},
        {QStringLiteral("status"), status}, {QStringLiteral("output_file_id"), idOrNull(batch.outputFileId)},
        {QStringLiteral("error_file_id"), idOrNull(batch.errorFileId)}, {QStringLiteral("created_at"), batch.createdAt},
        {QStringLiteral("request_counts"),
            QJsonObject {{QStringLiteral("total"), batch.entries.size()}, {QStringLiteral("completed"), completed},
                {QStringLiteral("failed"), failed}}}};
}

} // namespace pw::test
