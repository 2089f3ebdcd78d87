#include "prompttext.h"

#include "analysis/checks.h"

#include <QTest>

using namespace pw;
using pw::test::promptFromText;

namespace {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("Error");
    case Severity::Warning:
        return QStringLiteral("Warning");
    case Severity::Info:
        return QStringLiteral("Info");
    }
    return {};
}

// "code Severity path@offset": what the tests pin for each finding.
QStringList summaries(const QList<Diagnostic> &findings)
{
    QStringList result;
    for (const Diagnostic &d : findings) {
        QString where = d.location.path();
        if (d.location.offset >= 0)
            where += QStringLiteral("@%1").arg(d.location.offset);
        result.append(d.code + QLatin1Char(' ') + severityName(d.severity) + QLatin1Char(' ') + where);
    }
    return result;
}

QStringList messages(const QList<Diagnostic> &findings)
{
    QStringList result;
    for (const Diagnostic &d : findings)
        result.append(d.toString());
    return result;
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void prefillRejectedDependsOnModel_data();
    void prefillRejectedDependsOnModel();
    void valueChecks();
    void valueChecksNeedValues();
    void messagesExplain();
    void cleanRealisticPrompt();
    void emptyBlockInAMessage();
    void characterSoupGivesPlacesInsideTheText();
};

void TestChecks::findings_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char16_t *prompt, QStringList expected) {
        QTest::newRow(name) << QString::fromUtf16(prompt) << expected;
    };
    const auto none = QStringList();

    // empty-prompt
    row("empty prompt", u"", {QStringLiteral("empty-prompt Error prompt")});
    row("system only is not empty", u"[system]\nBe brief.", none);

    // empty-message
    row("whitespace message", u"[user]\nHi\n[assistant]\nHello\n[user]\n  \n",
        {QStringLiteral("empty-message Error messages[2]")});
    row("empty prefill", u"[user]\nHi\n[assistant]\n", {QStringLiteral("empty-message Error messages[1]")});
    row("a single character is a message", u"[user]\n.", none);

    // trailing-whitespace-prefill
    row("prefill ends in a space", u"[user]\nHi\n[assistant]\nThe answer is ",
        {QStringLiteral("trailing-whitespace-prefill Error messages[1].content[0]@13")});
    row("prefill ends in a newline", u"[user]\nHi\n[assistant]\n<answer>\n\n",
        {QStringLiteral("trailing-whitespace-prefill Error messages[1].content[0]@8")});
    row("user message may end in whitespace", u"[user]\nHi there \n", none);
    row("prefill without trailing whitespace", u"[user]\nHi\n[assistant]\nThe answer is", none);

    // few-shot turns are what the Messages API accepts: no finding
    row("few-shot turns", u"[user]\nClassify: great\n[assistant]\npositive\n[user]\nClassify: awful", none);
    row("system and few-shot turns",
        u"[system]\nYou classify reviews.\n[user]\nClassify: great\n[assistant]\npositive\n[user]\nClassify: awful", none);
    row("contiguous users and a prefill", u"[user]\nContext.\n[user]\nQuestion?\n[assistant]\nAnswer:", none);

    // unbalanced-tag
    row("tag opened, never closed", u"Summarise this.\n<document>\nThe text.",
        {QStringLiteral("unbalanced-tag Warning messages[0].content[0]@16")});
    row("tag closed, never opened", u"The text.\n</document>\nSummarise it.",
        {QStringLiteral("unbalanced-tag Warning messages[0].content[0]@10")});
    row("tags crossed", u"<a_b><c_d>text</a_b></c_d>",
        {QStringLiteral("unbalanced-tag Warning messages[0].content[0]@5"),
            QStringLiteral("unbalanced-tag Warning messages[0].content[0]@20")});
    row("in the system prompt", u"[system]\n<rules>Be brief.\n[user]\nHi", {QStringLiteral("unbalanced-tag Warning system@0")});
    row("balanced tags with attributes", u"<document index=\"1\">\nText\n</document>", none);
    row("comparisons", u"Flag rows where a < b and c > d, or x<y and y>z, or x <3.", none);
    row("line breaks", u"First<br/>second<br>third<hr>", none);
    row("tags in code", u"Fix this HTML:\n```html\n<div><span>\n```\nand `<p>` too.", none);
    row("tag mention", u"Put your answer inside <answer> tags and your notes in </notes> blocks.", none);
    row("prefill opens a tag", u"[user]\nAnswer in <answer></answer> tags.\n[assistant]\n<answer>", none);
    row("autolinks and comments", u"See <https://example.com> <!-- hidden --> <=>", none);

    // mixed-variable-syntax
    row("single braces next to a variable", u"Hello {name}, your order {{ORDER_ID}} shipped.",
        {QStringLiteral("mixed-variable-syntax Warning messages[0].content[0]@6")});
    row("dollar braces", u"Dear {{NAME}}, your balance is ${balance}.",
        {QStringLiteral("mixed-variable-syntax Warning messages[0].content[0]@31")});
    row("angle placeholder", u"Write to <customer_name> about {{TOPIC}}.",
        {QStringLiteral("mixed-variable-syntax Warning messages[0].content[0]@9")});
    row("spaced braces, even alone", u"Translate {{ text }} please.",
        {QStringLiteral("mixed-variable-syntax Warning messages[0].content[0]@10")});
    row("JSON braces", u"Return {\"name\": \"{{NAME}}\", \"tags\": []} and {} as is.", none);
    row("braces in a code fence", u"Fill {{NAME}} into:\n```python\nprint(f\"Hi {name}\")\n```", none);
    row("single braces without variables", u"Hello {name}, welcome.", none);
    row("a closed tag is not a placeholder", u"<document>{{DOC}}</document>", none);
    row("triple braces", u"{{{NAME}}}", none);
}

void TestChecks::findings()
{
    QFETCH(QString, prompt);
    QFETCH(QStringList, expected);
    const QList<Diagnostic> found = checkPrompt(promptFromText(prompt));
    QCOMPARE(summaries(found), expected);
}

void TestChecks::prefillRejectedDependsOnModel_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("expected");

    const QString withPrefill = QStringLiteral("[user]\nList three fruits as JSON.\n[assistant]\n{");
    const QString withoutPrefill = QStringLiteral("[user]\nList three fruits as JSON.");
    QTest::newRow("opus 4.6 rejects") << withPrefill << QStringLiteral("claude-opus-4-6")
                                      << QStringList {QStringLiteral("prefill-rejected Error messages[1]")};
    QTest::newRow("opus 5 rejects") << withPrefill << QStringLiteral("claude-opus-5")
                                    << QStringList {QStringLiteral("prefill-rejected Error messages[1]")};
    QTest::newRow("sonnet 4.5 accepts") << withPrefill << QStringLiteral("claude-sonnet-4-5-20250929") << QStringList();
    QTest::newRow("local model accepts") << withPrefill << QStringLiteral("llama3.1:8b") << QStringList();
    QTest::newRow("no target, no check") << withPrefill << QString() << QStringList();
    QTest::newRow("no prefill") << withoutPrefill << QStringLiteral("claude-opus-4-6") << QStringList();
    QTest::newRow("both prefill errors") << QStringLiteral("[user]\nHi\n[assistant]\nSure, ") << QStringLiteral("claude-opus-4-7")
                                         << QStringList {
                                                QStringLiteral("trailing-whitespace-prefill Error messages[1].content[0]@5"),
                                                QStringLiteral("prefill-rejected Error messages[1]")};
}

void TestChecks::prefillRejectedDependsOnModel()
{
    QFETCH(QString, prompt);
    QFETCH(QString, model);
    QFETCH(QStringList, expected);
    CheckOptions options;
    options.targetModel = model;
    QCOMPARE(summaries(checkPrompt(promptFromText(prompt), options)), expected);
}

void TestChecks::valueChecks()
{
    const Prompt prompt = promptFromText(u"[system]\nYou help {{NAME}}.\n[user]\nPlan a day in {{CITY}} for {{NAME}}.");
    const VariableValues values {
        {QStringLiteral("NAME"), QStringLiteral("Ann")}, {QStringLiteral("BUDGET"), QStringLiteral("$40")}};
    CheckOptions options;
    options.testValues = &values;
    const QList<Diagnostic> found = checkPrompt(prompt, options);
    QCOMPARE(summaries(found),
        (QStringList {
            QStringLiteral("missing-value Warning messages[0].content[0]@14"), QStringLiteral("unused-value Warning prompt")}));
    QCOMPARE(messages(found),
        (QStringList {QStringLiteral("messages[0].content[0] at offset 14: {{CITY}} has no test value"),
            QStringLiteral("prompt: the test value BUDGET is not used: the prompt has no {{BUDGET}}")}));

    const VariableValues complete {
        {QStringLiteral("NAME"), QStringLiteral("Ann")}, {QStringLiteral("CITY"), QStringLiteral("Oslo")}};
    options.testValues = &complete;
    QVERIFY(checkPrompt(prompt, options).isEmpty());
}

void TestChecks::valueChecksNeedValues()
{
    // Without test values there is nothing to compare against.
    QVERIFY(checkPrompt(promptFromText(u"Plan a day in {{CITY}}.")).isEmpty());
}

void TestChecks::messagesExplain()
{
    CheckOptions options;
    options.targetModel = QStringLiteral("claude-sonnet-4-6");
    const QList<Diagnostic> prefill = checkPrompt(promptFromText(u"[user]\nA\n[assistant]\n{"), options);
    QCOMPARE(prefill.size(), 1);
    QVERIFY(prefill[0].message.startsWith(QStringLiteral("claude-sonnet-4-6 does not accept a prefill")));

    const QList<Diagnostic> tag = checkPrompt(promptFromText(u"<document>\ntext"));
    QCOMPARE(messages(tag),
        QStringList {QStringLiteral("messages[0].content[0] at offset 0: <document> is opened here and never closed")});
    const QList<Diagnostic> mixed = checkPrompt(promptFromText(u"Hi {name}, {{X}}"));
    QCOMPARE(messages(mixed),
        QStringList {QStringLiteral(
            "messages[0].content[0] at offset 3: {name} is not a variable: only {{NAME}} (no spaces, double braces) is filled in")});
}

void TestChecks::cleanRealisticPrompt()
{
    const Prompt prompt = promptFromText(uR"([system]
You are a support agent for {{COMPANY_NAME}}. Keep replies under 120 words.
[user]
<email>
{{CUSTOMER_EMAIL}}
</email>

Reply to the email above. If it mentions an order number (e.g. "#48213"), say you are checking it.
Use this format:
```json
{"reply": "...", "needs_human": false}
```
Put your draft inside <draft></draft> tags; a < b comparisons are fine.
[assistant]
<draft>)");
    CheckOptions options;
    options.targetModel = QStringLiteral("claude-haiku-4-5");
    const VariableValues values {{QStringLiteral("COMPANY_NAME"), QStringLiteral("Acme")},
        {QStringLiteral("CUSTOMER_EMAIL"), QStringLiteral("Where is my order?")}};
    options.testValues = &values;
    QCOMPARE(summaries(checkPrompt(prompt, options)), QStringList());
}

void TestChecks::emptyBlockInAMessage()
{
    Prompt prompt = promptFromText(u"First block.");
    prompt.messages[0].content.append(ContentBlock::fromText(QStringLiteral(" ")));
    QCOMPARE(summaries(checkPrompt(prompt)), QStringList {QStringLiteral("empty-message Error messages[0].content[1]")});
}

void TestChecks::characterSoupGivesPlacesInsideTheText()
{
    // Pieces of tags, placeholders and code, so findings are many and varied.
    const QStringList pieces {QStringLiteral("<a>"), QStringLiteral("</a>"), QStringLiteral("<b_c x=\"1\">"),
        QStringLiteral("</b_c>"), QStringLiteral("<br/>"), QStringLiteral("{a}"), QStringLiteral("${a}"),
        QStringLiteral("{{ a }}"), QStringLiteral("{{A}}"), QStringLiteral(" "), QStringLiteral("\n"), QStringLiteral("`"),
        QStringLiteral("```\n"), QStringLiteral("x"), QStringLiteral("<"), QStringLiteral(">")};
    quint32 state = 4242;
    const auto next = [&](quint32 bound) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state % bound;
    };
    int findings = 0;
    for (int i = 0; i < 500; ++i) {
        QString text;
        const quint32 length = next(12);
        for (quint32 c = 0; c < length; ++c)
            text += pieces.at(next(quint32(pieces.size())));
        Prompt prompt = promptFromText(u"[user]\nSee {{X}}.");
        prompt.messages.append(next(2) ? Message::user(text) : Message::assistant(text));
        for (const Diagnostic &d : checkPrompt(prompt)) {
            ++findings;
            if (d.location.offset < 0)
                continue;
            QCOMPARE(d.location.section, Location::Section::Message);
            const QString &where = prompt.messages[d.location.message].content[d.location.block].text;
            QVERIFY2(d.location.offset < where.size(), qPrintable(d.toString()));
        }
    }
    QVERIFY2(findings > 500, qPrintable(QString::number(findings)));
}

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
