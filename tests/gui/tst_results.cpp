// A tool's result and its run in the window (how much room the editors keep,
// the live preview, the notes, editing while a run is under way) and the
// history of revisions (preview, compare with current, coalesced typing).

#include "fakes/modelanswers.h"
#include "guitestsupport.h"

#include "comparearea.h"
#include "comparepanes.h"
#include "dialogs.h"
#include "diffview.h"
#include "findbar.h"
#include "historymodel.h"
#include "historypanel.h"
#include "messagebanner.h"
#include "messagelisteditor.h"
#include "prompteditor.h"
#include "promptworkspace.h"
#include "runpanel.h"

#include "tools/toolsession.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

using namespace pw;
using namespace pw::test;

namespace {

constexpr int runTimeoutMs = 10000;

} // namespace

class TestResults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkbenchSetup> m_setup;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_setup->context());
        newDocument(*m_window, samplePrompt(), sampleValues());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        child<QComboBox>(m_window.get(), QStringLiteral("engineBox"))->setCurrentText(QStringLiteral("claude"));
    }

    QAction *action(MainWindow::ActionId id) const { return m_window->action(id); }
    DocumentPage *page() const { return m_window->currentPage(); }
    CompareArea *compareArea() const { return child<CompareArea>(m_window.get(), QStringLiteral("compareArea")); }
    RunPanel *runPanel() const { return child<RunPanel>(m_window.get(), QStringLiteral("runPanel")); }
    MessageListEditor *messageList() const { return child<MessageListEditor>(m_window.get(), QStringLiteral("messageList")); }
    QSplitter *resultSplitter() const { return child<QSplitter>(m_window.get(), QStringLiteral("resultSplitter")); }

    void improveWith(const QString &answer)
    {
        m_setup->server.enqueue("/v1/messages", FakeResponse::anthropicStream(inPiecesCount(answer, 4)));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
    }

    // The editors' share of the page while a result shows.
    double editorShare() const
    {
        const QList<int> sizes = resultSplitter()->sizes();
        return double(sizes.at(0)) / (sizes.at(0) + sizes.at(1));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_setup = std::make_unique<WorkbenchSetup>();
        QVERIFY(m_setup->start());
        openWindow();
    }

    void cleanup()
    {
        if (m_window)
            page()->documents()->acceptClose();
        m_window.reset();
        m_setup.reset();
    }

    // A small laptop's window: the result does not squeeze the editors to a strip.
    void editorsKeepRoomBesideAResult()
    {
        m_window->resize(1024, 700);
        improveWith(userPromptAnswer(QStringLiteral("You answer for {{COMPANY}}."), QStringLiteral("<q>{{QUESTION}}</q>")));
        QVERIFY(compareArea()->isVisible());
        QTRY_VERIFY2(editorShare() >= 0.4, qPrintable(QString::number(editorShare())));
        QVERIFY2(child<PromptEditor>(m_window.get(), QStringLiteral("systemEditor"))->width() >= 300,
            qPrintable(QString::number(child<PromptEditor>(m_window.get(), QStringLiteral("systemEditor"))->width())));
    }

    // The share the user gives the result is kept for the next one, and for the next session.
    void theResultsShareIsRemembered()
    {
        m_window->resize(1200, 760);
        improveWith(userPromptAnswer(QStringLiteral("s {{COMPANY}}"), QStringLiteral("u {{QUESTION}}")));
        const int total = resultSplitter()->sizes().at(0) + resultSplitter()->sizes().at(1);
        resultSplitter()->setSizes({total * 3 / 10, total - total * 3 / 10});
        action(MainWindow::ActionId::Reject)->trigger();
        QVERIFY(!compareArea()->isVisible());

        improveWith(userPromptAnswer(QStringLiteral("t {{COMPANY}}"), QStringLiteral("v {{QUESTION}}")));
        QVERIFY2(qAbs(editorShare() - 0.3) < 0.03, qPrintable(QString::number(editorShare())));
        action(MainWindow::ActionId::Reject)->trigger();

        MessageBox::setNextAnswer(QMessageBox::Discard);
        m_window->close();
        m_window = std::make_unique<MainWindow>(m_setup->context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        child<QComboBox>(m_window.get(), QStringLiteral("engineBox"))->setCurrentText(QStringLiteral("claude"));
        newDocument(*m_window, samplePrompt(), sampleValues());
        improveWith(userPromptAnswer(QStringLiteral("w {{COMPANY}}"), QStringLiteral("x {{QUESTION}}")));
        QVERIFY2(qAbs(editorShare() - 0.3) < 0.03, qPrintable(QString::number(editorShare())));
    }

    // The run panel shows the prompt as it forms, not the JSON it comes in.
    void theLivePreviewIsThePromptText()
    {
        const QString answer
            = userPromptAnswer(QStringLiteral("Line one\nLine \"two\""), QStringLiteral("Ask about {{QUESTION}}."));
        FakeResponse drip = FakeResponse::anthropicStream(inPiecesCount(answer, 12));
        drip.chunkDelayMs = 60;
        m_setup->server.enqueue("/v1/messages", drip);
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(runPanel()->previewText().contains(QStringLiteral("Line one\nLine")), runTimeoutMs);
        QVERIFY2(!runPanel()->previewText().contains(QStringLiteral("\"messages\"")), qPrintable(runPanel()->previewText()));
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
        QCOMPARE(runPanel()->streamedText(), answer);
        QCOMPARE(runPanel()->previewText(),
            QStringLiteral("System\nLine one\nLine \"two\"\n\nMessage 1 · user\nAsk about {{QUESTION}}."));
    }

    // A note names its place as the checks do, and leads there.
    void notesSayTheirPlaceReadablyAndLeadThere()
    {
        improveWith(userPromptAnswer(QStringLiteral("You answer for {{COMPANY}}."), QStringLiteral("Answer briefly.")));
        QCOMPARE(compareArea()->notePlaces(), QStringList {QStringLiteral("Message 1, line 2")});
        QCOMPARE(compareArea()->notes(), QStringList {QStringLiteral("the improved prompt dropped {{QUESTION}}")});
        auto *note = child<QLabel>(compareArea(), QStringLiteral("noteText"));
        QVERIFY2(note->text().contains(QStringLiteral("Message 1, line 2")) && !note->text().contains(QStringLiteral("offset")),
            qPrintable(note->text()));
        emit note->linkActivated(QStringLiteral("#place"));
        QCOMPARE(messageList()->editor(0)->textCursor().position(), int(QStringLiteral("<question>\n").size()));
    }

    // A run's result replaces the whole prompt: while the run and then the
    // result stand, the editors are read-only and say why; Reject frees them.
    void editingPausesWhileAToolRuns()
    {
        const QString answer = userPromptAnswer(QStringLiteral("s {{COMPANY}}"), QStringLiteral("slow {{QUESTION}}"));
        FakeResponse drip = FakeResponse::anthropicStream(inPiecesCount(answer, 10));
        drip.chunkDelayMs = 100;
        m_setup->server.enqueue("/v1/messages", drip);
        const Prompt before = page()->workspace()->prompt();
        action(MainWindow::ActionId::Improve)->trigger();
        QVERIFY(page()->isBusy());

        auto *note = child<QLabel>(m_window.get(), QStringLiteral("editingPausedNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Improve")), qPrintable(note->text()));
        PromptEditor *editor = messageList()->editor(0);
        QVERIFY(editor->isReadOnly());
        QVERIFY(child<PromptEditor>(m_window.get(), QStringLiteral("systemEditor"))->isReadOnly());
        QTest::keyClicks(editor, QStringLiteral("typed meanwhile "));
        QCOMPARE(page()->workspace()->prompt(), before);
        QVERIFY(!messageList()->addMessageAction()->isEnabled());
        QVERIFY(!action(MainWindow::ActionId::Undo)->isEnabled());
        // Replace would get around the lock: finding goes on, replacing waits.
        auto *findBar = child<FindBar>(m_window.get(), QStringLiteral("findBar"));
        findBar->openReplace(QStringLiteral("QUESTION"));
        QVERIFY(!findBar->matches().isEmpty());
        findBar->replaceAll();
        QCOMPARE(page()->workspace()->prompt(), before);

        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
        QVERIFY(note->isVisible());
        QVERIFY(editor->isReadOnly());
        action(MainWindow::ActionId::Reject)->trigger();
        QVERIFY(!note->isVisible());
        QVERIFY(!editor->isReadOnly());
        QVERIFY(messageList()->addMessageAction()->isEnabled());
        editor->moveCursor(QTextCursor::Start);
        QTest::keyClicks(editor, QStringLiteral("now "));
        QVERIFY(page()->workspace()->prompt().messages.constFirst().text().startsWith(QStringLiteral("now ")));
    }

    // --- the history

    // Typing between two other events is one revision, however many saves and runs ask for one.
    void typedRevisionsCoalesce()
    {
        newDocument(*m_window, Prompt {{}, {Message::user(QStringLiteral("Hello"))}});
        DocumentController *documents = page()->documents();
        PromptEditor *editor = messageList()->editor(0);
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" there"));
        documents->recordTypedEdits(); // as a save, an accept or a restore does first
        QTest::keyClicks(editor, QStringLiteral(", you"));
        documents->recordTypedEdits();
        const QString file = m_setup->directory.filePath(QStringLiteral("coalesced.promptwerk"));
        QVERIFY(documents->saveTo(file));
        QCOMPARE(documents->revisions().size(), 1);
        QCOMPARE(documents->revisions().constFirst().origin, Origin::Typed);
        QCOMPARE(documents->revisions().constFirst().prompt.messages.constFirst().text(), QStringLiteral("Hello there, you"));

        // Saved, it stays as it is in the file; what is typed next is a revision of its own.
        QTest::keyClicks(editor, QStringLiteral("!"));
        documents->recordTypedEdits();
        QTest::keyClicks(editor, QStringLiteral("!"));
        improveWith(userPromptAnswer(QString(), QStringLiteral("Hello there, you!!")));
        action(MainWindow::ActionId::Reject)->trigger();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral("?"));
        improveWith(userPromptAnswer(QString(), QStringLiteral("Improved.")));
        action(MainWindow::ActionId::Accept)->trigger();
        QVERIFY(documents->saveTo(file));
        QStringList origins;
        for (const Revision &revision : documents->revisions())
            origins.append(HistoryModel::originLabel(revision));
        QCOMPARE(origins, (QStringList {QStringLiteral("Typed"), QStringLiteral("Typed"), QStringLiteral("Improved")}));
        QCOMPARE(documents->revisions().at(1).prompt.messages.constFirst().text(), QStringLiteral("Hello there, you!!?"));
    }

    // One selected revision shows whole, with what made it; it compares with the
    // current prompt, follows a restore, and closes.
    void aSelectedRevisionShowsAndComparesWithCurrent()
    {
        newDocument(*m_window, samplePrompt(), sampleValues());
        improveWith(userPromptAnswer(QStringLiteral("Improved system {{COMPANY}}."), QStringLiteral("Improved {{QUESTION}}")));
        action(MainWindow::ActionId::Accept)->trigger();
        auto *history = child<HistoryPanel>(m_window.get(), QStringLiteral("historyPanel"));
        QCOMPARE(page()->history()->rowCount(), 2);

        history->selectRevisions({2});
        QCOMPARE(history->view(), HistoryPanel::View::Preview);
        QVERIFY(child<QWidget>(history, QStringLiteral("revisionPreview"))->isVisible());
        QVERIFY2(
            history->previewText().contains(QStringLiteral("Improved system {{COMPANY}}.")), qPrintable(history->previewText()));
        // Made with, whole: engine, tool model and tokens.
        QVERIFY2(history->viewTitle().contains(QStringLiteral("Improved"))
                && history->viewTitle().contains(QStringLiteral("claude · ")),
            qPrintable(history->viewTitle()));

        history->selectRevisions({1});
        QVERIFY(history->compareWithCurrent());
        auto *diff = child<DiffView>(history, QStringLiteral("revisionDiff"));
        QVERIFY(diff->isVisible());
        QTRY_VERIFY(!diff->isComparing() && diff->rightPane()->toPlainText().contains(QStringLiteral("Improved system")));

        // Restoring revision 1 makes it the current prompt: the comparison follows.
        QVERIFY(history->restoreSelected());
        QTRY_VERIFY(!diff->isComparing() && !diff->rightPane()->toPlainText().contains(QStringLiteral("Improved system")));
        QCOMPARE(diff->changeCount(), 0);

        child<QAbstractButton>(history, QStringLiteral("closeRevisionView"))->click();
        QCOMPARE(history->view(), HistoryPanel::View::None);
        QVERIFY(!diff->isVisible());
        QVERIFY(!child<QWidget>(history, QStringLiteral("revisionView"))->isVisible());
    }

    // A templatize run that finds nothing says so and leaves the document alone.
    void templatizeFindingNothingSaysSo()
    {
        child<QComboBox>(m_window.get(), QStringLiteral("engineBox"))->setCurrentText(QStringLiteral("local"));
        newDocument(*m_window, Prompt {{}, {Message::user(QStringLiteral("Say hello."))}});
        const qsizetype revisions = page()->documents()->revisions().size();
        action(MainWindow::ActionId::Templatize)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), runTimeoutMs);
        QVERIFY(!page()->hasPendingResult());
        QVERIFY(!compareArea()->isVisible());
        QVERIFY(!action(MainWindow::ActionId::Accept)->isEnabled());
        auto *banner = child<MessageBanner>(m_window.get(), QStringLiteral("banner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(
            banner->text().contains(QStringLiteral("No values to turn into variables were found")), qPrintable(banner->text()));
        QCOMPARE(page()->documents()->revisions().size(), revisions);
        QVERIFY(!messageList()->editor(0)->isReadOnly());
    }
};

QTEST_MAIN(TestResults)
#include "tst_results.moc"
