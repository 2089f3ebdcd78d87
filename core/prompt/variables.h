#pragma once

#include "location.h"
#include "prompt.h"

#include <QStringList>

namespace pw {

// One {{NAME}} in a prompt. location.offset is where "{{" starts; length
// covers the braces.
struct VariableOccurrence
{
    QString name;
    Location location;
    qsizetype length = 0;
};

// A variable name is an identifier: a letter or underscore, then letters,
// digits or underscores. Templatize produces UPPER_SNAKE names.
bool isValidVariableName(QStringView name);
// Empty for a valid name; otherwise why it is not one, with the name quoted
// and escaped as in JSON (it may hold controls or a lone surrogate), for files
// that list variables by name: '"my var" is not a valid variable name (...)'.
QString variableNameProblem(QStringView name);
bool isUpperSnake(QStringView name);
// "order id" -> "ORDER_ID"; never empty, never starting with a digit.
QString toUpperSnake(QStringView words);

QString placeholder(const QString &name); // "{{NAME}}"

// Occurrences in one text; their location carries only the offset.
QList<VariableOccurrence> scanVariables(QStringView text);
// Occurrences in a whole prompt, system first, then every text block.
QList<VariableOccurrence> scanVariables(const Prompt &prompt);
// Distinct names in order of first appearance.
QStringList variableNames(const Prompt &prompt);

struct FillResult
{
    Prompt prompt;
    QStringList missing; // distinct names that had no value, in order of appearance
    bool ok() const { return missing.isEmpty(); }
};

// Replaces every {{NAME}} that has a value, in one pass: values are inserted
// verbatim and never expanded again. Names without a value stay as they are and
// are listed in missing.
FillResult fillVariables(const Prompt &prompt, const VariableValues &values);
QString fillVariables(QStringView text, const VariableValues &values, QStringList *missing = nullptr);

} // namespace pw
