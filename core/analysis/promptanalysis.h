#pragma once

#include "prompt/location.h"
#include "prompt/prompt.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

// What the window shows about a prompt as it is typed: its variables and
// the findings of the prompt checks (analysis/checks.h).
struct PromptAnalysis
{
    QStringList variables; // in order of first use
    QList<int> uses; // per variable: how often the prompt uses it
    // At most findingsLimit findings of checkPrompt; when there are more, one
    // Info finding ("findings-not-shown") after them says how many.
    QList<Diagnostic> findings;
};

// A list longer than this helps nobody and costs the window (list rows,
// underlines); promptwerk-cli lint lists them all.
constexpr qsizetype defaultFindingsLimit = 500;

// Safe on any thread. values: the test values; targetModel: for the prefill
// check. A blank prompt (a new document) gets no findings: it is not a
// mistake to flag, and the tools refuse it with their own message.
PromptAnalysis analysePrompt(const Prompt &prompt, const VariableValues &values, const QString &targetModel,
    qsizetype findingsLimit = defaultFindingsLimit);

} // namespace pw
