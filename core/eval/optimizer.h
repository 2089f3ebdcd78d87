#pragma once

#include "modelgrader.h"
#include "promptrun.h"
#include "runqueue.h"

#include "model/evalrun.h"
#include "model/testcase.h"
#include "model/usage.h"
#include "tools/engine.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace pw {

// Searching for a better prompt against its test cases (issue 18): the
// cases are split into a training part and a held-out part; each round the
// tool model writes candidates from the failures of the best prompt so far
// (the improve meta-prompt with that feedback), each is evaluated on the
// training part, the best is kept; finally the winner and the original are
// evaluated on the held-out part, which the search never saw.

// Below this many held-out cases, one case moves the held-out score by more
// than 10 points: the report says the comparison is only a hint.
constexpr int meaningfulHeldOutCases = 10;

struct CaseSplit
{
    TestSuite training;
    TestSuite heldOut;
    // For people, when the split is too small to mean much (empty otherwise).
    QString note;
};

// A seeded split, the same for the same cases, fraction and seed on every
// platform. The held-out part gets round(n * holdout) cases, but at least one
// when holdout > 0 and the training part keeps at least one.
CaseSplit splitCases(const TestSuite &cases, double holdout, quint32 seed);

struct OptimizerSettings
{
    ModelSettings target; // how the prompt is run (engine, target model, ...)
    int rounds = 3; // at most this many rounds of candidates
    int candidates = 3; // candidates the tool model writes per round
    double holdout = 0.3; // fraction of the cases held out (0 <= holdout < 1)
    quint32 seed = 1; // of the split
    qint64 budgetTokens = 0; // tokens of the search (tool and target models); 0: no limit
    double budgetUsd = 0; // estimated cost of the search; 0: no limit
    int concurrency = RunQueue::defaultConcurrency;
    QString toolModel; // the tool model's name, for the cost estimate of its tokens (empty: unknown)
    // What people said about outputs of a case (HumanGrade comments), by case
    // id: part of the feedback when the case fails.
    QHash<QString, QStringList> humanComments;
};

// One prompt the search tried: the original (round 0, index 0) or a candidate.
struct OptimizerCandidate
{
    int round = 0; // 0: the original
    int indexInRound = 0;
    Prompt prompt;
    // Not evaluated, and why (it drops {{NAME}}, the tool model failed, the budget ran out).
    QString discardedReason;
    double trainingScore = 0; // mean cell score on the training part, 0..1
    int trainingPassed = 0;
    int trainingTotal = 0;
    Usage usage; // tool-model tokens to write it plus target tokens to evaluate it
    double costUsd = 0; // estimated, of the tokens with a price
    bool costComplete = true; // false when some tokens had no price
    EvalRun trainingRun; // the graded cells (empty when discarded)

    bool isDiscarded() const { return !discardedReason.isEmpty(); }
    // Characters of the prompt's text: ties in score go to the shorter prompt.
    qsizetype length() const;
};

struct OptimizerRound
{
    int round = 0;
    int best = 0; // index into Optimizer::candidates() of the best prompt after this round
    double bestScore = 0; // its training score
    Usage usage; // spent up to the end of this round, all rounds together
    double costUsd = 0;
};

struct HeldOutScore
{
    double score = 0; // mean cell score, 0..1
    int passed = 0;
    int total = 0;
    EvalRun run;
};

struct OptimizerReport
{
    enum class Stop {
        NotStopped, // still running
        NoGain, // a round brought no better prompt
        AllPassed, // every training case passes: nothing left to learn from
        Rounds, // the number of rounds is done
        TokenBudget,
        CostBudget,
        Canceled, // cancel(): the best so far is the winner, without a held-out check
        Failed, // an error that concerns every request: apiError or toolError
    };

    Stop stop = Stop::NotStopped;
    QString stopMessage; // one sentence for people
    int winner = 0; // index into Optimizer::candidates(); 0: the original
    // Held-out scores (unset after a cancel or failure, or when nothing is held out).
    std::optional<HeldOutScore> originalHeldOut;
    std::optional<HeldOutScore> winnerHeldOut;
    QStringList notes; // e.g. that the held-out part is small
    Usage usage; // everything spent, held-out check included
    double costUsd = 0;
    bool costComplete = true;
    std::optional<ApiError> apiError; // Failed while running prompts
    std::optional<ToolError> toolError; // Failed while writing candidates

    // The winner scores higher than the original on the held-out part.
    bool improved() const;
};

// Where the search is, for a progress line.
struct OptimizerProgress
{
    enum class Phase { NotStarted, Baseline, Writing, Evaluating, HeldOut, Finished };
    Phase phase = Phase::NotStarted;
    int round = 0; // 0 while the original is evaluated
    int cellsDone = 0; // of the evaluation running now
    int cellsTotal = 0;
    Usage usage; // spent so far
    double costUsd = 0;
};

// The loop. Runs target-model requests through a RunQueue on targetClient and
// candidates through toolEngine's Improve (the claude and openai engines'
// tool model), grading as eval does. Both must outlive the optimizer.
class Optimizer : public QObject
{
    Q_OBJECT

public:
    Optimizer(ApiClient &targetClient, Engine &toolEngine, QObject *parent = nullptr);
    ~Optimizer() override;

    // Before start(). Without a grader, model-graded assertions fail.
    void setGraderBackends(GraderBackendFor backendFor) { m_graderFor = std::move(backendFor); }
    void setCostEstimator(CostEstimator estimator) { m_costEstimator = std::move(estimator); }

    // Starts the search for a better prompt than original over cases.
    void start(const Prompt &original, const TestSuite &cases, const OptimizerSettings &settings);
    // Stops at once; the best prompt so far is the winner (finished() follows).
    void cancel();

    bool isRunning() const;
    const OptimizerSettings &settings() const { return m_settings; }
    const CaseSplit &split() const { return m_split; }
    // Every prompt tried, in order: the original first.
    const QList<OptimizerCandidate> &candidates() const { return m_candidates; }
    const QList<OptimizerRound> &rounds() const { return m_rounds; }
    const OptimizerReport &report() const { return m_report; }
    OptimizerProgress progress() const;
    // The best prompt so far (the original until a candidate beats it).
    int best() const { return m_best; }

    // The feedback the tool model gets from a graded training run of prompt
    // (public for tests and the window's "why" view).
    QString feedbackFor(const EvalRun &run) const;

signals:
    // candidates().at(index) is final: evaluated on the training part or discarded.
    void candidateEvaluated(int round, int index);
    void roundFinished(int round);
    void progressChanged();
    void finished();

private:
    void evaluateBaseline();
    void startRound();
    void onCandidatesWritten();
    void evaluateCandidates();
    void onRoundEvaluated();
    void evaluateHeldOut(OptimizerReport::Stop stop);
    void onHeldOutEvaluated();
    void finish(OptimizerReport::Stop stop, const QString &message = QString());
    RunQueue *newQueue();
    // Adds tokens of model to what the search spent; returns their estimated cost.
    std::optional<double> addSpent(const Usage &usage, const QString &model);
    std::optional<OptimizerReport::Stop> budgetSpent() const;
    EvalRun newRun(const QString &id, const QString &label) const;
    void recordTraining(OptimizerCandidate &candidate, const EvalRun &run);

    ApiClient &m_client;
    Engine &m_toolEngine;
    GraderBackendFor m_graderFor;
    CostEstimator m_costEstimator;

    OptimizerSettings m_settings;
    CaseSplit m_split;
    QList<OptimizerCandidate> m_candidates;
    QList<OptimizerRound> m_rounds;
    OptimizerReport m_report;
    int m_best = 0;
    int m_round = 0;

    OptimizerProgress::Phase m_phase = OptimizerProgress::Phase::NotStarted;
    QPointer<RunQueue> m_queue;
    QList<int> m_queueCandidates; // candidates() index of each of m_queue's runs
    bool m_queueCounted = false; // m_queue's tokens are in m_spent already
    QList<QPointer<ToolRun>> m_writing;
    int m_roundFirst = 0; // candidates() index of this round's first candidate
    Usage m_spent;
    double m_spentUsd = 0;
    bool m_spentComplete = true;
};

} // namespace pw
