#include "eval/casefiles.h"
#include "eval/csv.h"

#include "testfiles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(pw::Assertion)

using namespace pw;

namespace {

Assertion assertion(const QString &type, const QJsonValue &value, std::optional<double> threshold = std::nullopt)
{
    Assertion a;
    a.type = type;
    a.value = value;
    a.threshold = threshold;
    return a;
}

QList<QStringList> rows(std::initializer_list<std::initializer_list<const char *>> table)
{
    QList<QStringList> result;
    for (const auto &record : table) {
        QStringList fields;
        for (const char *field : record)
            fields.append(QString::fromUtf8(field));
        result.append(fields);
    }
    return result;
}

} // namespace

class TestCaseFiles : public QObject
{
    Q_OBJECT

private slots:
    void csvFollowsRfc4180_data();
    void csvFollowsRfc4180();
    void csvErrorsNameLineAndColumn_data();
    void csvErrorsNameLineAndColumn();
    void csvConventions();
    void expectedCells_data();
    void expectedCells();
    void jsonLines();
    void jsonLinesErrors_data();
    void jsonLinesErrors();
    void promptfooConfig();
    void promptfooTestList();
    void promptfooFileReferences();
    void yamlErrors_data();
    void yamlErrors();
    void csvExportReadsBack();
    void csvExportOfEmptyCasesReadsBack();
    void csvExportRefusesWhatCsvCannotHold();
    void jsonLinesExportReadsBack();
    void jsonLinesRoundTripKeepsAByteOrderMarkInAKey();
    void readCaseFileChoosesByExtension();
};

void TestCaseFiles::csvFollowsRfc4180_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<QStringList>>("records");

    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n1,2\n")
                         << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("quoted comma and quote") << QByteArray("a,b\n\"x, \"\"y\"\"\",2\n") << rows({{"a", "b"}, {"x, \"y\"", "2"}});
    QTest::newRow("embedded newlines kept as written")
        << QByteArray("a,b\r\n\"line 1\r\nline 2\nline 3\",2\r\n") << rows({{"a", "b"}, {"line 1\r\nline 2\nline 3", "2"}});
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n\"\",x,\n") << rows({{"a", "b", "c"}, {"", "", ""}, {"", "x", ""}});
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n1\r\n\r\n2\n") << rows({{"a"}, {"1"}, {"2"}});
    QTest::newRow("lone empty field") << QByteArray("a\n\"\"\nx\n") << rows({{"a"}, {""}, {"x"}});
    QTest::newRow("U+FEFF after the byte order mark")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFq\n1\n") << rows({{"\uFEFFq"}, {"1"}});
    QTest::newRow("spaces kept") << QByteArray("a\n  x  \n") << rows({{"a"}, {"  x  "}});
    QTest::newRow("unicode") << QByteArray("名前\n\"日本語, テキスト\"\n") << rows({{"名前"}, {"日本語, テキスト"}});
}

void TestCaseFiles::csvFollowsRfc4180()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<QStringList>, records);

    const CsvTable table = parseCsv(data);
    QVERIFY2(table.ok(), qPrintable(table.error));
    QList<QStringList> texts;
    for (const QList<CsvField> &record : table.records) {
        QStringList fields;
        for (const CsvField &field : record)
            fields.append(field.text);
        texts.append(fields);
    }
    QCOMPARE(texts, records);
    // What csvRecord() writes reads back the same.
    QString written;
    for (const QStringList &record : records)
        written += csvRecord(record);
    const CsvTable again = parseCsv(written.toUtf8());
    QVERIFY(again.ok());
    QCOMPARE(again.records.size(), records.size());
    for (qsizetype r = 0; r < records.size(); ++r) {
        for (qsizetype c = 0; c < records[r].size(); ++c)
            QCOMPARE(again.records[r][c].text, records[r][c]);
    }
}

void TestCaseFiles::csvErrorsNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");

    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\nstill open\n")
                                    << QStringLiteral("t.csv:2:3: the quoted field is never closed");
    QTest::newRow("text after quote") << QByteArray("a,b\n\"x\"y,2\n")
                                      << QStringLiteral("t.csv:2:4: text after the closing quote of a field (found \"y\")");
    QTest::newRow("quote inside field") << QByteArray("a,b\n1,x\"y\n")
                                        << QStringLiteral("t.csv:2:4: a quote inside a field that does not start with one "
                                                          "(quote the whole field and double the quote)");
    QTest::newRow("short record") << QByteArray("a,b\r\n1,2\r\n3\r\n")
                                  << QStringLiteral("t.csv:3:1: 1 fields where the header has 2");
    QTest::newRow("long record after a multi-line field")
        << QByteArray("a,b\n\"1\n2\",3,4\n") << QStringLiteral("t.csv:2:1: 3 fields where the header has 2");
    QTest::newRow("not utf-8") << QByteArray("a\nok\n\xC3\x28\n") << QStringLiteral("t.csv:3:1: the file is not UTF-8 text");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("t.csv: the file is empty: there is no header row");
    QTest::newRow("unnamed column") << QByteArray("a,,b\n") << QStringLiteral("t.csv:1:3: a column has no name");
    QTest::newRow("duplicate column") << QByteArray("a,b,a\n") << QStringLiteral("t.csv:1:5: the column \"a\" appears twice");
    QTest::newRow("unknown column") << QByteArray("a,__expexted\n") << QStringLiteral("t.csv:1:3: unknown column \"__expexted\"");
    // Found by fuzz_casecsv: such a column read fine but its cases could not be
    // written as JSON Lines and read back; every reader of cases refuses it now.
    QTest::newRow("not a variable name") << QByteArray("city,#_expected2\nParis,x\n")
                                         << QStringLiteral("t.csv:1:6: \"#_expected2\" is not a valid variable name (a letter or "
                                                           "underscore, then letters, digits or underscores, as in {{NAME}})");
    QTest::newRow("prefix") << QByteArray("a,__prefix\n")
                            << QStringLiteral("t.csv:1:3: the column \"__prefix\" changes the prompt, which Promptwerk does not "
                                              "support; add the text to the prompt instead");
    QTest::newRow("bad threshold") << QByteArray("a,__threshold\nx,high\n")
                                   << QStringLiteral("t.csv:2:3: __threshold: must be a number (found \"high\")");
    QTest::newRow("unsupported type") << QByteArray("a,__expected\nx,javascript:output.length > 3\n")
                                      << QStringLiteral("t.csv:2:3: __expected: promptfoo's assertion type \"javascript\" is not "
                                                        "supported by Promptwerk");
    QTest::newRow("bad regex in second row") << QByteArray("q,__expected1,__expected2\nx,contains:a,\ny,,\"regex:(\"\n")
                                             << QStringLiteral("t.csv:3:4: __expected2: the regular expression is invalid at "
                                                               "offset 1: missing closing parenthesis");
}

void TestCaseFiles::csvErrorsNameLineAndColumn()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);

    const CaseImport result = importCasesFromCsv(data, QStringLiteral("t.csv"));
    QCOMPARE(result.error, error);
    QVERIFY(result.cases.isEmpty());
}

void TestCaseFiles::csvConventions()
{
    const QByteArray data
        = "\xEF\xBB\xBF"
          "city,country,__expected,__expected2,__description,__threshold,__metric,__metadata:source,__ideal\r\n"
          "Paris,France,contains:Paris,\"not-icontains:sorry\",capital,0.5,accuracy,atlas,\"Paris is the capital.\r\n"
          "It is on the Seine.\"\r\n"
          "Lyon,,Lyon,,,,,,\r\n";
    const CaseImport result = importCasesFromCsv(data, QStringLiteral("t.csv"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.cases.size(), 2);

    const TestCase &first = result.cases[0];
    QCOMPARE(first.id, QStringLiteral("case-1"));
    QCOMPARE(first.vars,
        (VariableValues {
            {QStringLiteral("city"), QStringLiteral("Paris")}, {QStringLiteral("country"), QStringLiteral("France")}}));
    QCOMPARE(first.description, QStringLiteral("capital"));
    QCOMPARE(first.threshold, 0.5);
    QCOMPARE(first.metadata.value(QStringLiteral("source")), QStringLiteral("atlas"));
    QCOMPARE(first.idealOutput, QStringLiteral("Paris is the capital.\r\nIt is on the Seine."));
    QCOMPARE(first.assertions.size(), 2);
    Assertion contains = assertion(QStringLiteral("contains"), QStringLiteral("Paris"));
    contains.metric = QStringLiteral("accuracy");
    QCOMPARE(first.assertions[0], contains);
    QCOMPARE(first.assertions[1].type, QStringLiteral("not-icontains"));
    QCOMPARE(first.assertions[1].metric, QStringLiteral("accuracy"));

    const TestCase &second = result.cases[1];
    QCOMPARE(second.id, QStringLiteral("case-2"));
    QCOMPARE(second.vars.value(QStringLiteral("country")), QString());
    QCOMPARE(second.assertions, QList<Assertion> {assertion(QStringLiteral("equals"), QStringLiteral("Lyon"))});
    QCOMPARE(second.threshold, std::nullopt);
}

void TestCaseFiles::expectedCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<Assertion>("expected");

    QTest::newRow("no prefix is equals") << QStringLiteral(" Paris ")
                                         << assertion(QStringLiteral("equals"), QStringLiteral(" Paris "));
    QTest::newRow("unknown prefix is equals")
        << QStringLiteral("hello: world") << assertion(QStringLiteral("equals"), QStringLiteral("hello: world"));
    QTest::newRow("contains") << QStringLiteral("contains: Ada ") << assertion(QStringLiteral("contains"), QStringLiteral("Ada"));
    QTest::newRow("negated") << QStringLiteral("not-starts-with:Sorry")
                             << assertion(QStringLiteral("not-starts-with"), QStringLiteral("Sorry"));
    QTest::newRow("list") << QStringLiteral("icontains-all:red, green ,blue")
                          << assertion(QStringLiteral("icontains-all"),
                                 QJsonArray {QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")});
    QTest::newRow("threshold") << QStringLiteral("levenshtein(3):kitten")
                               << assertion(QStringLiteral("levenshtein"), QStringLiteral("kitten"), 3);
    QTest::newRow("latency") << QStringLiteral("latency(1500)") << assertion(QStringLiteral("latency"), QJsonValue(), 1500);
    QTest::newRow("cost as value") << QStringLiteral("cost:0.01") << assertion(QStringLiteral("cost"), QStringLiteral("0.01"));
    QTest::newRow("grade") << QStringLiteral("grade: is polite")
                           << assertion(QStringLiteral("llm-rubric"), QStringLiteral("is polite"));
    QTest::newRow("llm-rubric") << QStringLiteral("llm-rubric:cites a source")
                                << assertion(QStringLiteral("llm-rubric"), QStringLiteral("cites a source"));
    QTest::newRow("multi-line rubric") << QStringLiteral("llm-rubric:one\ntwo")
                                       << assertion(QStringLiteral("llm-rubric"), QStringLiteral("one\ntwo"));
    QTest::newRow("is-json") << QStringLiteral("is-json") << assertion(QStringLiteral("is-json"), QJsonValue());
    QTest::newRow("is-json schema") << QStringLiteral(R"(is-json:{"type":"object","required":["a"]})")
                                    << assertion(QStringLiteral("is-json"),
                                           QJsonObject {{QStringLiteral("type"), QStringLiteral("object")},
                                               {QStringLiteral("required"), QJsonArray {QStringLiteral("a")}}});
    QTest::newRow("factuality") << QStringLiteral("factuality:Paris is in France")
                                << assertion(QStringLiteral("factuality"), QStringLiteral("Paris is in France"));
}

void TestCaseFiles::expectedCells()
{
    QFETCH(QString, cell);
    QFETCH(Assertion, expected);
    QString error;
    const std::optional<Assertion> parsed = assertionFromCsvCell(cell, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, expected);
}

void TestCaseFiles::jsonLines()
{
    const QByteArray data
        = "\xEF\xBB\xBF"
          R"({"vars": {"city": "Paris", "n": 3, "ok": true}, "description": "capital", "threshold": 0.5,)"
          R"( "assert": [{"type": "contains", "value": "Paris", "weight": 2, "metric": "m"},)"
          R"( {"type": "llm-rubric", "value": "is polite", "provider": {"id": "claude-haiku-4-5"}, "rubricPrompt": "Judge."}],)"
          R"( "metadata": {"k": "v"}, "ideal": "Paris.", "options": {"ignored": true}})"
          "\r\n\r\n"
          R"({"vars": {"city": "Lyon"}})"
          "\n";
    const CaseImport result = importCasesFromJsonLines(data, QStringLiteral("t.jsonl"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.cases.size(), 2);
    const TestCase &first = result.cases[0];
    QCOMPARE(first.id, QStringLiteral("case-1"));
    QCOMPARE(first.vars.value(QStringLiteral("n")), QStringLiteral("3"));
    QCOMPARE(first.vars.value(QStringLiteral("ok")), QStringLiteral("true"));
    QCOMPARE(first.description, QStringLiteral("capital"));
    QCOMPARE(first.threshold, 0.5);
    QCOMPARE(first.idealOutput, QStringLiteral("Paris."));
    QCOMPARE(first.metadata.value(QStringLiteral("k")), QStringLiteral("v"));
    QCOMPARE(first.assertions.size(), 2);
    QCOMPARE(first.assertions[0].weight, 2.0);
    QCOMPARE(first.assertions[0].metric, QStringLiteral("m"));
    QCOMPARE(first.assertions[1].provider, QStringLiteral("claude-haiku-4-5"));
    QCOMPARE(first.assertions[1].rubricPrompt, QStringLiteral("Judge."));
    QCOMPARE(result.cases[1].id, QStringLiteral("case-2"));
}

void TestCaseFiles::jsonLinesErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");

    QTest::newRow("syntax") << QByteArray("{\"vars\": {}}\n\n{\"vars\": {\"a\": }\n")
                            << QStringLiteral("t.jsonl:3:17: invalid JSON: object is missing after a comma");
    QTest::newRow("not an object") << QByteArray("[1]\n")
                                   << QStringLiteral("t.jsonl:1: each line must be a JSON object (a test case)");
    QTest::newRow("assert type") << QByteArray("{\"assert\": [{\"value\": 1}]}\n")
                                 << QStringLiteral("t.jsonl:1: assert[0].type: is required");
    QTest::newRow("unknown type") << QByteArray("{}\n{\"assert\": [{\"type\": \"similar\", \"value\": \"x\"}]}\n")
                                  << QStringLiteral("t.jsonl:2: assert[0]: unknown assertion type \"similar\" (known: equals, "
                                                    "contains, icontains, contains-any, contains-all, icontains-any, "
                                                    "icontains-all, starts-with, regex, is-json, contains-json, is-xml, "
                                                    "levenshtein, latency, cost, llm-rubric, factuality, model-graded-closedqa)");
    QTest::newRow("var list") << QByteArray("{\"vars\": {\"a\": [1, 2]}}\n")
                              << QStringLiteral("t.jsonl:1: vars.a: must be a text, a number or a boolean (found array; lists "
                                                "of values are not supported)");
    QTest::newRow("threshold") << QByteArray("{\"threshold\": \"0.5\"}\n")
                               << QStringLiteral("t.jsonl:1: threshold: must be a number (found string)");
}

void TestCaseFiles::jsonLinesErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const CaseImport result = importCasesFromJsonLines(data, QStringLiteral("t.jsonl"));
    QCOMPARE(result.error, error);
    QVERIFY(result.cases.isEmpty());
}

void TestCaseFiles::promptfooConfig()
{
    const QByteArray yaml = R"(description: capitals
prompts:
  - "What is the capital of {{country}}?"
providers: [anthropic:messages:claude-sonnet-4-5]
defaultTest:
  vars:
    style: short
  assert:
    - type: not-icontains
      value: sorry
  threshold: 0.5
tests:
  - description: France
    vars:
      country: France
      year: 2024
    assert:
      - type: contains
        value: Paris
        weight: 3
      - type: is-json
        value:
          type: object
          properties:
            capital: {type: string, maxLength: 20}
          required: [capital]
  - vars: {country: "007", style: long}
    threshold: 1
    assert:
      - type: levenshtein
        value: 'Rome'
        threshold: 2
)";
    const CaseImport result = importCasesFromPromptfooYaml(yaml, QStringLiteral("promptfooconfig.yaml"), QString());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.cases.size(), 2);
    const TestCase &france = result.cases[0];
    QCOMPARE(france.description, QStringLiteral("France"));
    QCOMPARE(france.vars.value(QStringLiteral("style")), QStringLiteral("short"));
    QCOMPARE(france.vars.value(QStringLiteral("year")), QStringLiteral("2024"));
    QCOMPARE(france.threshold, 0.5);
    QCOMPARE(france.assertions.size(), 3);
    QCOMPARE(france.assertions[0].type, QStringLiteral("not-icontains"));
    QCOMPARE(france.assertions[1].weight, 3.0);
    // YAML numbers become JSON numbers, so the schema is usable.
    const QJsonObject schema = france.assertions[2].value.toObject();
    QCOMPARE(schema.value(QLatin1String("properties"))
                 .toObject()
                 .value(QLatin1String("capital"))
                 .toObject()
                 .value(QLatin1String("maxLength")),
        QJsonValue(20));
    const TestCase &second = result.cases[1];
    QCOMPARE(second.id, QStringLiteral("case-2"));
    QCOMPARE(second.vars.value(QStringLiteral("country")), QStringLiteral("007")); // quoted: stays text
    QCOMPARE(second.vars.value(QStringLiteral("style")), QStringLiteral("long"));
    QCOMPARE(second.threshold, 1.0);
    QCOMPARE(second.assertions.size(), 2);
    QCOMPARE(second.assertions[1], assertion(QStringLiteral("levenshtein"), QStringLiteral("Rome"), 2));
}

void TestCaseFiles::promptfooTestList()
{
    const CaseImport result = importCasesFromPromptfooYaml(
        "- vars: {a: x}\n- vars: {a: y}\n  assert: [{type: equals, value: y}]\n", QStringLiteral("tests.yaml"), QString());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.cases.size(), 2);
    QCOMPARE(result.cases[1].assertions, QList<Assertion> {assertion(QStringLiteral("equals"), QStringLiteral("y"))});
}

void TestCaseFiles::promptfooFileReferences()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::writeTestFile(dir.filePath(QStringLiteral("cases.csv")), "a,__expected\n1,contains:1\n2,contains:2\n");
    test::writeTestFile(dir.filePath(QStringLiteral("more.jsonl")), "{\"vars\": {\"a\": \"3\"}}\n");
    const QString config = test::writeTestFile(dir.filePath(QStringLiteral("promptfooconfig.yaml")),
        "defaultTest:\n  assert:\n    - type: not-contains\n      value: error\n"
        "tests:\n  - file://cases.csv\n  - file://more.jsonl\n  - vars: {a: '4'}\n");
    const CaseImport result = readCaseFile(config);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.cases.size(), 4);
    QStringList ids;
    for (const TestCase &testCase : result.cases) {
        ids.append(testCase.id);
        QCOMPARE(testCase.assertions.first().type, QStringLiteral("not-contains"));
    }
    QCOMPARE(ids,
        (QStringList {QStringLiteral("case-1"), QStringLiteral("case-2"), QStringLiteral("case-3"), QStringLiteral("case-4")}));
    QCOMPARE(result.cases[0].assertions.size(), 2);
    QCOMPARE(result.cases[3].vars.value(QStringLiteral("a")), QStringLiteral("4"));

    // A broken referenced file is named in the error.
    test::writeTestFile(dir.filePath(QStringLiteral("cases.csv")), "a,__expected\n1,\"contains:1\n");
    QCOMPARE(readCaseFile(config).error,
        dir.filePath(QStringLiteral("cases.csv")) + QStringLiteral(":2:3: the quoted field is never closed"));
    test::writeTestFile(dir.filePath(QStringLiteral("promptfooconfig.yaml")), "tests: file://missing.csv\n");
    QVERIFY(readCaseFile(config).error.startsWith(
        dir.filePath(QStringLiteral("missing.csv")) + QStringLiteral(": cannot read the file")));
}

void TestCaseFiles::yamlErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");

    QTest::newRow("syntax") << QByteArray("tests:\n  - vars: {a: [1, 2}\n") << QStringLiteral("c.yaml:2:");
    QTest::newRow("no tests") << QByteArray("prompts: [x]\n") << QStringLiteral("c.yaml: the config has no tests");
    QTest::newRow("not a config") << QByteArray("just text\n")
                                  << QStringLiteral("c.yaml: expected a promptfoo config or a list of tests");
    QTest::newRow("bad assertion") << QByteArray(
        "tests:\n  - vars: {a: x}\n  - assert:\n      - type: regex\n        value: '('\n")
                                   << QStringLiteral("c.yaml: tests[1].assert[0]: the regular expression is invalid at offset 1");
    QTest::newRow("var list") << QByteArray("tests:\n  - vars:\n      a: [x, y]\n")
                              << QStringLiteral("c.yaml: tests[0].vars.a: must be a text");
    QTest::newRow("reference not followed") << QByteArray("tests: [file://x.csv]\n")
                                            << QStringLiteral(
                                                   "c.yaml: tests[0]: file references are not followed here (\"file://x.csv\")");
    QTest::newRow("alias bomb") << QByteArray(
        "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
        "tests: [*f]\n") << QStringLiteral("c.yaml: the YAML expands to more than 1000000 values");
    // Found by fuzz_caseyaml: yaml-cpp resolves this alias into a node that
    // contains itself; walking it used to overflow the stack.
    QTest::newRow("alias cycle") << QByteArray("-vars: &v \n- vars: *v\n$ ass\0ty vcll", 35) << QStringLiteral("c.yaml: line ");
    QTest::newRow("deep nesting") << QByteArray(200, '[') + QByteArray(200, ']')
                                  << QStringLiteral("c.yaml: line 1: the YAML nests deeper than 64 levels");
}

void TestCaseFiles::yamlErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const CaseImport result = importCasesFromPromptfooYaml(data, QStringLiteral("c.yaml"), QString());
    QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
    QVERIFY(result.cases.isEmpty());
}

void TestCaseFiles::csvExportReadsBack()
{
    TestSuite cases(2);
    cases[0].id = QStringLiteral("case-1");
    cases[0].description = QStringLiteral("with, comma");
    cases[0].vars
        = {{QStringLiteral("q"), QStringLiteral("multi\nline \"quoted\"")}, {QStringLiteral("r"), QStringLiteral(" x ")}};
    cases[0].threshold = 0.75;
    cases[0].idealOutput = QStringLiteral("ideal");
    cases[0].metadata = {{QStringLiteral("k"), QStringLiteral("v")}};
    cases[0].assertions = {assertion(QStringLiteral("equals"), QStringLiteral("contains:x")),
        assertion(QStringLiteral("equals"), QStringLiteral(" padded ")),
        assertion(QStringLiteral("contains-any"), QJsonArray {QStringLiteral("a"), QStringLiteral("b")}),
        assertion(QStringLiteral("not-levenshtein"), QStringLiteral("kitten"), 2.5),
        assertion(QStringLiteral("latency"), {}, 900),
        assertion(QStringLiteral("is-json"), QJsonObject {{QStringLiteral("type"), QStringLiteral("object")}}),
        assertion(QStringLiteral("llm-rubric"), QStringLiteral("is kind"))};
    for (Assertion &a : cases[0].assertions)
        a.metric = QStringLiteral("quality");
    cases[1].id = QStringLiteral("case-2");
    cases[1].vars = {{QStringLiteral("q"), QStringLiteral("second")}};

    QString error;
    const QByteArray csv = exportCasesToCsv(cases, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(csv.startsWith("q,r,__description,__ideal,__threshold,__metric,__metadata:k,__expected1,"));
    const CaseImport back = importCasesFromCsv(csv, QStringLiteral("export.csv"));
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.cases.size(), 2);
    // Variables missing from a case come back empty: CSV has a cell for every column.
    cases[1].vars.insert(QStringLiteral("r"), QString());
    QCOMPARE(back.cases, cases);
}

void TestCaseFiles::csvExportOfEmptyCasesReadsBack()
{
    // Cases with nothing in them still need a column, or their rows would be blank lines.
    TestSuite cases(2);
    cases[0].id = QStringLiteral("case-1");
    cases[1].id = QStringLiteral("case-2");
    QString error;
    const QByteArray csv = exportCasesToCsv(cases, &error);
    QCOMPARE(csv, QByteArray("__description\r\n\"\"\r\n\"\"\r\n"));
    QCOMPARE(importCasesFromCsv(csv, QStringLiteral("x.csv")).cases, cases);
    QCOMPARE(importCasesFromCsv(exportCasesToCsv({}, &error), QStringLiteral("x.csv")).cases, TestSuite());
}

void TestCaseFiles::csvExportRefusesWhatCsvCannotHold()
{
    TestSuite cases(1);
    cases[0].id = QStringLiteral("case-1");
    Assertion weighted = assertion(QStringLiteral("contains"), QStringLiteral("x"));
    weighted.weight = 2;
    cases[0].assertions = {weighted};
    QString error;
    QVERIFY(exportCasesToCsv(cases, &error).isEmpty());
    QCOMPARE(error,
        QStringLiteral("case-1: assertion 1 (contains) cannot be written as a CSV cell: its weight, grader, rubric "
                       "prompt, metric or value has no CSV form; export to JSON Lines instead"));

    cases[0].assertions = {assertion(QStringLiteral("contains-all"), QJsonArray {QStringLiteral("a,b")})};
    QVERIFY(exportCasesToCsv(cases, &error).isEmpty());
    QVERIFY(error.startsWith(QLatin1String("case-1: assertion 1 (contains-all)")));

    cases[0].assertions.clear();
    cases[0].vars = {{QStringLiteral("__x"), QStringLiteral("1")}};
    QVERIFY(exportCasesToCsv(cases, &error).isEmpty());
    QCOMPARE(error, QStringLiteral("the variable \"__x\" cannot be a CSV column: names starting with \"__\" are reserved there"));
}

void TestCaseFiles::jsonLinesRoundTripKeepsAByteOrderMarkInAKey()
{
    // Found by fuzz_casejsonl: a raw U+FEFF at the start of a key inside an
    // assertion's JSON Schema.
    const QByteArray line = "{\"vars\": {\"a\": \"x\", \"n\": 3}, \"assert\": [{\"type\": \"contains-json\", \"value\": "
                            "{\"type\": \"object\", \"\xEF\xBB\xBFrequired\": [\"a\"]}}]}\r\n";
    const CaseImport imported = importCasesFromJsonLines(line, QStringLiteral("x.jsonl"));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    const CaseImport back = importCasesFromJsonLines(exportCasesToJsonLines(imported.cases), QStringLiteral("y.jsonl"));
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.cases, imported.cases);
}

void TestCaseFiles::jsonLinesExportReadsBack()
{
    TestSuite cases(1);
    cases[0].id = QStringLiteral("case-1");
    cases[0].vars = {{QStringLiteral("a"), QStringLiteral("line\nbreak")}};
    Assertion rubric = assertion(QStringLiteral("llm-rubric"), QStringLiteral("is kind"), 0.8);
    rubric.weight = 2;
    rubric.provider = QStringLiteral("claude-haiku-4-5");
    rubric.rubricPrompt = QStringLiteral("Grade strictly.");
    rubric.metric = QStringLiteral("tone");
    cases[0].assertions = {rubric};
    cases[0].vars.insert(QStringLiteral("name"), QStringLiteral("\uFEFFvalue"));
    cases[0].metadata.insert(QStringLiteral("\uFEFFkey"), QStringLiteral("\uFEFF"));
    const CaseImport back = importCasesFromJsonLines(exportCasesToJsonLines(cases), QStringLiteral("x.jsonl"));
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.cases, cases);
}

void TestCaseFiles::readCaseFileChoosesByExtension()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = test::writeTestFile(dir.filePath(QStringLiteral("a.CSV")), "x\n1\n");
    QCOMPARE(readCaseFile(csv).cases.size(), 1);
    const QString json = test::writeTestFile(dir.filePath(QStringLiteral("a.json")), "[{\"vars\": {\"x\": \"1\"}}, {}]");
    QCOMPARE(readCaseFile(json).cases.size(), 2);
    const QString other = test::writeTestFile(dir.filePath(QStringLiteral("a.txt")), "x\n1\n");
    QCOMPARE(
        readCaseFile(other).error, other + QStringLiteral(": unknown kind of test case file (use .csv, .jsonl, .yaml or .json)"));
}

QTEST_GUILESS_MAIN(TestCaseFiles)
#include "tst_casefiles.moc"
