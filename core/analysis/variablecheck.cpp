#include "variablecheck.h"

#include "prompt/variables.h"

namespace pw {

QList<Diagnostic> droppedVariables(const Prompt &original, const Prompt &improved)
{
    const QStringList kept = variableNames(improved);
    QStringList reported;
    QList<Diagnostic> dropped;
    for (const VariableOccurrence &occurrence : scanVariables(original)) {
        if (kept.contains(occurrence.name) || reported.contains(occurrence.name))
            continue;
        reported.append(occurrence.name);
        QString where = occurrence.location.path();
        where += QStringLiteral(" at offset %1").arg(occurrence.location.offset);
        dropped.append({Severity::Warning, occurrence.location,
            QStringLiteral("the improved prompt dropped {{%1}} (in the original: %2)").arg(occurrence.name, where),
            QStringLiteral("dropped-variable")});
    }
    return dropped;
}

} // namespace pw
