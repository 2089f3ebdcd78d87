#pragma once

#include "runqueue.h"

#include "api/batchjobs.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace pw {

class JsonLinesJob;

// The custom_id of one cell: "<run id>_<case id>_<repeat>" when that matches
// ^[a-zA-Z0-9_-]{1,64}$ and the run id has no "_", else "h" and 40 hex digits
// of a SHA-256 of the three. The same cell always gets the same id, so the
// results of a batch find their cells again after a restart.
QString batchCustomId(const QString &runId, const QString &caseId, int repeat);

// What promptwerk-cli eval --batch keeps beside its output while batches run:
// the batch ids of each run, written as soon as a batch exists, so that a
// restarted CLI reads those batches instead of sending the cases again.
// {"format": "promptwerk-batch-state", "version": 1, "runs": [{"id", "batch_ids": [...]}]}
struct BatchState
{
    struct Run
    {
        QString id;
        QStringList batchIds;
        friend bool operator==(const Run &, const Run &) = default;
    };
    QList<Run> runs;

    QByteArray toJson() const;
    // nullopt and *error naming the file and the place when it is not such a file.
    static std::optional<BatchState> fromJson(const QByteArray &data, const QString &fileName, QString *error);
    friend bool operator==(const BatchState &, const BatchState &) = default;
};

// Runs the cells of one or more evaluation runs through a batch API at half
// price: Anthropic's Message Batches (engine claude) or OpenAI's Files +
// Batches API (engine openai). A server without the OpenAI batch endpoints
// (404: Ollama, llama.cpp) falls back to a RunQueue of concurrent requests,
// with a note.
//
// - Requests are written to files in a temporary folder as the cells are
//   filled (never one string in memory), one file per batch; a batch holds
//   at most limits().maxRequests requests and limits().maxBytes bytes
//   (OpenAI: one model per batch).
// - batchCreated() comes as soon as the server gave a batch its id, and the
//   id is in the runs' batchIds: save it then. A BatchRun made with runs that
//   carry batchIds (a restarted program) polls and reads those batches first
//   and sends nothing again; cells with no result in them are sent afterwards.
// - Polls with growing intervals; batchStatusChanged() with the request counts.
// - Reads each ended batch's results as a stream of JSON lines, matched by
//   custom_id in any order; each cell is graded as its line arrives and
//   cellFinished() follows. errored and expired entries fail their cells,
//   canceled ones are Canceled, each with its error.
// - cancel() asks the server to cancel, then reads what finished.
// Once a batch's results are read, its id leaves the runs' batchIds (and on
// OpenAI its input, output and error files are deleted from the server).
class BatchRun : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxRequests = 100000;
        qint64 maxBytes = 256 * 1000 * 1000;
    };
    // The APIs' own limits: Anthropic 100,000 requests or 256 MB, OpenAI 50,000 or 200 MB.
    static Limits apiLimits(ApiProtocol protocol);

    enum class Outcome {
        NotStarted,
        Running,
        Completed, // every cell has its result (succeeded or failed)
        Canceled, // cancel() was called; what finished is kept
        Stopped, // an error stopped the run (stopError()); the batches can be resumed
    };

    // client must outlive the run.
    explicit BatchRun(ApiClient &client, QObject *parent = nullptr);
    ~BatchRun() override;

    void setGradeFunction(CellGradeFunction grade) { m_grade = std::move(grade); }
    void setCostEstimator(CostEstimator estimator) { m_costEstimator = std::move(estimator); }
    // Smaller limits than the API's (tests); unset: apiLimits().
    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const;
    // The first wait between polls, growing by half each time up to longest. Default 2 s .. 60 s.
    void setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    // For the fallback to concurrent requests.
    void setMaxConcurrency(int limit) { m_maxConcurrency = limit; }

    // As RunQueue::addRun; run.batchIds are batches to continue. Only before start().
    int addRun(const EvalRun &run, const Prompt &prompt, const TestSuite &cases, int repeats = 1);

    void start();
    // Cancels the batches at the server (and sends nothing more), then reads
    // the results of what finished before the cancel took effect.
    void cancel();

    const QList<EvalRun> &runs() const { return m_runs; }
    Outcome outcome() const { return m_outcome; }
    const std::optional<ApiError> &stopError() const { return m_stopError; }
    QString stopMessage() const;
    RunProgress progress() const { return m_progress; }
    // Batches created or continued whose results are not read completely yet.
    QStringList batchIds() const;
    // The request counts of all batches, summed.
    BatchStatus totals() const;
    // A result body is being read now.
    bool isReadingResults() const { return !m_resultsJob.isNull(); }
    // The fallback to concurrent requests was taken.
    bool fellBack() const { return m_fallback != nullptr; }

signals:
    void batchCreated(const QString &batchId);
    void batchStatusChanged(const pw::BatchStatus &status);
    void cellFinished(int runIndex, int cellIndex);
    void progressChanged();
    // Something people should know that is no error (the fallback, result lines that match no cell).
    void note(const QString &text);
    void finished();

private:
    struct CellRef
    {
        int run = 0;
        int cell = 0;
    };
    struct RunInput
    {
        Prompt prompt;
        TestSuite cases;
        QHash<QString, qsizetype> caseIndex; // case id -> position in cases
        int repeats = 1;
    };
    struct BatchFile
    {
        QString path;
        QList<CellRef> cells;
        qint64 bytes = 0;
        QString model;
    };
    struct Batch
    {
        BatchStatus status;
        QList<CellRef> cells; // empty when continued from a saved id
        QStringList filesToRead; // OpenAI: output and error file; Anthropic: results_url
        bool polling = false;
        bool read = false;
        int readAttempts = 0;
    };

    void writeSomeCells();
    bool openBatchFile(const QString &model);
    void closeBatchFile();
    QByteArray requestLine(CellRef ref, const Prompt &prompt) const;
    void submitNext();
    // After a create or upload job: true when it succeeded; else the run stops or falls back.
    bool submitSucceeded(ApiJob *job);
    void onCreated(const BatchFile &file, const BatchStatus &status);
    void poll();
    void schedulePoll();
    void onStatus(const BatchStatus &status);
    void readNextResults();
    void onResultLine(const QByteArray &line, qint64 lineNumber);
    void onResultsRead(const QString &batchId);
    void deleteServerFiles(const BatchStatus &status);
    void allBatchesRead();
    void cancelAtServer(const QString &batchId);
    void cancelUnsentCells();
    void fallBack(const ApiError &reason);
    void grade(CellRef ref, CellResult cell);
    void finishCell(CellRef ref, const CellResult &cell);
    void failJob(const ApiError &error);
    void stop(const ApiError &error);
    void finishIfDone();
    CellResult &cellAt(CellRef ref) { return m_runs[ref.run].cells[ref.cell]; }
    const TestCase &caseOf(CellRef ref) const;
    static quint64 cellKey(CellRef ref) { return quint64(ref.run) << 32 | quint32(ref.cell); }
    bool isActive(CellRef ref) const { return m_active.contains(cellKey(ref)); }

    ApiClient &m_client;
    ApiProtocol m_protocol = ApiProtocol::Anthropic;
    CellGradeFunction m_grade;
    CostEstimator m_costEstimator;
    std::optional<Limits> m_limits;
    std::chrono::milliseconds m_firstPoll {2000};
    std::chrono::milliseconds m_longestPoll {60000};
    std::chrono::milliseconds m_nextPoll {2000};
    int m_maxConcurrency = RunQueue::defaultConcurrency;

    QList<EvalRun> m_runs;
    QList<RunInput> m_inputs;
    QHash<QString, CellRef> m_byCustomId;
    QList<CellRef> m_toSend; // cells to put into new batches
    QHash<quint64, int> m_active; // cells sent or to send, not yet final (by cellKey)
    QHash<quint64, CellRef> m_grading;

    // Writing the request files.
    std::unique_ptr<QTemporaryDir> m_workDir;
    qsizetype m_nextToWrite = 0;
    std::unique_ptr<QFile> m_file;
    BatchFile m_current;
    QByteArray m_boundary;
    QList<BatchFile> m_files; // written, not yet created
    bool m_sendAfterReading = false; // continued batches first, then the cells they did not answer

    QHash<QString, Batch> m_batches;
    QStringList m_batchOrder;
    QPointer<ApiJob> m_submitJob;
    QList<QPointer<ApiJob>> m_statusJobs;
    QList<QPointer<ApiJob>> m_cleanupJobs; // OpenAI: deleting the files of batches read
    QPointer<JsonLinesJob> m_resultsJob;
    QString m_readingBatch;
    bool m_resumeQueued = false;
    QTimer m_pollTimer;
    qint64 m_unmatchedLines = 0;
    qint64 m_badLines = 0;
    QString m_firstBadLine;

    std::unique_ptr<RunQueue> m_fallback;

    Outcome m_outcome = Outcome::NotStarted;
    bool m_canceling = false;
    std::optional<ApiError> m_stopError;
    bool m_finishEmitted = false;
    RunProgress m_progress;
};

} // namespace pw

Q_DECLARE_METATYPE(pw::BatchStatus)
