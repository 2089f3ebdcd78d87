#include "prompt/jsonwrite.h"
#include "prompt/variables.h"

#include <QTest>

using namespace pw;

class TestJsonWrite : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void stringWriterMatchesDocumentWriter_data() { roundTrip_data(); }
    void stringWriterMatchesDocumentWriter();
    void leavesOtherTextAlone();
    void variableNameProblem_data();
    void variableNameProblem();
};

void TestJsonWrite::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("escape"); // what the written JSON must hold instead of the raw character
    const auto row = [](const char *name, char16_t unit, const char *escape) {
        QTest::newRow(name) << (QString(QChar(unit)) + QStringLiteral("Hello {{NAME}}")) << QByteArray(escape);
    };
    row("byte order mark", 0xfeff, "\\ufeff");
    row("noncharacter fffe", 0xfffe, "\\ufffe");
    row("noncharacter ffff", 0xffff, "\\uffff");
    row("line separator", 0x2028, "\\u2028");
    row("paragraph separator", 0x2029, "\\u2029");
    row("lone high surrogate", 0xd800, "\\ud800");
    row("lone low surrogate", 0xdfff, "\\udfff");
    row("control", 0x0001, "\\u0001");
    row("form feed", 0x000c, "\\f");
    QTest::newRow("byte order mark inside") << QStringLiteral("a\ufeffb\ufeff") << QByteArray("a\\ufeffb\\ufeff");
    QTest::newRow("pair stays raw") << QStringLiteral("\ufeff😀") << QByteArray("\\ufeff\xF0\x9F\x98\x80");
}

void TestJsonWrite::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, escape);
    // As a key and as a value, at the start of the string, where Qt's reader drops a raw U+FEFF.
    const QJsonObject object {{text, text}, {QStringLiteral("list"), QJsonArray {text, QString(QStringLiteral("x") + text)}}};
    for (const QJsonDocument::JsonFormat format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
        const QByteArray json = toJsonBytes(object, format);
        QVERIFY2(json.contains(escape), json.constData());
        QJsonParseError error;
        const QJsonDocument read = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(read.object(), object);
        QCOMPARE(read.object().value(text).toString(), text);
    }
}

void TestJsonWrite::stringWriterMatchesDocumentWriter()
{
    QFETCH(QString, text);
    // The diff writes its JSON piece by piece: the same escapes as everything else.
    QCOMPARE(QByteArray('[' + jsonString(text) + ']'), toJsonBytes(QJsonArray {text}, QJsonDocument::Compact));
}

void TestJsonWrite::leavesOtherTextAlone()
{
    const QJsonObject object {{QStringLiteral("text"), QStringLiteral("翻訳 ✓ é \"q\" \\ / \t")}, {QStringLiteral("n"), 1.5}};
    QCOMPARE(toJsonBytes(object), QJsonDocument(object).toJson(QJsonDocument::Indented));
    QCOMPARE(toJsonBytes(object, QJsonDocument::Compact), QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void TestJsonWrite::variableNameProblem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    const QString rule = QStringLiteral(
        " is not a valid variable name (a letter or underscore, then letters, digits or underscores, as in {{NAME}})");
    QTest::newRow("upper snake") << QStringLiteral("ORDER_ID") << QString();
    QTest::newRow("lower, underscore first") << QStringLiteral("_order2") << QString();
    QTest::newRow("empty") << QString() << QString(QStringLiteral("\"\"") + rule);
    QTest::newRow("space") << QStringLiteral("my var") << QString(QStringLiteral("\"my var\"") + rule);
    QTest::newRow("digit first") << QStringLiteral("2ND") << QString(QStringLiteral("\"2ND\"") + rule);
    QTest::newRow("braces") << QStringLiteral("{{X}}") << QString(QStringLiteral("\"{{X}}\"") + rule);
    QTest::newRow("byte order mark") << QStringLiteral("\ufeffNAME") << QString(QStringLiteral("\"\\ufeffNAME\"") + rule);
    QTest::newRow("nul") << QString(QChar(0)) << QString(QStringLiteral("\"\\u0000\"") + rule);
    QTest::newRow("line break") << QStringLiteral("A\nB") << QString(QStringLiteral("\"A\\nB\"") + rule);
    QTest::newRow("lone surrogate") << (QStringLiteral("A") + QChar(0xdc00)) << QString(QStringLiteral("\"A\\udc00\"") + rule);
    QTest::newRow("not ascii") << QStringLiteral("NAMÉ") << QString(QStringLiteral("\"NAMÉ\"") + rule);
}

void TestJsonWrite::variableNameProblem()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    QCOMPARE(pw::variableNameProblem(name), problem);
    QCOMPARE(isValidVariableName(name), problem.isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonWrite)
#include "tst_jsonwrite.moc"
