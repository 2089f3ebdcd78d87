#include "prompttext.h"

#include "analysis/localtemplatizer.h"
#include "analysis/templatereview.h"
#include "prompt/variables.h"

#include <QTest>

using namespace pw;
using pw::test::promptFromText;

namespace {

// The travel prompt of a review: what the local engine finds, and what it misses.
const QString travelPrompt = QStringLiteral("[system]\nYou plan trips.\n[user]\n"
                                            "Plan a 5-day trip to Porto for Maria Santos, leaving on 2026-05-14.\n"
                                            "Maria Santos likes the river walks of Porto, not of Portopia.\n"
                                            "[assistant]\nDay 1 in Porto: the market.");

Prompt filled(const TemplateDraft &draft)
{
    return fillVariables(draft.templ, draft.values).prompt;
}

} // namespace

class TestTemplateReview : public QObject
{
    Q_OBJECT

private slots:
    void makeVariable_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("count");

        QTest::newRow("every whole word") << QStringLiteral("Porto, Portopia and porto; Porto.") << QStringLiteral("Porto")
                                          << QStringLiteral("{{CITY}}, Portopia and porto; {{CITY}}.") << 2;
        QTest::newRow("two words") << QStringLiteral("Maria Santos and Maria Santosa") << QStringLiteral("Maria Santos")
                                   << QStringLiteral("{{CITY}} and Maria Santosa") << 1;
        QTest::newRow("never inside a placeholder") << QStringLiteral("{{Porto}} Porto{{DATE}}Porto") << QStringLiteral("Porto")
                                                    << QStringLiteral("{{Porto}} {{CITY}}{{DATE}}{{CITY}}") << 2;
        QTest::newRow("punctuation at the edge") << QStringLiteral("a €1,800 budget, €1,8000") << QStringLiteral("€1,800")
                                                 << QStringLiteral("a {{CITY}} budget, €1,8000") << 1;
        QTest::newRow("a script without spaces") << QStringLiteral("ポルトへの旅、ポルトで") << QStringLiteral("ポルト")
                                                 << QStringLiteral("{{CITY}}への旅、{{CITY}}で") << 2;
        QTest::newRow("several lines") << QStringLiteral("Dear\nMaria,\nhi") << QStringLiteral("Dear\nMaria")
                                       << QStringLiteral("{{CITY}},\nhi") << 1;
        QTest::newRow("not there") << QStringLiteral("Lisbon") << QStringLiteral("Porto") << QStringLiteral("Lisbon") << 0;
        QTest::newRow("only part of a word")
            << QStringLiteral("Portopia") << QStringLiteral("Porto") << QStringLiteral("Portopia") << 0;
        QTest::newRow("empty") << QStringLiteral("Porto") << QString() << QStringLiteral("Porto") << 0;
    }

    void makeVariable()
    {
        QFETCH(QString, templ);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(int, count);
        TemplateDraft draft {{templ, {Message::user(templ)}}, {{QStringLiteral("DATE"), QStringLiteral("today")}}};
        const Prompt before = filled(draft);
        QCOMPARE(makeTemplateVariable(draft, value, QStringLiteral("CITY")), qsizetype(count * 2));
        QCOMPARE(draft.templ.system, expected);
        QCOMPARE(draft.templ.messages.constFirst().text(), expected);
        QCOMPARE(draft.values.contains(QStringLiteral("CITY")), count > 0);
        QCOMPARE(filled(draft), before);
    }

    // The user's whole review of the travel prompt: rename, untick, mark what was missed.
    void reviewStaysLossless()
    {
        const Prompt original = promptFromText(travelPrompt);
        const TemplatizeOutcome outcome = templatizeLocally(original);
        TemplateDraft draft {outcome.templ, outcome.values};
        QVERIFY2(draft.values.contains(QStringLiteral("DATE")), qPrintable(draft.values.keys().join(u',')));
        QVERIFY(draft.values.contains(QStringLiteral("TRIP_DURATION")));
        QCOMPARE(filled(draft), original);

        reviseTemplateVariables(
            draft, {{QStringLiteral("DATE"), QStringLiteral("DEPARTURE_DATE")}}, {QStringLiteral("TRIP_DURATION")});
        QCOMPARE(makeTemplateVariable(draft, QStringLiteral("Maria Santos"), QStringLiteral("TRAVELLER")), qsizetype(2));
        QCOMPARE(makeTemplateVariable(draft, QStringLiteral("Porto"), QStringLiteral("CITY")), qsizetype(3));

        QCOMPARE(draft.values.value(QStringLiteral("DEPARTURE_DATE")), QStringLiteral("2026-05-14"));
        QCOMPARE(draft.values.value(QStringLiteral("TRAVELLER")), QStringLiteral("Maria Santos"));
        QCOMPARE(draft.values.value(QStringLiteral("CITY")), QStringLiteral("Porto"));
        QVERIFY(!draft.values.contains(QStringLiteral("DATE")));
        QVERIFY(!draft.values.contains(QStringLiteral("TRIP_DURATION")));
        QCOMPARE(draft.templ.messages.constFirst().text(),
            QStringLiteral("Plan a 5-day trip to {{CITY}} for {{TRAVELLER}}, leaving on {{DEPARTURE_DATE}}.\n"
                           "{{TRAVELLER}} likes the river walks of {{CITY}}, not of Portopia."));
        QCOMPARE(draft.templ.messages.constLast().text(), QStringLiteral("Day 1 in {{CITY}}: the market."));
        QCOMPARE(filled(draft), original);
    }

    void revise_data()
    {
        QTest::addColumn<QStringList>("renames"); // "FROM=TO"
        QTest::addColumn<QStringList>("dropped");
        QTest::addColumn<QString>("expected");

        QTest::newRow("rename") << QStringList {QStringLiteral("A=C")} << QStringList()
                                << QStringLiteral("{{C}} {{B}} {{OWN}} {{C}}");
        QTest::newRow("swap in one pass") << QStringList {QStringLiteral("A=B"), QStringLiteral("B=A")} << QStringList()
                                          << QStringLiteral("{{B}} {{A}} {{OWN}} {{B}}");
        QTest::newRow("drop") << QStringList() << QStringList {QStringLiteral("A")} << QStringLiteral("x {{B}} {{OWN}} x");
        // B's value reads like a placeholder: put back, it stays text and is not renamed.
        QTest::newRow("drop and rename") << QStringList {QStringLiteral("A=C")} << QStringList {QStringLiteral("B")}
                                         << QStringLiteral("{{C}} {{A}} {{OWN}} {{C}}");
        // The prompt's own variable has no value to give back: it stays.
        QTest::newRow("own variable") << QStringList() << QStringList {QStringLiteral("OWN")}
                                      << QStringLiteral("{{A}} {{B}} {{OWN}} {{A}}");
    }

    void revise()
    {
        QFETCH(QStringList, renames);
        QFETCH(QStringList, dropped);
        QFETCH(QString, expected);
        TemplateDraft draft {{{}, {Message::user(QStringLiteral("{{A}} {{B}} {{OWN}} {{A}}"))}},
            {{QStringLiteral("A"), QStringLiteral("x")}, {QStringLiteral("B"), QStringLiteral("{{A}}")}}};
        const Prompt before = filled(draft);
        QMap<QString, QString> renameMap;
        for (const QString &rename : renames)
            renameMap.insert(rename.section(u'=', 0, 0), rename.section(u'=', 1));
        reviseTemplateVariables(draft, renameMap, dropped);
        QCOMPARE(draft.templ.messages.constFirst().text(), expected);
        QCOMPARE(filled(draft), before);
    }
};

QTEST_GUILESS_MAIN(TestTemplateReview)
#include "tst_templatereview.moc"
