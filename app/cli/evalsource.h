#pragma once

#include "cli.h"

#include "api/apiclient.h"
#include "document/promptdocument.h"
#include "eval/modelgrader.h"
#include "model/evalrun.h"
#include "model/testcase.h"
#include "tools/engine.h"

#include <memory>
#include <optional>

namespace pw::cli {

// What run and eval read from FILE: a .promptwerk document (its working
// copy, test cases and target model) or any importable prompt file (its
// test values, if it has any, become one case).
struct EvalSource
{
    QString path;
    QString name; // for messages
    Prompt prompt;
    TestSuite cases;
    QString targetModel;
    std::optional<PromptDocument> document;
};

// On failure prints what is wrong and where, and returns nullopt (exit 2).
std::optional<EvalSource> readEvalSource(Context &context, const QString &path);

// The model settings of --target-model (else the file's target model, else
// the engine's model), --max-tokens, --temperature, --top-p, --stop and
// --thinking-budget.
ModelSettings modelSettings(const Context &context, const EvalSource &source, const EngineConfig &engine);

// Prints every problem runSettingsProblems() finds and returns true when there was one.
bool reportSettingsProblems(Context &context, const Prompt &filled, const ModelSettings &settings);

// False, after saying so, when --concurrency is above what a run queue takes.
bool checkConcurrency(Context &context);

// The test cases of eval and optimize: those of --cases, else the source's,
// each assertion usable. On failure prints what is wrong and where, and returns nullopt.
std::optional<TestSuite> readEvalCases(Context &context, const EvalSource &source);

// Whether every case fills the prompt and the filled prompts can be sent with
// settings; prints the first problem when not (nothing is sent then).
bool casesCanRun(Context &context, const EvalSource &source, const TestSuite &cases, const ModelSettings &settings);

// The grader models of model-graded assertions on the engine's connection:
// --grader-model, else the engine's default grader model.
GraderBackendFor graderBackends(const Context &context, const EngineConfig &engine, const std::shared_ptr<ApiClient> &client);

// After a run queue stopped for an error: prints message, returns the exit
// code (4 network, 2 configuration, else 3).
int failWithStop(Context &context, const ApiError &error, const QString &message);

} // namespace pw::cli
