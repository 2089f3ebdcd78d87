// Optimize in the window (issue 18): the dialog, candidates appearing as
// they finish, the chart, every candidate as an "optimized" revision, the
// winner offered like an Improve result (accept, undo, reject), and a cancel
// that keeps the best so far. The fake server's tool model writes designed
// candidates and its target model echoes the prompt it gets, so a
// candidate's wording decides which assertions its outputs pass.

#include "guitestsupport.h"

#include "comparearea.h"
#include "evaluate/evaluateview.h"
#include "evaluate/optimizechart.h"
#include "evaluate/optimizedialog.h"
#include "evaluate/optimizepanel.h"
#include "evaluate/optimizerunner.h"
#include "evaluate/testcasemodel.h"
#include "historymodel.h"
#include "promptworkspace.h"
#include "tools/toolsession.h"

#include "fakes/modelanswers.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace pw;
using namespace pw::test;

namespace {

// Each case checks three things: its word (every candidate keeps it),
// "Answer:" and "Done". The original passes only the first.
TestSuite scenarioCases(int count)
{
    TestSuite cases;
    for (int i = 1; i <= count; ++i) {
        TestCase testCase;
        testCase.id = QStringLiteral("case-%1").arg(i);
        testCase.vars.insert(QStringLiteral("WORD"), QStringLiteral("word%1").arg(i));
        for (const QString &expected : {QStringLiteral("word%1").arg(i), QStringLiteral("Answer:"), QStringLiteral("Done")}) {
            Assertion contains;
            contains.type = QStringLiteral("contains");
            contains.value = expected;
            testCase.assertions.append(contains);
        }
        cases.append(testCase);
    }
    return cases;
}

Prompt userPrompt(const QString &text)
{
    return {QString(), {Message::user(text)}};
}

// Round 1 (from "Say {{WORD}}"): candidate 1 adds "Answer:", candidate 2
// drops {{WORD}}. Round 2 (from "Answer: {{WORD}}"): candidate 1 adds
// "Done" (every check passes, which ends the search), candidate 2 loses the colon.
std::optional<QString> designedAnswer(const QJsonObject &body)
{
    if (!body.contains(QLatin1String("output_config")))
        return std::nullopt; // the target model echoes
    const QString request = lastUserText(body);
    const bool secondRound = request.section(QLatin1String("</prompt>"), 0, 0).contains(QLatin1String("Answer:"));
    const bool first = request.contains(QLatin1String("candidate 1 of"));
    QString text;
    if (secondRound)
        text = first ? QStringLiteral("Answer: {{WORD}} Done") : QStringLiteral("Answer {{WORD}}");
    else
        text = first ? QStringLiteral("Answer: {{WORD}}") : QStringLiteral("Say hello");
    return modelAnswer({{QStringLiteral("user"), text}});
}

} // namespace

class TestOptimize : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkbenchSetup> m_setup;
    std::unique_ptr<MainWindow> m_window;

    DocumentPage *page() const { return m_window->currentPage(); }
    DocumentController *documents() const { return page()->documents(); }
    EvaluateView *view() const { return page()->evaluateView(); }
    OptimizePanel *panel() const { return view()->optimizePanel(); }
    QTableWidget *table() const { return panel()->table(); }
    QAction *windowAction(MainWindow::ActionId id) const { return m_window->action(id); }
    Prompt workingPrompt() const { return page()->workspace()->prompt(); }

    QList<const Revision *> optimizedRevisions() const
    {
        QList<const Revision *> found;
        for (const Revision &revision : documents()->revisions()) {
            if (revision.origin == Origin::Optimized)
                found.append(&revision);
        }
        return found;
    }

    // The Optimize action, then the dialog as a user fills it in.
    void optimizeThroughTheDialog(int rounds, int candidates)
    {
        windowAction(MainWindow::ActionId::Optimize)->trigger();
        auto *dialog = child<OptimizeDialog>(m_window.get(), QStringLiteral("optimizeDialog"));
        QTRY_VERIFY(dialog->isVisible());
        child<QSpinBox>(dialog, QStringLiteral("optimizeRounds"))->setValue(rounds);
        child<QSpinBox>(dialog, QStringLiteral("optimizeCandidates"))->setValue(candidates);
        child<QSpinBox>(dialog, QStringLiteral("optimizeHoldout"))->setValue(30);
        child<QSpinBox>(dialog, QStringLiteral("optimizeSeed"))->setValue(7);
        child<QSpinBox>(dialog, QStringLiteral("optimizeBudget"))->setValue(0);
        QVERIFY2(child<QLabel>(dialog, QStringLiteral("optimizeSplit"))
                     ->text()
                     .contains(QStringLiteral("14 for training, 6 held out")),
            qPrintable(child<QLabel>(dialog, QStringLiteral("optimizeSplit"))->text()));
        child<QPushButton>(dialog, QStringLiteral("startOptimize"))->click();
        QVERIFY(view()->isOptimizing());
    }

    void waitForOptimization()
    {
        QSignalSpy finished(view()->optimizeRunner(), &OptimizeRunner::finished);
        if (view()->isOptimizing())
            QVERIFY(finished.wait(30000));
        QVERIFY(!view()->isOptimizing());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_setup = std::make_unique<WorkbenchSetup>();
        QVERIFY(m_setup->start());
        m_setup->server.setAnswerText(designedAnswer);
        m_window = std::make_unique<MainWindow>(m_setup->context());
        documents()->setAutosaveDirectory(m_setup->directory.filePath(QStringLiteral("autosave")));
        newDocument(*m_window, userPrompt(QStringLiteral("Say {{WORD}}")));
        page()->workspace()->setTargetModel(QStringLiteral("claude-sonnet-5-5"));
        view()->cases()->insertCases(0, scenarioCases(20), QStringLiteral("Fill"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_setup.reset();
    }

    void actionSitsInTheToolsMenuAndTheRunToolBar()
    {
        QAction *optimize = windowAction(MainWindow::ActionId::Optimize);
        QCOMPARE(optimize->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QVERIFY(optimize->isEnabled());
        QVERIFY(child<QToolBar>(view(), QStringLiteral("runToolBar"))->actions().contains(optimize));
        // The local engine runs no prompts: nothing to optimize with.
        page()->session()->setEngine(QStringLiteral("local"));
        QVERIFY(!optimize->isEnabled());
    }

    void roundsAppearAndTheWinnerIsOffered()
    {
        const Prompt original = workingPrompt();
        QSignalSpy candidates(view()->optimizeRunner(), &OptimizeRunner::candidateEvaluated);
        optimizeThroughTheDialog(3, 2);
        QVERIFY(windowAction(MainWindow::ActionId::Cancel)->isEnabled());
        QVERIFY(!windowAction(MainWindow::ActionId::Optimize)->isEnabled());
        // Rows come as the candidates finish, before the search is over.
        QTRY_VERIFY_WITH_TIMEOUT(table()->rowCount() >= 2, 20000);
        waitForOptimization();
        QVERIFY2(candidates.size() >= 5, qPrintable(panel()->resultText()));

        // The original, round 1 (one scored, one discarded for dropping {{WORD}}), round 2.
        QCOMPARE(table()->rowCount(), 5);
        QCOMPARE(table()->item(0, 0)->text(), QStringLiteral("Original"));
        QCOMPARE(table()->item(0, 2)->text(), QStringLiteral("33 %"));
        QStringList notes;
        for (int row = 0; row < table()->rowCount(); ++row)
            notes.append(table()->item(row, 6)->text());
        QCOMPARE(notes.filter(QStringLiteral("WORD")).size(), 1);
        QVERIFY(table()->item(3, 0)->font().bold() || table()->item(4, 0)->font().bold());

        // The chart: the best training score climbs per round, held-out for both ends.
        const OptimizeChart::Data &chart = panel()->chart()->data();
        QCOMPARE(chart.rounds.size(), 3);
        QCOMPARE(*chart.rounds.at(0).best, 1.0 / 3.0);
        QCOMPARE(*chart.rounds.at(1).best, 2.0 / 3.0);
        QCOMPARE(*chart.rounds.at(2).best, 1.0);
        QCOMPARE(chart.heldOutWinner, std::optional<double>(1.0));
        QCOMPARE(chart.heldOutOriginal, std::optional<double>(1.0 / 3.0));
        QCOMPARE(chart.winnerRound, 2);
        QVERIFY(chart.tokens > 0);
        QVERIFY(panel()->chart()->toolTip().contains(QStringLiteral("Round 2: best training score 100 %")));

        // Every scored candidate is an "optimized" revision with its scores; the winner's has held-out too.
        const QList<const Revision *> optimized = optimizedRevisions();
        QCOMPARE(optimized.size(), 3);
        const Revision *winner = optimized.at(1);
        QCOMPARE(winner->prompt, userPrompt(QStringLiteral("Answer: {{WORD}} Done")));
        QCOMPARE(winner->scores->round, 2);
        QCOMPARE(winner->scores->candidate, 1);
        QCOMPARE(winner->scores->training, (SuiteScore {1.0, 14, 14}));
        QCOMPARE(winner->scores->heldOut, std::optional<SuiteScore>(SuiteScore {1.0, 6, 6}));
        QVERIFY(!optimized.at(0)->scores->heldOut);
        QCOMPARE(HistoryModel::originLabel(*winner), QStringLiteral("Optimized 2.1"));
        QVERIFY(panel()->resultText().contains(QStringLiteral("held-out")));
        // The outputs the search got for the original and the winner, side by side in the results.
        QCOMPARE(view()->versions(), QList<int>({1, winner->id}));
        QCOMPARE(documents()->runs().size(), 2);
        for (const EvalRun &run : documents()->runs())
            QCOMPARE(run.cells.size(), 20);
        QCOMPARE(documents()->runs().constLast().revisionId, winner->id);

        // Offered like an Improve result: the working copy waits, the comparison shows the winner.
        QCOMPARE(workingPrompt(), original);
        QVERIFY(page()->hasPendingResult());
        QVERIFY(windowAction(MainWindow::ActionId::Accept)->isEnabled());
        auto *compare = child<CompareArea>(m_window.get(), QStringLiteral("compareArea"));
        QCOMPARE(compare->title(), QStringLiteral("Optimized prompt"));
        child<QPushButton>(panel(), QStringLiteral("showWinner"))->click();
        QVERIFY(compare->isVisible());

        // Accept is one step: Ctrl+Z brings the original back.
        const int winnerId = winner->id;
        windowAction(MainWindow::ActionId::Accept)->trigger();
        QCOMPARE(workingPrompt(), userPrompt(QStringLiteral("Answer: {{WORD}} Done")));
        QCOMPARE(documents()->revisions().constLast().origin, Origin::Restored);
        QCOMPARE(documents()->revisions().constLast().restoredFrom, winnerId);
        QVERIFY(!page()->hasPendingResult());
        QVERIFY(child<QPushButton>(panel(), QStringLiteral("showWinner"))->isHidden());
        QCOMPARE(page()->workspace()->undoStack()->undoText(), QStringLiteral("Accept Optimized Prompt"));
        page()->workspace()->undoStack()->undo();
        QCOMPARE(workingPrompt(), original);

        // The choices are remembered for the next time.
        const OptimizeDialog::Choice saved = OptimizeDialog::savedChoice(&m_setup->settings);
        QCOMPARE(saved.rounds, 3);
        QCOMPARE(saved.candidates, 2);
        QCOMPARE(saved.seed, 7u);
        QCOMPARE(saved.budgetTokens, 0);
    }

    void optimizedRevisionsAreSavedAndOpened()
    {
        optimizeThroughTheDialog(3, 2);
        waitForOptimization();
        const QString path = m_setup->directory.filePath(QStringLiteral("optimized.promptwerk"));
        QVERIFY(documents()->saveTo(path));
        const QList<Revision> before = documents()->revisions();
        QVERIFY(documents()->open(path));
        QCOMPARE(documents()->revisions(), before);
        QCOMPARE(optimizedRevisions().size(), 3);
    }

    void cancelKeepsTheBestSoFar()
    {
        const Prompt original = workingPrompt();
        FakeFaults slow;
        slow.answerDelayMs = 150;
        m_setup->server.setFaults(slow);
        QSignalSpy rounds(view()->optimizeRunner(), &OptimizeRunner::roundFinished);
        optimizeThroughTheDialog(3, 2);
        // Round 1 is over (its best: "Answer: {{WORD}}"); round 2 is on its way.
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 2, 30000);
        QCOMPARE(rounds.at(1).at(0).toInt(), 1);
        QAction *cancel = windowAction(MainWindow::ActionId::Cancel);
        QCOMPARE(cancel->shortcut(), QKeySequence(Qt::Key_Escape));
        cancel->trigger();
        waitForOptimization();

        QVERIFY2(panel()->resultText().contains(QStringLiteral("Canceled")), qPrintable(panel()->resultText()));
        QVERIFY(page()->hasPendingResult());
        const QList<const Revision *> optimized = optimizedRevisions();
        QCOMPARE(optimized.size(), 1);
        QCOMPARE(optimized.constFirst()->prompt, userPrompt(QStringLiteral("Answer: {{WORD}}")));
        QVERIFY(!optimized.constFirst()->scores->heldOut);

        // Reject leaves the prompt as it was; the candidate stays in the history.
        windowAction(MainWindow::ActionId::Reject)->trigger();
        QVERIFY(!page()->hasPendingResult());
        QCOMPARE(workingPrompt(), original);
        QCOMPARE(optimizedRevisions().size(), 1);
        // Nothing typed since: no new revision of the working copy either.
        const qsizetype count = documents()->revisions().size();
        documents()->recordTypedEdits();
        QCOMPARE(documents()->revisions().size(), count);
    }

    void aNewDocumentDropsARunningOptimization()
    {
        FakeFaults slow;
        slow.answerDelayMs = 100;
        m_setup->server.setFaults(slow);
        QSignalSpy rounds(view()->optimizeRunner(), &OptimizeRunner::roundFinished);
        optimizeThroughTheDialog(3, 2);
        // A candidate of round 1 is there to offer when the document goes.
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 2, 30000);
        QSignalSpy finished(view()->optimizeRunner(), &OptimizeRunner::finished);
        newDocument(*m_window, userPrompt(QStringLiteral("Something else")));
        QVERIFY(finished.size() == 1 || finished.wait(20000));
        QVERIFY(!view()->isOptimizing());
        QVERIFY(optimizedRevisions().isEmpty());
        QVERIFY(documents()->runs().isEmpty());
        QVERIFY(!page()->hasPendingResult());
        QVERIFY(!panel()->isVisible());
    }

    void optimizeWithoutCasesSaysWhy()
    {
        view()->cases()->removeCaseRows({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19});
        QCOMPARE(view()->cases()->rowCount(), 0);
        QSignalSpy failed(view(), &EvaluateView::failed);
        windowAction(MainWindow::ActionId::Optimize)->trigger();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!m_window->findChild<OptimizeDialog *>(QStringLiteral("optimizeDialog")));
    }
};

QTEST_MAIN(TestOptimize)
#include "tst_optimize.moc"
