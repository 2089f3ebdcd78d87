// Generate Cases in core: the request the tool model gets, and what its
// answer must be before a single case is shown.

#include "eval/casegeneration.h"

#include <QJsonArray>
#include <QTest>

using namespace pw;

namespace {

const QStringList variables {QStringLiteral("COMPANY"), QStringLiteral("QUESTION")};

QString oneCase(const QString &company, const QString &question)
{
    return QStringLiteral(R"({"values":{"COMPANY":"%1","QUESTION":"%2"},"ideal_output":"","description":" d "})")
        .arg(company, question);
}

} // namespace

class TestCaseGeneration : public QObject
{
    Q_OBJECT

private slots:
    void requestNamesTheVariablesAndTheCount()
    {
        Prompt prompt;
        prompt.system = QStringLiteral("You answer for {{COMPANY}}.");
        prompt.messages = {Message::user(QStringLiteral("{{QUESTION}}"))};
        TestCase existing;
        existing.vars
            = {{QStringLiteral("COMPANY"), QStringLiteral("Larder")}, {QStringLiteral("QUESTION"), QStringLiteral("Vegan?")}};
        const CompletionRequest request = caseGenerationRequest(prompt, variables, 7, {existing});
        const QString user = request.messages.constFirst().text();
        QVERIFY(user.contains(QStringLiteral("<count>\n7\n</count>")));
        QVERIFY(user.contains(QStringLiteral("<variables>\nCOMPANY\nQUESTION\n</variables>")));
        QVERIFY(user.contains(QStringLiteral("You answer for {{COMPANY}}.")));
        QVERIFY(user.contains(QStringLiteral("Vegan?")));
        QVERIFY(!request.system.isEmpty());
        // Strict: every variable required, nothing else allowed.
        QJsonValue schema = request.schema;
        for (const char *key : {"properties", "cases", "items", "properties", "values"})
            schema = schema.toObject().value(QLatin1String(key));
        const QJsonObject values = schema.toObject();
        QCOMPARE(values.value(QLatin1String("required")).toArray().size(), 2);
        QCOMPARE(values.value(QLatin1String("additionalProperties")).toBool(true), false);
        // The count is kept within what one answer can hold.
        QVERIFY(caseGenerationRequest(prompt, variables, 500, {})
                    .messages.constFirst()
                    .text()
                    .contains(QStringLiteral("<count>\n%1\n</count>").arg(maxGeneratedCases)));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("cases"); // -1: refused
        QTest::addColumn<QString>("error");
        QTest::newRow("two") << QStringLiteral(R"({"cases":[%1,%2]})")
                                    .arg(oneCase(QStringLiteral("A"), QStringLiteral("a?")),
                                        oneCase(QStringLiteral("B"), QStringLiteral("b?")))
                             << 5 << 2 << QString();
        QTest::newRow("more than asked: the first ones")
            << QStringLiteral(R"({"cases":[%1,%1,%1]})").arg(oneCase(QStringLiteral("A"), QStringLiteral("a?"))) << 2 << 2
            << QString();
        QTest::newRow("in a code fence")
            << QStringLiteral("```json\n{\"cases\":[%1]}\n```").arg(oneCase(QStringLiteral("A"), QStringLiteral("a?"))) << 5 << 1
            << QString();
        QTest::newRow("prose") << QStringLiteral("Sure! Here are the cases.") << 5 << -1 << QStringLiteral("is not JSON");
        QTest::newRow("a value that is a number")
            << QStringLiteral(R"({"cases":[{"values":{"COMPANY":"A","QUESTION":3},"ideal_output":"","description":""}]})") << 5
            << -1 << QStringLiteral("/cases/0/values/QUESTION");
        QTest::newRow("a variable the prompt lacks") << QStringLiteral(
            R"({"cases":[{"values":{"COMPANY":"A","QUESTION":"q","CITY":"x"},"ideal_output":"","description":""}]})")
                                                     << 5 << -1 << QStringLiteral("CITY");
        QTest::newRow("no cases") << QStringLiteral(R"({"cases":[]})") << 5 << -1 << QStringLiteral("holds no test cases");
    }

    void parse()
    {
        QFETCH(QString, answer);
        QFETCH(int, count);
        QFETCH(int, cases);
        QFETCH(QString, error);
        QString problem;
        const std::optional<TestSuite> parsed = parseGeneratedCases(answer, variables, count, &problem);
        if (cases < 0) {
            QVERIFY(!parsed);
            QVERIFY2(problem.contains(error), qPrintable(problem));
            return;
        }
        QVERIFY2(parsed, qPrintable(problem));
        QCOMPARE(parsed->size(), cases);
        QCOMPARE(parsed->constFirst().vars.value(QStringLiteral("COMPANY")), QStringLiteral("A"));
        QCOMPARE(parsed->constFirst().description, QStringLiteral("d"));
        QVERIFY(parsed->constFirst().id.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseGeneration)
#include "tst_casegeneration.moc"
