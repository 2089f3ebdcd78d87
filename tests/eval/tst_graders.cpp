#include "eval/graders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace pw;

namespace {

// A value written as JSON text in the data tables; empty: no value.
QJsonValue valueFrom(const QString &json)
{
    if (json.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const std::optional<QJsonValue> value = parseJsonValue(json);
    if (!value)
        qFatal("bad JSON in the test table: %s", qPrintable(json));
    return *value;
}

Assertion assertion(const QString &type, const QString &valueJson, double threshold = std::nan(""))
{
    Assertion a;
    a.type = type;
    a.value = valueFrom(valueJson);
    if (!std::isnan(threshold))
        a.threshold = threshold;
    return a;
}

CellResult answered(const QString &output, qint64 latencyMs = 100, std::optional<double> cost = 0.002)
{
    CellResult cell;
    cell.caseId = QStringLiteral("case-1");
    cell.status = CellResult::Status::Succeeded;
    cell.output = output;
    cell.latencyMs = latencyMs;
    cell.costUsd = cost;
    return cell;
}

const QString personSchema = QStringLiteral(
    R"({"type":"object","properties":{"name":{"type":"string","minLength":1},"age":{"type":"integer","minimum":0}},)"
    R"("required":["name","age"],"additionalProperties":false})");

} // namespace

class TestGraders : public QObject
{
    Q_OBJECT

private slots:
    void grades_data();
    void grades();
    void reasonNamesWhatFailed();
    void unusableAssertionsFailWithTheProblem_data();
    void unusableAssertionsFailWithTheProblem();
    void modelGradedNeedsAGrader();
    void scores_data();
    void scores();
    void failedCellFails();
    void containsJsonSurvivesUnbalancedBraces();
    void parseJsonValueReadsScalars();
};

void TestGraders::grades_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value"); // JSON text
    QTest::addColumn<double>("threshold"); // NaN: none
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("pass");

    const double none = std::nan("");
    auto row = [&](const char *name, const char *type, const QString &value, double threshold, const QString &output, bool pass) {
        QTest::newRow(name) << QString::fromUtf8(type) << value << threshold << output << pass;
    };

    row("equals pass", "equals", QStringLiteral(R"("Paris")"), none, QStringLiteral("Paris"), true);
    row("equals fail", "equals", QStringLiteral(R"("Paris")"), none, QStringLiteral("Paris."), false);
    row("equals json pass", "equals", QStringLiteral(R"({"a":1,"b":[true]})"), none, QStringLiteral(R"( {"b":[true],"a":1.0} )"),
        true);
    row("equals json fail", "equals", QStringLiteral(R"({"a":1})"), none, QStringLiteral(R"({"a":"1"})"), false);
    row("equals number pass", "equals", QStringLiteral("42"), none, QStringLiteral("42"), true);
    row("contains pass", "contains", QStringLiteral(R"("Ada")"), none, QStringLiteral("Hello, Ada!"), true);
    row("contains fail", "contains", QStringLiteral(R"("Ada")"), none, QStringLiteral("Hello, ada!"), false);
    row("icontains pass", "icontains", QStringLiteral(R"("ÄDA")"), none, QStringLiteral("Hello, äda!"), true);
    row("icontains fail", "icontains", QStringLiteral(R"("Ada")"), none, QStringLiteral("Hello, Bob!"), false);
    row("contains-any pass", "contains-any", QStringLiteral(R"(["cat","dog"])"), none, QStringLiteral("a dog"), true);
    row("contains-any fail", "contains-any", QStringLiteral(R"(["cat","dog"])"), none, QStringLiteral("a Dog"), false);
    row("contains-any commas pass", "contains-any", QStringLiteral(R"("cat, dog")"), none, QStringLiteral("a dog"), true);
    row("contains-all pass", "contains-all", QStringLiteral(R"(["cat","dog"])"), none, QStringLiteral("cat and dog"), true);
    row("contains-all fail", "contains-all", QStringLiteral(R"(["cat","dog"])"), none, QStringLiteral("cat and Dog"), false);
    row("icontains-any pass", "icontains-any", QStringLiteral(R"(["CAT","bird"])"), none, QStringLiteral("a cat"), true);
    row("icontains-any fail", "icontains-any", QStringLiteral(R"(["CAT","bird"])"), none, QStringLiteral("a dog"), false);
    row("icontains-all pass", "icontains-all", QStringLiteral(R"(["CAT","Dog"])"), none, QStringLiteral("cat and DOG"), true);
    row("icontains-all fail", "icontains-all", QStringLiteral(R"(["CAT","Dog"])"), none, QStringLiteral("cat and bird"), false);
    row("starts-with pass", "starts-with", QStringLiteral(R"("Dear")"), none, QStringLiteral("Dear Ada,"), true);
    row("starts-with fail", "starts-with", QStringLiteral(R"("Dear")"), none, QStringLiteral(" Dear Ada,"), false);
    row("regex pass", "regex", QStringLiteral(R"("\\d{3}-\\d{4}")"), none, QStringLiteral("call 555-1234 now"), true);
    row("regex fail", "regex", QStringLiteral(R"("^\\d{3}-\\d{4}$")"), none, QStringLiteral("call 555-1234 now"), false);
    row("is-json pass", "is-json", QString(), none, QStringLiteral(R"( {"a": [1, 2]} )"), true);
    row("is-json scalar pass", "is-json", QString(), none, QStringLiteral("\"text\""), true);
    row("is-json fail", "is-json", QString(), none, QStringLiteral(R"(Here: {"a": 1})"), false);
    row("is-json schema pass", "is-json", personSchema, none, QStringLiteral(R"({"name":"Ada","age":36})"), true);
    row("is-json schema fail", "is-json", personSchema, none, QStringLiteral(R"({"name":"Ada","age":36.5})"), false);
    // is-json's schema may also come as JSON text (a CSV cell, a YAML string).
    const QString schemaAsText = QString::fromUtf8(QJsonDocument(QJsonArray {personSchema}).toJson(QJsonDocument::Compact));
    row("is-json schema as text pass", "is-json", schemaAsText.mid(1).chopped(1), none,
        QStringLiteral(R"({"name":"Ada","age":3})"), true);
    row("contains-json pass", "contains-json", QString(), none, QStringLiteral("Sure! {\"a\": {\"b\": \"}\"}} Done."), true);
    row("contains-json fail", "contains-json", QString(), none, QStringLiteral("Sure! {a: 1} Done."), false);
    row("contains-json schema pass", "contains-json", personSchema, none,
        QStringLiteral(R"(First {"x":1}, then {"name":"Ada","age":36}.)"), true);
    row("contains-json schema fail", "contains-json", personSchema, none, QStringLiteral(R"(Only {"name":"Ada"}.)"), false);
    row("is-xml pass", "is-xml", QString(), none, QStringLiteral("<a><b>x &amp; y</b></a>\n"), true);
    row("is-xml fail", "is-xml", QString(), none, QStringLiteral("<a><b>x</a></b>"), false);
    row("is-xml plain text fail", "is-xml", QString(), none, QStringLiteral("just words"), false);
    row("is-xml elements pass", "is-xml", QStringLiteral(R"("a.b, a.c")"), none, QStringLiteral("<a><b/><c/></a>"), true);
    row("is-xml elements fail", "is-xml", QStringLiteral(R"({"requiredElements":["a.b","a.d"]})"), none,
        QStringLiteral("<a><b/><c/></a>"), false);
    row("levenshtein pass", "levenshtein", QStringLiteral(R"("kitten")"), 3, QStringLiteral("sitting"), true);
    row("levenshtein fail", "levenshtein", QStringLiteral(R"("kitten")"), 2, QStringLiteral("sitting"), false);
    row("levenshtein default threshold fail", "levenshtein", QStringLiteral(R"("abc")"), none, QStringLiteral("abcdefghi"),
        false);
    row("latency pass", "latency", QString(), 100, QStringLiteral("x"), true);
    row("latency fail", "latency", QString(), 99, QStringLiteral("x"), false);
    row("cost pass", "cost", QString(), 0.002, QStringLiteral("x"), true);
    row("cost fail", "cost", QString(), 0.001, QStringLiteral("x"), false);
    row("not-contains pass", "not-contains", QStringLiteral(R"("sorry")"), none, QStringLiteral("Here it is."), true);
    row("not-contains fail", "not-contains", QStringLiteral(R"("sorry")"), none, QStringLiteral("I am sorry."), false);
    row("not-is-json pass", "not-is-json", QString(), none, QStringLiteral("plain"), true);
    row("not-regex fail", "not-regex", QStringLiteral(R"("[0-9]")"), none, QStringLiteral("a1"), false);
}

void TestGraders::grades()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(double, threshold);
    QFETCH(QString, output);
    QFETCH(bool, pass);

    const Assertion a = assertion(type, value, threshold);
    QCOMPARE(assertionProblem(a), std::nullopt);
    const GradeResult grade = gradeAssertion(a, answered(output));
    QCOMPARE(grade.pass, pass);
    QCOMPARE(grade.score, pass ? 1.0 : 0.0);
    QCOMPARE(grade.assertionType, type);
    QVERIFY(!grade.reason.isEmpty());
}

void TestGraders::reasonNamesWhatFailed()
{
    GradeResult grade = gradeAssertion(
        assertion(QStringLiteral("contains-all"), QStringLiteral(R"(["cat","dog"])")), answered(QStringLiteral("a cat")));
    QCOMPARE(grade.reason, QStringLiteral(R"(expected the output to contain all of "cat", "dog": missing "dog")"));
    grade = gradeAssertion(
        assertion(QStringLiteral("not-contains"), QStringLiteral(R"("sorry")")), answered(QStringLiteral("so sorry")));
    QCOMPARE(grade.reason, QStringLiteral(R"(expected the output not to contain "sorry")"));
    grade = gradeAssertion(
        assertion(QStringLiteral("is-json"), personSchema), answered(QStringLiteral(R"({"name":"Ada","age":-1})")));
    QCOMPARE(grade.reason,
        QStringLiteral("expected the output to be JSON matching the schema: it does not match the schema: "
                       "/age: -1 is less than the minimum 0"));
    grade = gradeAssertion(assertion(QStringLiteral("latency"), QString(), 50), answered(QStringLiteral("x"), -1));
    QCOMPARE(grade.reason, QStringLiteral("expected the output to take at most 50 ms: the latency is unknown"));
    grade = gradeAssertion(assertion(QStringLiteral("cost"), QString(), 1), answered(QStringLiteral("x"), 5, std::nullopt));
    QVERIFY(!grade.pass);
    QVERIFY2(grade.reason.contains(QLatin1String("no cost estimate")), qPrintable(grade.reason));
}

void TestGraders::unusableAssertionsFailWithTheProblem_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QString>("problem");

    const double none = std::nan("");
    QTest::newRow("unknown type") << QStringLiteral("javascript") << QStringLiteral(R"("1")") << none
                                  << QStringLiteral("unknown assertion type \"javascript\"");
    QTest::newRow("contains without value") << QStringLiteral("contains") << QString() << none
                                            << QStringLiteral("contains needs a text value");
    QTest::newRow("bad regex") << QStringLiteral("regex") << QStringLiteral("\"a(b\"") << none
                               << QStringLiteral("the regular expression is invalid at offset 3");
    QTest::newRow("bad schema") << QStringLiteral("is-json") << QStringLiteral(R"({"type":"strin"})") << none
                                << QStringLiteral("the schema is unusable: /type: must be one of");
    QTest::newRow("unsupported schema keyword") << QStringLiteral("contains-json") << QStringLiteral(R"({"oneOf":[true]})")
                                                << none << QStringLiteral("/oneOf: the keyword is not supported");
    QTest::newRow("schema text not JSON") << QStringLiteral("is-json") << QStringLiteral(R"("{type")") << none
                                          << QStringLiteral("the schema is not valid JSON");
    QTest::newRow("latency without threshold")
        << QStringLiteral("latency") << QString() << none << QStringLiteral("latency needs a threshold");
    QTest::newRow("empty list") << QStringLiteral("contains-any") << QStringLiteral("[]") << none
                                << QStringLiteral("contains-any needs a list");
    QTest::newRow("rubric without criteria")
        << QStringLiteral("llm-rubric") << QString() << none << QStringLiteral("llm-rubric needs the criteria");
}

void TestGraders::unusableAssertionsFailWithTheProblem()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(double, threshold);
    QFETCH(QString, problem);

    const Assertion a = assertion(type, value, threshold);
    const std::optional<QString> found = assertionProblem(a);
    QVERIFY(found);
    QVERIFY2(found->startsWith(problem) || found->contains(problem), qPrintable(*found));
    const GradeResult grade = gradeAssertion(a, answered(QStringLiteral("anything")));
    QVERIFY(!grade.pass);
    QCOMPARE(grade.reason, *found);
}

void TestGraders::modelGradedNeedsAGrader()
{
    for (const QString &type : modelGradedAssertionTypes()) {
        Assertion a = assertion(type, QStringLiteral(R"("is polite")"));
        QVERIFY(isModelGraded(a));
        a.type = QStringLiteral("not-") + type;
        QVERIFY(isModelGraded(a));
        const GradeResult grade = gradeAssertion(a, answered(QStringLiteral("Hello")));
        QVERIFY(!grade.pass);
        QVERIFY2(grade.reason.contains(QLatin1String("needs a grader model")), qPrintable(grade.reason));
    }
    QVERIFY(!isModelGraded(assertion(QStringLiteral("contains"), QStringLiteral(R"("x")"))));
}

void TestGraders::scores_data()
{
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<QList<bool>>("passes");
    QTest::addColumn<double>("threshold"); // NaN: none
    QTest::addColumn<double>("score");
    QTest::addColumn<bool>("pass");

    const double none = std::nan("");
    QTest::newRow("no assertions") << QList<double> {} << QList<bool> {} << none << 1.0 << true;
    QTest::newRow("all pass") << QList<double> {1, 1} << QList<bool> {true, true} << none << 1.0 << true;
    QTest::newRow("one fails") << QList<double> {1, 1} << QList<bool> {true, false} << none << 0.5 << false;
    QTest::newRow("weighted mean") << QList<double> {3, 1} << QList<bool> {true, false} << none << 0.75 << false;
    QTest::newRow("weight 0 never fails") << QList<double> {1, 0} << QList<bool> {true, false} << none << 1.0 << true;
    QTest::newRow("threshold reached") << QList<double> {3, 1} << QList<bool> {true, false} << 0.75 << 0.75 << true;
    QTest::newRow("threshold missed") << QList<double> {1, 1} << QList<bool> {true, false} << 0.6 << 0.5 << false;
    QTest::newRow("thirds reach 1") << QList<double> {1, 1, 1} << QList<bool> {true, true, true} << 1.0 << 1.0 << true;
}

void TestGraders::scores()
{
    QFETCH(QList<double>, weights);
    QFETCH(QList<bool>, passes);
    QFETCH(double, threshold);
    QFETCH(double, score);
    QFETCH(bool, pass);

    TestCase testCase;
    if (!std::isnan(threshold))
        testCase.threshold = threshold;
    CellResult cell = answered(QStringLiteral("Ada"));
    for (qsizetype i = 0; i < weights.size(); ++i) {
        Assertion a = assertion(QStringLiteral("contains"), passes[i] ? QStringLiteral(R"("Ada")") : QStringLiteral(R"("Bob")"));
        a.weight = weights[i];
        testCase.assertions.append(a);
    }
    gradeCell(cell, testCase);
    QCOMPARE(cell.grades.size(), weights.size());
    for (qsizetype i = 0; i < weights.size(); ++i)
        QCOMPARE(cell.grades[i].weight, weights[i]);
    QVERIFY2(std::abs(cell.score - score) < 1e-12, qPrintable(QString::number(cell.score)));
    QCOMPARE(cell.pass, pass);
}

void TestGraders::failedCellFails()
{
    TestCase testCase;
    testCase.assertions.append(assertion(QStringLiteral("not-contains"), QStringLiteral(R"("x")")));
    CellResult cell;
    cell.status = CellResult::Status::Failed;
    cell.error = QStringLiteral("HTTP 500");
    gradeCell(cell, testCase);
    QVERIFY(cell.grades.isEmpty());
    QVERIFY(!cell.pass);
    QCOMPARE(cell.score, 0.0);
}

void TestGraders::containsJsonSurvivesUnbalancedBraces()
{
    // Many starts that never close, then one real object: found, and the
    // search stays bounded.
    const QString output = QString(20000, QLatin1Char('{')) + QStringLiteral(R"( and {"ok": true})");
    GradeResult grade = gradeAssertion(assertion(QStringLiteral("contains-json"), QString()), answered(output));
    QVERIFY(!grade.reason.isEmpty());
    grade = gradeAssertion(assertion(QStringLiteral("contains-json"), QString()), answered(QStringLiteral(R"({{"ok": true})")));
    QVERIFY2(grade.pass, qPrintable(grade.reason));
}

void TestGraders::parseJsonValueReadsScalars()
{
    QCOMPARE(parseJsonValue(QStringLiteral(" 3.5 ")), QJsonValue(3.5));
    QCOMPARE(parseJsonValue(QStringLiteral("null")), QJsonValue(QJsonValue::Null));
    QCOMPARE(parseJsonValue(QStringLiteral("1, 2")), std::nullopt);
    QCOMPARE(parseJsonValue(QString()), std::nullopt);
    QString error;
    QCOMPARE(parseJsonValue(QStringLiteral("{\"a\":}"), &error), std::nullopt);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestGraders)
#include "tst_graders.moc"
