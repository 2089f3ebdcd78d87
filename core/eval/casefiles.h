#pragma once

#include "model/testcase.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pw {

// Test cases from files written for promptfoo, and back to CSV. Every reader
// returns all the cases or refuses the file with a message naming the
// problem and its place; nothing is read in part. Cases get the ids
// "case-1", "case-2", ... in file order. See the README's "Test case files".
//
// CSV (RFC 4180, see csv.h): every column not starting with "__" is a
// variable. __expected, __expected1 .. __expectedN each hold one assertion
// written "type:value" or "type(threshold):value" ("not-" negates; no known
// type means equals with the whole cell; "grade:" is llm-rubric;
// contains-any/-all values are split at commas). __description, __threshold,
// __metric (for every assertion of the row), __metadata:KEY, and
// Promptwerk's own __ideal (the ideal output). promptfoo's __prefix and
// __suffix change the prompt rather than the case, and are refused.
//
// JSON Lines: one promptfoo test object per line: {"vars": {...},
// "assert": [{"type", "value", "threshold", "weight", "metric", "provider",
// "rubricPrompt"}], "description", "threshold", "metadata"} plus Promptwerk's
// "ideal". Blank lines are skipped.
//
// promptfoo YAML: a config's tests (an inline list, and "file://" references
// to .csv, .jsonl, .json or .yaml files next to it), with defaultTest's vars,
// asserts, threshold and metadata merged into each; or a YAML file that is a
// list of tests.

struct CaseImport
{
    TestSuite cases;
    // Empty on success. Otherwise "SOURCE:LINE:COLUMN: problem" for syntax
    // and CSV cells, or "SOURCE: PATH: problem" for a bad value in JSON or YAML.
    QString error;
    bool ok() const { return error.isEmpty(); }
};

CaseImport importCasesFromCsv(const QByteArray &data, const QString &sourceName);
CaseImport importCasesFromJsonLines(const QByteArray &data, const QString &sourceName);
// baseDirectory: where "file://" references are read from; empty refuses them.
CaseImport importCasesFromPromptfooYaml(const QByteArray &data, const QString &sourceName, const QString &baseDirectory);
// Reads the file and chooses by its extension: .csv, .jsonl, .yaml/.yml, or
// .json (a JSON array of test objects).
CaseImport readCaseFile(const QString &path);

// One __expected cell: "contains:Ada", "not-icontains(2):x", "Paris" (equals).
// nullopt with *error for a type promptfoo knows that Promptwerk cannot grade
// or an assertion that is unusable (see assertionProblem()).
std::optional<Assertion> assertionFromCsvCell(const QString &cell, QString *error);
// The other way: the cell that reads back as assertion, or nullopt when a
// cell cannot hold it (a weight, a grader model, a rubric prompt, ...).
std::optional<QString> assertionToCsvCell(const Assertion &assertion);

// The cases as CSV in the conventions above, which read back to the same
// cases (ids are renumbered). Refuses (empty result, *error naming the case)
// what a CSV cell cannot hold: a weight, a grader model or rubric prompt, a
// metric that differs between assertions of a case, a list item with a comma.
QByteArray exportCasesToCsv(const TestSuite &cases, QString *error);
// The cases as JSON Lines, which hold everything a case has.
QByteArray exportCasesToJsonLines(const TestSuite &cases);

} // namespace pw
