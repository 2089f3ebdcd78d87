#pragma once

#include "prompt/prompt.h"

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pw {

// One check on a model's output, named as promptfoo names it ("contains",
// "icontains-any", "is-json", "llm-rubric", ...). A "not-" prefix negates any
// type. See ../shared/spec/evaluate.md and the README's evaluation section.
struct Assertion
{
    QString type; // with the "not-" prefix when negated
    // The expected value: a string (contains, regex, llm-rubric's rubric), a
    // list of strings (contains-any, contains-all), a number (latency in ms,
    // cost in USD), a JSON Schema object (is-json, contains-json) or nothing.
    QJsonValue value;
    // Per type: levenshtein's maximum distance, llm-rubric's minimum score, ...
    std::optional<double> threshold;
    // A test's score is the weighted mean of its assertions; weight 0 never fails the test.
    double weight = 1.0;
    QString metric; // optional name to group scores by
    QString provider; // model-graded: the grader model, when not the default
    QString rubricPrompt; // model-graded: a custom grading prompt

    bool isNegated() const { return type.startsWith(QLatin1String("not-")); }
    // The type without "not-".
    QString baseType() const { return isNegated() ? type.mid(4) : type; }

    friend bool operator==(const Assertion &, const Assertion &) = default;
};

// A test case: values for the prompt's {{VARIABLES}}, optionally an ideal
// output, assertions and a description.
struct TestCase
{
    // Stable across edits and reorderings ("case-7"); results refer to cases by it.
    QString id;
    QString description;
    VariableValues vars;
    QString idealOutput; // empty: none
    QList<Assertion> assertions;
    // Pass when the weighted score reaches this; without it, every assertion must pass.
    std::optional<double> threshold;
    QMap<QString, QString> metadata;

    friend bool operator==(const TestCase &, const TestCase &) = default;
};

using TestSuite = QList<TestCase>;

} // namespace pw
