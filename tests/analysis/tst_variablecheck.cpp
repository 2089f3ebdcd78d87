#include "prompttext.h"

#include "analysis/variablecheck.h"

#include <QTest>

using namespace pw;
using pw::test::promptFromText;

class TestVariableCheck : public QObject
{
    Q_OBJECT

private slots:
    void keptVariablesAreFine();
    void droppedVariablesAreNamed();
    void renamedCountsAsDropped();
};

void TestVariableCheck::keptVariablesAreFine()
{
    const Prompt original = promptFromText(u"Translate {{TEXT}} into {{LANGUAGE}}.");
    // Moved to another section, repeated, reordered: still kept.
    const Prompt improved = promptFromText(
        u"[system]\nYou translate into {{LANGUAGE}}.\n[user]\n<text>\n{{TEXT}}\n</text>\nTranslate it into {{LANGUAGE}}.");
    QVERIFY(droppedVariables(original, improved).isEmpty());
    QVERIFY(droppedVariables(promptFromText(u"No variables."), promptFromText(u"Still none, {{NEW}} added.")).isEmpty());
}

void TestVariableCheck::droppedVariablesAreNamed()
{
    const Prompt original
        = promptFromText(u"[system]\nYou work for {{COMPANY}}.\n[user]\nAnswer {{CUSTOMER}} about {{ORDER_ID}}, {{CUSTOMER}}.");
    const Prompt improved = promptFromText(u"Answer {{CUSTOMER}} politely.");
    const QList<Diagnostic> dropped = droppedVariables(original, improved);
    QCOMPARE(dropped.size(), 2);
    QCOMPARE(dropped[0].severity, Severity::Warning);
    QCOMPARE(dropped[0].code, QStringLiteral("dropped-variable"));
    QCOMPARE(dropped[0].location, Location::system(13));
    QCOMPARE(dropped[0].message, QStringLiteral("the improved prompt dropped {{COMPANY}}"));
    QCOMPARE(dropped[1].location, Location::ofMessage(0, 0, 26));
    QCOMPARE(
        dropped[1].toString(), QStringLiteral("messages[0].content[0] at offset 26: the improved prompt dropped {{ORDER_ID}}"));
}

void TestVariableCheck::renamedCountsAsDropped()
{
    const QList<Diagnostic> dropped = droppedVariables(promptFromText(u"Hi {{order_id}}"), promptFromText(u"Hi {{ORDER_ID}}"));
    QCOMPARE(dropped.size(), 1);
    QVERIFY(dropped[0].message.contains(QStringLiteral("{{order_id}}")));
}

QTEST_GUILESS_MAIN(TestVariableCheck)
#include "tst_variablecheck.moc"
