#pragma once

#include "model/testcase.h"
#include "model/usage.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

// The model configuration a prompt is run with. Unset optionals are not sent.
struct ModelSettings
{
    QString engine; // an engine id from the registry
    QString model; // the target model
    int maxTokens = 1024;
    std::optional<double> temperature;
    std::optional<double> topP;
    QStringList stopSequences;
    int thinkingBudget = 0; // 0: no extended thinking

    friend bool operator==(const ModelSettings &, const ModelSettings &) = default;
};

// What one grader said about one output.
struct GradeResult
{
    QString assertionType; // as written, with "not-" when negated
    bool pass = false;
    double score = 0; // 0..1
    QString reason; // why, for people ("expected to contain \"Ada\"")
    double weight = 1.0;

    friend bool operator==(const GradeResult &, const GradeResult &) = default;
};

// A person's verdict on one output.
struct HumanGrade
{
    std::optional<bool> pass;
    int rating = 0; // 1..5; 0: not rated
    QString comment;

    bool isEmpty() const { return !pass && rating == 0 && comment.isEmpty(); }
    friend bool operator==(const HumanGrade &, const HumanGrade &) = default;
};

// One cell of a run: one test case sent once with one prompt version.
struct CellResult
{
    enum class Status {
        Pending, // not sent yet (or lost when a run was killed): runs on resume
        Succeeded, // the model answered; grades say whether it passed
        Failed, // no usable answer (API or network error): runs again on resume
        Canceled, // the run was canceled before this cell finished
    };

    QString caseId;
    int repeat = 0; // 0-based, for --repeat
    Status status = Status::Pending;

    QString output;
    QString stopReason; // end_turn, max_tokens, stop_sequence, refusal, ... (OpenAI's finish_reason mapped)
    Usage usage;
    qint64 firstTokenMs = -1; // time to first token; -1: unknown
    qint64 latencyMs = -1; // total
    QString requestId;
    std::optional<double> costUsd; // an estimate from the price table; unset when the model has no price
    QString error; // Failed: one line for people; never an API key

    QList<GradeResult> grades;
    bool pass = false; // from the grades (and the case's threshold)
    double score = 0; // weighted mean of the grades
    HumanGrade human;

    bool isFinished() const { return status == Status::Succeeded; }
    friend bool operator==(const CellResult &, const CellResult &) = default;
};

// One prompt version x the cases x one model configuration.
struct EvalRun
{
    QString id; // stable ("run-3")
    int revisionId = 0; // the prompt version, a revision of the document (0: the working copy)
    QString label; // for people: "#3 original"
    ModelSettings settings;
    QDateTime started;
    bool batch = false; // run through a batch API (half price)
    // Batches sent for this run whose results are not read yet: resuming polls
    // and reads them rather than sending their cells again.
    QStringList batchIds;
    QList<CellResult> cells;

    friend bool operator==(const EvalRun &, const EvalRun &) = default;
};

} // namespace pw
