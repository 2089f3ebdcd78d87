#pragma once

#include "model/usage.h"
#include "prompt/prompt.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pw {

// How a revision came to be.
enum class Origin {
    Typed, // the author's own edits
    Generated, // generate from a task description
    Improved, // improve, optionally with feedback
    Templatized, // templatize: values replaced by {{VARIABLES}}
    Imported, // read from a file of another format
    Restored, // an earlier revision brought back (restoredFrom names it)
    Optimized, // a candidate of an optimization against the test suite (scores says how it did)
};

QString originName(Origin origin); // "typed", "generated", ... as in the file format
std::optional<Origin> originFromName(QStringView name);
QList<Origin> allOrigins();

// How a prompt did on a part of the test suite.
struct SuiteScore
{
    double score = 0; // the mean of the cases' weighted scores, 0..1
    int passed = 0;
    int total = 0;

    friend bool operator==(const SuiteScore &, const SuiteScore &) = default;
};

// Origin::Optimized: which candidate it was and how it scored.
struct OptimizationScores
{
    int round = 0; // from 1
    int candidate = 0; // from 1 within its round
    SuiteScore training;
    std::optional<SuiteScore> heldOut; // measured for the winner only

    friend bool operator==(const OptimizationScores &, const OptimizationScores &) = default;
};

// One entry in a document's history: a snapshot of the prompt and its test
// values, and what produced it. Revisions are never changed or deleted once
// recorded; restoring an old one records a new one.
struct Revision
{
    int id = 0; // 1, 2, 3, ... in the order recorded; 0 until recorded
    Prompt prompt;
    VariableValues values; // test values (for templatize: the values it found)
    Origin origin = Origin::Typed;
    QString engine; // an engine id of the registry (tools/engineregistry.h); empty for typed/imported
    QString toolModel; // the model that ran the tool
    QString targetModel; // the model the prompt is written for
    QString feedback; // improve
    QString task; // generate
    Usage usage;
    QDateTime time; // when it was recorded (UTC)
    QString note; // the author's note, or where an import came from
    int restoredFrom = 0; // Origin::Restored: the id of the revision brought back
    std::optional<OptimizationScores> scores; // Origin::Optimized

    friend bool operator==(const Revision &, const Revision &) = default;
};

} // namespace pw
