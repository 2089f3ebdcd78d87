#include "diff/diffjson.h"
#include "diff/promptdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pw;

namespace {

Prompt prompt(const QString &system, const QList<Message> &messages)
{
    return Prompt {system, messages};
}

Message user(const char *text)
{
    return Message::user(QString::fromUtf8(text));
}

Message assistant(const char *text)
{
    return Message::assistant(QString::fromUtf8(text));
}

const char *statusName(SectionDiff::Status status)
{
    switch (status) {
    case SectionDiff::Status::Unchanged:
        return "=";
    case SectionDiff::Status::Changed:
        return "~";
    case SectionDiff::Status::Added:
        return "+";
    case SectionDiff::Status::Removed:
        return "-";
    }
    return "?";
}

// "system~ 0=0 1~2 +1 -2" : each section as left index, status, right index.
QString outline(const PromptDiff &diff)
{
    QStringList parts;
    for (const SectionDiff &s : diff.sections) {
        const QString left = s.leftIndex >= 0 ? QString::number(s.leftIndex) : QString();
        const QString right = s.rightIndex >= 0 ? QString::number(s.rightIndex) : QString();
        const QString status = QLatin1String(statusName(s.status));
        parts.append(s.isSystem() ? QString(QStringLiteral("system") + status) : QString(left + status + right));
    }
    return parts.join(u' ');
}

QString sectionText(const Prompt &prompt, const QJsonObject &section, const char *side)
{
    if (section.value(QLatin1String("name")).toString() == u"system")
        return prompt.system;
    const QJsonValue index = section.value(QLatin1String(side));
    return index.isNull() ? QString() : prompt.messages.at(index.toInt()).text();
}

} // namespace

class TestPromptDiff : public QObject
{
    Q_OBJECT

private slots:
    void sections_data();
    void sections();
    void titlesAndNames();
    void movedMessagesAreNotWordChanges();
    void variablesSummary_data();
    void variablesSummary();
    void tokenEstimate();
    void jsonRoundTrips_data();
    void jsonRoundTrips();
    void jsonEscapes();
    void jsonOfLongTextsRoundTrips();
    void cancelStopsTheDiff();
};

void TestPromptDiff::sections_data()
{
    QTest::addColumn<Prompt>("left");
    QTest::addColumn<Prompt>("right");
    QTest::addColumn<QString>("expected");

    const Message a = user("Summarize the report in three bullet points.");
    const Message b = assistant("Here are the points you asked for.");
    const Message c = user("Now translate them to French, please.");
    QTest::newRow("identical") << prompt(QStringLiteral("Be brief."), {a, b}) << prompt(QStringLiteral("Be brief."), {a, b})
                               << QStringLiteral("system= 0=0 1=1");
    QTest::newRow("no system at all") << prompt({}, {a}) << prompt({}, {a}) << QStringLiteral("0=0");
    QTest::newRow("system added") << prompt({}, {a}) << prompt(QStringLiteral("Be brief."), {a}) << QStringLiteral("system~ 0=0");
    QTest::newRow("message edited") << prompt({}, {a, c}) << prompt({}, {a, user("Now translate them to German, please.")})
                                    << QStringLiteral("0=0 1~1");
    QTest::newRow("message added at the end") << prompt({}, {a}) << prompt({}, {a, b}) << QStringLiteral("0=0 +1");
    QTest::newRow("message inserted in the middle")
        << prompt({}, {a, c}) << prompt({}, {a, b, c}) << QStringLiteral("0=0 +1 1=2");
    QTest::newRow("message removed") << prompt({}, {a, b, c}) << prompt({}, {a, c}) << QStringLiteral("0=0 1- 2=1");
    QTest::newRow("all messages removed") << prompt({}, {a, b}) << prompt({}, {}) << QStringLiteral("0- 1-");
    QTest::newRow("reordered") << prompt({}, {a, b, c}) << prompt({}, {c, a, b}) << QStringLiteral("+0 0=1 1=2 2-");
    QTest::newRow("edited and one added, paired by content")
        << prompt({}, {a, c}) << prompt({}, {user("Summarize the report in five bullet points."), b, c})
        << QStringLiteral("0~0 +1 1=2");
    QTest::newRow("role changed") << prompt({}, {a}) << prompt({}, {Message::assistant(a.text())}) << QStringLiteral("0~0");
}

void TestPromptDiff::sections()
{
    QFETCH(Prompt, left);
    QFETCH(Prompt, right);
    QFETCH(QString, expected);
    const std::optional<PromptDiff> diff = diffPrompts(left, right);
    QVERIFY(diff);
    QCOMPARE(outline(*diff), expected);
    const bool same = left == right;
    QCOMPARE(diff->summary.changes == 0, same);
}

void TestPromptDiff::titlesAndNames()
{
    const std::optional<PromptDiff> diff = diffPrompts(prompt(QStringLiteral("Old."), {user("Hi"), user("Bye")}),
        prompt(QStringLiteral("New."), {user("Hello there"), assistant("Bye")}));
    QVERIFY(diff);
    QCOMPARE(diff->sections.size(), 3);
    QCOMPARE(diff->sections[0].name(), QStringLiteral("system"));
    QCOMPARE(diff->sections[0].leftTitle(), QStringLiteral("System"));
    QCOMPARE(diff->sections[1].name(), QStringLiteral("messages[0]"));
    QCOMPARE(diff->sections[1].leftTitle(), QStringLiteral("Message 1 · user"));
    QCOMPARE(diff->sections[2].leftTitle(), QStringLiteral("Message 2 · user"));
    QCOMPARE(diff->sections[2].rightTitle(), QStringLiteral("Message 2 · assistant"));
}

void TestPromptDiff::movedMessagesAreNotWordChanges()
{
    const Message a = user("First question about the weather.");
    const Message b = user("Second question about the tides.");
    const std::optional<PromptDiff> diff = diffPrompts(prompt({}, {a, b}), prompt({}, {b, a}));
    QVERIFY(diff);
    QCOMPARE(diff->summary.messagesMoved, 1);
    QCOMPARE(diff->summary.messagesAdded, 0);
    QCOMPARE(diff->summary.messagesRemoved, 0);
    QCOMPARE(diff->summary.wordsAdded, 0);
    QCOMPARE(diff->summary.changes, 1);
    int moved = 0;
    for (const SectionDiff &s : diff->sections)
        moved += s.isMoved() ? 1 : 0;
    QCOMPARE(moved, 2);
}

void TestPromptDiff::variablesSummary_data()
{
    QTest::addColumn<Prompt>("left");
    QTest::addColumn<Prompt>("right");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("renamed");

    QTest::newRow("templatize") << prompt({}, {user("Dear Ada, your order 1234 shipped.")})
                                << prompt({}, {user("Dear {{NAME}}, your order {{ORDER_ID}} shipped.")})
                                << QStringList {QStringLiteral("NAME"), QStringLiteral("ORDER_ID")} << QStringList()
                                << QStringList();
    QTest::newRow("renamed in place") << prompt(QStringLiteral("Use {{TONE}}."), {user("Hi {{NAME}}")})
                                      << prompt(QStringLiteral("Use {{STYLE}}."), {user("Hi {{NAME}}")}) << QStringList()
                                      << QStringList() << QStringList {QStringLiteral("TONE>STYLE")};
    QTest::newRow("removed and added elsewhere is no rename")
        << prompt({}, {user("Hi {{NAME}}. Bye.")}) << prompt({}, {user("Hi. Bye {{FRIEND}}.")})
        << QStringList {QStringLiteral("FRIEND")} << QStringList {QStringLiteral("NAME")} << QStringList();
    QTest::newRow("one occurrence of several removed") << prompt({}, {user("{{A}} and {{A}}")}) << prompt({}, {user("{{A}}")})
                                                       << QStringList() << QStringList() << QStringList();
    QTest::newRow("variable in an added message") << prompt({}, {user("Hi")}) << prompt({}, {user("Hi"), user("Ask {{Q}}")})
                                                  << QStringList {QStringLiteral("Q")} << QStringList() << QStringList();
}

void TestPromptDiff::variablesSummary()
{
    QFETCH(Prompt, left);
    QFETCH(Prompt, right);
    QFETCH(QStringList, added);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, renamed);
    const std::optional<PromptDiff> diff = diffPrompts(left, right);
    QVERIFY(diff);
    QCOMPARE(diff->summary.variablesAdded, added);
    QCOMPARE(diff->summary.variablesRemoved, removed);
    QStringList renames;
    for (const VariableRename &r : diff->summary.variablesRenamed)
        renames.append(r.from + u'>' + r.to);
    QCOMPARE(renames, renamed);
}

void TestPromptDiff::tokenEstimate()
{
    const std::optional<PromptDiff> diff = diffPrompts(prompt({}, {user("12345678")}), prompt({}, {user("1234567890123456")}));
    QVERIFY(diff);
    QCOMPARE(diff->summary.leftTokens, 2);
    QCOMPARE(diff->summary.rightTokens, 4);
    QCOMPARE(diff->summary.tokenDelta(), 2);
    QVERIFY(diff->summary.toString().contains(QStringLiteral("tokens ≈+2")));
}

void TestPromptDiff::jsonRoundTrips_data()
{
    QTest::addColumn<Prompt>("left");
    QTest::addColumn<Prompt>("right");
    QTest::newRow("mixed") << prompt(QStringLiteral("Be brief.\r\nNo lists."), {user("Hello 👩\u200d💻 wörld"), assistant("Hi")})
                           << prompt(QStringLiteral("Be very brief.\nNo lists."), {user("Hello 👩\u200d🔬 world"), user("New")});
    QTest::newRow("quotes and controls") << prompt({}, {user("say \"hi\"\t\\ \u0001")})
                                         << prompt({}, {user("say 'hi'\t/ \u0002")});
    QTest::newRow("moved") << prompt({}, {user("a b c"), user("d e f")}) << prompt({}, {user("d e f"), user("a b c")});
    // Qt's reader drops a raw U+FEFF at the start of a string, so it must be written escaped.
    QTest::newRow("byte order marks") << prompt(QStringLiteral("\ufeffBe brief."), {user("\ufeffHello \ufeff")})
                                      << prompt(QStringLiteral("\ufeffBe terse."), {user("\ufeffHi \ufeff")});
}

void TestPromptDiff::jsonRoundTrips()
{
    QFETCH(Prompt, left);
    QFETCH(Prompt, right);
    const std::optional<PromptDiff> diff = diffPrompts(left, right);
    QVERIFY(diff);
    for (bool refined : {false, true}) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(promptDiffToJson(*diff, refined), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray sections = document.object().value(QLatin1String("sections")).toArray();
        QCOMPARE(sections.size(), diff->sections.size());
        for (const QJsonValue &value : sections) {
            const QJsonObject section = value.toObject();
            QString leftText, rightText;
            for (const QJsonValue &op : section.value(QLatin1String("ops")).toArray()) {
                const QString kind = op[QLatin1String("op")].toString();
                const QString text = op[QLatin1String("text")].toString();
                QVERIFY(!text.isEmpty());
                if (kind != u"insert")
                    leftText += text;
                if (kind != u"delete")
                    rightText += text;
            }
            QCOMPARE(leftText, sectionText(left, section, "left"));
            QCOMPARE(rightText, sectionText(right, section, "right"));
        }
        QVERIFY(document.object().value(QLatin1String("summary")).isObject());
    }
}

void TestPromptDiff::jsonEscapes()
{
    QByteArray out;
    const QString text = QStringLiteral("a\"b\\c\nd\te\u0001f😀é") + QChar(0xD800);
    appendJsonString(out, text);
    QCOMPARE(out, QByteArray("\"a\\\"b\\\\c\\nd\\te\\u0001f\xF0\x9F\x98\x80\xC3\xA9\\ud800\""));
}

void TestPromptDiff::jsonOfLongTextsRoundTrips()
{
    // Long texts are written in chunks: none may split a surrogate pair.
    const QString emoji = QStringLiteral("😀");
    const QString left = QString(32 * 1024 - 1, u'a') + emoji + QString(40000, u'b') + emoji;
    const QString right = QString(32 * 1024 - 1, u'a') + emoji + QStringLiteral(" changed ") + QString(150000, u'\n');
    const std::optional<PromptDiff> diff = diffPrompts(prompt({}, {Message::user(left)}), prompt({}, {Message::user(right)}));
    QVERIFY(diff);
    QList<QByteArray> pieces;
    writePromptDiffJson(*diff, [&pieces](QByteArrayView piece) { pieces.append(piece.toByteArray()); });
    QVERIFY(pieces.size() > 1);
    const QByteArray whole = pieces.join();
    QCOMPARE(whole, promptDiffToJson(*diff));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(whole, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QString rebuiltLeft, rebuiltRight;
    for (const QJsonValue &op : document[QLatin1String("sections")][0][QLatin1String("ops")].toArray()) {
        if (op[QLatin1String("op")].toString() != u"insert")
            rebuiltLeft += op[QLatin1String("text")].toString();
        if (op[QLatin1String("op")].toString() != u"delete")
            rebuiltRight += op[QLatin1String("text")].toString();
    }
    QCOMPARE(rebuiltLeft, left);
    QCOMPARE(rebuiltRight, right);
}

void TestPromptDiff::cancelStopsTheDiff()
{
    // Large and scattered enough to take a while; canceled from the start.
    QString a, b;
    for (int i = 0; i < 200000; ++i) {
        a += QStringLiteral("w%1 ").arg(i % 977);
        b += QStringLiteral("w%1 ").arg(i % 13 == 0 ? i % 89 : i % 977);
    }
    const Prompt left = prompt({}, {Message::user(a)});
    const Prompt right = prompt({}, {Message::user(b)});
    QVERIFY(!diffPrompts(left, right, {}, CancelToken([] { return true; })));
    QVERIFY(diffPrompts(prompt({}, {Message::user(a.left(300))}), prompt({}, {Message::user(b.left(300))}), {},
        CancelToken([] { return false; })));
}

QTEST_GUILESS_MAIN(TestPromptDiff)
#include "tst_promptdiff.moc"
