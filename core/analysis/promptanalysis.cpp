#include "promptanalysis.h"

#include "checks.h"

#include "prompt/variables.h"

#include <QCoreApplication>
#include <QHash>

namespace pw {

PromptAnalysis analysePrompt(
    const Prompt &prompt, const VariableValues &values, const QString &targetModel, qsizetype findingsLimit)
{
    PromptAnalysis analysis;
    QHash<QString, qsizetype> indexOfName;
    for (const VariableOccurrence &occurrence : scanVariables(prompt)) {
        const auto known = indexOfName.constFind(occurrence.name);
        if (known == indexOfName.constEnd()) {
            indexOfName.insert(occurrence.name, analysis.variables.size());
            analysis.variables.append(occurrence.name);
            analysis.uses.append(1);
        } else {
            ++analysis.uses[*known];
        }
    }
    if (prompt.isEmpty())
        return analysis;
    CheckOptions options;
    options.targetModel = targetModel;
    options.testValues = &values;
    analysis.findings = checkPrompt(prompt, options);
    if (analysis.findings.size() > findingsLimit) {
        const int hidden = int(analysis.findings.size() - findingsLimit);
        analysis.findings.resize(findingsLimit);
        analysis.findings.append({Severity::Info, Location::prompt(),
            QCoreApplication::translate(
                "pw::PromptAnalysis", "%n more finding(s) not shown; promptwerk-cli lint lists them all.", nullptr, hidden),
            QStringLiteral("findings-not-shown")});
    }
    return analysis;
}

} // namespace pw
