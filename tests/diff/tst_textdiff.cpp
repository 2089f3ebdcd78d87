#include "diff/difftokenizer.h"
#include "diff/sequencematcher.h"
#include "diff/textdiff.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTextBoundaryFinder>

using namespace pw;

namespace {

QString joinedTokens(const QString &text)
{
    const TokenizedText tokens = tokenize(text);
    QStringList parts;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        parts.append(text.mid(tokens.begin(i), tokens.end(i) - tokens.begin(i)));
    return parts.join(u'|');
}

// Length of the longest common subsequence, by dynamic programming.
qsizetype lcsLength(const std::vector<qint32> &a, const std::vector<qint32> &b)
{
    std::vector<qsizetype> row(b.size() + 1, 0);
    for (size_t i = 0; i < a.size(); ++i) {
        qsizetype diagonal = 0;
        for (size_t j = 0; j < b.size(); ++j) {
            const qsizetype above = row[j + 1];
            row[j + 1] = a[i] == b[j] ? diagonal + 1 : std::max(row[j], row[j + 1]);
            diagonal = above;
        }
    }
    return row.back();
}

// Checks that runs are in order, disjoint and really match.
QString checkRuns(const std::vector<MatchingRun> &runs, const std::vector<qint32> &a, const std::vector<qint32> &b)
{
    qint32 l = 0, r = 0;
    for (const MatchingRun &run : runs) {
        if (run.length <= 0 || run.left < l || run.right < r)
            return QStringLiteral("runs out of order at %1,%2").arg(run.left).arg(run.right);
        for (qint32 k = 0; k < run.length; ++k) {
            if (a[size_t(run.left + k)] != b[size_t(run.right + k)])
                return QStringLiteral("run at %1,%2 does not match").arg(run.left).arg(run.right);
        }
        l = run.left + run.length;
        r = run.right + run.length;
    }
    if (size_t(l) > a.size() || size_t(r) > b.size())
        return QStringLiteral("run past the end");
    return {};
}

bool isGraphemeBoundary(const QString &text, qsizetype position)
{
    if (position == 0 || position == text.size())
        return true;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(position);
    return finder.isAtBoundary();
}

// Checks the rule every consumer relies on: Equal+Delete ranges tile the
// left text, Equal+Insert ranges tile the right text, in order; no empty op,
// no two Equal ops in a row, no cut inside a grapheme cluster.
QString checkOps(const TextDiff &diff, const QList<DiffOp> &ops, bool exactEqual)
{
    qsizetype l = 0, r = 0;
    QString left, right;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const DiffOp &op = ops[i];
        if (op.left.begin != l || op.right.begin != r)
            return QStringLiteral("op %1 does not continue at %2/%3").arg(i).arg(l).arg(r);
        if (op.left.isEmpty() && op.right.isEmpty())
            return QStringLiteral("op %1 is empty").arg(i);
        if (i > 0 && op.kind == DiffOpKind::Equal && ops[i - 1].kind == DiffOpKind::Equal)
            return QStringLiteral("ops %1 and %2 are both equal").arg(i - 1).arg(i);
        if ((op.kind == DiffOpKind::Delete && !op.right.isEmpty()) || (op.kind == DiffOpKind::Insert && !op.left.isEmpty()))
            return QStringLiteral("op %1 has text on the wrong side").arg(i);
        if (exactEqual && op.kind == DiffOpKind::Equal && diff.leftText(op) != diff.rightText(op))
            return QStringLiteral("equal op %1 differs").arg(i);
        if (!isGraphemeBoundary(diff.left, op.left.begin) || !isGraphemeBoundary(diff.right, op.right.begin))
            return QStringLiteral("op %1 starts inside a grapheme cluster").arg(i);
        if (op.kind != DiffOpKind::Insert)
            left += diff.leftText(op);
        if (op.kind != DiffOpKind::Delete)
            right += diff.rightText(op);
        l = op.left.end;
        r = op.right.end;
    }
    if (left != diff.left)
        return QStringLiteral("left text not rebuilt: ") + left;
    if (right != diff.right)
        return QStringLiteral("right text not rebuilt: ") + right;
    return {};
}

// Pieces random texts are made of: plenty of the hard cases.
const QStringList &randomPieces()
{
    static const QStringList pieces = {
        QStringLiteral("the"),
        QStringLiteral("cat"),
        QStringLiteral("colour"),
        QStringLiteral("color"),
        QStringLiteral("sat"),
        QStringLiteral("on"),
        QStringLiteral("mat"),
        QStringLiteral("don't"),
        QStringLiteral(" "),
        QStringLiteral(" "),
        QStringLiteral(" "),
        QStringLiteral("  "),
        QStringLiteral("\n"),
        QStringLiteral("\r\n"),
        QStringLiteral("\n\n"),
        QStringLiteral("\t"),
        QStringLiteral(","),
        QStringLiteral("."),
        QStringLiteral("{{NAME}}"),
        QStringLiteral("{{CITY}}"),
        QStringLiteral("{{"),
        QStringLiteral("}}"),
        QStringLiteral("<document>"),
        QStringLiteral("</document>"),
        QStringLiteral("<br/>"),
        QStringLiteral("<"),
        QStringLiteral(">"),
        QStringLiteral("猫"),
        QStringLiteral("我喜欢"),
        QStringLiteral("e\u0301"),
        QStringLiteral("\u0301"),
        QStringLiteral("😀"),
        QStringLiteral("👩\u200d💻"),
        QStringLiteral("👍\U0001F3FD"),
        QStringLiteral("🇩🇪"),
        QStringLiteral("\U0001F1EB"),
        QStringLiteral("’"),
        QStringLiteral("café"),
        QStringLiteral("naïve"),
        QStringLiteral("Ünïcödé"),
        QStringLiteral("\r"),
        QStringLiteral("x"),
    };
    return pieces;
}

QString randomText(QRandomGenerator &random, int pieces)
{
    QString text;
    for (int i = 0; i < pieces; ++i)
        text += randomPieces()[random.bounded(int(randomPieces().size()))];
    return text;
}

// Edits a text at piece granularity or in the middle of a piece: both kinds
// of change must keep the rules.
QString mutate(QRandomGenerator &random, QString text)
{
    const int edits = random.bounded(1, 6);
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = text.isEmpty() ? 0 : random.bounded(int(text.size() + 1));
        switch (random.bounded(3)) {
        case 0:
            text.insert(at, randomText(random, random.bounded(1, 4)));
            break;
        case 1:
            text.remove(at, random.bounded(1, 6));
            break;
        default:
            text.replace(at, random.bounded(1, 4), randomText(random, 1));
            break;
        }
    }
    return text;
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void tokenKinds();
    void matcherIsMinimal();
    void matcherHeuristicStaysValid();
    void wordDiff_data();
    void wordDiff();
    void wordCounts_data();
    void wordCounts();
    void ignoreWhitespace();
    void semanticCleanupJoinsConfetti();
    void insertionSlidesToLineStart();
    void randomRoundTrip();
    void cancelStops();
};

void TestTextDiff::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("words and punctuation") << QStringLiteral("Hello, world!") << QStringLiteral("Hello|,| |world|!");
    QTest::newRow("whitespace run") << QStringLiteral("a \t\n b") << QStringLiteral("a| \t\n |b");
    QTest::newRow("variable is one token") << QStringLiteral("Dear {{FIRST_NAME}}s,")
                                           << QStringLiteral("Dear| |{{FIRST_NAME}}|s|,");
    QTest::newRow("not a variable") << QStringLiteral("{{ NAME }}") << QStringLiteral("{|{| |NAME| |}|}");
    QTest::newRow("xml tags") << QStringLiteral("<document>text</document><br/>")
                              << QStringLiteral("<document>|text|</document>|<br/>");
    QTest::newRow("tag with attributes") << QStringLiteral("<doc index=\"1\">x") << QStringLiteral("<doc index=\"1\">|x");
    QTest::newRow("variable inside a tag stays visible")
        << QStringLiteral("<doc id=\"{{ID}}\">") << QStringLiteral("<|doc| |id|=|\"|{{ID}}|\"|>");
    QTest::newRow("comparison is no tag") << QStringLiteral("a < b > c") << QStringLiteral("a| |<| |b| |>| |c");
    QTest::newRow("apostrophes") << QStringLiteral("don't l’homme 'quoted'") << QStringLiteral("don't| |l’homme| |'|quoted|'");
    QTest::newRow("cjk one per character") << QStringLiteral("我喜欢猫。") << QStringLiteral("我|喜|欢|猫|。");
    QTest::newRow("japanese") << QStringLiteral("ひらがなカタカナ") << QStringLiteral("ひ|ら|が|な|カ|タ|カ|ナ");
    QTest::newRow("emoji surrogate pair") << QStringLiteral("ok😀!") << QStringLiteral("ok|😀|!");
    QTest::newRow("zwj sequence") << QStringLiteral("👩\u200d💻 dev") << QStringLiteral("👩\u200d💻| |dev");
    QTest::newRow("skin tone") << QStringLiteral("👍\U0001F3FD") << QStringLiteral("👍\U0001F3FD");
    QTest::newRow("flags") << QStringLiteral("🇩🇪🇫🇷") << QStringLiteral("🇩🇪|🇫🇷");
    QTest::newRow("combining mark in word") << QStringLiteral("cafe\u0301 ok") << QStringLiteral("cafe\u0301| |ok");
    QTest::newRow("combining mark after space") << QStringLiteral("a \u0301b") << QStringLiteral("a| \u0301|b");
    QTest::newRow("combining mark after tag") << QStringLiteral("<b>\u0301") << QStringLiteral("<|b|>\u0301");
    QTest::newRow("combining mark after variable") << QStringLiteral("{{X}}\u0301") << QStringLiteral("{|{|X|}|}\u0301");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("a|\r\n|b");
    QTest::newRow("mixed scripts") << QStringLiteral("Qt中文") << QStringLiteral("Qt|中|文");
}

void TestTextDiff::tokens()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(joinedTokens(text), expected);
}

void TestTextDiff::tokenKinds()
{
    const QString text = QStringLiteral("Hi {{NAME}}, <b>😀</b>\n");
    const TokenizedText tokens = tokenize(text);
    const std::vector<TokenKind> expected = {TokenKind::Word, TokenKind::Space, TokenKind::Variable, TokenKind::Symbol,
        TokenKind::Space, TokenKind::XmlTag, TokenKind::Symbol, TokenKind::XmlTag, TokenKind::Space};
    QVERIFY(tokens.kinds == expected);
    QCOMPARE(countWords(QStringLiteral("one two, three 四五")), 5);
}

void TestTextDiff::matcherIsMinimal()
{
    QRandomGenerator random(1234);
    for (int round = 0; round < 500; ++round) {
        const int alphabet = random.bounded(2, 8);
        std::vector<qint32> a(size_t(random.bounded(0, 60))), b(size_t(random.bounded(0, 60)));
        for (qint32 &x : a)
            x = random.bounded(alphabet);
        for (qint32 &x : b)
            x = random.bounded(alphabet);
        const std::optional<std::vector<MatchingRun>> runs = matchSequences(a, b);
        QVERIFY(runs);
        QCOMPARE(checkRuns(*runs, a, b), QString());
        qsizetype matched = 0;
        for (const MatchingRun &run : *runs)
            matched += run.length;
        QCOMPARE(matched, lcsLength(a, b));
    }
}

void TestTextDiff::matcherHeuristicStaysValid()
{
    // A tiny cost limit forces the split at the furthest point: the result is
    // no longer minimal but must still be a valid alignment that finds most
    // of the common elements.
    QRandomGenerator random(99);
    std::vector<qint32> a(5000);
    for (qint32 &x : a)
        x = random.bounded(1000);
    std::vector<qint32> b = a;
    for (int i = 0; i < 200; ++i)
        b[size_t(random.bounded(int(b.size())))] = 1000 + i;
    const std::optional<std::vector<MatchingRun>> runs = matchSequences(a, b, {}, {8});
    QVERIFY(runs);
    QCOMPARE(checkRuns(*runs, a, b), QString());
    qsizetype matched = 0;
    for (const MatchingRun &run : *runs)
        matched += run.length;
    QVERIFY2(matched >= 4750, qPrintable(QString::number(matched)));
}

void TestTextDiff::wordDiff_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("refined");

    QTest::newRow("identical") << QStringLiteral("same text") << QStringLiteral("same text") << QStringLiteral("same text")
                               << QStringLiteral("same text");
    QTest::newRow("both empty") << QString() << QString() << QString() << QString();
    QTest::newRow("left empty") << QString() << QStringLiteral("new words") << QStringLiteral("{+new words+}")
                                << QStringLiteral("{+new words+}");
    QTest::newRow("right empty") << QStringLiteral("old words") << QString() << QStringLiteral("[-old words-]")
                                 << QStringLiteral("[-old words-]");
    QTest::newRow("all changed") << QStringLiteral("alpha beta") << QStringLiteral("gamma delta")
                                 << QStringLiteral("[-alpha beta-]{+gamma delta+}")
                                 << QStringLiteral("[-alpha beta-]{+gamma delta+}");
    QTest::newRow("spelling") << QStringLiteral("the colour red") << QStringLiteral("the color red")
                              << QStringLiteral("the [-colour-]{+color+} red") << QStringLiteral("the colo[-u-]r red");
    QTest::newRow("insertion") << QStringLiteral("the brown fox") << QStringLiteral("the quick brown fox")
                               << QStringLiteral("the {+quick +}brown fox") << QStringLiteral("the {+quick +}brown fox");
    QTest::newRow("deletion at end") << QStringLiteral("Answer briefly.") << QStringLiteral("Answer.")
                                     << QStringLiteral("Answer[- briefly-].") << QStringLiteral("Answer[- briefly-].");
    QTest::newRow("templatize") << QStringLiteral("Dear John, welcome to Paris.")
                                << QStringLiteral("Dear {{NAME}}, welcome to {{CITY}}.")
                                << QStringLiteral("Dear [-John-]{+{{NAME}}+}, welcome to [-Paris-]{+{{CITY}}+}.")
                                << QStringLiteral("Dear [-John-]{+{{NAME}}+}, welcome to [-Paris-]{+{{CITY}}+}.");
    QTest::newRow("variable renamed, never split")
        << QStringLiteral("Hi {{NAME}}!") << QStringLiteral("Hi {{FIRST_NAME}}!")
        << QStringLiteral("Hi [-{{NAME}}-]{+{{FIRST_NAME}}+}!") << QStringLiteral("Hi [-{{NAME}}-]{+{{FIRST_NAME}}+}!");
    QTest::newRow("xml tags") << QStringLiteral("<doc>hello</doc>") << QStringLiteral("<document>hello</document>")
                              << QStringLiteral("[-<doc>-]{+<document>+}hello[-</doc>-]{+</document>+}")
                              << QStringLiteral("[-<doc>-]{+<document>+}hello[-</doc>-]{+</document>+}");
    QTest::newRow("crlf is one character") << QStringLiteral("one\r\ntwo") << QStringLiteral("one\ntwo")
                                           << QStringLiteral("one[-\r\n-]{+\n+}two") << QStringLiteral("one[-\r\n-]{+\n+}two");
    QTest::newRow("cjk") << QStringLiteral("我喜欢猫。") << QStringLiteral("我喜欢狗。") << QStringLiteral("我喜欢[-猫-]{+狗+}。")
                         << QStringLiteral("我喜欢[-猫-]{+狗+}。");
    QTest::newRow("emoji surrogate pairs") << QStringLiteral("I 👍 it") << QStringLiteral("I 👎 it")
                                           << QStringLiteral("I [-👍-]{+👎+} it") << QStringLiteral("I [-👍-]{+👎+} it");
    QTest::newRow("zwj sequence stays whole")
        << QStringLiteral("👨\u200d👩\u200d👧 family") << QStringLiteral("👨\u200d👩\u200d👦 family")
        << QStringLiteral("[-👨\u200d👩\u200d👧-]{+👨\u200d👩\u200d👦+} family")
        << QStringLiteral("[-👨\u200d👩\u200d👧-]{+👨\u200d👩\u200d👦+} family");
    QTest::newRow("combining mark stays with its letter")
        << QStringLiteral("a cafe\u0301 here") << QStringLiteral("a cafe here") << QStringLiteral("a [-cafe\u0301-]{+cafe+} here")
        << QStringLiteral("a caf[-e\u0301-]{+e+} here");
    // A cluster of several code units met on both sides of a replacement is
    // one element of the character diff, with the same id on both sides.
    QTest::newRow("combining mark on both sides stays equal")
        << QStringLiteral("two cafe\u0301s here") << QStringLiteral("two cafe\u0301 here")
        << QStringLiteral("two [-cafe\u0301s-]{+cafe\u0301+} here") << QStringLiteral("two cafe\u0301[-s-] here");
    QTest::newRow("many clusters on both sides stay equal")
        << QStringLiteral("e\u0301a\u0301o\u0301u\u0301i\u0301x") << QStringLiteral("e\u0301a\u0301o\u0301u\u0301i\u0301y")
        << QStringLiteral("[-e\u0301a\u0301o\u0301u\u0301i\u0301x-]{+e\u0301a\u0301o\u0301u\u0301i\u0301y+}")
        << QStringLiteral("e\u0301a\u0301o\u0301u\u0301i\u0301[-x-]{+y+}");
    QTest::newRow("equal word between changes stays")
        << QStringLiteral("colour and honour") << QStringLiteral("color and honor")
        << QStringLiteral("[-colour-]{+color+} and [-honour-]{+honor+}") << QStringLiteral("colo[-u-]r and hono[-u-]r");
    QTest::newRow("short word between rewrites is joined")
        << QStringLiteral("The committee has decided to postpone the meeting.") << QStringLiteral("We want to cancel it all.")
        << QStringLiteral("[-The committee has decided to postpone the meeting-]{+We want to cancel it all+}.")
        << QStringLiteral("[-The committee has decided to postpone the meeting-]{+We want to cancel it all+}.");
    QTest::newRow("line breaks are never joined")
        << QStringLiteral("alpha\nbeta") << QStringLiteral("gamma\ndelta")
        << QStringLiteral("[-alpha-]{+gamma+}\n[-beta-]{+delta+}") << QStringLiteral("[-alpha-]{+gamma+}\n[-beta-]{+delta+}");
}

void TestTextDiff::wordDiff()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, words);
    QFETCH(QString, refined);
    const std::optional<TextDiff> diff = diffTexts(left, right);
    QVERIFY(diff);
    QCOMPARE(toMarkedText(*diff, diff->ops), words);
    QCOMPARE(toMarkedText(*diff, diff->refinedOps), refined);
    QCOMPARE(checkOps(*diff, diff->ops, true), QString());
    QCOMPARE(checkOps(*diff, diff->refinedOps, true), QString());
    QCOMPARE(diff->isIdentical(), left == right);
}

void TestTextDiff::wordCounts_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("changes");
    QTest::newRow("same") << QStringLiteral("a b") << QStringLiteral("a b") << 0 << 0 << 0;
    QTest::newRow("one replaced") << QStringLiteral("the red fox") << QStringLiteral("the blue fox") << 1 << 1 << 1;
    // Cleanup joins the replacements for reading; counts stay minimal.
    QTest::newRow("merged for reading") << QStringLiteral("the quick brown fox") << QStringLiteral("a slow red dog") << 4 << 4
                                        << 1;
    QTest::newRow("punctuation is no word") << QStringLiteral("Stop.") << QStringLiteral("Stop!") << 0 << 0 << 1;
    QTest::newRow("variables are no words") << QStringLiteral("Hi John") << QStringLiteral("Hi {{NAME}}") << 0 << 1 << 1;
}

void TestTextDiff::wordCounts()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, added);
    QFETCH(int, removed);
    QFETCH(int, changes);
    const std::optional<TextDiff> diff = diffTexts(left, right);
    QVERIFY(diff);
    QCOMPARE(diff->wordsAdded, added);
    QCOMPARE(diff->wordsRemoved, removed);
    QCOMPARE(diff->changes, changes);
}

void TestTextDiff::ignoreWhitespace()
{
    const QString left = QStringLiteral("Be  brief.\nAnswer in French.");
    const QString right = QStringLiteral("Be brief.\r\n\nAnswer in German.");
    const std::optional<TextDiff> strict = diffTexts(left, right);
    const std::optional<TextDiff> lenient = diffTexts(left, right, {true, true});
    QVERIFY(strict && lenient);
    QCOMPARE(strict->changes, 3);
    QCOMPARE(lenient->changes, 1);
    QCOMPARE(toMarkedText(*lenient, lenient->ops), QStringLiteral("Be  brief.\nAnswer in [-French-]{+German+}."));
    QCOMPARE(checkOps(*lenient, lenient->ops, false), QString());
    QCOMPARE(checkOps(*lenient, lenient->refinedOps, false), QString());
    // A whitespace-only difference is no change at all.
    const std::optional<TextDiff> spaces = diffTexts(QStringLiteral("a b\n"), QStringLiteral("a   b"), {true, true});
    QVERIFY(spaces);
    QCOMPARE(spaces->changes, 0);
}

void TestTextDiff::semanticCleanupJoinsConfetti()
{
    // Word by word, only the spaces match: shown as one change, not five.
    const std::optional<TextDiff> diff
        = diffTexts(QStringLiteral("It was the quick brown fox today"), QStringLiteral("It was a slow red dog today"));
    QVERIFY(diff);
    QCOMPARE(toMarkedText(*diff, diff->ops), QStringLiteral("It was [-the quick brown fox-]{+a slow red dog+} today"));
    QCOMPARE(diff->changes, 1);
    // A long equality between changes stays.
    const std::optional<TextDiff> apart = diffTexts(
        QStringLiteral("red fox jumps over the lazy old dog"), QStringLiteral("blue fox jumps over the lazy old cat"));
    QVERIFY(apart);
    QCOMPARE(apart->changes, 2);
}

void TestTextDiff::insertionSlidesToLineStart()
{
    const std::optional<TextDiff> diff
        = diffTexts(QStringLiteral("intro\n\nend\n"), QStringLiteral("intro\n\nnew line\n\nend\n"));
    QVERIFY(diff);
    QCOMPARE(toMarkedText(*diff, diff->ops), QStringLiteral("intro\n\n{+new line\n\n+}end\n"));
}

void TestTextDiff::randomRoundTrip()
{
    QRandomGenerator random(20240607);
    for (int round = 0; round < 3000; ++round) {
        const QString left = randomText(random, random.bounded(0, 40));
        const QString right = random.bounded(10) == 0 ? randomText(random, random.bounded(0, 40)) : mutate(random, left);
        const bool ignoreWhitespace = round % 4 == 3;
        const std::optional<TextDiff> diff = diffTexts(left, right, {ignoreWhitespace, true});
        QVERIFY(diff);
        const auto context = [&] {
            return QStringLiteral("round %1: \"%2\" -> \"%3\": ").arg(round).arg(left, right);
        };
        const QString words = checkOps(*diff, diff->ops, !ignoreWhitespace);
        QVERIFY2(words.isEmpty(), qPrintable(context() + words));
        const QString refined = checkOps(*diff, diff->refinedOps, !ignoreWhitespace);
        QVERIFY2(refined.isEmpty(), qPrintable(context() + refined));
        if (!ignoreWhitespace)
            QVERIFY2(diff->isIdentical() == (left == right), qPrintable(context()));
    }
}

void TestTextDiff::cancelStops()
{
    QString left, right;
    for (int i = 0; i < 20000; ++i) {
        left += QStringLiteral("word%1 ").arg(i);
        right += QStringLiteral("word%1 ").arg(i % 7 == 0 ? i + 1 : i);
    }
    std::atomic_bool canceled = true;
    QVERIFY(!diffTexts(left, right, {}, CancelToken::fromFlag(&canceled)));
    canceled = false;
    QVERIFY(diffTexts(left, right, {}, CancelToken::fromFlag(&canceled)));
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
