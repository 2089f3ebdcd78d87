#pragma once

// The run the eval tests send: "Say {{WORD}}" over cases case-1 ... case-N
// with WORD word1 ... wordN, so every answer of the fake server says which
// case it belongs to.

#include "model/evalrun.h"
#include "model/testcase.h"
#include "prompt/prompt.h"

#include <algorithm>

namespace pw::test {

inline Prompt wordPrompt()
{
    return {QString(), {Message::user(QStringLiteral("Say {{WORD}}"))}};
}

inline TestSuite wordCases(int count)
{
    TestSuite cases;
    for (int i = 1; i <= count; ++i) {
        TestCase testCase;
        testCase.id = QStringLiteral("case-%1").arg(i);
        testCase.vars.insert(QStringLiteral("WORD"), QStringLiteral("word%1").arg(i));
        cases.append(testCase);
    }
    return cases;
}

inline EvalRun wordRun(const QString &engine = QStringLiteral("claude"))
{
    EvalRun run;
    run.id = QStringLiteral("run-1");
    run.settings.engine = engine;
    run.settings.model = engine == QLatin1String("claude") ? QStringLiteral("claude-sonnet-5-5") : QStringLiteral("llama3.2");
    return run;
}

inline int countCells(const EvalRun &run, CellResult::Status status)
{
    return int(
        std::count_if(run.cells.cbegin(), run.cells.cend(), [&](const CellResult &cell) { return cell.status == status; }));
}

} // namespace pw::test
