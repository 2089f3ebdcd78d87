// The prompt read from a tool's answer while it streams in: escapes undone,
// cut off anywhere, other keys skipped.

#include "prompt/streamedprompt.h"

#include <QTest>

using namespace pw;

namespace {

const QString whole = QStringLiteral(
    "{\"system\":\"You sort mail.\\nBe brief.\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\","
    "\"text\":\"Mail: \\\"{{MAIL}}\\\"\\u00e9\"}]},{\"role\":\"assistant\",\"content\":\"spam\"}],"
    "\"variable_values\":[{\"name\":\"MAIL\",\"value\":\"x\"}]}");

} // namespace

class TestStreamedPrompt : public QObject
{
    Q_OBJECT

private slots:
    void readsAsFarAsTheTextGoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QStringList>("messages"); // "role: text"

        QTest::newRow("whole") << whole << QStringLiteral("You sort mail.\nBe brief.")
                               << QStringList {QStringLiteral("user: Mail: \"{{MAIL}}\"é"), QStringLiteral("assistant: spam")};
        QTest::newRow("inside the system prompt")
            << whole.left(whole.indexOf(QStringLiteral("Be"))) << QStringLiteral("You sort mail.\n") << QStringList {};
        QTest::newRow("an escape cut in half")
            << whole.left(whole.indexOf(QStringLiteral("\\n")) + 1) << QStringLiteral("You sort mail.") << QStringList {};
        QTest::newRow("a \\u escape cut in half")
            << whole.left(whole.indexOf(QStringLiteral("\\u00e9")) + 4) << QStringLiteral("You sort mail.\nBe brief.")
            << QStringList {QStringLiteral("user: Mail: \"{{MAIL}}\"")};
        QTest::newRow("inside the first message")
            << whole.left(whole.indexOf(QStringLiteral("{{MAIL}}"))) << QStringLiteral("You sort mail.\nBe brief.")
            << QStringList {QStringLiteral("user: Mail: \"")};
        QTest::newRow("the second message's role")
            << whole.left(whole.indexOf(QStringLiteral("assistant")) + 4) << QStringLiteral("You sort mail.\nBe brief.")
            << QStringList {QStringLiteral("user: Mail: \"{{MAIL}}\"é"), QStringLiteral("user: ")};
        QTest::newRow("whitespace and a fence-free start")
            << QStringLiteral("\n  { \"messages\" : [ { \"role\" : \"user\" , \"content\" : [ { \"text\" : \"hi\" } ] } ] }")
            << QString() << QStringList {QStringLiteral("user: hi")};
        QTest::newRow("numbers and nulls between")
            << QStringLiteral("{\"n\":[1,2,null],\"messages\":[{\"x\":true,\"role\":\"assistant\",\"content\":\"a\"}]}")
            << QString() << QStringList {QStringLiteral("assistant: a")};
        QTest::newRow("nothing yet") << QStringLiteral("{") << QString() << QStringList {};
    }

    void readsAsFarAsTheTextGoes()
    {
        QFETCH(QString, text);
        QFETCH(QString, system);
        QFETCH(QStringList, messages);
        const std::optional<Prompt> prompt = streamedPrompt(text);
        QVERIFY(prompt);
        QCOMPARE(prompt->system, system);
        QStringList got;
        for (const Message &message : prompt->messages)
            got.append((message.role == Role::User ? QStringLiteral("user: ") : QStringLiteral("assistant: ")) + message.text());
        QCOMPARE(got, messages);
    }

    // Text that is not a JSON object is not a prompt in the making.
    void plainTextIsNoPrompt()
    {
        QVERIFY(!streamedPrompt(QStringLiteral("Sorry, I cannot help with that.")));
        QVERIFY(!streamedPrompt(QString()));
    }
};

QTEST_GUILESS_MAIN(TestStreamedPrompt)
#include "tst_streamedprompt.moc"
