#include "prompttext.h"

#include "analysis/localtemplatizer.h"
#include "analysis/templateverifier.h"
#include "prompt/variables.h"

#include <QTest>

using namespace pw;
using pw::test::diagnosticCodes;
using pw::test::promptFromText;

namespace {

VariableValues values(std::initializer_list<std::pair<const char16_t *, const char16_t *>> pairs)
{
    VariableValues result;
    for (const auto &[name, value] : pairs)
        result.insert(QString::fromUtf16(name), QString::fromUtf16(value));
    return result;
}

QStringList texts(const QList<Diagnostic> &diagnostics)
{
    QStringList result;
    for (const Diagnostic &d : diagnostics)
        result.append(d.toString());
    return result;
}

// Prompts for the property tests: realistic sentences with values in them.
Prompt randomPrompt(quint32 &state)
{
    static const QStringList sentences {
        QStringLiteral("Translate \"Good morning\" into French."),
        QStringLiteral("The product \"Acme Hub\" costs $40 and Acme Hub ships in 3 days."),
        QStringLiteral("<document>\nQuarterly numbers: 12% up.\n</document>"),
        QStringLiteral("Reply to jane@example.com about order #48213 by 2026-11-22."),
        QStringLiteral("```python\nprint('hi')\n```"),
        QStringLiteral("Read https://example.com/a and https://example.com/b."),
        QStringLiteral("Keep it under 200 words, in 5 bullet points."),
        QStringLiteral("Hello {{NAME}}, your ticket 7731 is open."),
        QStringLiteral("製品「アクメ」について500字で書いてください。"),
        QStringLiteral("and and and the the "),
        QStringLiteral(" a < b, {x} "),
        QStringLiteral("Meeting on 22 Nov 2026 at 10:30, then again on 22 Nov 2026."),
        QStringLiteral("\"a\", \"b\" or \"c\""),
    };
    const auto next = [&](quint32 bound) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state % bound;
    };
    const auto text = [&] {
        QStringList parts;
        const quint32 count = 1 + next(4);
        for (quint32 i = 0; i < count; ++i)
            parts.append(sentences[next(quint32(sentences.size()))]);
        return parts.join(next(2) ? QStringLiteral(" ") : QStringLiteral("\n"));
    };
    Prompt prompt;
    if (next(2))
        prompt.system = text();
    const quint32 messages = 1 + next(3);
    for (quint32 m = 0; m < messages; ++m)
        prompt.messages.append(m % 2 ? Message::assistant(text()) : Message::user(text()));
    return prompt;
}

} // namespace

class TestTemplateVerifier : public QObject
{
    Q_OBJECT

private slots:
    void correctValuesPass();
    void wrongValueIsRecomputed();
    void missingValueIsRecomputed();
    void repeatedVariableGetsOneValue();
    void repeatedVariableWithTwoValuesIsRejected();
    void backtracksOverRepeatedSegments();
    void differingLiteralIsRejected();
    void differingLiteralReports_data();
    void differingLiteralReports();
    void structureMustMatch_data();
    void structureMustMatch();
    void lowerCaseNamesAreRenamed();
    void renamingAvoidsClashes();
    void originalsOwnVariablesStay();
    void unusedValuesAreNotedAndRemoved();
    void adjacentPlaceholdersFinishQuickly();
    void thousandsOfPlaceholders();
    void localTemplatesVerify();
    void corruptedValuesAreRecomputed();
};

void TestTemplateVerifier::correctValuesPass()
{
    const Prompt original = promptFromText(u"Look up order 123 for jane@example.com.");
    const Prompt templ = promptFromText(u"Look up order {{ORDER_ID}} for {{EMAIL}}.");
    const VariableValues given = values({{u"ORDER_ID", u"123"}, {u"EMAIL", u"jane@example.com"}});
    const VerifiedTemplate verified = verifyTemplate(original, templ, given);
    QVERIFY(verified.ok);
    QCOMPARE(verified.values, given);
    QCOMPARE(verified.templ, templ);
    QVERIFY(verified.notes.isEmpty());
    QVERIFY(verified.errors.isEmpty());
}

void TestTemplateVerifier::wrongValueIsRecomputed()
{
    const Prompt original = promptFromText(u"Look up order 123 for jane@example.com.");
    const Prompt templ = promptFromText(u"Look up order {{ORDER_ID}} for {{EMAIL}}.");
    const VerifiedTemplate verified
        = verifyTemplate(original, templ, values({{u"ORDER_ID", u"12"}, {u"EMAIL", u"jane@example.com"}}));
    QVERIFY(verified.ok);
    QCOMPARE(verified.values, values({{u"ORDER_ID", u"123"}, {u"EMAIL", u"jane@example.com"}}));
    QCOMPARE(verified.templ, templ);
    QCOMPARE(verified.notes.size(), 1);
    QCOMPARE(verified.notes[0].severity, Severity::Info);
    QCOMPARE(verified.notes[0].code, QStringLiteral("recomputed-value"));
    QCOMPARE(verified.notes[0].message, QStringLiteral("variable_values recomputed: ORDER_ID was \"12\", the text says \"123\""));
    QVERIFY(verified.errors.isEmpty());
}

void TestTemplateVerifier::missingValueIsRecomputed()
{
    const Prompt original = promptFromText(u"[system]\nYou are a French tutor.\n[user]\nCorrect my French.");
    const Prompt templ = promptFromText(u"[system]\nYou are a {{LANGUAGE}} tutor.\n[user]\nCorrect my {{LANGUAGE}}.");
    const VerifiedTemplate verified = verifyTemplate(original, templ, {});
    QVERIFY(verified.ok);
    QCOMPARE(verified.values, values({{u"LANGUAGE", u"French"}}));
    QCOMPARE(texts(verified.notes),
        QStringList {QStringLiteral("prompt: variable_values recomputed: LANGUAGE was missing, the text says \"French\"")});
}

void TestTemplateVerifier::repeatedVariableGetsOneValue()
{
    const Prompt original = promptFromText(u"Dear Ann, thank you. Best wishes to Ann and the team.");
    const Prompt templ = promptFromText(u"Dear {{NAME}}, thank you. Best wishes to {{NAME}} and the team.");
    const VerifiedTemplate verified = verifyTemplate(original, templ, values({{u"NAME", u"Anne"}}));
    QVERIFY(verified.ok);
    QCOMPARE(verified.values, values({{u"NAME", u"Ann"}}));
    QCOMPARE(fillVariables(verified.templ, verified.values).prompt, original);
}

void TestTemplateVerifier::repeatedVariableWithTwoValuesIsRejected()
{
    const Prompt original = promptFromText(u"Dear Ann, greetings to Bob.");
    const Prompt templ = promptFromText(u"Dear {{NAME}}, greetings to {{NAME}}.");
    const VerifiedTemplate verified = verifyTemplate(original, templ, values({{u"NAME", u"Ann"}}));
    QVERIFY(!verified.ok);
    QCOMPARE(verified.errors.size(), 1);
    QCOMPARE(verified.errors[0].location, Location::ofMessage(0, 0, 23));
    QCOMPARE(
        verified.errors[0].message, QStringLiteral("{{NAME}} stands for \"Ann\" elsewhere, but the original says \"Bob.\" here"));
}

void TestTemplateVerifier::backtracksOverRepeatedSegments()
{
    // The first choice X = "a" fails at the end; only X = "a-b", Y = "c" reads as the original.
    const Prompt original = promptFromText(u"a-b-c-a-b");
    const Prompt templ = promptFromText(u"{{X}}-{{Y}}-{{X}}");
    const VerifiedTemplate verified = verifyTemplate(original, templ, {});
    QVERIFY(verified.ok);
    QCOMPARE(verified.values, values({{u"X", u"a-b"}, {u"Y", u"c"}}));

    // Literal text that repeats inside a value.
    const Prompt original2 = promptFromText(u"Summarise: and then and then and end.");
    const Prompt templ2 = promptFromText(u"Summarise: {{A}} and {{B}} and end.");
    const VerifiedTemplate verified2 = verifyTemplate(original2, templ2, {});
    QVERIFY(verified2.ok);
    QCOMPARE(fillVariables(verified2.templ, verified2.values).prompt, original2);
    QCOMPARE(verified2.values, values({{u"A", u"and then"}, {u"B", u"then"}}));
}

void TestTemplateVerifier::differingLiteralIsRejected()
{
    const Prompt original = promptFromText(u"[system]\nBe brief.\n[user]\nPlease summarise a report about cats.");
    const Prompt copy = original;
    const Prompt templ = promptFromText(u"[system]\nBe brief.\n[user]\nPlease summarise the report about {{TOPIC}}.");
    const VariableValues given = values({{u"TOPIC", u"cats"}});
    const VerifiedTemplate verified = verifyTemplate(original, templ, given);
    QVERIFY(!verified.ok);
    QCOMPARE(original, copy);
    QCOMPARE(verified.templ, templ);
    QCOMPARE(verified.values, given);
    QCOMPARE(verified.errors.size(), 1);
    const Diagnostic &e = verified.errors[0];
    QCOMPARE(e.severity, Severity::Error);
    QCOMPARE(e.code, QStringLiteral("template-mismatch"));
    QCOMPARE(e.location, Location::ofMessage(0, 0, 17));
    QCOMPARE(e.toString(),
        QStringLiteral("messages[0].content[0] at offset 17: the template says \"the\" where the original says \"a\""));
}

void TestTemplateVerifier::differingLiteralReports_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("templ");
    QTest::addColumn<QString>("error");

    QTest::newRow("word in the middle of a word")
        << QStringLiteral("Use the colour red.") << QStringLiteral("Use the color {{C}}.")
        << QStringLiteral("messages[0].content[0] at offset 8: the template says "
                          "\"color\" where the original says \"colour\"");
    QTest::newRow("closing text differs") << QStringLiteral("Summarise X in the style of Poe.")
                                          << QStringLiteral("Summarise {{DOC}} in the style of Shakespeare.")
                                          << QStringLiteral("messages[0].content[0] at offset 28: the template says "
                                                            "\"Shakespeare.\" where the original says \"Poe.\"");
    QTest::newRow("template ends early") << QStringLiteral("Hello world, again") << QStringLiteral("Hello world")
                                         << QStringLiteral("messages[0].content[0] at offset 11: the template ends where "
                                                           "the original continues with \",\"");
    QTest::newRow("original ends early") << QStringLiteral("Hello") << QStringLiteral("Hello there")
                                         << QStringLiteral("messages[0].content[0] at offset 5: the template says \" \" "
                                                           "where the original ends");
    QTest::newRow("whitespace shown escaped")
        << QStringLiteral("Line one\nLine two {{X}}") << QStringLiteral("Line one Line two {{X}}")
        << QStringLiteral("messages[0].content[0] at offset 8: the template says \" \" "
                          "where the original says \"\\n\"");
}

void TestTemplateVerifier::differingLiteralReports()
{
    QFETCH(QString, original);
    QFETCH(QString, templ);
    QFETCH(QString, error);
    const VerifiedTemplate verified = verifyTemplate(promptFromText(original), promptFromText(templ), {});
    QVERIFY(!verified.ok);
    QCOMPARE(texts(verified.errors), QStringList {error});
}

void TestTemplateVerifier::structureMustMatch_data()
{
    QTest::addColumn<Prompt>("original");
    QTest::addColumn<Prompt>("templ");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("message count") << promptFromText(u"[user]\nHi\n[assistant]\nHello") << promptFromText(u"[user]\nHi")
                                   << QStringList {QStringLiteral("messages: the template has 1 messages, the original 2")};
    QTest::newRow("role") << promptFromText(u"[user]\nHi\n[assistant]\nHello") << promptFromText(u"[user]\nHi\n[user]\nHello")
                          << QStringList {QStringLiteral(
                                 "messages[1].role: the template has \"user\" where the original has \"assistant\"")};
    QTest::newRow("system missing") << promptFromText(u"[system]\nBe brief.\n[user]\nHi") << promptFromText(u"[user]\nHi")
                                    << QStringList {
                                           QStringLiteral("system: the original has a system prompt but the template has none")};
    QTest::newRow("system added") << promptFromText(u"[user]\nHi") << promptFromText(u"[system]\n{{S}}\n[user]\nHi")
                                  << QStringList {
                                         QStringLiteral("system: the original has no system prompt but the template has one")};
    Prompt twoBlocks = promptFromText(u"Hi");
    twoBlocks.messages[0].content.append(ContentBlock::fromText(QStringLiteral("there")));
    QTest::newRow("block count") << twoBlocks << promptFromText(u"Hi")
                                 << QStringList {
                                        QStringLiteral("messages[0].content: the template has 1 content blocks, the original 2")};
}

void TestTemplateVerifier::structureMustMatch()
{
    QFETCH(Prompt, original);
    QFETCH(Prompt, templ);
    QFETCH(QStringList, errors);
    const VerifiedTemplate verified = verifyTemplate(original, templ, {});
    QVERIFY(!verified.ok);
    QCOMPARE(texts(verified.errors), errors);
    QCOMPARE(diagnosticCodes(verified.errors), QStringList(errors.size(), QStringLiteral("template-structure")));
    QCOMPARE(verified.templ, templ);
}

void TestTemplateVerifier::lowerCaseNamesAreRenamed()
{
    const Prompt original = promptFromText(u"Hi Ann, order 5 ships today. Bye Ann.");
    const Prompt templ = promptFromText(u"Hi {{customer_name}}, order {{orderId}} ships today. Bye {{customer_name}}.");
    const VerifiedTemplate verified = verifyTemplate(original, templ, values({{u"customer_name", u"Ann"}, {u"orderId", u"5"}}));
    QVERIFY(verified.ok);
    QCOMPARE(verified.templ, promptFromText(u"Hi {{CUSTOMER_NAME}}, order {{ORDER_ID}} ships today. Bye {{CUSTOMER_NAME}}."));
    QCOMPARE(verified.values, values({{u"CUSTOMER_NAME", u"Ann"}, {u"ORDER_ID", u"5"}}));
    QCOMPARE(texts(verified.notes),
        (QStringList {QStringLiteral("prompt: renamed {{customer_name}} to {{CUSTOMER_NAME}}: variable names are UPPER_SNAKE"),
            QStringLiteral("prompt: renamed {{orderId}} to {{ORDER_ID}}: variable names are UPPER_SNAKE")}));
    QCOMPARE(verified.notes[0].severity, Severity::Info);
    QCOMPARE(verified.notes[0].code, QStringLiteral("renamed-variable"));
}

void TestTemplateVerifier::renamingAvoidsClashes()
{
    const Prompt original = promptFromText(u"Order 5 and order 6.");
    const Prompt templ = promptFromText(u"Order {{ORDER_ID}} and order {{order_id}}.");
    const VerifiedTemplate verified = verifyTemplate(original, templ, values({{u"ORDER_ID", u"5"}, {u"order_id", u"6"}}));
    QVERIFY(verified.ok);
    QCOMPARE(verified.templ, promptFromText(u"Order {{ORDER_ID}} and order {{ORDER_ID_2}}."));
    QCOMPARE(verified.values, values({{u"ORDER_ID", u"5"}, {u"ORDER_ID_2", u"6"}}));
}

void TestTemplateVerifier::originalsOwnVariablesStay()
{
    // {{name}} is the user's own variable: not renamed, no value needed.
    const Prompt original = promptFromText(u"Write to {{name}} about order 5.");
    const Prompt templ = promptFromText(u"Write to {{name}} about order {{ORDER}}.");
    const VerifiedTemplate verified = verifyTemplate(original, templ, values({{u"ORDER", u"6"}}));
    QVERIFY(verified.ok);
    QCOMPARE(verified.templ, templ);
    QCOMPARE(verified.values, values({{u"ORDER", u"5"}}));
    QCOMPARE(diagnosticCodes(verified.notes), QStringList {QStringLiteral("recomputed-value")});
}

void TestTemplateVerifier::unusedValuesAreNotedAndRemoved()
{
    const Prompt original = promptFromText(u"Translate hello into German.");
    const Prompt templ = promptFromText(u"Translate {{WORD}} into {{LANGUAGE}}.");
    const VerifiedTemplate verified
        = verifyTemplate(original, templ, values({{u"WORD", u"hello"}, {u"LANGUAGE", u"German"}, {u"TONE", u"formal"}}));
    QVERIFY(verified.ok);
    QCOMPARE(verified.values, values({{u"WORD", u"hello"}, {u"LANGUAGE", u"German"}}));
    QCOMPARE(texts(verified.notes),
        QStringList {QStringLiteral("prompt: variable_values has TONE, which the template does not use; removed")});
    QCOMPARE(verified.notes[0].code, QStringLiteral("unused-value"));
}

void TestTemplateVerifier::adjacentPlaceholdersFinishQuickly()
{
    // Adjacent placeholders can be split in many ways. A closing text that
    // does not end the original fails at once, without a search.
    const Prompt original = promptFromText(QString(300, QLatin1Char('a')));
    const VerifiedTemplate impossible = verifyTemplate(original, promptFromText(u"{{A}}{{B}}{{C}}{{D}}x"), {});
    QVERIFY(!impossible.ok);
    QCOMPARE(texts(impossible.errors),
        QStringList {
            QStringLiteral("messages[0].content[0] at offset 299: the template says \"x\" where the original says \"a\"")});

    const VerifiedTemplate possible = verifyTemplate(original, promptFromText(u"{{A}}{{B}}{{C}}"), {});
    QVERIFY(possible.ok);
    QCOMPARE(fillVariables(possible.templ, possible.values).prompt, original);

    // No alignment, and a cubic number of ways to look for one: the search
    // stops at its step budget (deterministic, so no clock here) and says so.
    const VerifiedTemplate hopeless = verifyTemplate(promptFromText(QString(300, QLatin1Char('a')) + QStringLiteral("cbz")),
        promptFromText(u"{{A}}{{B}}{{C}}{{D}}{{A}}bz"), {});
    QVERIFY(!hopeless.ok);
    QCOMPARE(hopeless.errors.size(), 1);
    QVERIFY2(hopeless.errors[0].message.endsWith(QStringLiteral("(gave up: too many ways to split adjacent variables)")),
        qPrintable(hopeless.errors[0].message));
}

void TestTemplateVerifier::thousandsOfPlaceholders()
{
    // Each placeholder is a choice; none may cost the call stack or the whole text.
    QStringList words;
    QStringList placeholders;
    VariableValues wrong;
    for (int i = 0; i < 3000; ++i) {
        words.append(QStringLiteral("w%1").arg(i));
        placeholders.append(QStringLiteral("{{W_%1}}").arg(i));
        wrong.insert(QStringLiteral("W_%1").arg(i), QStringLiteral("x"));
    }
    const Prompt original = promptFromText(words.join(QLatin1Char(' ')));
    const VerifiedTemplate verified = verifyTemplate(original, promptFromText(placeholders.join(QLatin1Char(' '))), wrong);
    QVERIFY(verified.ok);
    QCOMPARE(verified.values.value(QStringLiteral("W_2999")), QStringLiteral("w2999"));
    QCOMPARE(verified.notes.size(), 3000);
}

void TestTemplateVerifier::localTemplatesVerify()
{
    quint32 state = 12345;
    int withValues = 0;
    for (int i = 0; i < 300; ++i) {
        const Prompt original = randomPrompt(state);
        const TemplatizeOutcome outcome = templatizeLocally(original);
        const VerifiedTemplate verified = verifyTemplate(original, outcome.templ, outcome.values);
        QVERIFY2(verified.ok, qPrintable(texts(verified.errors).join(u'\n')));
        QVERIFY(verified.notes.isEmpty());
        QCOMPARE(verified.values, outcome.values);
        QCOMPARE(verified.templ, outcome.templ);
        withValues += outcome.values.isEmpty() ? 0 : 1;
    }
    QVERIFY(withValues > 250);
}

void TestTemplateVerifier::corruptedValuesAreRecomputed()
{
    quint32 state = 777;
    const auto next = [&](quint32 bound) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state % bound;
    };
    int corrupted = 0;
    int restoredExactly = 0;
    for (int i = 0; i < 300; ++i) {
        const Prompt original = randomPrompt(state);
        const TemplatizeOutcome outcome = templatizeLocally(original);
        if (outcome.values.isEmpty())
            continue;
        VariableValues wrong = outcome.values;
        const QString name = wrong.keys().at(next(quint32(wrong.size())));
        QString &value = wrong[name];
        switch (next(5)) {
        case 0:
            value.chop(1);
            break;
        case 1:
            value += QStringLiteral("x");
            break;
        case 2:
            value.clear();
            break;
        case 3:
            value = QStringLiteral("something else entirely");
            break;
        case 4:
            wrong.remove(name);
            break;
        }
        if (wrong == outcome.values)
            continue;
        ++corrupted;
        const VerifiedTemplate verified = verifyTemplate(original, outcome.templ, wrong);
        QVERIFY2(verified.ok, qPrintable(texts(verified.errors).join(u'\n')));
        QCOMPARE(fillVariables(verified.templ, verified.values).prompt, original);
        QVERIFY(diagnosticCodes(verified.notes).contains(QStringLiteral("recomputed-value")));
        restoredExactly += verified.values == outcome.values ? 1 : 0;
    }
    QVERIFY(corrupted > 250);
    // Another split that also reads as the original is allowed, but rare.
    QVERIFY2(restoredExactly * 10 >= corrupted * 9, qPrintable(QStringLiteral("%1 of %2").arg(restoredExactly).arg(corrupted)));
}

QTEST_GUILESS_MAIN(TestTemplateVerifier)
#include "tst_templateverifier.moc"
