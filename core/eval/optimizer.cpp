#include "optimizer.h"

#include "graders.h"
#include "resultfiles.h"

#include "prompt/variables.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <random>

namespace pw {

namespace {

// The feedback names this many failing cases at most; the rest are counted.
constexpr int casesInFeedback = 8;
// Longer outputs are cut in the feedback: the tool model needs the gist.
constexpr qsizetype outputInFeedback = 1500;

// Different directions for the candidates of one round, so that they do not
// all make the same edit.
const char *const approaches[] = {
    "Make the smallest change that fixes the failures.",
    "Restructure the instructions where that makes the failing cases clearer.",
    "Add a short example of a correct answer, or state the exact output format.",
    "Spell out the rules the failing outputs broke, and say why they matter.",
};

qint64 tokens(const Usage &usage)
{
    return usage.inputTokens + usage.outputTokens;
}

QString cut(const QString &text, qsizetype length)
{
    return text.size() <= length ? text : text.left(length) + QStringLiteral("…");
}

struct TrainingScore
{
    double score = 0;
    int passed = 0;
    int total = 0;
};

// Cells without an answer score 0: a prompt that makes the model fail is worse.
TrainingScore scoreOf(const EvalRun &run)
{
    TrainingScore s;
    for (const CellResult &cell : run.cells) {
        ++s.total;
        if (cell.isFinished()) {
            s.score += cell.score;
            s.passed += cell.pass ? 1 : 0;
        }
    }
    if (s.total > 0)
        s.score /= s.total;
    return s;
}

bool complete(const EvalRun &run)
{
    return std::all_of(run.cells.cbegin(), run.cells.cend(), [](const CellResult &cell) {
        return cell.status == CellResult::Status::Succeeded || cell.status == CellResult::Status::Failed;
    });
}

// The variables of the original a candidate lost, as "{{A}}, {{B}}".
QString droppedVariables(const Prompt &original, const Prompt &candidate)
{
    const QStringList kept = variableNames(candidate);
    QStringList dropped;
    for (const QString &name : variableNames(original)) {
        if (!kept.contains(name))
            dropped.append(placeholder(name));
    }
    return dropped.join(QStringLiteral(", "));
}

} // namespace

CaseSplit splitCases(const TestSuite &cases, double holdout, quint32 seed)
{
    const qsizetype n = cases.size();
    qsizetype heldOut = std::llround(double(n) * std::clamp(holdout, 0.0, 1.0));
    if (holdout > 0 && heldOut == 0)
        heldOut = 1;
    heldOut = std::min(heldOut, std::max<qsizetype>(0, n - 1));

    // Fisher-Yates on mt19937's raw output: std::shuffle and the standard
    // distributions differ between libraries, the engine does not.
    QList<qsizetype> order(n);
    for (qsizetype i = 0; i < n; ++i)
        order[i] = i;
    std::mt19937 random(seed);
    for (qsizetype i = n - 1; i > 0; --i)
        std::swap(order[i], order[qsizetype(random() % quint32(i + 1))]);
    // Both parts keep the suite's order, so results read like the suite.
    std::sort(order.begin(), order.begin() + heldOut);
    std::sort(order.begin() + heldOut, order.end());

    CaseSplit split;
    for (qsizetype i = 0; i < n; ++i)
        (i < heldOut ? split.heldOut : split.training).append(cases.at(order.at(i)));
    if (holdout > 0 && split.heldOut.isEmpty()) {
        split.note = QCoreApplication::translate("pw::Optimizer",
            "With %1 case(s) nothing can be held out: the winner is not checked on cases the search did not see.")
                         .arg(n);
    } else if (holdout > 0 && split.heldOut.size() < meaningfulHeldOutCases) {
        split.note = QCoreApplication::translate("pw::Optimizer",
            "Only %1 case(s) are held out: one case moves the held-out score by %2 points, so take the "
            "comparison as a hint (%3 or more held-out cases mean more).")
                         .arg(split.heldOut.size())
                         .arg(qRound(100.0 / double(split.heldOut.size())))
                         .arg(meaningfulHeldOutCases);
    }
    return split;
}

qsizetype OptimizerCandidate::length() const
{
    qsizetype characters = prompt.system.size();
    for (const Message &message : prompt.messages)
        characters += message.text().size();
    return characters;
}

bool OptimizerReport::improved() const
{
    return winner != 0 && originalHeldOut && winnerHeldOut && winnerHeldOut->score > originalHeldOut->score;
}

Optimizer::Optimizer(ApiClient &targetClient, Engine &toolEngine, QObject *parent)
    : QObject(parent), m_client(targetClient), m_toolEngine(toolEngine)
{ }

Optimizer::~Optimizer()
{
    // Tool runs and queues use the engine's and the target's clients: end them first.
    for (const QPointer<ToolRun> &run : std::as_const(m_writing))
        delete run.data();
    delete m_queue.data();
}

bool Optimizer::isRunning() const
{
    return m_phase != OptimizerProgress::Phase::NotStarted && m_phase != OptimizerProgress::Phase::Finished;
}

OptimizerProgress Optimizer::progress() const
{
    OptimizerProgress p;
    p.phase = m_phase;
    p.round = m_round;
    p.usage = m_spent;
    p.costUsd = m_spentUsd;
    if (m_queue && !m_queueCounted) {
        const RunProgress queued = m_queue->progress();
        p.cellsDone = queued.done;
        p.cellsTotal = queued.total;
        p.usage += queued.usage;
        p.costUsd += queued.costUsd;
    }
    for (const QPointer<ToolRun> &run : m_writing) {
        if (run && !run->isFinished())
            p.usage += run->usage();
    }
    return p;
}

void Optimizer::start(const Prompt &original, const TestSuite &cases, const OptimizerSettings &settings)
{
    if (m_phase != OptimizerProgress::Phase::NotStarted)
        return;
    m_settings = settings;
    m_settings.rounds = std::max(0, m_settings.rounds);
    m_settings.candidates = std::max(1, m_settings.candidates);
    m_split = splitCases(cases, settings.holdout, settings.seed);
    if (!m_split.note.isEmpty())
        m_report.notes.append(m_split.note);
    OptimizerCandidate first;
    first.prompt = original;
    m_candidates = {first};
    evaluateBaseline();
}

void Optimizer::cancel()
{
    if (!isRunning())
        return;
    finish(OptimizerReport::Stop::Canceled);
}

RunQueue *Optimizer::newQueue()
{
    if (m_queue)
        m_queue->deleteLater();
    m_queue = new RunQueue(m_client, this);
    m_queueCounted = false;
    m_queue->setMaxConcurrency(m_settings.concurrency);
    m_queue->setCostEstimator(m_costEstimator);
    if (m_graderFor)
        m_queue->setGradeFunction(cellGraderFunction(m_graderFor, m_queue));
    else
        m_queue->setGradeFunction([](const TestCase &testCase, const Prompt &, CellResult cell, auto done) {
            gradeCell(cell, testCase);
            done(cell);
        });
    m_queueCandidates.clear();
    connect(m_queue, &RunQueue::progressChanged, this, [this] {
        // The budget is checked as the cells come in, not only between rounds.
        // Canceled from the event loop: this signal comes from inside the queue's bookkeeping.
        if (m_phase == OptimizerProgress::Phase::Evaluating && budgetSpent())
            QMetaObject::invokeMethod(m_queue, &RunQueue::cancel, Qt::QueuedConnection);
        emit progressChanged();
    });
    return m_queue;
}

EvalRun Optimizer::newRun(const QString &id, const QString &label) const
{
    EvalRun run;
    run.id = id;
    run.label = label;
    run.settings = m_settings.target;
    run.started = QDateTime::currentDateTimeUtc();
    return run;
}

std::optional<double> Optimizer::addSpent(const Usage &usage, const QString &model)
{
    m_spent += usage;
    const std::optional<double> cost = m_costEstimator && !model.isEmpty() ? m_costEstimator(model, usage, false) : std::nullopt;
    if (cost)
        m_spentUsd += *cost;
    else if (tokens(usage) > 0)
        m_spentComplete = false;
    return cost;
}

std::optional<OptimizerReport::Stop> Optimizer::budgetSpent() const
{
    const OptimizerProgress p = progress();
    if (m_settings.budgetTokens > 0 && tokens(p.usage) >= m_settings.budgetTokens)
        return OptimizerReport::Stop::TokenBudget;
    if (m_settings.budgetUsd > 0 && p.costUsd >= m_settings.budgetUsd)
        return OptimizerReport::Stop::CostBudget;
    return std::nullopt;
}

void Optimizer::recordTraining(OptimizerCandidate &candidate, const EvalRun &run)
{
    const TrainingScore s = scoreOf(run);
    candidate.trainingRun = run;
    candidate.trainingScore = s.score;
    candidate.trainingPassed = s.passed;
    candidate.trainingTotal = s.total;
    const RunSummary summary = summarizeRun(run);
    candidate.usage += summary.usage;
    if (summary.costUsd)
        candidate.costUsd += *summary.costUsd;
    for (const CellResult &cell : run.cells) {
        if (cell.isFinished() && !cell.costUsd)
            candidate.costComplete = false;
    }
    m_spent += summary.usage;
    m_spentUsd += summary.costUsd.value_or(0);
    m_spentComplete = m_spentComplete && candidate.costComplete;
}

void Optimizer::evaluateBaseline()
{
    m_phase = OptimizerProgress::Phase::Baseline;
    RunQueue *queue = newQueue();
    queue->addRun(newRun(QStringLiteral("optimize-0-0"), tr("original")), m_candidates.constFirst().prompt, m_split.training);
    m_queueCandidates = {0};
    connect(queue, &RunQueue::finished, this, [this, queue] {
        if (m_phase == OptimizerProgress::Phase::Finished)
            return;
        if (queue->outcome() == RunQueue::Outcome::Stopped) {
            m_report.apiError = queue->stopError();
            finish(OptimizerReport::Stop::Failed, queue->stopMessage());
            return;
        }
        m_queueCounted = true;
        recordTraining(m_candidates[0], queue->runs().constFirst());
        m_rounds.append({0, 0, m_candidates[0].trainingScore, m_spent, m_spentUsd});
        emit candidateEvaluated(0, 0);
        emit roundFinished(0);
        emit progressChanged();
        startRound();
    });
    queue->start();
    emit progressChanged();
}

QString Optimizer::feedbackFor(const EvalRun &run) const
{
    const TrainingScore s = scoreOf(run);
    const QStringList names = variableNames(m_candidates.isEmpty() ? Prompt() : m_candidates.constFirst().prompt);
    QStringList placeholders;
    for (const QString &name : names)
        placeholders.append(placeholder(name));
    QString text = QStringLiteral("The prompt was run on %1 test cases; %2 failed (mean score %3). Change the prompt so that "
                                  "the failing cases pass without breaking the passing ones.")
                       .arg(s.total)
                       .arg(s.total - s.passed)
                       .arg(s.score, 0, 'f', 2);
    if (!placeholders.isEmpty())
        text += QStringLiteral(" Keep every variable (%1) exactly as written.").arg(placeholders.join(QStringLiteral(", ")));
    text += QLatin1Char('\n');

    const auto findCase = [this](const QString &id) -> const TestCase * {
        for (const TestCase &testCase : m_split.training) {
            if (testCase.id == id)
                return &testCase;
        }
        return nullptr;
    };
    int shown = 0;
    int notShown = 0;
    for (const CellResult &cell : run.cells) {
        // A cell without an answer failed for reasons the prompt cannot fix.
        if (!cell.isFinished() || cell.pass)
            continue;
        if (shown == casesInFeedback) {
            ++notShown;
            continue;
        }
        ++shown;
        text += QStringLiteral("\n<failing_case id=\"%1\">\n<inputs>\n").arg(cell.caseId);
        const TestCase *testCase = findCase(cell.caseId);
        if (testCase) {
            for (auto it = testCase->vars.cbegin(); it != testCase->vars.cend(); ++it)
                text += QStringLiteral("%1: %2\n").arg(it.key(), cut(it.value(), outputInFeedback));
        }
        text += QStringLiteral("</inputs>\n");
        if (testCase && !testCase->idealOutput.isEmpty())
            text += QStringLiteral("<ideal_output>\n%1\n</ideal_output>\n").arg(cut(testCase->idealOutput, outputInFeedback));
        text += QStringLiteral("<output>\n%1\n</output>\n<failed_checks>\n").arg(cut(cell.output, outputInFeedback));
        for (const GradeResult &grade : cell.grades) {
            if (!grade.pass)
                text += QStringLiteral("- %1: %2\n").arg(grade.assertionType, grade.reason);
        }
        text += QStringLiteral("</failed_checks>\n");
        QStringList comments = m_settings.humanComments.value(cell.caseId);
        if (!cell.human.comment.isEmpty())
            comments.append(cell.human.comment);
        if (!comments.isEmpty())
            text += QStringLiteral("<reviewer_comments>\n%1\n</reviewer_comments>\n").arg(comments.join(QLatin1Char('\n')));
        text += QStringLiteral("</failing_case>\n");
    }
    if (notShown > 0)
        text += QStringLiteral("\n(%1 more failing cases are not shown.)\n").arg(notShown);
    return text;
}

void Optimizer::startRound()
{
    if (m_phase == OptimizerProgress::Phase::Finished)
        return;
    const OptimizerCandidate best = m_candidates.at(m_best); // a copy: candidates are appended below
    if (const std::optional<OptimizerReport::Stop> spent = budgetSpent()) {
        evaluateHeldOut(*spent);
        return;
    }
    if (m_round >= m_settings.rounds) {
        evaluateHeldOut(OptimizerReport::Stop::Rounds);
        return;
    }
    if (best.trainingPassed == best.trainingTotal) {
        evaluateHeldOut(OptimizerReport::Stop::AllPassed);
        return;
    }
    ++m_round;
    m_phase = OptimizerProgress::Phase::Writing;
    m_roundFirst = int(m_candidates.size());
    const QString feedback = feedbackFor(best.trainingRun);
    m_writing.clear();
    const int count = m_settings.candidates;
    for (int i = 0; i < count; ++i) {
        OptimizerCandidate candidate;
        candidate.round = m_round;
        candidate.indexInRound = i;
        m_candidates.append(candidate);

        ToolRequest request;
        request.tool = Tool::Improve;
        request.prompt = best.prompt;
        request.targetModel = m_settings.target.model;
        request.feedback = feedback;
        if (count > 1) {
            request.feedback += QStringLiteral("\nThis is candidate %1 of %2 written from this feedback. %3")
                                    .arg(i + 1)
                                    .arg(count)
                                    .arg(QLatin1String(approaches[i % std::size(approaches)]));
        }
        ToolRun *run = m_toolEngine.start(request, this);
        m_writing.append(run);
        const int index = m_roundFirst + i;
        connect(run, &ToolRun::usageChanged, this, &Optimizer::progressChanged);
        connect(run, &ToolRun::finished, this, [this, run, index] {
            run->deleteLater();
            if (m_phase != OptimizerProgress::Phase::Writing)
                return;
            OptimizerCandidate &candidate = m_candidates[index];
            candidate.usage += run->usage();
            if (const std::optional<double> cost = addSpent(run->usage(), m_settings.toolModel))
                candidate.costUsd += *cost;
            else
                candidate.costComplete = false;
            if (!run->succeeded()) {
                candidate.discardedReason = tr("The tool model did not write it: %1").arg(run->error().toString());
                if (!m_report.toolError)
                    m_report.toolError = run->error();
            } else {
                candidate.prompt = run->result().prompt;
                const QString dropped = droppedVariables(m_candidates.constFirst().prompt, candidate.prompt);
                if (!dropped.isEmpty())
                    candidate.discardedReason = tr("It drops %1 of the original.").arg(dropped);
                else if (candidate.prompt == m_candidates.at(m_best).prompt)
                    candidate.discardedReason = tr("It is the same as the best prompt so far.");
            }
            if (std::all_of(
                    m_writing.cbegin(), m_writing.cend(), [](const QPointer<ToolRun> &r) { return !r || r->isFinished(); }))
                QTimer::singleShot(0, this, &Optimizer::onCandidatesWritten);
        });
    }
    emit progressChanged();
}

void Optimizer::onCandidatesWritten()
{
    if (m_phase != OptimizerProgress::Phase::Writing)
        return;
    m_writing.clear();
    // When no candidate could be written because of the engine (a refused key,
    // no network), every further round would fail the same way.
    bool anyWritten = false;
    for (int i = m_roundFirst; i < m_candidates.size(); ++i)
        anyWritten = anyWritten || m_candidates.at(i).discardedReason.isEmpty() || !m_candidates.at(i).prompt.isEmpty();
    if (!anyWritten && m_report.toolError) {
        const ToolError::Kind kind = m_report.toolError->kind;
        if (kind == ToolError::Kind::Api || kind == ToolError::Kind::Network || kind == ToolError::Kind::InvalidInput
            || kind == ToolError::Kind::Unsupported) {
            for (int i = m_roundFirst; i < m_candidates.size(); ++i)
                emit candidateEvaluated(m_round, i);
            finish(OptimizerReport::Stop::Failed, m_report.toolError->toString());
            return;
        }
    }
    m_report.toolError.reset();
    const std::optional<OptimizerReport::Stop> spent = budgetSpent();
    for (int i = m_roundFirst; i < m_candidates.size(); ++i) {
        OptimizerCandidate &candidate = m_candidates[i];
        if (spent && !candidate.isDiscarded())
            candidate.discardedReason = tr("Not evaluated: the budget was spent.");
        if (candidate.isDiscarded())
            emit candidateEvaluated(m_round, i);
    }
    if (m_phase == OptimizerProgress::Phase::Writing)
        evaluateCandidates();
}

void Optimizer::evaluateCandidates()
{
    m_phase = OptimizerProgress::Phase::Evaluating;
    RunQueue *queue = newQueue();
    for (int i = m_roundFirst; i < m_candidates.size(); ++i) {
        const OptimizerCandidate &candidate = m_candidates.at(i);
        if (candidate.isDiscarded())
            continue;
        queue->addRun(newRun(QStringLiteral("optimize-%1-%2").arg(m_round).arg(candidate.indexInRound + 1),
                          tr("round %1, candidate %2").arg(m_round).arg(candidate.indexInRound + 1)),
            candidate.prompt, m_split.training);
        m_queueCandidates.append(i);
    }
    if (m_queueCandidates.isEmpty()) {
        onRoundEvaluated();
        return;
    }
    connect(queue, &RunQueue::finished, this, &Optimizer::onRoundEvaluated);
    queue->start();
    emit progressChanged();
}

void Optimizer::onRoundEvaluated()
{
    if (m_phase != OptimizerProgress::Phase::Evaluating)
        return;
    const RunQueue::Outcome outcome = m_queue->outcome();
    if (outcome == RunQueue::Outcome::Stopped) {
        m_report.apiError = m_queue->stopError();
        finish(OptimizerReport::Stop::Failed, m_queue->stopMessage());
        return;
    }
    const OptimizerCandidate before = m_candidates.at(m_best);
    m_queueCounted = true;
    for (qsizetype r = 0; r < m_queueCandidates.size(); ++r) {
        const int index = m_queueCandidates.at(r);
        OptimizerCandidate &candidate = m_candidates[index];
        const EvalRun &run = m_queue->runs().at(r);
        if (!complete(run)) {
            // Partly evaluated (the budget stopped the queue): its score would mislead.
            candidate.discardedReason = tr("Not evaluated: the budget was spent.");
            candidate.trainingRun = run;
            const RunSummary summary = summarizeRun(run);
            candidate.usage += summary.usage;
            m_spent += summary.usage;
            m_spentUsd += summary.costUsd.value_or(0);
        } else {
            recordTraining(candidate, run);
            const OptimizerCandidate &best = m_candidates.at(m_best);
            if (candidate.trainingScore > best.trainingScore
                || (candidate.trainingScore == best.trainingScore && candidate.length() < best.length()))
                m_best = index;
        }
    }
    for (const int index : std::as_const(m_queueCandidates))
        emit candidateEvaluated(m_round, index);
    m_rounds.append({m_round, m_best, m_candidates.at(m_best).trainingScore, m_spent, m_spentUsd});
    emit roundFinished(m_round);
    emit progressChanged();
    if (m_phase == OptimizerProgress::Phase::Finished) // canceled by a receiver
        return;
    if (const std::optional<OptimizerReport::Stop> spent = budgetSpent())
        evaluateHeldOut(*spent);
    else if (m_candidates.at(m_best).trainingScore <= before.trainingScore)
        evaluateHeldOut(OptimizerReport::Stop::NoGain);
    else
        startRound();
}

void Optimizer::evaluateHeldOut(OptimizerReport::Stop stop)
{
    m_report.stop = stop; // finish() reports it once the check is done
    if (m_split.heldOut.isEmpty()) {
        finish(stop);
        return;
    }
    m_phase = OptimizerProgress::Phase::HeldOut;
    RunQueue *queue = newQueue();
    queue->addRun(newRun(QStringLiteral("optimize-heldout-original"), tr("original, held out")), m_candidates.constFirst().prompt,
        m_split.heldOut);
    if (m_best != 0)
        queue->addRun(newRun(QStringLiteral("optimize-heldout-winner"), tr("winner, held out")), m_candidates.at(m_best).prompt,
            m_split.heldOut);
    connect(queue, &RunQueue::finished, this, &Optimizer::onHeldOutEvaluated);
    queue->start();
    emit progressChanged();
}

void Optimizer::onHeldOutEvaluated()
{
    if (m_phase != OptimizerProgress::Phase::HeldOut)
        return;
    if (m_queue->outcome() == RunQueue::Outcome::Stopped) {
        m_report.apiError = m_queue->stopError();
        finish(OptimizerReport::Stop::Failed, m_queue->stopMessage());
        return;
    }
    m_queueCounted = true;
    const auto heldOut = [this](const EvalRun &run) {
        const TrainingScore s = scoreOf(run);
        const RunSummary summary = summarizeRun(run);
        m_spent += summary.usage;
        m_spentUsd += summary.costUsd.value_or(0);
        return HeldOutScore {s.score, s.passed, s.total, run};
    };
    m_report.originalHeldOut = heldOut(m_queue->runs().at(0));
    m_report.winnerHeldOut = m_best == 0 ? m_report.originalHeldOut : heldOut(m_queue->runs().at(1));
    finish(m_report.stop);
}

void Optimizer::finish(OptimizerReport::Stop stop, const QString &message)
{
    if (m_phase == OptimizerProgress::Phase::Finished)
        return;
    const bool wasEvaluating = m_queue && m_queue->outcome() == RunQueue::Outcome::Running;
    // First, so that the runs canceled now find the search over.
    m_phase = OptimizerProgress::Phase::Finished;
    if (wasEvaluating)
        m_queue->cancel();
    for (const QPointer<ToolRun> &run : std::as_const(m_writing)) {
        if (run)
            run->cancel();
    }
    m_writing.clear();

    m_report.stop = stop;
    m_report.winner = m_best;
    m_report.usage = m_spent;
    m_report.costUsd = m_spentUsd;
    m_report.costComplete = m_spentComplete;
    if (stop == OptimizerReport::Stop::Canceled) {
        m_report.originalHeldOut.reset();
        m_report.winnerHeldOut.reset();
    }
    const double bestScore = m_candidates.at(m_best).trainingScore;
    switch (stop) {
    case OptimizerReport::Stop::NotStopped:
        break;
    case OptimizerReport::Stop::NoGain:
        m_report.stopMessage = tr("Round %1 brought no better prompt.").arg(m_round);
        break;
    case OptimizerReport::Stop::AllPassed:
        m_report.stopMessage = tr("Every training case passes: the failures the search learns from are gone.");
        break;
    case OptimizerReport::Stop::Rounds:
        m_report.stopMessage = tr("All %1 round(s) are done.").arg(m_settings.rounds);
        break;
    case OptimizerReport::Stop::TokenBudget:
        m_report.stopMessage = tr("The budget of %1 tokens is spent.").arg(m_settings.budgetTokens);
        break;
    case OptimizerReport::Stop::CostBudget:
        m_report.stopMessage = tr("The budget of $%1 is spent.").arg(m_settings.budgetUsd, 0, 'f', 2);
        break;
    case OptimizerReport::Stop::Canceled:
        m_report.stopMessage = tr("Canceled: the best prompt so far (training score %1) is the winner; it was not checked "
                                  "on the held-out cases.")
                                   .arg(bestScore, 0, 'f', 3);
        break;
    case OptimizerReport::Stop::Failed:
        m_report.stopMessage = message;
        break;
    }
    emit progressChanged();
    // Always from the event loop, never from inside start() or cancel().
    QTimer::singleShot(0, this, &Optimizer::finished);
}

} // namespace pw
