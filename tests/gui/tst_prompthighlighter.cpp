// The built-in prompt highlighter: what it marks, that fences carry over
// lines, and that its colours read on light and dark palettes.

#include "prompthighlighter.h"

#include <QPalette>
#include <QPlainTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace pw;

namespace {

QPalette palette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : Qt::white);
    p.setColor(QPalette::Text, dark ? QColor(0xee, 0xee, 0xee) : Qt::black);
    return p;
}

// The format at a position of a block, from the layout the highlighter filled.
QTextCharFormat formatAt(const QTextBlock &block, int position)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return {};
}

double luminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

struct Highlighted
{
    QTextDocument document;
    PromptHighlighter *highlighter;
    explicit Highlighted(const QString &text, bool dark = false)
    {
        document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
        document.setPlainText(text);
        highlighter = new PromptHighlighter(&document, palette(dark));
        highlighter->rehighlight();
    }
    QTextBlock line(int n) const { return document.findBlockByNumber(n); }
};

} // namespace

class TestPromptHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void marksVariablesTagsHeadingsAndCode()
    {
        Highlighted h(QStringLiteral("# Task {{NAME}}\n<doc id=\"1\">text</doc> a < b\n```\ncode {{X}}\n```\nafter"));
        const QTextCharFormat plain = formatAt(h.line(1), 12); // "text"
        QVERIFY(formatAt(h.line(0), 0).fontWeight() >= QFont::Bold); // heading
        QVERIFY(formatAt(h.line(0), 8).background().style() != Qt::NoBrush); // {{NAME}} in a heading
        const QColor tag = formatAt(h.line(1), 1).foreground().color();
        QVERIFY(formatAt(h.line(1), 1).hasProperty(QTextFormat::ForegroundBrush));
        QCOMPARE(formatAt(h.line(1), 17).foreground().color(), tag); // </doc>
        QVERIFY(!plain.hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(!formatAt(h.line(1), 25).hasProperty(QTextFormat::ForegroundBrush)); // "a < b" is no tag
        const QColor code = formatAt(h.line(3), 0).foreground().color();
        QVERIFY(code != tag);
        QVERIFY(formatAt(h.line(3), 6).background().style() != Qt::NoBrush); // {{X}} inside code
        QVERIFY(!formatAt(h.line(5), 0).hasProperty(QTextFormat::ForegroundBrush)); // fence closed
    }

    void fenceStateFollowsEdits()
    {
        Highlighted h(QStringLiteral("```\n<tag>\nend"));
        const QColor inCode = formatAt(h.line(1), 1).foreground().color();
        // Removing the fence turns the rest back into prose.
        QTextCursor cursor(h.line(0));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        QVERIFY(formatAt(h.line(1), 1).foreground().color() != inCode);
        // A ~~~ fence is not closed by ```.
        Highlighted mixed(QStringLiteral("~~~\n```\n<b>\n~~~\n<b>"));
        const QColor code = formatAt(mixed.line(1), 0).foreground().color(); // ``` is code inside ~~~
        QCOMPARE(formatAt(mixed.line(2), 0).foreground().color(), code);
        QVERIFY(formatAt(mixed.line(2), 0).foreground().color() != formatAt(mixed.line(4), 0).foreground().color());
    }

    void coloursReadOnLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void coloursReadOnLightAndDark()
    {
        QFETCH(bool, dark);
        Highlighted h(QStringLiteral("# H\n<t>\n{{V}}\n```\nc\n```"), dark);
        const QColor base = palette(dark).color(QPalette::Base);
        const QList<QPair<int, int>> places {{0, 0}, {1, 0}, {2, 0}, {4, 0}};
        for (const auto &[line, column] : places) {
            const QTextCharFormat format = formatAt(h.line(line), column);
            const QColor background = format.background().style() == Qt::NoBrush ? base : format.background().color();
            const double ratio = contrast(format.foreground().color(), background);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("line %1: contrast %2").arg(line).arg(ratio)));
        }
    }

    void attachReusesTheHighlighterOfADocument()
    {
        QTextDocument document;
        document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
        QSyntaxHighlighter *first = attachPromptHighlighter(&document, palette(false));
        QCOMPARE(attachPromptHighlighter(&document, palette(true)), first);
    }
};

QTEST_MAIN(TestPromptHighlighter)
#include "tst_prompthighlighter.moc"
