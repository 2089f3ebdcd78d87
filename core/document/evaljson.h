#pragma once

// Internal to pw_document: test cases and evaluation runs in the
// .promptwerk format (version 2; README, "The .promptwerk document format").

#include "documentreader.h"

#include "model/evalrun.h"
#include "model/testcase.h"

#include <QJsonArray>

namespace pw {

QJsonArray testCasesToJson(const TestSuite &cases);
QJsonArray runsToJson(const QList<EvalRun> &runs);

// Strict, like the rest of the format: a wrong type, an unknown status, a
// repeated or empty id refuse the file, naming the JSON path.
TestSuite readTestCases(Reader &reader, const QJsonObject &document);
// revisionExists: whether a run's "revision" names a revision of the document.
QList<EvalRun> readRuns(Reader &reader, const QJsonObject &document, const std::function<bool(int)> &revisionExists);

// "pending", "succeeded", "failed", "canceled", as in the file.
QString cellStatusName(CellResult::Status status);

} // namespace pw
