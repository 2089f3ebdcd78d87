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
    templatized.task = QStringLiteral("a translator");
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

} // namespace pw::test
