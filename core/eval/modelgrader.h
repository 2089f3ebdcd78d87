#pragma once

#include "runqueue.h"

#include "model/evalrun.h"
#include "model/testcase.h"

#include "tools/modeltoolrun.h"

#include <QObject>

#include <functional>
#include <memory>

namespace pw {

// Model-graded assertions: llm-rubric (the value is the rubric),
// factuality (the value, or else the case's ideal output, is the reference
// answer) and model-graded-closedqa (the value is the criterion). A grader
// model answers through structured output with {pass, score, reason}; the
// verdict is validated, never read out of free text. The request goes
// through the same ModelBackend as the tools (claude: the Messages API with
// output_config.format; openai: response_format json_schema).

// The verdict's JSON schema: pass (boolean), score (number), reason (string).
QJsonObject verdictSchema();

// What the grader model is sent for one assertion on one output.
// promptText: the filled prompt the output answers (for factuality and
// closedqa's <question>); may be empty. nullopt with *error when the
// assertion cannot be graded (factuality without any reference).
std::optional<CompletionRequest> gradingRequest(
    const Assertion &assertion, const TestCase &testCase, const QString &output, const QString &promptText, QString *error);

// The grade from the grader's answer: pass when the verdict passes and its
// score reaches the assertion's threshold (if any); "not-" flips pass and
// takes 1 - score. nullopt with *error naming what is wrong with the verdict.
std::optional<GradeResult> gradeFromVerdict(const Assertion &assertion, const QString &answer, QString *error);

// Grades one model-graded assertion asynchronously. Always ends with one
// finished(); grade() then holds the result: a failed grade with the reason
// when the grader could not answer (error() tells why).
class ModelGrader : public QObject
{
    Q_OBJECT

public:
    ModelGrader(const Assertion &assertion, const TestCase &testCase, const QString &output, const QString &promptText,
        std::shared_ptr<ModelBackend> backend, QObject *parent = nullptr);

    void start();
    void cancel();

    const GradeResult &grade() const { return m_grade; }
    const std::optional<ToolError> &error() const { return m_error; }
    const Usage &usage() const { return m_usage; } // the grader model's tokens

signals:
    void finished();

private:
    void onCallFinished();
    void fail(const QString &reason);
    void finish();

    Assertion m_assertion;
    TestCase m_testCase;
    QString m_output;
    QString m_promptText;
    std::shared_ptr<ModelBackend> m_backend;
    CompletionCall *m_call = nullptr;
    GradeResult m_grade;
    std::optional<ToolError> m_error;
    Usage m_usage;
    bool m_finished = false;
};

// The grader model for an assertion: called with Assertion::provider (empty:
// the default grader model); returns nullptr when there is none to use.
using GraderBackendFor = std::function<std::shared_ptr<ModelBackend>(const QString &provider)>;

// Grades a whole cell, for the run queue: deterministic assertions at once,
// model-graded ones concurrently through ModelGrader, then the score
// (scoreCell). Grades keep the order of the case's assertions. Always ends
// with one finished(), also for a cell that did not succeed (no grades) and
// after cancel() (the grades not yet given fail as canceled).
class CellGrader : public QObject
{
    Q_OBJECT

public:
    CellGrader(CellResult cell, TestCase testCase, GraderBackendFor backendFor, const QString &promptText = QString(),
        QObject *parent = nullptr);

    void start();
    void cancel();

    const CellResult &cell() const { return m_cell; }
    // The first grader call that failed (API or network error), if any.
    const std::optional<ToolError> &graderError() const { return m_graderError; }
    const Usage &graderUsage() const { return m_graderUsage; }

signals:
    void finished();

private:
    void onGraderFinished(ModelGrader *grader, qsizetype index);
    void finishIfDone();

    CellResult m_cell;
    TestCase m_testCase;
    GraderBackendFor m_backendFor;
    QString m_promptText;
    QList<ModelGrader *> m_pending;
    std::optional<ToolError> m_graderError;
    Usage m_graderUsage;
    bool m_started = false;
    bool m_finished = false;
};

// The filled prompt as one text, for graders that quote the question.
QString promptTextForGrading(const Prompt &prompt);

// The run queue's grade function (RunQueue::setGradeFunction): every cell
// through a CellGrader owned by parent, with the grader models of backendFor.
// The window and the CLI grade the same way.
CellGradeFunction cellGraderFunction(GraderBackendFor backendFor, QObject *parent);

} // namespace pw
