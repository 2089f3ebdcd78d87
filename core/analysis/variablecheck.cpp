#include "variablecheck.h"

#include "prompt/variables.h"

#include <QCoreApplication>
#include <QSet>

namespace pw {

QList<Diagnostic> droppedVariables(const Prompt &original, const Prompt &improved)
{
    QSet<QString> seen; // in the improved prompt, then also the ones already reported
    for (const VariableOccurrence &occurrence : scanVariables(improved))
        seen.insert(occurrence.name);
    QList<Diagnostic> dropped;
    for (const VariableOccurrence &occurrence : scanVariables(original)) {
        if (seen.contains(occurrence.name))
            continue;
        seen.insert(occurrence.name);
        // The place is the diagnostic's location (the window and the CLI say it their way), not part of the text.
        dropped.append({Severity::Warning, occurrence.location,
            QCoreApplication::translate("pw::VariableCheck", "the improved prompt dropped {{%1}}").arg(occurrence.name),
            QStringLiteral("dropped-variable")});
    }
    return dropped;
}

} // namespace pw
