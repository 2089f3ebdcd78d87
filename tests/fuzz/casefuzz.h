#pragma once

// What the case-file targets check of every import: a refusal names the
// source and keeps nothing; cases read survive a JSON Lines round trip.

#include "eval/casefiles.h"
#include "fuzzcheck.h"

inline int checkImportedCases(const pw::CaseImport &imported, QLatin1String sourceName)
{
    if (!imported.ok()) {
        FUZZ_CHECK(imported.error.startsWith(sourceName) && imported.cases.isEmpty());
        return 0;
    }
    for (qsizetype i = 0; i < imported.cases.size(); ++i)
        FUZZ_CHECK(imported.cases[i].id == QStringLiteral("case-%1").arg(i + 1));
    const pw::CaseImport back
        = pw::importCasesFromJsonLines(pw::exportCasesToJsonLines(imported.cases), QStringLiteral("x.jsonl"));
    FUZZ_CHECK(back.ok());
    FUZZ_CHECK(back.cases == imported.cases);
    return 0;
}
