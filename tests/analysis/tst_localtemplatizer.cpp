#include "prompttext.h"

#include "analysis/localtemplatizer.h"
#include "analysis/templateverifier.h"
#include "prompt/promptjson.h"
#include "prompt/variables.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace pw;
using pw::test::promptFromText;

namespace {

// One realistic prompt, the template the local templatizer must make of it,
// and the values. Prompts use the notation of prompttext.h.
struct TemplatizeCase
{
    const char *name;
    const char16_t *prompt;
    const char16_t *templ;
    QList<std::pair<const char16_t *, const char16_t *>> values;
};

const QList<TemplatizeCase> &templatizeCases()
{
    static const QList<TemplatizeCase> cases {
        {"translation",
            u"Translate the sentence \"Where is the train station?\" from English into French. Keep it under 20 words.",
            u"Translate the sentence \"{{SENTENCE}}\" from {{SOURCE_LANGUAGE}} into {{TARGET_LANGUAGE}}. Keep it under {{WORD_COUNT}}.",
            {{u"SENTENCE", u"Where is the train station?"}, {u"SOURCE_LANGUAGE", u"English"}, {u"TARGET_LANGUAGE", u"French"},
                {u"WORD_COUNT", u"20 words"}}},

        {"summarise a document", uR"(Summarise the following report for the board in 3 bullet points.

<document>
Q3 revenue grew 12% to $4.2 million, driven by the Acme Hub launch.
</document>)",
            uR"(Summarise the following report for the board in {{BULLET_POINT_COUNT}}.

<document>
{{DOCUMENT}}
</document>)",
            {{u"BULLET_POINT_COUNT", u"3 bullet points"},
                {u"DOCUMENT", u"Q3 revenue grew 12% to $4.2 million, driven by the Acme Hub launch."}}},

        {"support reply with order number and e-mail",
            u"You are a support agent for Acme. A customer wrote about order #48213. Their e-mail is jane.doe@example.com. "
            u"Reply politely and offer a refund of $40 within 3 business days.",
            u"You are a support agent for Acme. A customer wrote about order #{{ORDER_NUMBER}}. Their e-mail is {{EMAIL}}. "
            u"Reply politely and offer a refund of {{REFUND_AMOUNT}} within {{DURATION}}.",
            {{u"ORDER_NUMBER", u"48213"}, {u"EMAIL", u"jane.doe@example.com"}, {u"REFUND_AMOUNT", u"$40"},
                {u"DURATION", u"3 business days"}}},

        {"labelled identifiers",
            u"Answer the customer's question. Customer email: sam@example.org. Order ID: A-10234. Tracking number 1Z999AA10123456784.",
            u"Answer the customer's question. Customer email: {{CUSTOMER_EMAIL}}. Order ID: {{ORDER_ID}}. Tracking number {{TRACKING_NUMBER}}.",
            {{u"CUSTOMER_EMAIL", u"sam@example.org"}, {u"ORDER_ID", u"A-10234"}, {u"TRACKING_NUMBER", u"1Z999AA10123456784"}}},

        {"code review with a fenced diff", uR"(Review this pull request and point out bugs.

```diff
- return a + b;
+ return a - b;
```)",
            uR"(Review this pull request and point out bugs.

```diff
{{DIFF}}
```)",
            {{u"DIFF", u"- return a + b;\n+ return a - b;"}}},

        {"data extraction", uR"(Extract the invoice number, total and due date from the invoice below as JSON.

<invoice>
Invoice INV-2026-0042
Total: €1,250.00
Due: 22 Nov 2026
</invoice>)",
            uR"(Extract the invoice number, total and due date from the invoice below as JSON.

<invoice>
{{INVOICE}}
</invoice>)",
            {{u"INVOICE", u"Invoice INV-2026-0042\nTotal: €1,250.00\nDue: 22 Nov 2026"}}},

        {"classification with a label list",
            uR"(Classify the support ticket into one of these categories: "billing", "technical", "account". Answer with the category only.

<ticket>
I was charged twice for my subscription this month.
</ticket>)",
            uR"(Classify the support ticket into one of these categories: "{{CATEGORY}}", "{{CATEGORY_2}}", "{{CATEGORY_3}}". Answer with the category only.

<ticket>
{{TICKET}}
</ticket>)",
            {{u"CATEGORY", u"billing"}, {u"CATEGORY_2", u"technical"}, {u"CATEGORY_3", u"account"},
                {u"TICKET", u"I was charged twice for my subscription this month."}}},

        {"meeting notes with dates",
            uR"(Turn these meeting notes into a summary with action items. The meeting was held on November 22, 2026 at 10:30 AM; the follow-up is due by 12/05/2026.

<notes>
- Ana: ship beta
- Raj: fix login bug
</notes>)",
            uR"(Turn these meeting notes into a summary with action items. The meeting was held on {{DATE}} at {{TIME}}; the follow-up is due by {{DUE_DATE}}.

<notes>
{{NOTES}}
</notes>)",
            {{u"DATE", u"November 22, 2026"}, {u"TIME", u"10:30 AM"}, {u"DUE_DATE", u"12/05/2026"},
                {u"NOTES", u"- Ana: ship beta\n- Raj: fix login bug"}}},

        {"travel plan with numbers and units",
            u"Plan a 5-day trip to Lisbon for 2 adults and 1 child with a budget of $2,000. We arrive on 2026-11-22 and "
            u"prefer walks under 10 km a day.",
            u"Plan a {{TRIP_DURATION}} trip to Lisbon for {{ADULT_COUNT}} and {{CHILD_COUNT}} with a budget of {{BUDGET}}. "
            u"We arrive on {{DATE}} and prefer walks under {{DISTANCE}} a day.",
            {{u"TRIP_DURATION", u"5-day"}, {u"ADULT_COUNT", u"2 adults"}, {u"CHILD_COUNT", u"1 child"}, {u"BUDGET", u"$2,000"},
                {u"DATE", u"2026-11-22"}, {u"DISTANCE", u"10 km"}}},

        {"assistant prefill and a repeated name", uR"([user]
Write a product description for the product "Acme Hub" aimed at small businesses. Mention that Acme Hub ships with a 20% discount until 2026-12-31.
[assistant]
<description>)",
            uR"([user]
Write a product description for the product "{{PRODUCT_NAME}}" aimed at small businesses. Mention that {{PRODUCT_NAME}} ships with a {{DISCOUNT}} discount until {{END_DATE}}.
[assistant]
<description>)",
            {{u"PRODUCT_NAME", u"Acme Hub"}, {u"DISCOUNT", u"20%"}, {u"END_DATE", u"2026-12-31"}}},

        {"few-shot turns", uR"([user]
Classify the sentiment of each review as positive, negative or neutral.
[assistant]
Sure, send the first review.
[user]
The review: "Battery died after 2 hours." Sentiment?
[assistant]
negative
[user]
The review: "Love it, works great!" Sentiment?)",
            uR"([user]
Classify the sentiment of each review as positive, negative or neutral.
[assistant]
Sure, send the first review.
[user]
The review: "{{REVIEW}}" Sentiment?
[assistant]
negative
[user]
The review: "{{REVIEW_2}}" Sentiment?)",
            {{u"REVIEW", u"Battery died after 2 hours."}, {u"REVIEW_2", u"Love it, works great!"}}},

        {"Japanese with corner brackets",
            u"次の文章を英語に翻訳してください：「今日はとても暑いですね」。製品「アクメハブ」の名前はそのまま残してください。",
            u"次の文章を{{TARGET_LANGUAGE}}に翻訳してください：「{{TEXT}}」。製品「{{PRODUCT_NAME}}」の名前はそのまま残してください。",
            {{u"TARGET_LANGUAGE", u"英語"}, {u"TEXT", u"今日はとても暑いですね"}, {u"PRODUCT_NAME", u"アクメハブ"}}},

        {"Chinese with curly quotes and a character count", u"请把下面的句子翻译成英文：“我们明天见”。字数不超过50字。",
            u"请把下面的句子翻译成{{TARGET_LANGUAGE}}：“{{TEXT}}”。字数不超过{{CHARACTER_COUNT}}。",
            {{u"TARGET_LANGUAGE", u"英文"}, {u"TEXT", u"我们明天见"}, {u"CHARACTER_COUNT", u"50字"}}},

        {"existing variables stay",
            u"Write a {{TONE}} reply to {{CUSTOMER_NAME}} about the product \"Acme Hub\". Sign it as {{AGENT_NAME}}.",
            u"Write a {{TONE}} reply to {{CUSTOMER_NAME}} about the product \"{{PRODUCT_NAME}}\". Sign it as {{AGENT_NAME}}.",
            {{u"PRODUCT_NAME", u"Acme Hub"}}},

        {"new names never clash with existing ones",
            u"Translate {{TEXT}} into Spanish and 'hola' into German. Also translate \"Good morning\" into Spanish.",
            u"Translate {{TEXT}} into {{TARGET_LANGUAGE}} and '{{TEXT_2}}' into {{TARGET_LANGUAGE_2}}. Also translate "
            u"\"{{TEXT_TO_TRANSLATE}}\" into {{TARGET_LANGUAGE}}.",
            {{u"TARGET_LANGUAGE", u"Spanish"}, {u"TEXT_2", u"hola"}, {u"TARGET_LANGUAGE_2", u"German"},
                {u"TEXT_TO_TRANSLATE", u"Good morning"}}},

        {"existing variables next to a date and an identifier",
            u"Hello {{NAME}}, your order {{ORDER_ID}} ships on 2026-11-22. Reply to support@acme.example if you have "
            u"questions about order 55231.",
            u"Hello {{NAME}}, your order {{ORDER_ID}} ships on {{DATE}}. Reply to {{EMAIL}} if you have questions about "
            u"order {{ORDER_NUMBER}}.",
            {{u"DATE", u"2026-11-22"}, {u"EMAIL", u"support@acme.example"}, {u"ORDER_NUMBER", u"55231"}}},

        {"system prompt with values", uR"([system]
You are a concierge for the Grand Hotel in Vienna. Always answer in German. The front desk can be reached at frontdesk@grandhotel.example.
[user]
What time is breakfast?)",
            uR"([system]
You are a concierge for the Grand Hotel in Vienna. Always answer in {{TARGET_LANGUAGE}}. The front desk can be reached at {{EMAIL}}.
[user]
What time is breakfast?)",
            {{u"TARGET_LANGUAGE", u"German"}, {u"EMAIL", u"frontdesk@grandhotel.example"}}},

        {"one value in system and user", uR"([system]
You answer for support@acme.example only.
[user]
Forward complaints to support@acme.example and add the phrase "Thanks for waiting".)",
            uR"([system]
You answer for {{EMAIL}} only.
[user]
Forward complaints to {{EMAIL}} and add the phrase "{{PHRASE}}".)",
            {{u"EMAIL", u"support@acme.example"}, {u"PHRASE", u"Thanks for waiting"}}},

        {"URLs",
            u"Read the article at https://example.com/blog/launch-2026 and write a 280-character tweet about it. Link to "
            u"https://example.com/signup for sign-ups.",
            u"Read the article at {{ARTICLE_URL}} and write a {{CHARACTER_COUNT}} tweet about it. Link to {{URL}} for sign-ups.",
            {{u"ARTICLE_URL", u"https://example.com/blog/launch-2026"}, {u"CHARACTER_COUNT", u"280-character"},
                {u"URL", u"https://example.com/signup"}}},

        {"call with weekday date, times and a URL in parentheses",
            u"Schedule a call for Tuesday, March 3rd, 2026 from 9:00 to 17:30 CET with the team at "
            u"https://meet.example.com/abc-def. Visit (https://example.com/docs).",
            u"Schedule a call for {{CALL_DATE}} from {{START_TIME}} to {{END_TIME}} with the team at {{URL}}. Visit ({{URL_2}}).",
            {{u"CALL_DATE", u"Tuesday, March 3rd, 2026"}, {u"START_TIME", u"9:00"}, {u"END_TIME", u"17:30 CET"},
                {u"URL", u"https://meet.example.com/abc-def"}, {u"URL_2", u"https://example.com/docs"}}},

        {"single quotes next to apostrophes",
            u"Rewrite 'Our servers are down' in a calmer tone, and keep the company called \"Nimbus Cloud\" in the text. "
            u"Don't change the customer's name.",
            u"Rewrite '{{TEXT_TO_REWRITE}}' in a calmer tone, and keep the company called \"{{COMPANY_NAME}}\" in the text. "
            u"Don't change the customer's name.",
            {{u"TEXT_TO_REWRITE", u"Our servers are down"}, {u"COMPANY_NAME", u"Nimbus Cloud"}}},

        {"inline JSON",
            u"Return the data as JSON like {\"name\": \"Alice\", \"age\": 30}. Don't use the nickname 'Ali' and don't "
            u"write more than 100 words.",
            u"Return the data as JSON like {\"name\": \"{{NAME}}\", \"age\": 30}. Don't use the nickname '{{NICKNAME}}' and "
            u"don't write more than {{WORD_COUNT}}.",
            {{u"NAME", u"Alice"}, {u"NICKNAME", u"Ali"}, {u"WORD_COUNT", u"100 words"}}},

        {"a JSON fence is one value; tags and comparisons are not", uR"(Use this config:
```json
{"model": "claude", "max_tokens": 1024}
```
and answer in <answer></answer> tags. Remember: a < b and b > c.)",
            uR"(Use this config:
```json
{{JSON}}
```
and answer in <answer></answer> tags. Remember: a < b and b > c.)",
            {{u"JSON", u"{\"model\": \"claude\", \"max_tokens\": 1024}"}}},

        {"instructions stay, the e-mail block is a value", uR"(<instructions>
Respond to the email from bob@corp.example within 24 hours. Escalate if the amount is over $500.
</instructions>
<email>
Hi, my package never arrived.
</email>)",
            uR"(<instructions>
Respond to the email from {{SENDER_EMAIL}} within {{DURATION}}. Escalate if the amount is over {{AMOUNT}}.
</instructions>
<email>
{{EMAIL}}
</email>)",
            {{u"SENDER_EMAIL", u"bob@corp.example"}, {u"DURATION", u"24 hours"}, {u"AMOUNT", u"$500"},
                {u"EMAIL", u"Hi, my package never arrived."}}},

        {"prices in several currencies",
            u"Compare prices: the basic plan costs €9.99 per month, the pro plan $29 and the enterprise tier USD 499. "
            u"Offer a 15% discount for annual billing.",
            u"Compare prices: the basic plan costs {{COST}} per month, the pro plan {{AMOUNT}} and the enterprise tier "
            u"{{AMOUNT_2}}. Offer a {{DISCOUNT}} discount for annual billing.",
            {{u"COST", u"€9.99"}, {u"AMOUNT", u"$29"}, {u"AMOUNT_2", u"USD 499"}, {u"DISCOUNT", u"15%"}}},

        {"examples are not values", uR"(<example>
Input: "I love it"
Output: positive
</example>
Now classify: "The screen cracked on day 2.")",
            uR"(<example>
Input: "I love it"
Output: positive
</example>
Now classify: "{{TEXT_TO_CLASSIFY}}")",
            {{u"TEXT_TO_CLASSIFY", u"The screen cracked on day 2."}}},

        {"curly quotes and an account number",
            u"The user said “I can’t log in since Monday” and attached a screenshot. Their account number is 00471123.",
            u"The user said “{{TEXT}}” and attached a screenshot. Their account number is {{ACCOUNT_NUMBER}}.",
            {{u"TEXT", u"I can’t log in since Monday"}, {u"ACCOUNT_NUMBER", u"00471123"}}},

        {"inline code stays",
            u"Explain the error \"TypeError: undefined is not a function\" in `app.js` line 42 to a junior developer in 3 sentences.",
            u"Explain the error \"{{ERROR}}\" in `app.js` line 42 to a junior developer in {{SENTENCE_COUNT}}.",
            {{u"ERROR", u"TypeError: undefined is not a function"}, {u"SENTENCE_COUNT", u"3 sentences"}}},

        {"recipients and a meeting",
            u"Write an email to jane@example.com and cc tom@example.com confirming the 3:30 pm meeting on 5 Dec 2026.",
            u"Write an email to {{RECIPIENT_EMAIL}} and cc {{RECIPIENT_EMAIL_2}} confirming the {{TIME}} meeting on "
            u"{{MEETING_DATE}}.",
            {{u"RECIPIENT_EMAIL", u"jane@example.com"}, {u"RECIPIENT_EMAIL_2", u"tom@example.com"}, {u"TIME", u"3:30 pm"},
                {u"MEETING_DATE", u"5 Dec 2026"}}},

        {"topic and website",
            u"Generate 10 blog post ideas about \"remote work\" for the website https://acme.example/blog, each under 60 characters.",
            u"Generate 10 blog post ideas about \"{{TOPIC}}\" for the website {{WEBSITE_URL}}, each under {{CHARACTER_COUNT}}.",
            {{u"TOPIC", u"remote work"}, {u"WEBSITE_URL", u"https://acme.example/blog"}, {u"CHARACTER_COUNT", u"60 characters"}}},

        {"a longer repeated value is never cut in two",
            u"Compare the brand \"Acme\" with the product \"Acme Hub Pro\". Acme Hub Pro is newer than Acme.",
            u"Compare the brand \"{{BRAND_NAME}}\" with the product \"{{PRODUCT_NAME}}\". {{PRODUCT_NAME}} is newer than "
            u"{{BRAND_NAME}}.",
            {{u"BRAND_NAME", u"Acme"}, {u"PRODUCT_NAME", u"Acme Hub Pro"}}},

        {"labels name URLs, e-mails, times and identifiers",
            u"Read the docs at https://docs.example.com/start, write to the support email: help@example.com, and mail "
            u"from boss@example.com. Call at 14:30 or 3 pm on 2026年11月22日 about ticket T-991.",
            u"Read the docs at {{DOCS_URL}}, write to the support email: {{SUPPORT_EMAIL}}, and mail from {{SENDER_EMAIL}}. "
            u"Call at {{CALL_TIME}} or {{TIME}} on {{DATE}} about ticket {{TICKET_NUMBER}}.",
            {{u"DOCS_URL", u"https://docs.example.com/start"}, {u"SUPPORT_EMAIL", u"help@example.com"},
                {u"SENDER_EMAIL", u"boss@example.com"}, {u"CALL_TIME", u"14:30"}, {u"TIME", u"3 pm"},
                {u"DATE", u"2026年11月22日"}, {u"TICKET_NUMBER", u"T-991"}}},

        {"titles, tones, discounts and budgets",
            u"Review a book titled \"Dune\" in the tone \"warm\". Offer 20% off and a budget of €2,000.",
            u"Review a book titled \"{{BOOK_TITLE}}\" in the tone \"{{TONE}}\". Offer {{DISCOUNT}} off and a budget of "
            u"{{BUDGET}}.",
            {{u"BOOK_TITLE", u"Dune"}, {u"TONE", u"warm"}, {u"DISCOUNT", u"20%"}, {u"BUDGET", u"€2,000"}}},

        {"nothing to templatize", u"Write a poem about autumn.", u"Write a poem about autumn.", {}},
    };
    return cases;
}

QString describe(const VariableValues &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString describe(const Prompt &prompt)
{
    return QString::fromUtf8(QJsonDocument(promptToJson(prompt)).toJson(QJsonDocument::Indented));
}

// A random prompt built from realistic pieces, for the property tests.
Prompt randomPrompt(quint32 seed);

} // namespace

class TestLocalTemplatizer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void realisticPrompts_data();
    void realisticPrompts();
    void isDeterministic();
    void leavesNonTextBlocksAlone();
    void randomPromptsStayLossless();
    void characterSoupStaysLossless();
};

void TestLocalTemplatizer::init()
{
    // An invalid regular expression only warns; make it fail the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestLocalTemplatizer::realisticPrompts_data()
{
    QTest::addColumn<Prompt>("prompt");
    QTest::addColumn<Prompt>("expectedTemplate");
    QTest::addColumn<VariableValues>("expectedValues");
    for (const TemplatizeCase &c : templatizeCases()) {
        VariableValues values;
        for (const auto &[name, value] : c.values)
            values.insert(QString::fromUtf16(name), QString::fromUtf16(value));
        QTest::newRow(c.name) << promptFromText(c.prompt) << promptFromText(c.templ) << values;
    }
}

void TestLocalTemplatizer::realisticPrompts()
{
    QFETCH(Prompt, prompt);
    QFETCH(Prompt, expectedTemplate);
    QFETCH(VariableValues, expectedValues);

    const TemplatizeOutcome outcome = templatizeLocally(prompt);
    const FillResult filled = fillVariables(outcome.templ, outcome.values);
    QVERIFY2(filled.prompt == prompt, qPrintable(QStringLiteral("not lossless:\n") + describe(filled.prompt)));
    QVERIFY2(outcome.values == expectedValues, qPrintable(QStringLiteral("values:\n") + describe(outcome.values)));
    QVERIFY2(outcome.templ == expectedTemplate, qPrintable(QStringLiteral("template:\n") + describe(outcome.templ)));
    for (auto it = outcome.values.cbegin(); it != outcome.values.cend(); ++it)
        QVERIFY2(isUpperSnake(it.key()), qPrintable(it.key()));
}

void TestLocalTemplatizer::isDeterministic()
{
    for (const TemplatizeCase &c : templatizeCases()) {
        const Prompt prompt = promptFromText(c.prompt);
        const TemplatizeOutcome first = templatizeLocally(prompt);
        const TemplatizeOutcome second = templatizeLocally(prompt);
        QCOMPARE(second.templ, first.templ);
        QCOMPARE(second.values, first.values);
    }
}

void TestLocalTemplatizer::leavesNonTextBlocksAlone()
{
    Prompt prompt = promptFromText(u"Describe the picture for the product \"Acme Hub\".");
    prompt.messages[0].content.append({QStringLiteral("image"), QStringLiteral("\"Acme Hub\" 2026-11-22"), false});
    const TemplatizeOutcome outcome = templatizeLocally(prompt);
    QCOMPARE(
        outcome.templ.messages[0].content[0].text, QStringLiteral("Describe the picture for the product \"{{PRODUCT_NAME}}\"."));
    QCOMPARE(outcome.templ.messages[0].content[1], prompt.messages[0].content[1]);
    QCOMPARE(fillVariables(outcome.templ, outcome.values).prompt, prompt);
}

namespace {

Prompt randomPrompt(quint32 seed)
{
    // Pieces chosen to collide: repeated values, quotes next to placeholders,
    // braces, tags, fences, CJK, whitespace at the edges.
    static const QStringList pieces {
        QStringLiteral("Translate \"hello\" into German. "),
        QStringLiteral("the product \"Acme Hub\" "),
        QStringLiteral("Acme Hub"),
        QStringLiteral("{{EXISTING}}"),
        QStringLiteral("{{ not a var }}"),
        QStringLiteral("{"),
        QStringLiteral("}}"),
        QStringLiteral("{{"),
        QStringLiteral("<document>\nSome text 20% off\n</document>\n"),
        QStringLiteral("<document>{{DOC}}</document>"),
        QStringLiteral("```diff\n- a\n+ b\n```\n"),
        QStringLiteral("```\nunclosed fence"),
        QStringLiteral(" order #48213 "),
        QStringLiteral("jane@example.com"),
        QStringLiteral("https://example.com/a_(b)."),
        QStringLiteral(" on 2026-11-22 at 10:30 "),
        QStringLiteral("22 Nov 2026"),
        QStringLiteral(" 500 words "),
        QStringLiteral("$40"),
        QStringLiteral("「こんにちは」"),
        QStringLiteral("“quoted”"),
        QStringLiteral("'single'"),
        QStringLiteral("don't "),
        QStringLiteral("\""),
        QStringLiteral(" a < b "),
        QStringLiteral("<br/>"),
        QStringLiteral("\n"),
        QStringLiteral("  "),
        QStringLiteral("{{TEXT}}"),
        QStringLiteral("TEXT"),
        QStringLiteral("{{PRODUCT_NAME}}"),
    };
    quint32 state = seed * 2654435761u + 1;
    const auto next = [&](quint32 bound) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state % bound;
    };
    const auto text = [&] {
        QString t;
        const quint32 count = next(8);
        for (quint32 i = 0; i < count; ++i)
            t += pieces[next(quint32(pieces.size()))];
        return t;
    };
    Prompt prompt;
    if (next(2))
        prompt.system = text();
    const quint32 messages = 1 + next(3);
    for (quint32 m = 0; m < messages; ++m) {
        Message message = m % 2 ? Message::assistant(text()) : Message::user(text());
        if (next(4) == 0)
            message.content.append(ContentBlock::fromText(text()));
        prompt.messages.append(message);
    }
    return prompt;
}

} // namespace

void TestLocalTemplatizer::randomPromptsStayLossless()
{
    int withValues = 0;
    for (quint32 seed = 0; seed < 400; ++seed) {
        const Prompt prompt = randomPrompt(seed);
        const TemplatizeOutcome outcome = templatizeLocally(prompt);
        QVERIFY2(fillVariables(outcome.templ, outcome.values).prompt == prompt,
            qPrintable(QStringLiteral("seed %1:\n").arg(seed) + describe(prompt)));
        const QStringList before = variableNames(prompt);
        for (auto it = outcome.values.cbegin(); it != outcome.values.cend(); ++it) {
            QVERIFY(isUpperSnake(it.key()));
            QVERIFY2(!before.contains(it.key()), qPrintable(it.key()));
        }
        withValues += outcome.values.isEmpty() ? 0 : 1;
    }
    // The generator must actually exercise the templatizer.
    QVERIFY(withValues > 200);
}

void TestLocalTemplatizer::characterSoupStaysLossless()
{
    // Every character some detector cares about, in random order: no crash,
    // lossless, and the verifier agrees.
    const QString alphabet
        = QStringLiteral("\"'\u201C\u201D\u2018\u2019\u300C\u300D<>/{}$#@.:-_ \n`~019aZk%\u20AC\u65E5\U0001F600");
    quint32 state = 99;
    const auto next = [&](quint32 bound) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state % bound;
    };
    for (int i = 0; i < 500; ++i) {
        QString text;
        const quint32 length = next(60);
        for (quint32 c = 0; c < length; ++c)
            text += alphabet.at(next(quint32(alphabet.size())));
        Prompt prompt;
        prompt.messages.append(Message::user(text));
        const TemplatizeOutcome outcome = templatizeLocally(prompt);
        QVERIFY2(fillVariables(outcome.templ, outcome.values).prompt == prompt, qPrintable(text));
        const VerifiedTemplate verified = verifyTemplate(prompt, outcome.templ, outcome.values);
        QVERIFY2(verified.ok, qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestLocalTemplatizer)
#include "tst_localtemplatizer.moc"
