// optimize: search for a better prompt against the test cases, and prove the
// gain on the cases held out from the search.

#include "commands.h"
#include "engineoptions.h"
#include "evalsource.h"

#include "document/atomicwrite.h"
#include "eval/optimizer.h"
#include "eval/prices.h"
#include "exchange/exporters.h"

#include <QEventLoop>
#include <QFileInfo>

namespace pw::cli {

namespace {

qint64 tokens(const Usage &usage)
{
    return usage.inputTokens + usage.outputTokens;
}

QString score(double value)
{
    return QString::number(value, 'f', 3);
}

QString candidateName(const OptimizerCandidate &candidate)
{
    return candidate.round == 0 ? QStringLiteral("original") : QString::number(candidate.indexInRound + 1);
}

// One table per round: candidate, training score, passed, tokens; the best so far marked.
void printRound(QTextStream &out, const Optimizer &optimizer, int round)
{
    const OptimizerRound &summary = optimizer.rounds().constLast();
    out << (round == 0 ? QStringLiteral("Round 0 (the original)") : QStringLiteral("Round %1").arg(round)) << '\n';
    out << QStringLiteral("  %1  %2  %3  %4\n")
               .arg(QStringLiteral("candidate"), -10)
               .arg(QStringLiteral("training score"), -14)
               .arg(QStringLiteral("passed"), -9)
               .arg(QStringLiteral("tokens"), 9);
    const QList<OptimizerCandidate> &candidates = optimizer.candidates();
    for (int i = 0; i < candidates.size(); ++i) {
        const OptimizerCandidate &c = candidates.at(i);
        if (c.round != round)
            continue;
        const QString name = candidateName(c) + (i == summary.best ? QStringLiteral(" *") : QString());
        const bool evaluated = !c.isDiscarded();
        out << QStringLiteral("  %1  %2  %3  %4")
                   .arg(name, -10)
                   .arg(evaluated ? score(c.trainingScore) : QStringLiteral("-"), -14)
                   .arg(evaluated ? QStringLiteral("%1/%2").arg(c.trainingPassed).arg(c.trainingTotal) : QStringLiteral("-"), -9)
                   .arg(tokens(c.usage), 9);
        if (c.isDiscarded())
            out << "  discarded: " << c.discardedReason;
        out << '\n';
    }
    out << "  best so far: " << score(summary.bestScore) << " · spent " << tokens(summary.usage) << " tokens\n\n";
    out.flush();
}

void printReport(QTextStream &out, const Optimizer &optimizer)
{
    const OptimizerReport &report = optimizer.report();
    const OptimizerCandidate &winner = optimizer.candidates().at(report.winner);
    out << "Stopped: " << report.stopMessage << '\n';
    out << "Winner: "
        << (report.winner == 0 ? QStringLiteral("the original")
                               : QStringLiteral("round %1, candidate %2").arg(winner.round).arg(winner.indexInRound + 1))
        << " (training score " << score(winner.trainingScore) << ")\n";
    if (report.originalHeldOut && report.winnerHeldOut) {
        const auto line = [](const HeldOutScore &s) {
            return QStringLiteral("%1 (%2/%3 passed)").arg(score(s.score)).arg(s.passed).arg(s.total);
        };
        out << "Held out (" << report.originalHeldOut->total << " cases): original " << line(*report.originalHeldOut)
            << ", winner " << line(*report.winnerHeldOut) << '\n';
        out << (report.improved() ? "The winner beats the original on the held-out cases.\n"
                                  : "The winner does not beat the original on the held-out cases.\n");
    } else if (optimizer.split().heldOut.isEmpty()) {
        out << "Held out: no cases, so the gain is not proven.\n";
    }
    out << "Tokens: " << report.usage.inputTokens << " input, " << report.usage.outputTokens << " output"
        << " (grader models not counted)\n";
    out << "Estimated cost: ";
    if (report.costComplete)
        out << '$' << QString::number(report.costUsd, 'f', 6) << " (an estimate from list prices)\n";
    else
        out << "unknown (not every model has a price)\n";
    out.flush();
}

// What people said about outputs of each case, from the document's saved runs.
QHash<QString, QStringList> humanComments(const EvalSource &source)
{
    QHash<QString, QStringList> comments;
    if (!source.document)
        return comments;
    for (const EvalRun &run : source.document->runs()) {
        for (const CellResult &cell : run.cells) {
            if (!cell.human.comment.isEmpty() && !comments.value(cell.caseId).contains(cell.human.comment))
                comments[cell.caseId].append(cell.human.comment);
        }
    }
    return comments;
}

QString phaseText(const OptimizerProgress &p)
{
    switch (p.phase) {
    case OptimizerProgress::Phase::Baseline:
        return QStringLiteral("evaluating the original");
    case OptimizerProgress::Phase::Writing:
        return QStringLiteral("round %1: writing candidates").arg(p.round);
    case OptimizerProgress::Phase::Evaluating:
        return QStringLiteral("round %1: evaluating").arg(p.round);
    case OptimizerProgress::Phase::HeldOut:
        return QStringLiteral("checking on the held-out cases");
    case OptimizerProgress::Phase::NotStarted:
    case OptimizerProgress::Phase::Finished:
        break;
    }
    return {};
}

} // namespace

int runOptimize(Context &context)
{
    const Options &o = context.options;
    if (!checkConcurrency(context))
        return ExitUsage;
    if (o.holdout < 0 || o.holdout >= 1)
        return context.fail(ExitUsage, QStringLiteral("--holdout takes a fraction from 0 to below 1, such as 0.3"));

    const std::optional<EvalSource> source = readEvalSource(context, context.args.constFirst());
    if (!source)
        return ExitUsage;
    std::optional<ExportFormat> outputFormat;
    if (!o.output.isEmpty()) {
        const std::optional<ExportFormat> chosen
            = o.format.isEmpty() ? ExportFormat::PromptTools : exportFormatFromName(o.format);
        outputFormat = chosen ? exportFormatForFileName(o.output, *chosen) : std::nullopt;
        if (!outputFormat)
            return context.fail(ExitUsage,
                QStringLiteral("-o %1: choose the prompt format by the extension (%2) or with --format (%3)")
                    .arg(o.output, QStringLiteral(".txt, .json, .py, .ts, .sh, .jinja, .yaml"),
                        exportFormatNames().join(QStringLiteral(", "))));
    }
    const std::optional<TestSuite> cases = readEvalCases(context, *source);
    if (!cases)
        return ExitUsage;

    int exitCode = ExitOk;
    const std::optional<EngineConfig> engine = resolveEngine(context, &exitCode);
    if (!engine)
        return exitCode;
    if (!promptProtocol(engine->engine))
        return context.fail(ExitUsage,
            QStringLiteral("optimize runs the prompt, which the %1 engine cannot: choose %2")
                .arg(engine->engine, engineChoices([](const EngineInfo &info) { return info.canRunPrompts; })));
    OptimizerSettings settings;
    settings.target = modelSettings(context, *source, *engine);
    if (!casesCanRun(context, *source, *cases, settings.target))
        return ExitUsage;
    settings.rounds = o.rounds;
    settings.candidates = o.candidates;
    settings.holdout = o.holdout;
    settings.seed = o.seed;
    settings.budgetTokens = o.budgetTokens;
    settings.concurrency = o.concurrency;
    settings.toolModel = engine->toolModel.isEmpty() ? findEngine(engine->engine)->defaultToolModel : engine->toolModel;
    settings.humanComments = humanComments(*source);

    QString error;
    const std::unique_ptr<Engine> toolEngine = createEngine(*engine, &error);
    if (!toolEngine)
        return context.fail(ExitUsage, error);
    const auto client = std::make_shared<ApiClient>(toApiConfig(*engine));
    Optimizer optimizer(*client, *toolEngine);
    optimizer.setGraderBackends(graderBackends(context, *engine, client));
    optimizer.setCostEstimator(
        [](const QString &model, const Usage &usage, bool isBatch) { return estimateCost(model, usage, isBatch); });

    StatusLine status(context);
    QEventLoop loop;
    QObject::connect(&optimizer, &Optimizer::roundFinished, &loop, [&](int round) {
        status.clear();
        printRound(context.out(), optimizer, round);
    });
    QObject::connect(&optimizer, &Optimizer::progressChanged, &loop, [&] {
        const OptimizerProgress p = optimizer.progress();
        QString line = phaseText(p);
        if (line.isEmpty())
            return;
        if (p.cellsTotal > 0)
            line += QStringLiteral(" %1/%2").arg(p.cellsDone).arg(p.cellsTotal);
        status.show(line + QStringLiteral(" · %1 tokens").arg(tokens(p.usage)));
    });
    QObject::connect(Interrupts::instance(), &Interrupts::interrupted, &optimizer, &Optimizer::cancel);
    QObject::connect(&optimizer, &Optimizer::finished, &loop, &QEventLoop::quit);
    optimizer.start(source->prompt, *cases, settings);
    context.out() << "Training on " << optimizer.split().training.size() << " cases, " << optimizer.split().heldOut.size()
                  << " held out (seed " << o.seed << ")\n\n";
    context.out().flush();
    for (const QString &note : optimizer.report().notes)
        context.err() << "promptwerk-cli: note: " << note << Qt::endl;
    if (Interrupts::instance()->wasInterrupted())
        optimizer.cancel();
    loop.exec();
    status.clear();

    const OptimizerReport &report = optimizer.report();
    if (report.stop == OptimizerReport::Stop::Failed) {
        if (report.apiError)
            return failWithStop(context, *report.apiError, report.stopMessage);
        if (report.toolError)
            return failWith(context, *report.toolError);
        return context.fail(ExitApi, report.stopMessage);
    }
    printReport(context.out(), optimizer);

    if (outputFormat) {
        ExportSource winner;
        winner.prompt = optimizer.candidates().at(report.winner).prompt;
        winner.testValues = cases->constFirst().vars;
        winner.targetModel = settings.target.model;
        const ExportResult exported = exportPrompt(winner, *outputFormat);
        if (!exported.ok())
            return context.fail(ExitUsage, QStringLiteral("-o %1: %2").arg(o.output, exported.error));
        if (!writeFileAtomically(o.output, exported.text.toUtf8(), &error))
            return context.fail(ExitUsage, error);
        context.err() << "promptwerk-cli: the winning prompt is in " << o.output << Qt::endl;
    }
    if (report.stop == OptimizerReport::Stop::Canceled)
        return context.fail(ExitInterrupted, QStringLiteral("interrupted; the best prompt so far is the winner"));
    return report.improved() ? ExitOk : ExitNoGain;
}

} // namespace pw::cli
