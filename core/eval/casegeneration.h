#pragma once

#include "model/testcase.h"
#include "tools/modeltoolrun.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace pw {

// "Generate cases": the tool model is asked for realistic, varied test cases
// for a prompt's variables through structured output, and its answer is
// checked before a single case is shown.

// How many cases one request may ask for: the answer must fit the tool
// model's output budget.
constexpr int maxGeneratedCases = 50;

// The answer's JSON schema in the strict form: {"cases": [{"values": {one
// string per variable}, "ideal_output", "description"}]}.
QJsonObject generatedCasesSchema(const QStringList &variables);

// The request for count cases (1..maxGeneratedCases) of prompt's variables;
// existing cases (a few of them) are shown so the new ones differ.
CompletionRequest caseGenerationRequest(const Prompt &prompt, const QStringList &variables, int count, const TestSuite &existing);

// The cases in the tool model's answer (a Markdown code fence around it is
// tolerated), at most count of them, without ids. nullopt and *error naming
// what is wrong and where ("cases/2/values: ...") when the answer is not
// such JSON or holds no case.
std::optional<TestSuite> parseGeneratedCases(const QString &answer, const QStringList &variables, int count, QString *error);

} // namespace pw
