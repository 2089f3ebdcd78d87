#include "diffdocuments.h"
#include "diffview.h"
#include "uicolors.h"

#include <QApplication>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QThreadPool>

using namespace pw;

namespace {

bool waitForComparison(DiffView &view)
{
    if (!view.isComparing())
        return true;
    QSignalSpy finished(&view, &DiffView::comparisonFinished);
    return finished.wait(20000);
}

int topBlock(QPlainTextEdit *pane)
{
    return pane->cursorForPosition(QPoint(0, 0)).blockNumber();
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Link, QColor(0x20, 0x30, 0x90)); // too dark on purpose
    return palette;
}

// The background of the character at position in a pane's document.
QColor backgroundAt(QPlainTextEdit *pane, int position)
{
    QTextCursor cursor(pane->document());
    cursor.setPosition(position + 1);
    return cursor.charFormat().background().color();
}

Prompt longPrompt(const QStringList &changedLines, int lines)
{
    QStringList text;
    for (int i = 0; i < lines; ++i)
        text.append(QStringLiteral("Line %1 of the long prompt, with enough words to fill the pane.").arg(i));
    for (const QString &line : changedLines) {
        const qsizetype colon = line.indexOf(u':');
        text[line.left(colon).toInt()] = line.mid(colon + 1);
    }
    Prompt prompt;
    prompt.messages.append(Message::user(text.join(u'\n')));
    return prompt;
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void panesShowSectionsAligned();
    void summaryCounts();
    void navigationMovesCursorAndScroll();
    void ignoreWhitespaceChangesSummary();
    void placeholderClickActivatesVariable();
    void colorsReadableInLightAndDark();
    void newerComparisonWins();
    void plainTextsHaveNoHeadings();
};

void TestDiffView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDiffView::panesShowSectionsAligned()
{
    DiffView view;
    Prompt left, right;
    left.system = QStringLiteral("You answer in French.");
    right.system = QStringLiteral("You answer in German.");
    left.messages = {Message::user(QStringLiteral("Summarize this.")), Message::assistant(QStringLiteral("OK."))};
    right.messages = {Message::user(QStringLiteral("Summarize this\nin three\nbullet points.")),
        Message::assistant(QStringLiteral("OK.")), Message::user(QStringLiteral("Thanks!"))};
    view.setPrompts(left, right, QStringLiteral("Original"), QStringLiteral("Improved"));
    QVERIFY(view.isComparing());
    QCOMPARE(view.summaryText(), QStringLiteral("Comparing…"));
    QVERIFY(waitForComparison(view));
    QVERIFY(!view.isComparing());

    const QString leftText = view.leftPane()->toPlainText();
    const QString rightText = view.rightPane()->toPlainText();
    QCOMPARE(leftText.split(u'\n'),
        QStringList({QStringLiteral("System"), QStringLiteral("You answer in French."), QStringLiteral("Message 1 · user"),
            QStringLiteral("Summarize this."), QString(), QString(), QStringLiteral("Message 2 · assistant"),
            QStringLiteral("OK."), QStringLiteral("Message 3 · user · added"), QString()}));
    QCOMPARE(rightText.split(u'\n'),
        QStringList({QStringLiteral("System"), QStringLiteral("You answer in German."), QStringLiteral("Message 1 · user"),
            QStringLiteral("Summarize this"), QStringLiteral("in three"), QStringLiteral("bullet points."),
            QStringLiteral("Message 2 · assistant"), QStringLiteral("OK."), QStringLiteral("Message 3 · user"),
            QStringLiteral("Thanks!")}));
    QCOMPARE(view.leftPane()->document()->blockCount(), view.rightPane()->document()->blockCount());
    QVERIFY(view.leftPane()->isReadOnly());
    QVERIFY(view.rightPane()->isReadOnly());

    // "French" is highlighted as removed, "German" as added, "answer" is not.
    const DiffColors colors = DiffColors::fromPalette(view.leftPane()->palette());
    QCOMPARE(backgroundAt(view.leftPane(), int(leftText.indexOf(QStringLiteral("French")))), colors.removedText);
    QCOMPARE(backgroundAt(view.rightPane(), int(rightText.indexOf(QStringLiteral("German")))), colors.addedText);
    QVERIFY(backgroundAt(view.leftPane(), int(leftText.indexOf(QStringLiteral("answer")))) != colors.removedText);
}

void TestDiffView::summaryCounts()
{
    DiffView view;
    Prompt left, right;
    left.messages = {Message::user(QStringLiteral("Dear Ada, the colour of your order is red."))};
    right.messages = {Message::user(QStringLiteral("Dear {{NAME}}, the color of your order is {{COLOR}}. Thanks."))};
    view.setPrompts(left, right);
    QVERIFY(waitForComparison(view));
    const DiffSummary &summary = view.summary();
    QCOMPARE(summary.wordsRemoved, 3); // Ada, colour, red
    QCOMPARE(summary.wordsAdded, 2); // color, Thanks
    QCOMPARE(summary.variablesAdded, QStringList({QStringLiteral("NAME"), QStringLiteral("COLOR")}));
    QCOMPARE(summary.changes, 3);
    QCOMPARE(view.changeCount(), 3);
    QVERIFY2(view.summaryText().startsWith(QStringLiteral("3 changes · words +2 −3 · variables +2 −0")),
        qPrintable(view.summaryText()));
}

void TestDiffView::navigationMovesCursorAndScroll()
{
    DiffView view;
    view.resize(900, 300);
    view.setPrompts(longPrompt({}, 200),
        longPrompt({QStringLiteral("20:Line twenty was rewritten."), QStringLiteral("100:Line one hundred changed too."),
                       QStringLiteral("180:And line 180.")},
            200));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(waitForComparison(view));
    QCOMPARE(view.changeCount(), 3);
    QCOMPARE(view.currentChange(), -1);
    QScrollBar *leftBar = view.leftPane()->verticalScrollBar();
    QCOMPARE(leftBar->value(), 0);

    QSignalSpy moved(&view, &DiffView::currentChangeChanged);
    view.leftPane()->setFocus();
    QTest::keyClick(view.leftPane(), Qt::Key_F8);
    QCOMPARE(view.currentChange(), 0);
    // Heading block, then line 20.
    QCOMPARE(view.leftPane()->textCursor().blockNumber(), 21);
    QCOMPARE(view.rightPane()->textCursor().blockNumber(), 21);
    const int firstScroll = leftBar->value();
    QVERIFY(firstScroll > 0);

    QTest::keyClick(view.leftPane(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(view.currentChange(), 1);
    QCOMPARE(view.leftPane()->textCursor().blockNumber(), 101);
    QVERIFY(leftBar->value() > firstScroll);
    QCOMPARE(topBlock(view.rightPane()), topBlock(view.leftPane()));

    QTest::keyClick(view.leftPane(), Qt::Key_F8);
    QCOMPARE(view.currentChange(), 2);
    QTest::keyClick(view.leftPane(), Qt::Key_F8); // no change after the last
    QCOMPARE(view.currentChange(), 2);

    QTest::keyClick(view.leftPane(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(view.currentChange(), 1);
    QTest::keyClick(view.leftPane(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(view.currentChange(), 0);
    QCOMPARE(view.leftPane()->textCursor().blockNumber(), 21);
    QCOMPARE(moved.count(), 5);

    // From a cursor put between changes, each key goes to the nearest change its way.
    for (const auto &[modifier, expected] : {std::pair {Qt::NoModifier, 1}, std::pair {Qt::ShiftModifier, 0}}) {
        QTextCursor between(view.leftPane()->document()->findBlockByNumber(60));
        view.leftPane()->setTextCursor(between);
        QTest::keyClick(view.leftPane(), Qt::Key_F8, modifier);
        QCOMPARE(view.currentChange(), expected);
    }

    // Scrolling one pane scrolls the other.
    leftBar->setValue(leftBar->maximum() / 2);
    QVERIFY(topBlock(view.leftPane()) > 30);
    QCOMPARE(topBlock(view.rightPane()), topBlock(view.leftPane()));
}

void TestDiffView::ignoreWhitespaceChangesSummary()
{
    DiffView view;
    view.setTexts(QStringLiteral("Be  brief.\nAnswer in French."), QStringLiteral("Be brief.\r\n\nAnswer in German."));
    QVERIFY(waitForComparison(view));
    QCOMPARE(view.summary().changes, 3);
    const QString strict = view.summaryText();
    QVERIFY2(strict.startsWith(QStringLiteral("3 changes")), qPrintable(strict));

    auto *box = view.findChild<QCheckBox *>();
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("Ignore whitespace"));
    box->click();
    QVERIFY(view.ignoreWhitespace());
    QVERIFY(waitForComparison(view));
    QCOMPARE(view.summary().changes, 1);
    QVERIFY2(view.summaryText().startsWith(QStringLiteral("1 change ")), qPrintable(view.summaryText()));
    QVERIFY(view.summaryText() != strict);

    view.setIgnoreWhitespace(false);
    QVERIFY(waitForComparison(view));
    QCOMPARE(view.summaryText(), strict);
}

void TestDiffView::placeholderClickActivatesVariable()
{
    DiffView view;
    view.resize(800, 300);
    Prompt left, right;
    left.messages = {Message::user(QStringLiteral("Dear Ada Lovelace, welcome back."))};
    right.messages = {Message::user(QStringLiteral("Dear {{NAME}}, welcome back."))};
    view.setPrompts(left, right);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(waitForComparison(view));

    QSignalSpy activated(&view, &DiffView::variableActivated);
    const QTextCursor found = view.rightPane()->document()->find(QStringLiteral("{{NAME}}"));
    QVERIFY(!found.isNull());
    QTextCursor middle(view.rightPane()->document());
    middle.setPosition(found.selectionStart() + 4);
    const QPoint point = view.rightPane()->cursorRect(middle).center();
    QTest::mouseClick(view.rightPane()->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("NAME"));
    // The left pane shows the value the placeholder replaced.
    QCOMPARE(view.leftPane()->textCursor().selectedText(), QStringLiteral("Ada Lovelace"));

    // A click on ordinary text activates nothing.
    const QTextCursor welcome = view.rightPane()->document()->find(QStringLiteral("welcome"));
    QTest::mouseClick(view.rightPane()->viewport(), Qt::LeftButton, {}, view.rightPane()->cursorRect(welcome).center());
    QCOMPARE(activated.count(), 1);
}

void TestDiffView::colorsReadableInLightAndDark()
{
    // The ratio itself, on the WCAG's own end points and a known pair.
    QCOMPARE(qRound(uicolors::contrastRatio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(uicolors::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    QCOMPARE(qRound(uicolors::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    for (const QPalette &palette : {light, darkPalette()}) {
        const DiffColors colors = DiffColors::fromPalette(palette);
        const QColor text = palette.color(QPalette::Text);
        for (const QColor &background :
            {colors.removedText, colors.addedText, colors.removedLine, colors.addedLine, colors.filler, colors.heading})
            QVERIFY2(uicolors::contrastRatio(text, background) >= 4.5, qPrintable(background.name()));
        QVERIFY(uicolors::contrastRatio(colors.variable, palette.color(QPalette::Base)) >= 3.0);
        QVERIFY(colors.removedText != colors.addedText);
        // Tints stay on the side of the base colour.
        QCOMPARE(colors.removedText.lightnessF() < 0.5, palette.color(QPalette::Base).lightnessF() < 0.5);
    }

    // The view takes its colours from its palette.
    DiffView view;
    view.setPalette(darkPalette());
    view.setTexts(QStringLiteral("keep old keep"), QStringLiteral("keep new keep"));
    QVERIFY(waitForComparison(view));
    const int at = int(view.leftPane()->toPlainText().indexOf(QStringLiteral("old")));
    QCOMPARE(backgroundAt(view.leftPane(), at), DiffColors::fromPalette(darkPalette()).removedText);
}

void TestDiffView::newerComparisonWins()
{
    DiffView view;
    QString big;
    for (int i = 0; i < 20000; ++i)
        big += QStringLiteral("word%1 ").arg(i);
    view.setTexts(big, big + QStringLiteral("tail"));
    QSignalSpy finished(&view, &DiffView::comparisonFinished);
    view.setTexts(QStringLiteral("first version"), QStringLiteral("second version"));
    QVERIFY(finished.wait(20000));
    // The first comparison may still be running; once the pool is idle its
    // result is delivered or dropped.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(view.leftPane()->toPlainText(), QStringLiteral("first version"));
    QCOMPARE(view.rightPane()->toPlainText(), QStringLiteral("second version"));
    QCOMPARE(finished.count(), 1);
}

void TestDiffView::plainTextsHaveNoHeadings()
{
    DiffView view;
    view.setTexts(QStringLiteral("a\nb\nc"), QStringLiteral("a\nc"), QStringLiteral("Before"), QStringLiteral("After"));
    QVERIFY(waitForComparison(view));
    QCOMPARE(view.leftPane()->toPlainText(), QStringLiteral("a\nb\nc"));
    QCOMPARE(view.rightPane()->toPlainText(), QStringLiteral("a\n\nc")); // a filler line keeps "c" aligned
    QCOMPARE(view.rightPane()->accessibleName(), QStringLiteral("After"));
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
