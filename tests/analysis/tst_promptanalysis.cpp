// analysePrompt: what the window shows about a prompt as it is typed.

#include "prompttext.h"

#include "analysis/promptanalysis.h"

#include <QTest>

Q_DECLARE_METATYPE(pw::Prompt)

using namespace pw;
using pw::test::diagnosticCodes;

namespace {

Prompt prompt(const QString &system, const QStringList &userTexts)
{
    Prompt p;
    p.system = system;
    for (const QString &text : userTexts)
        p.messages.append(Message::user(text));
    return p;
}

} // namespace

class TestPromptAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void variablesInOrderOfFirstUse_data();
    void variablesInOrderOfFirstUse();
    void findings_data();
    void findings();
    void findingsLimit_data();
    void findingsLimit();
    void blankPrompt();
};

void TestPromptAnalysis::variablesInOrderOfFirstUse_data()
{
    QTest::addColumn<Prompt>("prompt");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QList<int>>("uses");

    QTest::newRow("none") << prompt(QStringLiteral("Be brief."), {QStringLiteral("Hello")}) << QStringList() << QList<int>();
    QTest::newRow("system first, then messages")
        << prompt(QStringLiteral("{{B}} and {{A}}"), {QStringLiteral("{{A}} {{C}}"), QStringLiteral("{{B}}")})
        << QStringList {QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")} << QList<int> {2, 2, 1};
    QTest::newRow("repeated in one text") << prompt({}, {QStringLiteral("{{X}}{{X}} {{Y}} {{X}}")})
                                          << QStringList {QStringLiteral("X"), QStringLiteral("Y")} << QList<int> {3, 1};
}

void TestPromptAnalysis::variablesInOrderOfFirstUse()
{
    QFETCH(Prompt, prompt);
    QFETCH(QStringList, variables);
    QFETCH(QList<int>, uses);
    const PromptAnalysis analysis = analysePrompt(prompt, {}, {});
    QCOMPARE(analysis.variables, variables);
    QCOMPARE(analysis.uses, uses);
}

void TestPromptAnalysis::findings_data()
{
    QTest::addColumn<Prompt>("prompt");
    QTest::addColumn<VariableValues>("values");
    QTest::addColumn<QString>("targetModel");
    QTest::addColumn<QStringList>("expected");

    const Prompt withVariable = prompt({}, {QStringLiteral("Greet {{NAME}}.")});
    QTest::newRow("a variable without a value")
        << withVariable << VariableValues() << QString() << QStringList {QStringLiteral("missing-value")};
    QTest::newRow("with its value") << withVariable << VariableValues {{QStringLiteral("NAME"), QStringLiteral("Ada")}}
                                    << QString() << QStringList();
    Prompt prefilled = prompt({}, {QStringLiteral("Answer in JSON.")});
    prefilled.messages.append(Message::assistant(QStringLiteral("{")));
    QTest::newRow("prefill for a model that accepts it")
        << prefilled << VariableValues() << QStringLiteral("claude-3-5-sonnet") << QStringList();
    QTest::newRow("prefill for a model that rejects it")
        << prefilled << VariableValues() << QStringLiteral("claude-opus-4-6") << QStringList {QStringLiteral("prefill-rejected")};
}

void TestPromptAnalysis::findings()
{
    QFETCH(Prompt, prompt);
    QFETCH(VariableValues, values);
    QFETCH(QString, targetModel);
    QFETCH(QStringList, expected);
    QCOMPARE(diagnosticCodes(analysePrompt(prompt, values, targetModel).findings), expected);
}

void TestPromptAnalysis::findingsLimit_data()
{
    QTest::addColumn<int>("variables");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("shown");
    QTest::addColumn<bool>("note");

    QTest::newRow("under the limit") << 3 << 5 << 3 << false;
    QTest::newRow("at the limit") << 5 << 5 << 5 << false;
    QTest::newRow("over the limit") << 9 << 5 << 5 << true;
    QTest::newRow("the window's limit") << 520 << int(defaultFindingsLimit) << 500 << true;
}

void TestPromptAnalysis::findingsLimit()
{
    QFETCH(int, variables);
    QFETCH(int, limit);
    QFETCH(int, shown);
    QFETCH(bool, note);
    // One missing-value finding per variable.
    QString text;
    for (int i = 0; i < variables; ++i)
        text += QStringLiteral("{{V%1}} ").arg(i);
    const PromptAnalysis analysis = analysePrompt(prompt({}, {text}), {}, {}, limit);
    QCOMPARE(analysis.variables.size(), variables);
    QCOMPARE(analysis.findings.size(), shown + (note ? 1 : 0));
    for (int i = 0; i < shown; ++i)
        QCOMPARE(analysis.findings.at(i).code, QStringLiteral("missing-value"));
    if (note) {
        const Diagnostic &last = analysis.findings.constLast();
        QCOMPARE(last.code, QStringLiteral("findings-not-shown"));
        QCOMPARE(last.severity, Severity::Info);
        QVERIFY2(last.message.startsWith(QString::number(variables - shown) + QLatin1Char(' ')), qPrintable(last.message));
        QVERIFY2(last.message.contains(QLatin1String("promptwerk-cli lint")), qPrintable(last.message));
    }
}

void TestPromptAnalysis::blankPrompt()
{
    // A new document: nothing to flag, not even "empty".
    for (const Prompt &blank : {Prompt(), prompt({}, {QString()}), prompt(QString(), {QString(), QString()})}) {
        const PromptAnalysis analysis = analysePrompt(blank, {}, QStringLiteral("claude-opus-4-6"));
        QVERIFY(analysis.variables.isEmpty());
        QVERIFY(analysis.findings.isEmpty());
    }
    // The same checks flag it once it is not blank.
    QVERIFY(!analysePrompt(prompt({}, {QStringLiteral("  "), QString()}), {}, {}).findings.isEmpty());
}

QTEST_GUILESS_MAIN(TestPromptAnalysis)
#include "tst_promptanalysis.moc"
