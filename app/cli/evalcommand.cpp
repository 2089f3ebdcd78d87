// eval: prompt versions run over test cases, graded, summarised, saved.

#include "commands.h"
#include "engineoptions.h"
#include "evalsource.h"

#include "api/apiclient.h"
#include "document/atomicwrite.h"
#include "document/documentfile.h"
#include "eval/batchrun.h"
#include "eval/casefiles.h"
#include "eval/graders.h"
#include "eval/modelgrader.h"
#include "eval/prices.h"
#include "eval/resultfiles.h"
#include "eval/runqueue.h"
#include "prompt/variables.h"
#include "tools/modelbackends.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace pw::cli {

namespace {

// One prompt version: FILE or a --compare FILE2.
struct Version
{
    EvalSource source;
    int runIndex = 0;
    bool resumed = false;
};

QString formatDuration(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// "[#####-----] 45/100 · 2 failed · 12,345 tokens · ~$0.12 · 0:12 left", redrawn in place.
class ProgressBar
{
public:
    explicit ProgressBar(Context &context) : m_line(context) { }

    void update(const RunProgress &p)
    {
        if (!m_line.enabled() || p.total == 0)
            return;
        constexpr int width = 24;
        const int filled = p.done * width / p.total;
        QString line = QStringLiteral("[%1%2] %3/%4")
                           .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('-')))
                           .arg(p.done)
                           .arg(p.total);
        if (p.failed > 0)
            line += QStringLiteral(" · %1 failed").arg(p.failed);
        line += QStringLiteral(" · %1 tokens").arg(p.usage.inputTokens + p.usage.outputTokens);
        if (p.costUsd > 0)
            line += QStringLiteral(" · ~$%1").arg(p.costUsd, 0, 'f', 4);
        if (p.remainingMs >= 0 && p.done < p.total)
            line += QStringLiteral(" · %1 left").arg(formatDuration(p.remainingMs));
        m_line.show(line);
    }

    void clear() { m_line.clear(); }

private:
    StatusLine m_line;
};

void printSummary(QTextStream &out, const QString &name, const EvalRun &run)
{
    const RunSummary s = summarizeRun(run);
    out << name << " (" << run.id << ", " << run.settings.model << ")\n";
    out << "  " << s.passed << " passed, " << s.failed << " failed, " << s.errors << " errors";
    if (s.notRun > 0)
        out << ", " << s.notRun << " not run";
    out << '\n';
    if (s.passed + s.failed > 0)
        out << "  mean score " << QString::number(s.meanScore, 'f', 3) << '\n';
    out << "  tokens: " << s.usage.inputTokens << " input, " << s.usage.outputTokens << " output\n";
    out << "  estimated cost: ";
    if (s.costUsd)
        out << '$' << QString::number(*s.costUsd, 'f', 6) << " (an estimate from list prices)";
    else
        out << "unknown (no price for " << run.settings.model << ')';
    out << '\n';
    if (s.latencyP50Ms >= 0)
        out << "  latency: p50 " << s.latencyP50Ms << " ms, p95 " << s.latencyP95Ms << " ms\n";
}

// The newest saved run of the same prompt version and settings that still has
// cells to run: eval --save continues it instead of starting over.
const EvalRun *unfinishedRun(const PromptDocument &document, int revisionId, const ModelSettings &settings)
{
    for (qsizetype i = document.runs().size() - 1; i >= 0; --i) {
        const EvalRun &run = document.runs().at(i);
        if (run.revisionId != revisionId || run.settings != settings)
            continue;
        const bool complete
            = std::all_of(run.cells.cbegin(), run.cells.cend(), [](const CellResult &cell) { return cell.isFinished(); });
        return complete ? nullptr : &run;
    }
    return nullptr;
}

// Where eval --batch keeps the batch ids: beside the first output, else beside the document.
QString batchStatePath(const Options &o, const QString &file)
{
    if (!o.outputs.isEmpty())
        return o.outputs.constFirst() + QStringLiteral(".batch.json");
    return file == QLatin1String("-") ? QString() : file + QStringLiteral(".batch.json");
}

QString describeBatch(const BatchStatus &status)
{
    return QStringLiteral("batch %1: %2, %3 processing, %4 succeeded, %5 errored, %6 canceled, %7 expired")
        .arg(status.id, status.status)
        .arg(status.processing)
        .arg(status.succeeded)
        .arg(status.errored)
        .arg(status.canceled)
        .arg(status.expired);
}

RunQueue::Outcome queueOutcome(BatchRun::Outcome outcome)
{
    switch (outcome) {
    case BatchRun::Outcome::NotStarted:
        return RunQueue::Outcome::NotStarted;
    case BatchRun::Outcome::Running:
        return RunQueue::Outcome::Running;
    case BatchRun::Outcome::Completed:
        return RunQueue::Outcome::Completed;
    case BatchRun::Outcome::Canceled:
        return RunQueue::Outcome::Canceled;
    case BatchRun::Outcome::Stopped:
        break;
    }
    return RunQueue::Outcome::Stopped;
}

} // namespace

int runEval(Context &context)
{
    const Options &o = context.options;
    if (!checkConcurrency(context))
        return ExitUsage;
    if (o.repeat < 1 || o.repeat > 1000)
        return context.fail(ExitUsage, QStringLiteral("--repeat takes a number from 1 to 1000"));

    QList<Version> versions;
    for (const QString &path : QStringList {context.args.constFirst()} + o.compare) {
        std::optional<EvalSource> source = readEvalSource(context, path);
        if (!source)
            return ExitUsage;
        if (o.save && !source->document && path == context.args.constFirst())
            return context.fail(ExitUsage, QStringLiteral("%1: --save needs a .promptwerk document").arg(source->name));
        versions.append({*source, 0, false});
    }
    QList<std::pair<QString, ResultFormat>> outputs;
    for (const QString &path : o.outputs) {
        const std::optional<ResultFormat> format = resultFormatForFile(path);
        if (!format)
            return context.fail(
                ExitUsage, QStringLiteral("-o %1: choose the format by the extension: .json, .csv or .xml").arg(path));
        outputs.append({path, *format});
    }
    const std::optional<TestSuite> readCases = readEvalCases(context, versions.constFirst().source);
    if (!readCases)
        return ExitUsage;
    const TestSuite &cases = *readCases;

    // eval --batch: the state file says which batches exist; a second run without --resume would send them again.
    const QString statePath = o.batch ? batchStatePath(o, context.args.constFirst()) : QString();
    std::optional<BatchState> savedState;
    if (o.batch) {
        if (statePath.isEmpty())
            return context.fail(ExitUsage, QStringLiteral("--batch needs -o OUT or a FILE to keep its state file beside"));
        if (!o.resume && QFileInfo::exists(statePath))
            return context.fail(ExitUsage,
                QStringLiteral("%1 exists: batches of an earlier eval --batch may still be running; add --resume to read "
                               "their results, or delete the file to send everything again")
                    .arg(statePath));
        if (o.resume) {
            QFile file(statePath);
            if (!file.open(QIODevice::ReadOnly))
                return context.fail(ExitUsage, QStringLiteral("%1: nothing to resume (%2)").arg(statePath, file.errorString()));
            QString error;
            savedState = BatchState::fromJson(file.readAll(), statePath, &error);
            if (!savedState)
                return context.fail(ExitUsage, error);
            if (savedState->runs.size() != versions.size())
                return context.fail(ExitUsage,
                    QStringLiteral("%1 holds %2 runs, but %3 prompt versions are given: resume with the same FILE and --compare")
                        .arg(statePath)
                        .arg(savedState->runs.size())
                        .arg(versions.size()));
        }
    }

    int exitCode = ExitOk;
    const std::optional<EngineConfig> engine = resolveEngine(context, &exitCode);
    if (!engine)
        return exitCode;

    // Everything that would fail is found before anything is sent.
    for (const Version &version : versions) {
        if (!casesCanRun(context, version.source, cases, modelSettings(context, version.source, *engine)))
            return ExitUsage;
    }

    const auto client = std::make_shared<ApiClient>(toApiConfig(*engine));
    // One of the two runs the cells: concurrent requests, or batches at half price.
    std::optional<RunQueue> queue;
    std::optional<BatchRun> batch;
    QObject *runner = nullptr;
    if (o.batch) {
        runner = &batch.emplace(*client);
        batch->setMaxConcurrency(o.concurrency);
        const auto firstPoll = std::chrono::milliseconds(qint64(o.pollSeconds * 1000));
        batch->setPollIntervals(firstPoll, std::max(firstPoll, std::chrono::milliseconds(60000)));
    } else {
        runner = &queue.emplace(*client);
        queue->setMaxConcurrency(o.concurrency);
    }
    const auto runs = [&]() -> const QList<EvalRun> & {
        return batch ? batch->runs() : queue->runs();
    };
    const CostEstimator costs = [](const QString &model, const Usage &usage, bool isBatch) {
        return estimateCost(model, usage, isBatch);
    };
    batch ? batch->setCostEstimator(costs) : queue->setCostEstimator(costs);
    const GraderBackendFor graderFor = graderBackends(context, *engine, client);
    const CellGradeFunction grade = cellGraderFunction(graderFor, runner);
    batch ? batch->setGradeFunction(grade) : queue->setGradeFunction(grade);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    for (Version &version : versions) {
        EvalSource &source = version.source;
        EvalRun run;
        run.settings = modelSettings(context, source, *engine);
        run.started = started;
        run.label = QFileInfo(source.name).fileName();
        if (o.save && source.document) {
            run.revisionId = source.document->recordWorkingCopy();
            if (const EvalRun *unfinished = unfinishedRun(*source.document, run.revisionId, run.settings)) {
                run = *unfinished;
                version.resumed = true;
            } else {
                run.id = source.document->newRunId();
            }
        } else {
            // Batch results find their cells by run id, so each version needs its own.
            run.id = QStringLiteral("run-%1").arg(o.batch ? &version - versions.data() + 1 : 1);
        }
        if (savedState) {
            const BatchState::Run &saved = savedState->runs.at(&version - versions.data());
            run.id = saved.id;
            run.batchIds = saved.batchIds;
            version.resumed = true;
        }
        version.runIndex
            = batch ? batch->addRun(run, source.prompt, cases, o.repeat) : queue->addRun(run, source.prompt, cases, o.repeat);
    }
    for (const Version &version : versions) {
        if (version.resumed) {
            const EvalRun &run = runs().at(version.runIndex);
            context.err() << "promptwerk-cli: " << version.source.name << ": resuming " << run.id;
            if (!run.batchIds.isEmpty())
                context.err() << " (batches " << run.batchIds.join(QStringLiteral(", ")) << ')';
            context.err() << Qt::endl;
        }
    }

    ProgressBar progress(context);
    QEventLoop loop;
    if (batch) {
        // Written as soon as a batch exists, so that a crash or a kill loses no batch.
        const auto saveState = [&] {
            BatchState state;
            for (const EvalRun &run : batch->runs())
                state.runs.append({run.id, run.batchIds});
            QString error;
            if (!writeFileAtomically(statePath, state.toJson(), &error))
                context.err() << "promptwerk-cli: " << error << Qt::endl;
            for (Version &version : versions) {
                if (o.save && version.source.document) {
                    version.source.document->putRun(batch->runs().at(version.runIndex));
                    if (!saveDocumentFile(*version.source.document, version.source.path, &error))
                        context.err() << "promptwerk-cli: " << error << Qt::endl;
                }
            }
        };
        QObject::connect(&*batch, &BatchRun::batchCreated, &loop, [&](const QString &id) {
            saveState();
            progress.clear();
            context.err() << "promptwerk-cli: batch " << id << " created; its id is in " << statePath << Qt::endl;
        });
        QObject::connect(&*batch, &BatchRun::batchStatusChanged, &loop, [&](const BatchStatus &status) {
            progress.clear();
            context.err() << "promptwerk-cli: " << describeBatch(status) << Qt::endl;
        });
        QObject::connect(&*batch, &BatchRun::note, &loop, [&](const QString &note) {
            progress.clear();
            context.err() << "promptwerk-cli: " << note << Qt::endl;
        });
        QObject::connect(&*batch, &BatchRun::progressChanged, &loop, [&] { progress.update(batch->progress()); });
        QObject::connect(&*batch, &BatchRun::finished, &loop, &QEventLoop::quit);
        // An interrupt leaves the batches running at the server: --resume reads them later.
        QObject::connect(Interrupts::instance(), &Interrupts::interrupted, &loop, &QEventLoop::quit);
        if (!savedState)
            saveState();
        batch->start();
        if (o.cancelBatches)
            batch->cancel();
        if (!Interrupts::instance()->wasInterrupted())
            loop.exec();
        if (batch->outcome() == BatchRun::Outcome::Completed || batch->outcome() == BatchRun::Outcome::Canceled
            || batch->fellBack())
            QFile::remove(statePath);
        else
            saveState();
    } else {
        QObject::connect(&*queue, &RunQueue::progressChanged, &loop, [&] { progress.update(queue->progress()); });
        QObject::connect(Interrupts::instance(), &Interrupts::interrupted, &*queue, &RunQueue::cancel);
        QObject::connect(&*queue, &RunQueue::finished, &loop, &QEventLoop::quit);
        queue->start();
        if (Interrupts::instance()->wasInterrupted())
            queue->cancel();
        loop.exec();
    }
    progress.clear();

    // Whatever finished is kept, also after an interrupt or a stop.
    exitCode = ExitOk;
    EvalReport report;
    report.description = QFileInfo(versions.constFirst().source.name).fileName();
    report.cases = cases;
    report.created = started;
    for (Version &version : versions) {
        const EvalRun &run = runs().at(version.runIndex);
        if (o.save && version.source.document) {
            version.source.document->putRun(run);
            QString error;
            if (!saveDocumentFile(*version.source.document, version.source.path, &error))
                exitCode = context.fail(ExitUsage, error);
        }
        printSummary(context.out(), version.source.name, run);
        const RunSummary s = summarizeRun(run);
        if (s.failed > 0 || s.errors > 0)
            exitCode = std::max(exitCode, int(ExitFindings));
        report.runs.append(run);
        report.prompts.append(version.source.prompt);
    }
    context.out().flush();
    for (const auto &[path, format] : std::as_const(outputs)) {
        QString error;
        if (!writeFileAtomically(
                path, [&](QIODevice &file) { return writeResults(report, format, file); }, &error))
            exitCode = context.fail(ExitUsage, error);
    }

    if (batch && batch->outcome() == BatchRun::Outcome::Running)
        return context.fail(ExitInterrupted,
            QStringLiteral("interrupted; the batches keep running at the server: the same command with --resume reads "
                           "their results (%1)")
                .arg(statePath));
    const RunQueue::Outcome outcome = batch ? queueOutcome(batch->outcome()) : queue->outcome();
    const std::optional<ApiError> &stopError = batch ? batch->stopError() : queue->stopError();
    switch (outcome) {
    case RunQueue::Outcome::Canceled:
        if (o.cancelBatches) {
            context.err() << "promptwerk-cli: the batches are canceled; the cells that finished before are kept" << Qt::endl;
            return exitCode;
        }
        return context.fail(ExitInterrupted, QStringLiteral("interrupted; the finished cells are kept"));
    case RunQueue::Outcome::Stopped:
        return failWithStop(context, *stopError, batch ? batch->stopMessage() : queue->stopMessage());
    default:
        return exitCode;
    }
}

} // namespace pw::cli
