#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// promptwerk-cli diff as a separate process.

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(PROMPTWERK_CLI), arguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

} // namespace

class TestDiffCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonRoundTripsPrompts();
    void jsonRoundTripsTextFiles();
    void readableOutput();
    void identicalFiles();
    void standardInput();
    void unreadableInput_data();
    void unreadableInput();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestDiffCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(PROMPTWERK_CLI)));
}

QString TestDiffCli::write(const QString &name, const QByteArray &content)
{
    return pw::test::writeTestFile(m_dir.filePath(name), content);
}

void TestDiffCli::jsonRoundTripsPrompts()
{
    const QJsonObject a = QJsonDocument::fromJson(R"({"system": "You answer in French.\nBe brief.",
        "messages": [{"role": "user", "content": "Summarize {{DOC}} for Ada."},
                     {"role": "assistant", "content": "Sure."},
                     {"role": "user", "content": [{"type": "text", "text": "Thanks, "}, {"type": "text", "text": "bye."}]}]})")
                              .object();
    const QJsonObject b = QJsonDocument::fromJson(R"({"system": "You answer in German.\nBe brief.",
        "messages": [{"role": "user", "content": "Summarize {{DOCUMENT}} for {{NAME}}."},
                     {"role": "user", "content": "Thanks, bye."}]})")
                              .object();
    const QString pathA = write(QStringLiteral("a.json"), QJsonDocument(a).toJson());
    const QString pathB = write(QStringLiteral("b.json"), QJsonDocument(b).toJson());
    const Run run = runCli({QStringLiteral("diff"), pathA, pathB, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1); // they differ
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    const auto textOf = [](const QJsonObject &prompt, const QJsonObject &section, const char *side) -> QString {
        if (section[QLatin1String("name")].toString() == u"system")
            return prompt[QLatin1String("system")].toString();
        if (section[QLatin1String(side)].isNull())
            return {};
        const QJsonValue content
            = prompt[QLatin1String("messages")][section[QLatin1String(side)].toInt()][QLatin1String("content")];
        if (content.isString())
            return content.toString();
        QString joined;
        for (const QJsonValue &block : content.toArray())
            joined += block[QLatin1String("text")].toString();
        return joined;
    };
    const QJsonArray sections = result[QLatin1String("sections")].toArray();
    QStringList statuses;
    for (const QJsonValue &value : sections) {
        const QJsonObject section = value.toObject();
        statuses.append(section[QLatin1String("name")].toString() + u':' + section[QLatin1String("status")].toString());
        QString left, right;
        for (const QJsonValue &op : section[QLatin1String("ops")].toArray()) {
            const QString kind = op[QLatin1String("op")].toString();
            QVERIFY(kind == u"equal" || kind == u"insert" || kind == u"delete");
            if (kind != u"insert")
                left += op[QLatin1String("text")].toString();
            if (kind != u"delete")
                right += op[QLatin1String("text")].toString();
        }
        QCOMPARE(left, textOf(a, section, "left"));
        QCOMPARE(right, textOf(b, section, "right"));
    }
    QCOMPARE(statuses,
        QStringList({QStringLiteral("system:changed"), QStringLiteral("messages[0]:changed"),
            QStringLiteral("messages[1]:removed"), QStringLiteral("messages[2]:unchanged")}));
    const QJsonObject summary = result[QLatin1String("summary")].toObject();
    QCOMPARE(summary[QLatin1String("variablesAdded")].toArray(), QJsonArray({QStringLiteral("NAME")}));
    QCOMPARE(summary[QLatin1String("variablesRenamed")].toArray().size(), 1);
    QCOMPARE(summary[QLatin1String("messagesRemoved")].toInt(), 1);
}

void TestDiffCli::jsonRoundTripsTextFiles()
{
    const QByteArray a
        = "Line one\r\ncaf\xC3\xA9 \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB <doc>\n\xE6\x88\x91\xE5\x96\x9C\xE6\xAC\xA2\xE7\x8C\xAB";
    const QByteArray b
        = "Line one\ncafe \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x94\xAC <document>\n\xE6\x88\x91\xE5\x96\x9C\xE6\xAC\xA2\xE7\x8B\x97!";
    const Run run = runCli(
        {QStringLiteral("--json"), QStringLiteral("diff"), write(QStringLiteral("a.txt"), a), write(QStringLiteral("b.txt"), b)});
    QCOMPARE(run.exitCode, 1); // they differ
    const QJsonArray sections = QJsonDocument::fromJson(run.out).object()[QLatin1String("sections")].toArray();
    QCOMPARE(sections.size(), 1);
    QString left, right;
    for (const QJsonValue &op : sections[0][QLatin1String("ops")].toArray()) {
        if (op[QLatin1String("op")].toString() != u"insert")
            left += op[QLatin1String("text")].toString();
        if (op[QLatin1String("op")].toString() != u"delete")
            right += op[QLatin1String("text")].toString();
    }
    QCOMPARE(left, QString::fromUtf8(a));
    QCOMPARE(right, QString::fromUtf8(b));
}

void TestDiffCli::readableOutput()
{
    const QString pathA = write(QStringLiteral("r1.txt"), "Intro line.\nThe colour is red.\nOutro line.\n");
    const QString pathB = write(QStringLiteral("r2.txt"), "Intro line.\nThe color is {{COLOR}}.\nOutro line.\n");
    const Run run = runCli({QStringLiteral("diff"), pathA, pathB});
    QCOMPARE(run.exitCode, 1); // they differ
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("The [-colour-]{+color+} is [-red-]{+{{COLOR}}+}.")), qPrintable(out));
    QVERIFY(!out.contains(u'\x1b')); // not a terminal: no colours
    QVERIFY(out.contains(QStringLiteral("Summary: 2 changes · words +1 −2 · variables +1 −0")));
    QVERIFY(out.contains(QStringLiteral("Variables: added COLOR")));
    QVERIFY(run.err.isEmpty());
}

void TestDiffCli::identicalFiles()
{
    const QString path = write(QStringLiteral("same.txt"), "Nothing changes here.\n");
    const Run run = runCli({QStringLiteral("diff"), path, path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("No differences.\n"));
    const Run json = runCli({QStringLiteral("diff"), path, path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.out.contains(R"("changes":0)"));
}

void TestDiffCli::standardInput()
{
    const QString path = write(QStringLiteral("stdin-b.txt"), "new words");
    const Run run = runCli({QStringLiteral("diff"), QStringLiteral("-"), path, QStringLiteral("--json")}, "old words");
    QCOMPARE(run.exitCode, 1); // they differ
    QVERIFY2(run.out.contains(R"({"op":"delete","text":"old"},{"op":"insert","text":"new"})"), run.out.constData());
}

void TestDiffCli::unreadableInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringLiteral("missing.txt") << QByteArray() << QStringLiteral("cannot read");
    QTest::newRow("broken json") << QStringLiteral("broken.json") << QByteArray("{\"messages\": [")
                                 << QStringLiteral("broken.json:");
    QTest::newRow("not utf-8") << QStringLiteral("latin1.txt") << QByteArray("caf\xE9") << QStringLiteral("not valid UTF-8");
}

void TestDiffCli::unreadableInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString bad = content.isEmpty() ? m_dir.filePath(name) : write(name, content);
    const QString good = write(QStringLiteral("good.txt"), "fine");
    for (const QStringList &arguments : {QStringList {QStringLiteral("diff"), bad, good},
             QStringList {QStringLiteral("diff"), good, bad, QStringLiteral("--json")}}) {
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(message) && err.contains(name), qPrintable(err));
    }
}

QTEST_GUILESS_MAIN(TestDiffCli)
#include "tst_diffcli.moc"
