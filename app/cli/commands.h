#pragma once

#include "cli.h"

namespace pw::cli {

// One function per command, each in its own file (e.g. diffcommand.cpp).
// main.cpp lists them in its command table.

int runModels(Context &context); // apicommands.cpp
int runCountTokens(Context &context); // apicommands.cpp
int runTool(Context &context); // toolcommands.cpp: generate, improve, templatize
int runLint(Context &context); // lintcommand.cpp

int runDiff(Context &context); // diffcommand.cpp
int runExport(Context &context); // exportcommand.cpp
int runPrompt(Context &context); // runcommand.cpp
int runServe(Context &context); // servecommand.cpp
int runEval(Context &context); // evalcommand.cpp
int runOptimize(Context &context); // optimizecommand.cpp

} // namespace pw::cli
