#include "runqueue.h"

#include "prompt/variables.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>

#include <algorithm>

namespace pw {

namespace {

using namespace std::chrono_literals;

// Waits the queue never exceeds, whatever a header says.
constexpr std::chrono::milliseconds longestHold = 60s;
constexpr std::chrono::milliseconds defaultRateLimitWait = 1s;
// QNetworkAccessManager's connections per host for HTTP/1.1.
constexpr int connectionsPerManager = 6;

// Waiting cures it: a 429 or 529, or an overloaded_error event in the middle of a stream.
bool isRateLimited(const ApiError &error)
{
    if (error.kind == ApiErrorKind::Stream)
        return error.category() == ApiErrorCategory::Overloaded || error.category() == ApiErrorCategory::RateLimit;
    if (error.kind != ApiErrorKind::Http || error.isSpendLimit())
        return false;
    return error.httpStatus == 429 || error.httpStatus == 529;
}

// Errors that would fail every other cell the same way.
bool concernsEveryCell(const ApiError &error)
{
    switch (error.kind) {
    case ApiErrorKind::Config:
    case ApiErrorKind::InsecureUrl:
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
        return true;
    case ApiErrorKind::Http:
        return error.isSpendLimit() || error.httpStatus == 401 || error.httpStatus == 402 || error.httpStatus == 403
            || error.httpStatus == 404;
    default:
        return false;
    }
}

std::chrono::milliseconds untilReset(const RateLimit &limit)
{
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(limit.reset);
    return std::clamp(std::chrono::milliseconds(ms), 0ms, longestHold);
}

} // namespace

void RunProgress::count(const CellResult &cell)
{
    switch (cell.status) {
    case CellResult::Status::Succeeded:
        ++done;
        passed += cell.pass ? 1 : 0;
        usage += cell.usage;
        if (cell.costUsd)
            costUsd += *cell.costUsd;
        else
            costComplete = false;
        break;
    case CellResult::Status::Failed:
        ++done;
        ++failed;
        break;
    case CellResult::Status::Pending:
    case CellResult::Status::Canceled:
        break;
    }
}

RunQueue::RunQueue(ApiClient &client, QObject *parent) : QObject(parent), m_client(client)
{
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &RunQueue::dispatch);
}

RunQueue::~RunQueue()
{
    // Before the extra clients their jobs use.
    const QList<PromptRun *> running = m_inFlight.keys();
    m_inFlight.clear();
    qDeleteAll(running);
}

void RunQueue::setMaxConcurrency(int limit)
{
    m_maxConcurrency = std::clamp(limit, 1, maxConcurrencyLimit);
}

QList<int> prepareRunCells(EvalRun &run, const TestSuite &cases, int repeats)
{
    repeats = std::max(1, repeats);
    QSet<QString> caseIds;
    caseIds.reserve(cases.size());
    // The cells a resumed run has already, looked up per case and repeat.
    QSet<std::pair<QString, int>> present;
    present.reserve(run.cells.size());
    for (const CellResult &cell : std::as_const(run.cells))
        present.insert({cell.caseId, cell.repeat});
    for (const TestCase &testCase : cases) {
        caseIds.insert(testCase.id);
        for (int repeat = 0; repeat < repeats; ++repeat) {
            if (present.contains({testCase.id, repeat}))
                continue;
            CellResult cell;
            cell.caseId = testCase.id;
            cell.repeat = repeat;
            run.cells.append(cell);
        }
    }
    QList<int> toRun;
    for (int i = 0; i < run.cells.size(); ++i) {
        CellResult &cell = run.cells[i];
        if (cell.isFinished() || !caseIds.contains(cell.caseId) || cell.repeat >= repeats)
            continue;
        // Runs afresh; only the person's grade stays.
        CellResult fresh;
        fresh.caseId = cell.caseId;
        fresh.repeat = cell.repeat;
        fresh.human = cell.human;
        cell = fresh;
        toRun.append(i);
    }
    return toRun;
}

int RunQueue::addRun(const EvalRun &run, const Prompt &prompt, const TestSuite &cases, int repeats)
{
    const int runIndex = int(m_runs.size());
    EvalRun added = run;
    RunInput input {prompt, cases, {}};
    input.positions.reserve(cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i)
        input.positions.insert(cases.at(i).id, i);
    QList<CellRef> toRun;
    for (const int cell : prepareRunCells(added, cases, repeats))
        toRun.append({runIndex, cell});
    m_runs.append(added);
    m_inputs.append(input);
    m_toRun.append(toRun);
    return runIndex;
}

void RunQueue::start()
{
    if (m_outcome != Outcome::NotStarted)
        return;
    m_outcome = Outcome::Running;
    m_limit = m_maxConcurrency;
    m_requestsPerClient.insert(&m_client, 0);
    for (int connections = connectionsPerManager; connections < m_maxConcurrency; connections += connectionsPerManager) {
        m_extraClients.push_back(std::make_unique<ApiClient>(m_client.config()));
        m_requestsPerClient.insert(m_extraClients.back().get(), 0);
    }
    // Case by case across the runs, so that prompt versions advance side by side.
    for (qsizetype i = 0;; ++i) {
        bool any = false;
        for (const QList<CellRef> &cells : std::as_const(m_toRun)) {
            if (i < cells.size()) {
                m_pending.append(cells.at(i));
                any = true;
            }
        }
        if (!any)
            break;
    }
    m_progress.total = int(m_pending.size());
    m_progress.concurrency = m_limit;
    m_clock.start();
    emit progressChanged();
    QTimer::singleShot(0, this, &RunQueue::dispatch);
}

void RunQueue::cancel()
{
    if (m_outcome != Outcome::Running && m_outcome != Outcome::NotStarted)
        return;
    m_outcome = Outcome::Canceled;
    for (const CellRef ref : std::as_const(m_grading)) {
        cellAt(ref).status = CellResult::Status::Canceled;
        emit cellFinished(ref.run, ref.cell);
    }
    m_grading.clear();
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        it.key()->cancel();
    finishIfDone();
}

QString RunQueue::stopMessage() const
{
    if (!m_stopError)
        return {};
    if (m_stopError->isSpendLimit()) {
        return QCoreApplication::translate("pw::RunQueue",
            "The organisation's spend limit is reached (enforced_spend_limit_reached), so the run stopped; the finished "
            "cells are kept. Raise the limit in the console, then resume the run.");
    }
    return QCoreApplication::translate("pw::RunQueue", "The run stopped: %1").arg(m_stopError->toString());
}

RunProgress RunQueue::progress() const
{
    RunProgress progress = m_progress;
    progress.concurrency = m_limit;
    progress.inFlight = int(m_inFlight.size());
    if (progress.done > 0 && m_clock.isValid())
        progress.remainingMs = m_clock.elapsed() * (progress.total - progress.done) / progress.done;
    return progress;
}

void RunQueue::dispatch()
{
    if (m_outcome != Outcome::Running)
        return;
    if (!m_holdUntil.hasExpired()) {
        m_holdTimer.start(std::max<qint64>(1, m_holdUntil.remainingTime()));
        return;
    }
    // A cell being graded keeps its slot: a model-graded assertion is a request
    // too, and the limit is on what the run asks of the servers at once.
    while (m_inFlight.size() + m_grading.size() < m_limit && !m_pending.isEmpty() && m_outcome == Outcome::Running)
        send(m_pending.takeFirst());
    finishIfDone();
}

void RunQueue::send(CellRef ref)
{
    CellResult &cell = cellAt(ref);
    const RunInput &input = m_inputs.at(ref.run);
    const TestCase *testCase = input.find(cell.caseId);
    QString problem;
    const std::optional<Prompt> filled = testCase ? casePrompt(input.prompt, *testCase, &problem) : std::nullopt;
    if (!filled) {
        CellResult failed = cell;
        failed.status = CellResult::Status::Failed;
        failed.error = testCase
            ? problem
            : QCoreApplication::translate("pw::RunQueue", "case %1 is not among the test cases").arg(cell.caseId);
        finishCell(ref, failed);
        return;
    }
    ApiClient *client = clientForNextRequest();
    auto *run = new PromptRun(*client, *filled, m_runs.at(ref.run).settings, this);
    run->setCostEstimator(m_costEstimator);
    m_inFlight.insert(run, {ref, client});
    m_sentPrompts.insert(run, *filled);
    ++m_requestsPerClient[client];
    m_peakInFlight = std::max(m_peakInFlight, int(m_inFlight.size()));
    connect(run, &PromptRun::textReceived, this, [this, ref](const QString &delta) { emit cellText(ref.run, ref.cell, delta); });
    connect(run, &PromptRun::retryScheduled, this, &RunQueue::onRetryScheduled);
    connect(run, &PromptRun::finished, this, [this, run, ref] { onRunFinished(run, ref); });
    run->start();
    emit cellStarted(ref.run, ref.cell);
}

ApiClient *RunQueue::clientForNextRequest()
{
    ApiClient *least = &m_client;
    for (auto it = m_requestsPerClient.cbegin(); it != m_requestsPerClient.cend(); ++it) {
        if (it.value() < m_requestsPerClient.value(least))
            least = it.key();
    }
    return least;
}

void RunQueue::onRetryScheduled(const ApiError &reason, int delayMs)
{
    if (isRateLimited(reason))
        backOff(std::chrono::milliseconds(delayMs));
}

void RunQueue::onRunFinished(PromptRun *run, CellRef ref)
{
    --m_requestsPerClient[m_inFlight.take(run).client];
    const Prompt sent = m_sentPrompts.take(run);
    run->deleteLater();
    CellResult result = run->result();
    result.caseId = cellAt(ref).caseId;
    result.repeat = cellAt(ref).repeat;
    result.human = cellAt(ref).human;

    if (m_outcome == Outcome::Canceled || result.status == CellResult::Status::Canceled) {
        result.status = CellResult::Status::Canceled;
        finishCell(ref, result);
        return;
    }
    if (m_outcome == Outcome::Stopped) {
        // An answer that arrived as the run stopped is kept; anything else runs again on resume.
        if (result.status == CellResult::Status::Succeeded)
            grade(ref, sent, result);
        else
            finishCell(ref, result);
        return;
    }

    if (result.status == CellResult::Status::Succeeded) {
        const qint64 tokens = result.usage.inputTokens + result.usage.outputTokens;
        m_tokensPerCell = m_tokensPerCell <= 0 ? double(tokens) : 0.8 * m_tokensPerCell + 0.2 * double(tokens);
        holdForRateLimits(run->rateLimits());
        if (m_limit < m_maxConcurrency && m_holdUntil.hasExpired() && ++m_answeredSinceChange >= m_limit) {
            ++m_limit;
            m_answeredSinceChange = 0;
            emit pacingChanged(m_limit, 0);
        }
        grade(ref, sent, result);
        dispatch();
        return;
    }

    const ApiError error = run->error().value_or(ApiError::make(ApiErrorKind::Network, result.error));
    if (concernsEveryCell(error)) {
        finishCell(ref, result);
        stop(error);
        return;
    }
    if (isRateLimited(error) && m_requeues[cellKey(ref)]++ < maxRequeues) {
        cellAt(ref).status = CellResult::Status::Pending;
        m_pending.prepend(ref);
        backOff(run->serverRetryDelay().value_or(defaultRateLimitWait));
        dispatch();
        return;
    }
    finishCell(ref, result);
    dispatch();
}

void RunQueue::grade(CellRef ref, const Prompt &prompt, CellResult cell)
{
    if (!m_grade) {
        cell.pass = true;
        cell.score = 1;
        finishCell(ref, cell);
        return;
    }
    const quint64 key = cellKey(ref);
    m_grading.insert(key, ref);
    const TestCase *found = m_inputs.at(ref.run).find(cell.caseId);
    const TestCase testCase = found ? *found : TestCase();
    const QPointer<RunQueue> self(this);
    m_grade(testCase, prompt, cell, [self, key, ref](CellResult graded) {
        // A cancel in the meantime made the cell Canceled already.
        if (!self || !self->m_grading.remove(key))
            return;
        self->finishCell(ref, graded);
        self->dispatch();
    });
}

void RunQueue::finishCell(CellRef ref, const CellResult &cell)
{
    cellAt(ref) = cell;
    m_progress.count(cell);
    emit cellFinished(ref.run, ref.cell);
    emit progressChanged();
    finishIfDone();
}

void RunQueue::backOff(std::chrono::milliseconds wait)
{
    // One halving per episode: the other requests of the same burst only extend the wait.
    if (m_holdUntil.hasExpired()) {
        m_limit = std::max(1, m_limit / 2);
        m_answeredSinceChange = 0;
    }
    holdFor(wait);
}

void RunQueue::holdFor(std::chrono::milliseconds wait)
{
    wait = std::clamp(wait, 0ms, longestHold);
    if (m_holdUntil.hasExpired() || m_holdUntil.remainingTimeAsDuration() < wait)
        m_holdUntil.setRemainingTime(wait);
    emit pacingChanged(m_limit, m_holdUntil.remainingTime());
}

void RunQueue::holdForRateLimits(const RateLimits &limits)
{
    const qint64 inFlight = m_inFlight.size();
    if (limits.requests.remaining && limits.requests.reset.isValid() && *limits.requests.remaining <= inFlight)
        holdFor(untilReset(limits.requests));
    for (const RateLimit *tokens : {&limits.tokens, &limits.inputTokens, &limits.outputTokens}) {
        if (tokens->remaining && tokens->reset.isValid() && double(*tokens->remaining) < m_tokensPerCell * double(inFlight + 1))
            holdFor(untilReset(*tokens));
    }
}

void RunQueue::stop(const ApiError &error)
{
    if (m_outcome != Outcome::Running)
        return;
    m_outcome = Outcome::Stopped;
    m_stopError = error;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        it.key()->cancel();
    finishIfDone();
}

void RunQueue::finishIfDone()
{
    if (m_finishEmitted || m_outcome == Outcome::NotStarted || !m_inFlight.isEmpty() || !m_grading.isEmpty())
        return;
    if (m_outcome == Outcome::Running) {
        if (!m_pending.isEmpty())
            return;
        m_outcome = Outcome::Completed;
    }
    m_finishEmitted = true;
    m_holdTimer.stop();
    // Always from the event loop, never from inside start() or cancel().
    QTimer::singleShot(0, this, &RunQueue::finished);
}

} // namespace pw
