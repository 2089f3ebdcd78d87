#pragma once

#include "model/evalrun.h"
#include "model/testcase.h"

#include <QStringList>

#include <optional>

namespace pw {

// Grading an output against a test case's assertions, with promptfoo's
// assertion names and meaning (see the README's "Evaluating prompts").
//
//   equals, contains, icontains, starts-with, regex      value: a string
//   contains-any, contains-all, icontains-any/-all       value: a list, or a comma-separated string
//   is-json, contains-json                               value: optional JSON Schema (object or JSON text)
//   is-xml                                               value: optional required element paths ("root.child, root.other")
//   levenshtein                                          value: a string; threshold: the largest distance (default 5)
//   latency, cost                                        threshold (or a numeric value): ms, USD
//   llm-rubric, factuality, model-graded-closedqa        graded by a model: see modelgrader.h
//
// Any type negates with "not-". A deterministic grade scores 1 or 0.

QStringList deterministicAssertionTypes();
QStringList modelGradedAssertionTypes();
bool isModelGraded(const Assertion &assertion);

// Why an assertion cannot be graded as written: an unknown type, a value of
// the wrong kind, an invalid regular expression or schema, a missing
// threshold, a negative weight. nullopt when it is usable. Importers refuse
// such cases; gradeAssertion() fails them with this reason.
std::optional<QString> assertionProblem(const Assertion &assertion);

// Grades one assertion on a cell's output (and its latency and cost
// estimate), "not-" included. A model-graded assertion fails here with a
// reason saying that it needs a grader model; ModelGrader grades it.
GradeResult gradeAssertion(const Assertion &assertion, const CellResult &cell);

// Sets cell.pass and cell.score from cell.grades: the score is the weighted
// mean of the grades (no grades: 1); with the case's threshold the cell
// passes when the score reaches it, without one when every grade of weight
// above 0 passes. A cell that did not succeed fails with score 0.
void scoreCell(CellResult &cell, const TestCase &testCase);

// Grades every assertion of testCase on the cell (in the case's order) and
// scores it. For cases with model-graded assertions use CellGrader instead.
void gradeCell(CellResult &cell, const TestCase &testCase);

// The output read as JSON the way JSON.parse reads it: any value, not only
// objects and arrays, with nothing but whitespace around it.
std::optional<QJsonValue> parseJsonValue(const QString &text, QString *error = nullptr);

} // namespace pw
