#pragma once

#include "model/evalrun.h"
#include "model/testcase.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QString>

#include <optional>

namespace pw {

// Writing evaluation results for other tools (see the README's "Result files").

// What a results file describes: the cases, and one run per prompt version
// (each run's cells refer to the cases by id).
struct EvalReport
{
    QString description;
    TestSuite cases;
    QList<EvalRun> runs;
    QList<Prompt> prompts; // prompts[i]: the template runs[i] ran (may be shorter: then no prompt text is written)
    QDateTime created; // when the evaluation started (UTC); names the promptfoo eval
};

// The totals the CLI prints and the files carry, per run. Cells that never
// ran (pending or canceled) count as notRun and nowhere else.
struct RunSummary
{
    int passed = 0;
    int failed = 0; // answered, but the grades failed
    int errors = 0; // no usable answer
    int notRun = 0;
    double meanScore = 0; // over passed and failed cells
    Usage usage;
    std::optional<double> costUsd; // an estimate; unset when no cell had one
    qint64 latencyP50Ms = -1; // over cells with a known latency; -1: none
    qint64 latencyP95Ms = -1;
    qint64 totalLatencyMs = 0;
};
RunSummary summarizeRun(const EvalRun &run);

enum class ResultFormat {
    PromptfooJson, // promptfoo's results file, version 3: `promptfoo import` reads it
    Csv, // one row per cell
    JUnitXml, // a testsuite per run, a testcase per case (and repeat)
};
// By the file's extension: .json, .csv, .xml; nullopt for anything else.
std::optional<ResultFormat> resultFormatForFile(const QString &path);
// Each writer streams into `out` (a large suite's results are never one
// string in memory) and returns false when a write failed; the QByteArray
// form is for small reports and tests.
bool writeResults(const EvalReport &report, ResultFormat format, QIODevice &out);
QByteArray writeResults(const EvalReport &report, ResultFormat format);

// promptfoo's OutputFile: {evalId, results: {version: 3, timestamp, results,
// prompts, stats}, config, metadata}. Cells that never ran are left out.
bool writePromptfooJson(const EvalReport &report, QIODevice &out);
// Columns: prompt, provider, case, description, repeat, one per variable,
// output, status (passed, failed, error, not run), score, reason, latency_ms,
// input_tokens, output_tokens, cost_usd_estimate, error, request_id.
bool writeResultsCsv(const EvalReport &report, QIODevice &out);
// JUnit XML for CI: <testsuites> > <testsuite> per run > <testcase> per cell,
// with <failure> when grades failed, <error> when there was no answer and
// <skipped/> when it never ran. Characters XML 1.0 forbids are dropped.
bool writeJUnitXml(const EvalReport &report, QIODevice &out);

// text without the characters XML 1.0 cannot hold (most C0 controls, lone
// surrogates, U+FFFE and U+FFFF).
QString xmlSafeText(const QString &text);

} // namespace pw
