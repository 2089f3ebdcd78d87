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
        const QString where = QCoreApplication::translate("pw::VariableCheck", "%1 at offset %2")
                                  .arg(occurrence.location.path())
                                  .arg(occurrence.location.offset);
        dropped.append({Severity::Warning, occurrence.location,
            QCoreApplication::translate("pw::VariableCheck", "the improved prompt dropped {{%1}} (in the original: %2)")
                .arg(occurrence.name, where),
            QStringLiteral("dropped-variable")});
    }
    return dropped;
}

} // namespace pw
