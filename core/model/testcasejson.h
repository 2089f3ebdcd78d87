#pragma once

#include "model/testcase.h"

#include <QJsonObject>

#include <optional>

namespace pw {

// The one JSON shape of a test case, wherever cases are stored: promptfoo's
// test object ({"description", "vars", "assert", "threshold", "metadata"})
// with Promptwerk's "id" and "ideal" (the ideal output) beside it. The
// document keeps its cases in it, a JSON Lines file has one per line, and a
// promptfoo YAML config's tests are read through it. Assertions carry type,
// value, threshold, weight, metric, provider and rubricPrompt. Optional fields
// are written only when set, so what is read back writes the same bytes.
QJsonObject testCaseToJson(const TestCase &testCase);

// Strict about types: a problem refuses the case, with *error as
// "PATH.key: problem" (PATH is `path`; "" for none). Values of "vars" and
// "metadata" may be texts, numbers or booleans (read as their text), as
// promptfoo allows; variable names must be usable as {{NAME}}. An assertion
// needs a type; whether Promptwerk can grade it is the graders' question.
// An absent "id" stays empty: the caller numbers or refuses it.
std::optional<TestCase> testCaseFromJson(const QJsonValue &value, const QString &path, QString *error);

// A JSON scalar as the text promptfoo makes of it: a string as it is, a
// number in its shortest form, true/false; null or absent as "". nullopt for
// an array or an object.
std::optional<QString> jsonScalarText(const QJsonValue &value);

} // namespace pw
