#include "batchrun.h"

#include "batchresults.h"
#include "prompt/jsonwrite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

#include <climits>

#include <algorithm>

namespace pw {

namespace {

// Cells filled and written per turn of the event loop, so that a window stays responsive.
constexpr int cellsPerTurn = 500;
// Results wait while this many cells are being graded, and read on below the second.
constexpr qsizetype maxGrading = 256;
constexpr qsizetype resumeGradingBelow = 64;
// How often a results body that broke off is read again (lines already read are skipped).
constexpr int maxResultReads = 3;
const QString openAiBatchEndpoint = QStringLiteral("/v1/chat/completions");

bool isNotFound(const ApiError &error)
{
    return error.kind == ApiErrorKind::Http && (error.httpStatus == 404 || error.httpStatus == 405);
}

} // namespace

QString batchCustomId(const QString &runId, const QString &caseId, int repeat)
{
    const QString readable = QStringLiteral("%1_%2_%3").arg(runId, caseId).arg(repeat);
    if (!runId.contains(QLatin1Char('_')) && isValidCustomId(readable))
        return readable;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(runId.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(caseId.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QByteArray::number(repeat));
    return QLatin1Char('h') + QString::fromLatin1(hash.result().toHex().left(40));
}

QByteArray BatchState::toJson() const
{
    QJsonArray list;
    for (const Run &run : runs)
        list.append(QJsonObject {
            {QStringLiteral("id"), run.id}, {QStringLiteral("batch_ids"), QJsonArray::fromStringList(run.batchIds)}});
    return toJsonBytes(QJsonObject {{QStringLiteral("format"), QStringLiteral("promptwerk-batch-state")},
                           {QStringLiteral("version"), 1}, {QStringLiteral("runs"), list}},
        QJsonDocument::Indented);
}

std::optional<BatchState> BatchState::fromJson(const QByteArray &data, const QString &fileName, QString *error)
{
    const auto fail = [&](const QString &problem) {
        *error = fileName + QStringLiteral(": ") + problem;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("pw::BatchRun", "invalid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")) != QLatin1String("promptwerk-batch-state"))
        return fail(
            QCoreApplication::translate("pw::BatchRun", "not a batch state file (format must be \"promptwerk-batch-state\")"));
    if (root.value(QLatin1String("version")).toInt(-1) != 1)
        return fail(QCoreApplication::translate("pw::BatchRun", "version: must be 1"));
    const QJsonValue runs = root.value(QLatin1String("runs"));
    if (!runs.isArray())
        return fail(QCoreApplication::translate("pw::BatchRun", "runs: must be an array"));
    BatchState state;
    const QJsonArray list = runs.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject run = list.at(i).toObject();
        const QString place = QStringLiteral("runs[%1]").arg(i);
        if (!run.value(QLatin1String("id")).isString())
            return fail(place + QCoreApplication::translate("pw::BatchRun", ".id: must be a string"));
        Run read {run.value(QLatin1String("id")).toString(), {}};
        const QJsonArray ids = run.value(QLatin1String("batch_ids")).toArray();
        for (qsizetype j = 0; j < ids.size(); ++j) {
            if (!ids.at(j).isString() || !isSafeBatchId(ids.at(j).toString()))
                return fail(QStringLiteral("%1.batch_ids[%2]: ").arg(place).arg(j)
                    + QCoreApplication::translate("pw::BatchRun", "must be a batch id"));
            read.batchIds.append(ids.at(j).toString());
        }
        state.runs.append(read);
    }
    return state;
}

BatchRun::Limits BatchRun::apiLimits(ApiProtocol protocol)
{
    if (protocol == ApiProtocol::OpenAi)
        return {50000, qint64(200) * 1000 * 1000};
    return {};
}

BatchRun::BatchRun(ApiClient &client, QObject *parent) : QObject(parent), m_client(client)
{
    qRegisterMetaType<pw::BatchStatus>();
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &BatchRun::poll);
}

BatchRun::~BatchRun()
{
    // The jobs hold no pointer back; they go with their parent (this). The
    // fallback queue goes before the client it uses.
    m_fallback.reset();
}

BatchRun::Limits BatchRun::limits() const
{
    return m_limits.value_or(apiLimits(m_protocol));
}

void BatchRun::setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_firstPoll = std::max(first, std::chrono::milliseconds(1));
    m_longestPoll = std::max(longest, m_firstPoll);
    m_nextPoll = m_firstPoll;
}

int BatchRun::addRun(const EvalRun &run, const Prompt &prompt, const TestSuite &cases, int repeats)
{
    const int runIndex = int(m_runs.size());
    EvalRun added = run;
    added.batch = true;
    RunInput input {prompt, cases, {}, std::max(1, repeats)};
    for (qsizetype i = 0; i < cases.size(); ++i)
        input.caseIndex.insert(cases.at(i).id, i);
    const QList<int> toRun = prepareRunCells(added, cases, repeats);
    for (int i = 0; i < added.cells.size(); ++i)
        m_byCustomId.insert(batchCustomId(added.id, added.cells.at(i).caseId, added.cells.at(i).repeat), {runIndex, i});
    for (const int cell : toRun) {
        m_toSend.append({runIndex, cell});
        m_active.insert(cellKey({runIndex, cell}), 0);
    }
    m_runs.append(added);
    m_inputs.append(input);
    return runIndex;
}

const TestCase &BatchRun::caseOf(CellRef ref) const
{
    const RunInput &input = m_inputs.at(ref.run);
    return input.cases.at(input.caseIndex.value(m_runs.at(ref.run).cells.at(ref.cell).caseId));
}

QString BatchRun::stopMessage() const
{
    if (!m_stopError)
        return {};
    return tr("The batch run stopped: %1. Its batches keep running at the server; resume the run to read their results.")
        .arg(m_stopError->toString());
}

QStringList BatchRun::batchIds() const
{
    QStringList ids;
    for (const QString &id : m_batchOrder) {
        if (!m_batches.value(id).read)
            ids.append(id);
    }
    return ids;
}

BatchStatus BatchRun::totals() const
{
    BatchStatus sum;
    for (const Batch &batch : m_batches) {
        sum.processing += batch.status.processing;
        sum.succeeded += batch.status.succeeded;
        sum.errored += batch.status.errored;
        sum.canceled += batch.status.canceled;
        sum.expired += batch.status.expired;
    }
    return sum;
}

void BatchRun::start()
{
    if (m_outcome != Outcome::NotStarted)
        return;
    m_outcome = Outcome::Running;
    m_progress.total = int(m_active.size());
    emit progressChanged();

    std::optional<ApiProtocol> protocol;
    for (const EvalRun &run : std::as_const(m_runs)) {
        const std::optional<ApiProtocol> runProtocol = promptProtocol(run.settings.engine);
        if (!runProtocol || (protocol && runProtocol != protocol)) {
            stop(ApiError::make(ApiErrorKind::Config,
                runProtocol ? tr("the runs of one batch run must use one engine's API")
                            : tr("the %1 engine cannot run prompts in batches").arg(run.settings.engine)));
            return;
        }
        protocol = runProtocol;
    }
    m_protocol = protocol.value_or(ApiProtocol::Anthropic);

    for (const EvalRun &run : std::as_const(m_runs)) {
        for (const QString &id : run.batchIds) {
            if (m_batches.contains(id))
                continue;
            if (!isSafeBatchId(id)) {
                stop(ApiError::make(ApiErrorKind::Config, tr("\"%1\" is not a batch id").arg(id.left(80))));
                return;
            }
            Batch batch;
            batch.status.id = id;
            m_batches.insert(id, batch);
            m_batchOrder.append(id);
        }
    }
    if (!m_batches.isEmpty()) {
        // Which cells the saved batches hold is known only from their results.
        m_sendAfterReading = true;
        QTimer::singleShot(0, this, &BatchRun::poll);
        return;
    }
    QTimer::singleShot(0, this, &BatchRun::writeSomeCells);
}

void BatchRun::cancel()
{
    if (m_outcome != Outcome::Running && m_outcome != Outcome::NotStarted)
        return;
    if (m_fallback) {
        m_fallback->cancel();
        return;
    }
    m_canceling = true;
    // Nothing more is sent; a batch being created now is canceled once it exists.
    if (m_submitJob && !m_files.isEmpty())
        m_files = QList<BatchFile> {m_files.first()};
    else
        m_files.clear();
    m_file.reset();
    m_current = {};
    m_toSend.clear();
    m_nextToWrite = 0;
    if (!m_sendAfterReading)
        cancelUnsentCells();
    if (m_outcome == Outcome::NotStarted) {
        m_outcome = Outcome::Canceled;
        finishIfDone();
        return;
    }
    for (const QString &id : std::as_const(m_batchOrder)) {
        if (!m_batches.value(id).status.ended)
            cancelAtServer(id);
    }
    m_nextPoll = m_firstPoll;
    m_pollTimer.stop();
    if (m_statusJobs.isEmpty())
        schedulePoll();
    finishIfDone();
}

void BatchRun::cancelUnsentCells()
{
    QSet<quint64> sent;
    for (const Batch &batch : std::as_const(m_batches)) {
        for (const CellRef ref : batch.cells)
            sent.insert(cellKey(ref));
    }
    for (const BatchFile &file : std::as_const(m_files)) {
        for (const CellRef ref : file.cells)
            sent.insert(cellKey(ref));
    }
    QList<CellRef> unsent;
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        if (!sent.contains(it.key()) && !m_grading.contains(it.key()))
            unsent.append({int(it.key() >> 32), int(it.key() & 0xffffffffu)});
    }
    for (const CellRef ref : std::as_const(unsent)) {
        CellResult canceled = cellAt(ref);
        canceled.status = CellResult::Status::Canceled;
        finishCell(ref, canceled);
    }
}

// ---- writing the batches ----------------------------------------------------

void BatchRun::writeSomeCells()
{
    if (m_outcome != Outcome::Running || m_canceling)
        return;
    if (!m_workDir) {
        m_workDir = std::make_unique<QTemporaryDir>();
        if (!m_workDir->isValid()) {
            stop(ApiError::make(ApiErrorKind::Config,
                tr("cannot create a temporary folder for the batch requests: %1").arg(m_workDir->errorString())));
            return;
        }
    }
    const Limits limit = limits();
    const qsizetype end = std::min(m_toSend.size(), m_nextToWrite + cellsPerTurn);
    for (; m_nextToWrite < end; ++m_nextToWrite) {
        const CellRef ref = m_toSend.at(m_nextToWrite);
        const EvalRun &run = m_runs.at(ref.run);
        QString problem;
        const std::optional<Prompt> prompt = casePrompt(m_inputs.at(ref.run).prompt, caseOf(ref), &problem);
        if (prompt) {
            const QStringList problems = runSettingsProblems(*prompt, run.settings);
            problem = problems.join(QStringLiteral("; "));
        }
        const QByteArray line = problem.isEmpty() ? requestLine(ref, *prompt) : QByteArray();
        // Anthropic: {"requests":[ ... , ... ]}; OpenAI: the multipart envelope around the lines.
        constexpr qint64 envelopeBytes = 512;
        if (problem.isEmpty() && line.size() + envelopeBytes > limit.maxBytes)
            problem = tr("the request is larger than a batch may be (%1 bytes)").arg(limit.maxBytes);
        if (!problem.isEmpty()) {
            CellResult failed = cellAt(ref);
            failed.status = CellResult::Status::Failed;
            failed.error = problem;
            finishCell(ref, failed);
            continue;
        }
        const bool full = m_file
            && (m_current.cells.size() >= limit.maxRequests || m_current.bytes + line.size() + envelopeBytes > limit.maxBytes
                || (m_protocol == ApiProtocol::OpenAi && m_current.model != run.settings.model));
        if (full)
            closeBatchFile();
        if (!m_file && !openBatchFile(run.settings.model))
            return;
        const QByteArray separator
            = m_protocol == ApiProtocol::Anthropic && !m_current.cells.isEmpty() ? QByteArrayLiteral(",") : QByteArray();
        const QByteArray bytes = separator + line + (m_protocol == ApiProtocol::OpenAi ? QByteArrayLiteral("\n") : QByteArray());
        if (m_file->write(bytes) != bytes.size()) {
            stop(ApiError::make(ApiErrorKind::Config,
                tr("cannot write the batch requests to %1: %2").arg(m_current.path, m_file->errorString())));
            return;
        }
        m_current.bytes += bytes.size();
        m_current.cells.append(ref);
    }
    if (m_nextToWrite < m_toSend.size()) {
        QTimer::singleShot(0, this, &BatchRun::writeSomeCells);
        return;
    }
    if (m_file)
        closeBatchFile();
    m_toSend.clear();
    m_nextToWrite = 0;
    if (m_files.isEmpty()) {
        finishIfDone();
        return;
    }
    submitNext();
}

QByteArray BatchRun::requestLine(CellRef ref, const Prompt &prompt) const
{
    const EvalRun &run = m_runs.at(ref.run);
    const QString customId = batchCustomId(run.id, run.cells.at(ref.cell).caseId, run.cells.at(ref.cell).repeat);
    if (m_protocol == ApiProtocol::Anthropic) {
        QJsonObject params = messagesRequestBody(prompt, run.settings);
        params.remove(QStringLiteral("stream"));
        return toJsonBytes(
            QJsonObject {{QStringLiteral("custom_id"), customId}, {QStringLiteral("params"), params}}, QJsonDocument::Compact);
    }
    QJsonObject body = chatCompletionRequestBody(prompt, run.settings);
    body.remove(QStringLiteral("stream"));
    return toJsonBytes(QJsonObject {{QStringLiteral("custom_id"), customId}, {QStringLiteral("method"), QStringLiteral("POST")},
                           {QStringLiteral("url"), openAiBatchEndpoint}, {QStringLiteral("body"), body}},
        QJsonDocument::Compact);
}

bool BatchRun::openBatchFile(const QString &model)
{
    m_current = {};
    m_current.path = m_workDir->filePath(QStringLiteral("batch-%1.body").arg(m_files.size() + m_batches.size() + 1));
    m_current.model = model;
    m_file = std::make_unique<QFile>(m_current.path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        stop(ApiError::make(
            ApiErrorKind::Config, tr("cannot write the batch requests to %1: %2").arg(m_current.path, m_file->errorString())));
        return false;
    }
    QByteArray head;
    if (m_protocol == ApiProtocol::Anthropic) {
        head = QByteArrayLiteral("{\"requests\":[");
    } else {
        // JSON written compact has no line breaks, so no line can hold the boundary.
        m_boundary = QByteArrayLiteral("promptwerk-") + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        head = "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--" + m_boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"promptwerk-batch.jsonl\"\r\n"
              "Content-Type: application/jsonl\r\n\r\n";
    }
    m_file->write(head);
    m_current.bytes = head.size();
    return true;
}

void BatchRun::closeBatchFile()
{
    const QByteArray tail = m_protocol == ApiProtocol::Anthropic ? QByteArrayLiteral("]}") : "\r\n--" + m_boundary + "--\r\n";
    m_file->write(tail);
    m_current.bytes += tail.size();
    const bool ok = m_file->flush();
    m_file.reset();
    if (!ok) {
        stop(ApiError::make(ApiErrorKind::Config, tr("cannot write the batch requests to %1").arg(m_current.path)));
        return;
    }
    m_files.append(std::exchange(m_current, {}));
}

// ---- creating the batches ----------------------------------------------------

void BatchRun::submitNext()
{
    if (m_outcome != Outcome::Running || m_submitJob)
        return;
    if (m_files.isEmpty() || m_canceling) {
        m_files.clear();
        schedulePoll();
        return;
    }
    const BatchFile file = m_files.first();
    if (m_protocol == ApiProtocol::Anthropic) {
        auto *job = BatchStatusJob::createMessageBatch(m_client, file.path, this);
        m_submitJob = job;
        connect(job, &ApiJob::finished, this, [this, job, file] {
            if (submitSucceeded(job))
                onCreated(file, job->status());
        });
        job->start();
        return;
    }
    auto *upload = new FileUploadJob(m_client, file.path, m_boundary, this);
    m_submitJob = upload;
    connect(upload, &ApiJob::finished, this, [this, upload, file] {
        if (!submitSucceeded(upload))
            return;
        auto *create = BatchStatusJob::createOpenAiBatch(m_client, upload->fileId(), openAiBatchEndpoint, this);
        m_submitJob = create;
        connect(create, &ApiJob::finished, this, [this, create, file] {
            if (submitSucceeded(create))
                onCreated(file, create->status());
        });
        create->start();
    });
    upload->start();
}

bool BatchRun::submitSucceeded(ApiJob *job)
{
    job->deleteLater();
    m_submitJob = nullptr;
    if (job->succeeded())
        return true;
    // OpenAI's endpoints missing (a local server): concurrent requests instead, as long as no batch exists.
    if (m_protocol == ApiProtocol::OpenAi && isNotFound(*job->error()) && m_batches.isEmpty())
        fallBack(*job->error());
    else
        failJob(*job->error());
    return false;
}

void BatchRun::onCreated(const BatchFile &file, const BatchStatus &status)
{
    m_files.removeFirst();
    QFile::remove(file.path);
    Batch batch;
    batch.status.id = status.id;
    batch.cells = file.cells;
    m_batches.insert(status.id, batch);
    m_batchOrder.append(status.id);
    QList<int> runs;
    for (const CellRef ref : file.cells) {
        if (!runs.contains(ref.run))
            runs.append(ref.run);
    }
    for (const int run : std::as_const(runs))
        m_runs[run].batchIds.append(status.id);
    emit batchCreated(status.id);
    onStatus(status);
    if (m_canceling)
        cancelAtServer(status.id);
    submitNext();
}

void BatchRun::fallBack(const ApiError &reason)
{
    emit note(tr("%1 has no batch API (%2): the cells run as concurrent requests at the usual price.")
                  .arg(m_client.config().baseUrl.toDisplayString(QUrl::RemoveUserInfo), reason.toString()));
    m_files.clear();
    m_workDir.reset();
    m_fallback = std::make_unique<RunQueue>(m_client);
    m_fallback->setMaxConcurrency(m_maxConcurrency);
    m_fallback->setGradeFunction(m_grade);
    m_fallback->setCostEstimator(m_costEstimator);
    for (int i = 0; i < m_runs.size(); ++i) {
        EvalRun run = m_runs.at(i);
        run.batch = false;
        m_fallback->addRun(run, m_inputs.at(i).prompt, m_inputs.at(i).cases, m_inputs.at(i).repeats);
    }
    connect(m_fallback.get(), &RunQueue::cellFinished, this, [this](int run, int cell) {
        m_runs[run].cells[cell] = m_fallback->runs().at(run).cells.at(cell);
        emit cellFinished(run, cell);
    });
    connect(m_fallback.get(), &RunQueue::progressChanged, this, [this] {
        m_progress = m_fallback->progress();
        emit progressChanged();
    });
    connect(m_fallback.get(), &RunQueue::finished, this, [this] {
        m_runs = m_fallback->runs();
        m_progress = m_fallback->progress();
        switch (m_fallback->outcome()) {
        case RunQueue::Outcome::Canceled:
            m_outcome = Outcome::Canceled;
            break;
        case RunQueue::Outcome::Stopped:
            m_outcome = Outcome::Stopped;
            m_stopError = m_fallback->stopError();
            break;
        default:
            m_outcome = Outcome::Completed;
            break;
        }
        m_finishEmitted = true;
        emit finished();
    });
    m_fallback->start();
}

// ---- polling -------------------------------------------------------------------

void BatchRun::schedulePoll()
{
    if (m_outcome != Outcome::Running || m_pollTimer.isActive())
        return;
    for (const Batch &batch : std::as_const(m_batches)) {
        if (!batch.status.ended) {
            m_pollTimer.start(m_nextPoll);
            m_nextPoll = std::min(m_longestPoll, m_nextPoll + m_nextPoll / 2);
            return;
        }
    }
}

void BatchRun::poll()
{
    if (m_outcome != Outcome::Running)
        return;
    for (const QString &id : std::as_const(m_batchOrder)) {
        Batch &batch = m_batches[id];
        if (batch.status.ended || batch.polling)
            continue;
        batch.polling = true;
        auto *job = new BatchStatusJob(m_client, m_protocol, BatchStatusJob::Operation::Retrieve, id, this);
        m_statusJobs.append(job);
        connect(job, &ApiJob::finished, this, [this, job, id] {
            job->deleteLater();
            m_statusJobs.removeAll(job);
            m_batches[id].polling = false;
            if (!job->succeeded()) {
                failJob(*job->error());
                return;
            }
            onStatus(job->status());
            if (m_statusJobs.isEmpty())
                schedulePoll();
        });
        job->start();
    }
}

void BatchRun::onStatus(const BatchStatus &status)
{
    if (m_outcome != Outcome::Running || !m_batches.contains(status.id))
        return;
    Batch &batch = m_batches[status.id];
    const bool endedNow = status.ended && !batch.status.ended;
    batch.status = status;
    emit batchStatusChanged(status);
    if (!endedNow)
        return;
    if (m_protocol == ApiProtocol::Anthropic) {
        batch.filesToRead = QStringList {status.resultsUrl};
    } else {
        for (const QString &file : {status.outputFileId, status.errorFileId}) {
            if (!file.isEmpty())
                batch.filesToRead.append(file);
        }
        if (!status.failure.isEmpty()) {
            // The server refused the whole batch: its cells fail with its reason.
            for (const CellRef ref : std::as_const(batch.cells)) {
                if (isActive(ref) && !m_grading.contains(cellKey(ref))) {
                    CellResult failed = cellAt(ref);
                    failed.status = CellResult::Status::Failed;
                    failed.error = tr("batch %1 failed: %2").arg(status.id, status.failure);
                    finishCell(ref, failed);
                }
            }
        }
    }
    readNextResults();
}

void BatchRun::cancelAtServer(const QString &batchId)
{
    auto *job = new BatchStatusJob(m_client, m_protocol, BatchStatusJob::Operation::Cancel, batchId, this);
    m_statusJobs.append(job);
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        m_statusJobs.removeAll(job);
        // A batch that ended meanwhile cannot be canceled any more; its results are read all the same.
        if (job->succeeded())
            onStatus(job->status());
        if (m_statusJobs.isEmpty())
            schedulePoll();
    });
    job->start();
}

// ---- reading the results ---------------------------------------------------------

void BatchRun::readNextResults()
{
    if (m_outcome != Outcome::Running || m_resultsJob)
        return;
    for (const QString &id : std::as_const(m_batchOrder)) {
        Batch &batch = m_batches[id];
        if (!batch.status.ended || batch.read)
            continue;
        if (batch.filesToRead.isEmpty()) {
            onResultsRead(id);
            return;
        }
        JsonLinesJob *job = nullptr;
        if (m_protocol == ApiProtocol::Anthropic) {
            QString problem;
            const std::optional<QUrl> url = checkedResultsUrl(m_client.config().baseUrl, batch.filesToRead.first(), &problem);
            if (!url) {
                stop(ApiError::make(ApiErrorKind::InvalidResponse, problem));
                return;
            }
            job = JsonLinesJob::messageBatchResults(m_client, *url, this);
        } else {
            job = JsonLinesJob::openAiFileContent(m_client, batch.filesToRead.first(), this);
        }
        m_resultsJob = job;
        m_readingBatch = id;
        connect(job, &JsonLinesJob::lineReceived, this, &BatchRun::onResultLine);
        connect(job, &ApiJob::finished, this, [this, job, id] {
            job->deleteLater();
            m_resultsJob = nullptr;
            if (m_outcome != Outcome::Running)
                return;
            Batch &read = m_batches[id];
            if (!job->succeeded()) {
                // Read again from the start: the lines already read find their cells finished and are skipped.
                if (job->error()->kind != ApiErrorKind::Canceled && ++read.readAttempts < maxResultReads) {
                    readNextResults();
                    return;
                }
                stop(*job->error());
                return;
            }
            read.readAttempts = 0;
            read.filesToRead.removeFirst();
            if (read.filesToRead.isEmpty())
                onResultsRead(id);
            else
                readNextResults();
        });
        job->start();
        return;
    }
    if (m_sendAfterReading && std::all_of(m_batches.cbegin(), m_batches.cend(), [](const Batch &b) { return b.read; }))
        allBatchesRead();
    finishIfDone();
}

void BatchRun::onResultLine(const QByteArray &line, qint64 lineNumber)
{
    QString problem;
    const std::optional<BatchResultLine> result
        = m_protocol == ApiProtocol::Anthropic ? parseMessageBatchResult(line, &problem) : parseOpenAiBatchResult(line, &problem);
    if (!result) {
        if (m_badLines++ == 0)
            m_firstBadLine = tr("batch %1, results line %2: %3").arg(m_readingBatch).arg(lineNumber).arg(problem);
        return;
    }
    const auto found = m_byCustomId.constFind(result->customId);
    if (found == m_byCustomId.cend()) {
        ++m_unmatchedLines;
        return;
    }
    const CellRef ref = *found;
    if (!isActive(ref) || m_grading.contains(cellKey(ref)))
        return; // read before (a results body read again) or not asked for in this session
    CellResult cell = cellAt(ref);
    cell.requestId = result->requestId;
    switch (result->outcome) {
    case BatchResultLine::Outcome::Succeeded:
        cell.status = CellResult::Status::Succeeded;
        cell.output = result->output;
        cell.stopReason = result->stopReason;
        cell.usage = result->usage;
        if (m_costEstimator)
            cell.costUsd = m_costEstimator(m_runs.at(ref.run).settings.model, cell.usage, true);
        grade(ref, cell);
        return;
    case BatchResultLine::Outcome::Canceled:
        cell.status = CellResult::Status::Canceled;
        cell.error = result->error;
        break;
    case BatchResultLine::Outcome::Errored:
    case BatchResultLine::Outcome::Expired:
        cell.status = CellResult::Status::Failed;
        cell.error = result->error;
        break;
    }
    finishCell(ref, cell);
}

void BatchRun::onResultsRead(const QString &batchId)
{
    Batch &batch = m_batches[batchId];
    batch.read = true;
    // Every request of a batch has a line; one without is reported rather than left waiting.
    for (const CellRef ref : std::as_const(batch.cells)) {
        if (isActive(ref) && !m_grading.contains(cellKey(ref))) {
            CellResult failed = cellAt(ref);
            failed.status = CellResult::Status::Failed;
            failed.error = tr("batch %1 has no result for this request").arg(batchId);
            finishCell(ref, failed);
        }
    }
    for (EvalRun &run : m_runs)
        run.batchIds.removeAll(batchId);
    deleteServerFiles(batch.status);
    // The counts are clamped first: lupdate's parser loops forever on a
    // template argument list inside a translate() call.
    if (m_badLines > 0) {
        const int badLines = int(std::min<qint64>(m_badLines, INT_MAX));
        emit note(
            QCoreApplication::translate("pw::BatchRun", "%n result lines could not be read; the first: %1", nullptr, badLines)
                .arg(m_firstBadLine));
        m_badLines = 0;
    }
    if (m_unmatchedLines > 0) {
        const int unmatched = int(std::min<qint64>(m_unmatchedLines, INT_MAX));
        emit note(QCoreApplication::translate(
            "pw::BatchRun", "batch %1: %n result lines match no cell of these runs", nullptr, unmatched)
                      .arg(batchId));
        m_unmatchedLines = 0;
    }
    readNextResults();
}

void BatchRun::deleteServerFiles(const BatchStatus &status)
{
    if (m_protocol != ApiProtocol::OpenAi)
        return;
    for (const QString &fileId : {status.inputFileId, status.outputFileId, status.errorFileId}) {
        if (fileId.isEmpty())
            continue;
        auto *job = new FileDeleteJob(m_client, fileId, this);
        m_cleanupJobs.append(job);
        connect(job, &ApiJob::finished, this, [this, job, fileId] {
            job->deleteLater();
            m_cleanupJobs.removeAll(job);
            // The results are safe; a file left behind is worth a word, not a failure.
            if (!job->succeeded() && job->error()->kind != ApiErrorKind::Canceled)
                emit note(tr("file %1 could not be deleted from the server: %2").arg(fileId, job->error()->message));
            finishIfDone();
        });
        job->start();
    }
}

void BatchRun::allBatchesRead()
{
    m_sendAfterReading = false;
    if (m_canceling) {
        cancelUnsentCells();
        return;
    }
    // The cells the continued batches did not answer were never sent.
    m_toSend.clear();
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        const CellRef ref {int(it.key() >> 32), int(it.key() & 0xffffffffu)};
        if (!m_grading.contains(it.key()))
            m_toSend.append(ref);
    }
    std::sort(m_toSend.begin(), m_toSend.end(),
        [](CellRef a, CellRef b) { return std::pair(a.run, a.cell) < std::pair(b.run, b.cell); });
    if (!m_toSend.isEmpty())
        QTimer::singleShot(0, this, &BatchRun::writeSomeCells);
}

// ---- cells ---------------------------------------------------------------------------

void BatchRun::grade(CellRef ref, CellResult cell)
{
    if (!m_grade) {
        cell.pass = true;
        cell.score = 1;
        finishCell(ref, cell);
        return;
    }
    QString problem;
    const Prompt prompt = casePrompt(m_inputs.at(ref.run).prompt, caseOf(ref), &problem).value_or(Prompt());
    const quint64 key = cellKey(ref);
    m_grading.insert(key, ref);
    // Graders finish from the event loop: without a pause, a fast download would keep all of them alive at once.
    if (m_grading.size() >= maxGrading && m_resultsJob)
        m_resultsJob->pauseLines();
    const QPointer<BatchRun> self(this);
    m_grade(caseOf(ref), prompt, cell, [self, key, ref](CellResult graded) {
        if (!self || !self->m_grading.remove(key))
            return;
        self->finishCell(ref, graded);
    });
}

void BatchRun::finishCell(CellRef ref, const CellResult &cell)
{
    CellResult &target = cellAt(ref);
    const HumanGrade human = target.human;
    target = cell;
    target.human = human;
    m_active.remove(cellKey(ref));
    m_progress.count(cell);
    if (m_resultsJob && m_grading.size() < resumeGradingBelow && !m_resumeQueued) {
        // Once: every further resume would let one more line through.
        m_resumeQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_resumeQueued = false;
            if (m_resultsJob)
                m_resultsJob->resumeLines();
        });
    }
    emit cellFinished(ref.run, ref.cell);
    emit progressChanged();
    finishIfDone();
}

// ---- ending ------------------------------------------------------------------------------

void BatchRun::failJob(const ApiError &error)
{
    if (error.kind == ApiErrorKind::Canceled)
        return;
    stop(error);
}

void BatchRun::stop(const ApiError &error)
{
    if (m_outcome != Outcome::Running && m_outcome != Outcome::NotStarted)
        return;
    m_outcome = Outcome::Stopped;
    m_stopError = error;
    m_pollTimer.stop();
    m_files.clear();
    m_file.reset();
    for (const QPointer<ApiJob> &job : std::as_const(m_statusJobs)) {
        if (job)
            job->cancel();
    }
    for (ApiJob *job : {static_cast<ApiJob *>(m_submitJob.data()), static_cast<ApiJob *>(m_resultsJob.data())}) {
        if (job)
            job->cancel();
    }
    // Grades in progress are dropped; those cells stay as they were (resume sends or reads them again).
    m_grading.clear();
    finishIfDone();
}

void BatchRun::finishIfDone()
{
    if (m_finishEmitted || m_outcome == Outcome::NotStarted || m_fallback)
        return;
    if (m_outcome == Outcome::Running) {
        if (!m_grading.isEmpty() || m_submitJob || m_resultsJob || !m_files.isEmpty() || m_file || m_nextToWrite < m_toSend.size()
            || m_sendAfterReading || !m_cleanupJobs.isEmpty())
            return;
        const bool allRead = std::all_of(m_batches.cbegin(), m_batches.cend(), [](const Batch &b) { return b.read; });
        if (!allRead || !m_active.isEmpty())
            return;
        m_outcome = m_canceling ? Outcome::Canceled : Outcome::Completed;
    }
    m_finishEmitted = true;
    m_pollTimer.stop();
    m_workDir.reset();
    QTimer::singleShot(0, this, &BatchRun::finished);
}

} // namespace pw
