#include "eval/jsonschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pw;

namespace {

// The suite's files for the keywords the validator supports (draft 7, the
// newest draft Debian's json-schema-test-suite ships).
const QStringList suiteFiles {QStringLiteral("type"), QStringLiteral("properties"), QStringLiteral("required"),
    QStringLiteral("additionalProperties"), QStringLiteral("items"), QStringLiteral("enum"), QStringLiteral("const"),
    QStringLiteral("anyOf"), QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("minLength"),
    QStringLiteral("maxLength"), QStringLiteral("pattern"), QStringLiteral("minItems"), QStringLiteral("maxItems"),
    QStringLiteral("boolean_schema")};

QJsonArray suiteGroups(const QString &name)
{
    QFile file(QStringLiteral(PW_JSON_SCHEMA_TEST_SUITE "/tests/draft7/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).array();
}

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

} // namespace

class TestJsonSchema : public QObject
{
    Q_OBJECT

private slots:
    void officialSuite_data();
    void officialSuite();
    void everyKeywordIsCovered();
    void unsupportedKeywordsAreNamed();
    void schemaProblems_data();
    void schemaProblems();
    void violationsNameThePlace();
    void jsonEqualIgnoresNumberFormAndKeyOrder();
};

void TestJsonSchema::officialSuite_data()
{
    QTest::addColumn<QJsonValue>("schema");
    QTest::addColumn<QJsonValue>("data");
    QTest::addColumn<bool>("valid");

    for (const QString &name : suiteFiles) {
        for (const QJsonValue &groupValue : suiteGroups(name)) {
            const QJsonObject group = groupValue.toObject();
            const QJsonValue schema = group.value(QLatin1String("schema"));
            // Groups that exercise keywords outside the supported set are not ours to pass.
            if (!unsupportedSchemaKeywords(schema).isEmpty())
                continue;
            for (const QJsonValue &testValue : group.value(QLatin1String("tests")).toArray()) {
                const QJsonObject test = testValue.toObject();
                const QString row = name + QStringLiteral(": ") + group.value(QLatin1String("description")).toString()
                    + QStringLiteral(": ") + test.value(QLatin1String("description")).toString();
                QTest::newRow(qPrintable(row))
                    << schema << test.value(QLatin1String("data")) << test.value(QLatin1String("valid")).toBool();
            }
        }
    }
}

void TestJsonSchema::officialSuite()
{
    QFETCH(QJsonValue, schema);
    QFETCH(QJsonValue, data);
    QFETCH(bool, valid);

    QCOMPARE(schemaProblem(schema), std::nullopt);
    const std::optional<QString> violation = schemaViolation(schema, data);
    QVERIFY2(violation.has_value() != valid, qPrintable(violation.value_or(QStringLiteral("(valid)"))));
}

void TestJsonSchema::everyKeywordIsCovered()
{
    // The filter above must not quietly drop a whole keyword.
    for (const QString &name : suiteFiles) {
        int supported = 0;
        for (const QJsonValue &group : suiteGroups(name)) {
            if (unsupportedSchemaKeywords(group.toObject().value(QLatin1String("schema"))).isEmpty())
                supported += int(group.toObject().value(QLatin1String("tests")).toArray().size());
        }
        QVERIFY2(supported >= 2, qPrintable(name));
    }
}

void TestJsonSchema::unsupportedKeywordsAreNamed()
{
    QCOMPARE(unsupportedSchemaKeywords(json(R"({"type":"object","title":"x","properties":{"oneOf":{"$ref":"#/a"}}})")),
        QStringList {QStringLiteral("$ref")});
    QCOMPARE(unsupportedSchemaKeywords(json(R"({"items":[{"type":"string"}],"anyOf":[{"not":{}}]})")),
        (QStringList {QStringLiteral("items (as an array)"), QStringLiteral("not")}));
    QCOMPARE(unsupportedSchemaKeywords(json(R"({"type":"string","format":"email","description":"d"})")), QStringList());
}

void TestJsonSchema::schemaProblems_data()
{
    QTest::addColumn<QJsonValue>("schema");
    QTest::addColumn<QString>("problem");

    QTest::newRow("not a schema") << json("3") << QStringLiteral("/: a schema must be an object or a boolean (found number)");
    QTest::newRow("bad type") << json(R"({"properties":{"a":{"type":["string",1]}}})")
                              << QStringLiteral("/properties/a/type: must be one of null, boolean, object, array, number, "
                                                "integer, string, or an array of them");
    QTest::newRow("bad pattern") << json(R"({"pattern":"("})")
                                 << QStringLiteral("/pattern: is not a valid regular expression: missing closing parenthesis");
    QTest::newRow("negative count") << json(R"({"items":{"minLength":-1}})")
                                    << QStringLiteral("/items/minLength: must be a whole number, 0 or more");
    QTest::newRow("required not strings") << json(R"({"required":[1]})")
                                          << QStringLiteral("/required: must be an array of strings");
    QTest::newRow("unsupported") << json(R"({"anyOf":[{"oneOf":[]}]})")
                                 << QStringLiteral("/anyOf/0/oneOf: the keyword is not supported (supported: type, properties, "
                                                   "required, additionalProperties, items, enum, const, anyOf, minimum, "
                                                   "maximum, minLength, maxLength, pattern, minItems, maxItems)");
}

void TestJsonSchema::schemaProblems()
{
    QFETCH(QJsonValue, schema);
    QFETCH(QString, problem);
    QCOMPARE(schemaProblem(schema).value_or(QString()), problem);
}

void TestJsonSchema::violationsNameThePlace()
{
    const QJsonValue schema = json(R"({"type":"object","properties":{"tags":{"type":"array","items":{"enum":["a","b"]}},
        "name/x":{"type":"string"}},"required":["tags"],"additionalProperties":false})");
    QCOMPARE(schemaViolation(schema, json(R"({"tags":["a","c"]})")), QStringLiteral(R"(/tags/1: "c" is not one of ["a","b"])"));
    QCOMPARE(
        schemaViolation(schema, json(R"({"tags":[],"name/x":2})")), QStringLiteral("/name~1x: expected string (found integer)"));
    QCOMPARE(
        schemaViolation(schema, json(R"({"tags":[],"extra":2})")), QStringLiteral(R"(/: the property "extra" is not allowed)"));
    QCOMPARE(schemaViolation(schema, json(R"({})")), QStringLiteral(R"(/: the required property "tags" is missing)"));
    QCOMPARE(schemaViolation(schema, json(R"({"tags":["b"]})")), std::nullopt);
}

void TestJsonSchema::jsonEqualIgnoresNumberFormAndKeyOrder()
{
    QVERIFY(jsonEqual(json(R"({"a":1,"b":[1.0,{}]})"), json(R"({"b":[1,{}],"a":1.0})")));
    QVERIFY(!jsonEqual(json("false"), json("0")));
    QVERIFY(!jsonEqual(json("[1]"), json("[1,1]")));
    QVERIFY(!jsonEqual(json(R"({"a":null})"), json(R"({})")));
}

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
