#pragma once

#include "document/promptdocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace pw::test {

// A document that uses every field, with text that needs escaping.
inline PromptDocument sampleDocument()
{
    PromptDocument document;
    document.setTargetModel(QStringLiteral("claude-opus-4-6"));

    Revision typed;
    typed.prompt.messages = {Message::user(QStringLiteral("Translate hello to German, \"please\".\n\tThanks \\o/"))};
    typed.origin = Origin::Typed;
    typed.note = QStringLiteral("first draft");
    typed.time = QDateTime(QDate(2026, 11, 1), QTime(9, 30, 0, 125), QTimeZone::utc());
    document.addRevision(typed);

    Revision templatized;
    templatized.prompt.system = QStringLiteral("You are a {{TARGET_LANGUAGE}} translator. 翻訳 ✓");
    templatized.prompt.messages = {
        Message::user(QStringLiteral("Translate {{WORD}} to {{TARGET_LANGUAGE}}")), Message::assistant(QStringLiteral("Sure:"))};
    templatized.prompt.messages[0].content.append(ContentBlock::fromText(QStringLiteral(" (second block)")));
    templatized.values = {{QStringLiteral("WORD"), QStringLiteral("hello")},
        {QStringLiteral("TARGET_LANGUAGE"), QStringLiteral("German \"Deutsch\"")}};
    templatized.origin = Origin::Templatized;
    templatized.engine = QStringLiteral("prompt-tools");
    templatized.toolModel = QStringLiteral("claude-sonnet-4-5");
    templatized.targetModel = QStringLiteral("claude-opus-4-6");
    templatized.feedback = QStringLiteral("shorter");
    // Pasted from a file with a byte order mark: Qt's reader drops a raw one at the start of a string.
    templatized.task = QStringLiteral("\ufeffa translator");
    templatized.usage = {490, 661, 12, 34};
    templatized.note = QStringLiteral("line one\nline two");
    templatized.time = QDateTime(QDate(2026, 11, 1), QTime(10, 0, 1, 999), QTimeZone::utc());
    document.addRevision(templatized);

    Revision restored = *document.revision(1);
    restored.id = 0;
    restored.origin = Origin::Restored;
    restored.restoredFrom = 1;
    restored.note = QStringLiteral("back to the draft");
    restored.time = QDateTime(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::utc());
    document.addRevision(restored);

    Prompt working = document.prompt();
    working.messages[0].content[0].text += QStringLiteral(" (edited)");
    document.setPrompt(working);
    document.setTestValues({{QStringLiteral("EMPTY"), QString()}});
    return document;
}

// sampleDocument() with a test suite and a run that use every field of version 2.
inline PromptDocument sampleEvalDocument()
{
    PromptDocument document = sampleDocument();
    TestSuite cases = document.testCases();
    TestCase second;
    second.id = QStringLiteral("case-7");
    second.description = QStringLiteral("a word with \"quotes\"");
    second.vars
        = {{QStringLiteral("WORD"), QStringLiteral("goodbye")}, {QStringLiteral("TARGET_LANGUAGE"), QStringLiteral("French")}};
    second.idealOutput = QStringLiteral("au revoir");
    Assertion contains;
    contains.type = QStringLiteral("icontains-any");
    contains.value = QJsonArray {QStringLiteral("au revoir"), QStringLiteral("adieu")};
    Assertion schema;
    schema.type = QStringLiteral("not-is-json");
    schema.value = QJsonObject {{QStringLiteral("type"), QStringLiteral("object")}};
    schema.weight = 0.5;
    schema.metric = QStringLiteral("format");
    Assertion rubric;
    rubric.type = QStringLiteral("llm-rubric");
    rubric.value = QStringLiteral("polite and short");
    rubric.threshold = 0.75;
    rubric.provider = QStringLiteral("claude-haiku-5-5");
    rubric.rubricPrompt = QStringLiteral("Grade: {{output}}");
    Assertion latency;
    latency.type = QStringLiteral("latency");
    latency.value = 1500;
    second.assertions = {contains, schema, rubric, latency};
    second.threshold = 0.6;
    second.metadata = {{QStringLiteral("source"), QStringLiteral("tickets.csv")}};
    cases.append(second);
    document.setTestCases(cases);

    EvalRun run;
    run.id = QStringLiteral("run-1");
    run.revisionId = 2;
    run.label = QStringLiteral("#2 templatized");
    run.settings
        = {QStringLiteral("claude"), QStringLiteral("claude-sonnet-4-5"), 512, 0.25, 0.875, {QStringLiteral("END")}, 2048};
    run.started = QDateTime(QDate(2026, 12, 1), QTime(7, 0, 0, 5), QTimeZone::utc());
    run.batch = true;
    run.batchIds = {QStringLiteral("msgbatch_013"), QStringLiteral("msgbatch_014")};
    CellResult answered;
    answered.caseId = QStringLiteral("case-7");
    answered.repeat = 1;
    answered.status = CellResult::Status::Succeeded;
    answered.output = QStringLiteral("Au revoir ✓\n\"adieu\"");
    answered.stopReason = QStringLiteral("end_turn");
    answered.usage = {20, 7, 3, 1};
    answered.firstTokenMs = 120;
    answered.latencyMs = 842;
    answered.requestId = QStringLiteral("req_011");
    answered.costUsd = 0.000123;
    answered.grades = {{QStringLiteral("icontains-any"), true, 1, QStringLiteral("found \"adieu\""), 1},
        {QStringLiteral("llm-rubric"), false, 1.0 / 3.0, QStringLiteral("too long"), 0.5}};
    answered.pass = true;
    answered.score = 0.7777777777777778;
    answered.human = {true, 4, QStringLiteral("good enough")};
    CellResult failed;
    failed.caseId = QStringLiteral("case-1");
    failed.status = CellResult::Status::Failed;
    failed.error = QStringLiteral("HTTP 529 overloaded_error: Overloaded (request req_9)");
    failed.requestId = QStringLiteral("req_9");
    failed.latencyMs = 0;
    CellResult pending;
    pending.caseId = QStringLiteral("case-1");
    pending.repeat = 1;
    pending.human.pass = false;
    CellResult canceled;
    canceled.caseId = QStringLiteral("case-7");
    canceled.status = CellResult::Status::Canceled;
    run.cells = {answered, failed, pending, canceled};
    document.putRun(run);

    EvalRun workingCopy;
    workingCopy.id = QStringLiteral("run-2");
    workingCopy.settings.engine = QStringLiteral("openai");
    workingCopy.settings.model = QStringLiteral("llama3.2");
    document.putRun(workingCopy);
    return document;
}

} // namespace pw::test
