// Documents in the window: save and open, import and export, the close
// question, autosave and recovery, the history of revisions, recent files.

#include "guitestsupport.h"
#include "testfiles.h"

#include "diffview.h"
#include "documentcontroller.h"
#include "historypanel.h"
#include "messagebanner.h"
#include "modelcombobox.h"
#include "prompteditor.h"
#include "promptworkspace.h"

#include "document/documentfile.h"

#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pw;
using namespace pw::test;

namespace {

constexpr int runTimeoutMs = 10000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Concrete values for templatize to find.
Prompt concretePrompt()
{
    return Prompt {{}, {Message::user(QStringLiteral("Translate \"good morning\" into German."))}};
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkbenchSetup> m_setup;
    std::unique_ptr<MainWindow> m_window;

    DocumentController *documents() const { return m_window->documents(); }
    QString path(const QString &name) const { return m_setup->directory.filePath(name); }
    QString autosaveDirectory() const { return path(QStringLiteral("autosave")); }

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(m_setup->context());
        window->documents()->setAutosaveDirectory(autosaveDirectory());
        return window;
    }

    void openWindow()
    {
        m_window = makeWindow();
        m_window->setPrompt(samplePrompt(), sampleValues());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void type(const QString &text) { QTest::keyClicks(m_window->systemEditor(), text); }

    // Templatize on the local engine (offline and quick), then accept.
    void templatizeAndAccept()
    {
        m_window->engineBox()->setCurrentText(QStringLiteral("local"));
        m_window->action(MainWindow::ActionId::Templatize)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasPendingResult(), runTimeoutMs);
        m_window->action(MainWindow::ActionId::Accept)->trigger();
        QVERIFY(!m_window->hasPendingResult());
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
        DocumentController::setNextCloseAnswer(std::nullopt);
        m_window.reset();
        m_setup.reset();
    }

    void saveAndOpenRoundTrip()
    {
        type(QStringLiteral("Be brief. "));
        QVERIFY(m_window->isWindowModified());
        const Prompt typed = m_window->workspace()->prompt();
        const QString file = path(QStringLiteral("triage.promptwerk"));
        QVERIFY(documents()->saveTo(file));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("triage.promptwerk")));
        QCOMPARE(loadDocumentFile(file).document.prompt(), typed);
        // Saving recorded the typing as a revision.
        QCOMPARE(documents()->document().latestRevision()->origin, Origin::Typed);

        DocumentController::setNextCloseAnswer(QMessageBox::Discard);
        QVERIFY(documents()->newDocument());
        QVERIFY(m_window->workspace()->prompt() != typed);
        QVERIFY(documents()->filePath().isEmpty());

        QVERIFY(m_window->openFile(file));
        QCOMPARE(m_window->workspace()->prompt(), typed);
        QCOMPARE(m_window->workspace()->values(), sampleValues());
        QCOMPARE(documents()->filePath(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(documents()->document().revisions().size(), 1);
        QVERIFY(!m_window->isWindowModified());
    }

    void openImportsOtherFormats()
    {
        const QString file = path(QStringLiteral("notes.md"));
        writeTestFile(file, "## System\nBe kind.\n\n## User\nHello {{NAME}}\n");
        QVERIFY(documents()->open(file));
        QCOMPARE(m_window->workspace()->prompt().system, QStringLiteral("Be kind."));
        QVERIFY(documents()->filePath().isEmpty()); // saving never writes over the imported file
        QCOMPARE(documents()->document().latestRevision()->origin, Origin::Imported);
    }

    void invalidImportLeavesTheDocumentAlone_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("where");
        QTest::newRow("broken JSON") << QStringLiteral("bad.json") << QByteArray("{\n  \"messages\": [\n    {\"role\": }\n")
                                     << QStringLiteral("bad.json:3:");
        QTest::newRow("bad value") << QStringLiteral("bad.json")
                                   << QByteArray(R"({"messages": [{"role": "robot", "content": "x"}]})")
                                   << QStringLiteral("messages[0]");
        QTest::newRow("broken document") << QStringLiteral("bad.promptwerk") << QByteArray("{\"format\": \"promptwerk\",")
                                         << QStringLiteral("bad.promptwerk:1:");
    }

    void invalidImportLeavesTheDocumentAlone()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QString, where);
        type(QStringLiteral("Kept. "));
        const Prompt before = m_window->workspace()->prompt();
        const PromptDocument documentBefore = documents()->document();
        const QString file = path(name);
        writeTestFile(file, data);

        QVERIFY(!documents()->importFile(file));
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY2(m_window->banner()->details().contains(where), qPrintable(m_window->banner()->details()));
        QCOMPARE(m_window->workspace()->prompt(), before);
        QCOMPARE(documents()->document(), documentBefore);

        QVERIFY(!documents()->open(file));
        QVERIFY(m_window->banner()->details().contains(where));
        QCOMPARE(m_window->workspace()->prompt(), before);
        QCOMPARE(documents()->document(), documentBefore);
        QVERIFY(m_window->isWindowModified());
    }

    void importAddsARevisionThatUndoTakesBack()
    {
        const Prompt before = m_window->workspace()->prompt();
        const QString file = path(QStringLiteral("request.json"));
        writeTestFile(
            file, R"({"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": [{"role": "user", "content": "Hi"}]})");
        QVERIFY(documents()->importFile(file));
        QCOMPARE(m_window->workspace()->prompt().messages.constFirst().text(), QStringLiteral("Hi"));
        QCOMPARE(documents()->document().latestRevision()->origin, Origin::Imported);
        m_window->action(MainWindow::ActionId::Undo)->trigger();
        QCOMPARE(m_window->workspace()->prompt(), before);
    }

    void exportWritesFiles_data()
    {
        QTest::addColumn<QString>("formatName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("python") << QStringLiteral("python") << QStringLiteral("import anthropic");
        QTest::newRow("messages-json") << QStringLiteral("messages-json") << QStringLiteral("\"messages\"");
        QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("{{COMPANY}}");
    }

    void exportWritesFiles()
    {
        QFETCH(QString, formatName);
        QFETCH(QString, expected);
        const ExportFormat format = exportFormatFromName(formatName).value();
        const QString file = path(QStringLiteral("out.") + exportFileSuffix(format));
        QVERIFY(documents()->exportTo(file, format));
        const QString written = QString::fromUtf8(readFile(file));
        QVERIFY2(written.contains(expected), qPrintable(written.left(400)));
        QVERIFY(!written.contains(QStringLiteral("test-key")));
    }

    void closeAsksAboutUnsavedWork()
    {
        documents()->setAutosaveDelay(20);
        QSignalSpy autosaved(documents(), &DocumentController::autosaved);
        type(QStringLiteral("Unsaved. "));
        QVERIFY(autosaved.wait(2000));
        DocumentController::setNextCloseAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());

        QCOMPARE(AutosaveStore(autosaveDirectory()).entries().size(), 1);

        DocumentController::setNextCloseAnswer(QMessageBox::Discard);
        QVERIFY(m_window->close());
        QVERIFY(!m_window->isVisible());
        // Discarded on purpose: nothing is offered for recovery next time.
        m_window.reset();
        QVERIFY(AutosaveStore(autosaveDirectory()).entries().isEmpty());
    }

    void closeWithoutChangesDoesNotAsk()
    {
        // An answer left over would be used by the next question: none must be asked.
        DocumentController::setNextCloseAnswer(QMessageBox::Cancel);
        QVERIFY(m_window->close());
        DocumentController::setNextCloseAnswer(std::nullopt);
    }

    void autosaveAndRecovery()
    {
        documents()->setAutosaveDelay(50);
        QSignalSpy autosaved(documents(), &DocumentController::autosaved);
        type(QStringLiteral("Typed before the crash. "));
        QVERIFY(autosaved.wait(2000));
        const QList<AutosaveStore::Entry> entries = documents()->autosaveStore().entries();
        QCOMPARE(entries.size(), 1);
        const Prompt typed = m_window->workspace()->prompt();
        const QString key = entries.constFirst().key;

        // The process "dies": no close, the copy stays. A new window offers it.
        m_window.reset();
        m_window = makeWindow();
        m_window->show();
        documents()->offerRecovery();
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("Unsaved work")));
        QVERIFY(documents()->recover(key));
        QCOMPARE(m_window->workspace()->prompt(), typed);
        QVERIFY(m_window->isWindowModified());
        // Now under this window's key only.
        const QList<AutosaveStore::Entry> after = documents()->autosaveStore().entries();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.constFirst().key, documents()->autosaveKey());

        // A save removes the copy.
        QVERIFY(documents()->saveTo(path(QStringLiteral("recovered.promptwerk"))));
        QVERIFY(documents()->autosaveStore().entries().isEmpty());
    }

    void discardingTheRecoveryOfferRemovesTheCopy()
    {
        documents()->setAutosaveDelay(20);
        QSignalSpy autosaved(documents(), &DocumentController::autosaved);
        type(QStringLiteral("x"));
        QVERIFY(autosaved.wait(2000));
        m_window.reset();
        m_window = makeWindow();
        documents()->offerRecovery();
        const QList<QAction *> actions = m_window->banner()->actions();
        QCOMPARE(actions.size(), 2);
        actions.at(1)->trigger(); // Discard
        QVERIFY(documents()->autosaveStore().entries().isEmpty());
        QVERIFY(m_window->banner()->isHidden());
    }

    void aSecondWindowLeavesTheFirstWindowsWorkAlone()
    {
        documents()->setAutosaveDelay(20);
        QSignalSpy autosaved(documents(), &DocumentController::autosaved);
        type(QStringLiteral("Still being written. "));
        QVERIFY(autosaved.wait(2000));

        // Another window starts while this one works: nothing to recover.
        const std::unique_ptr<MainWindow> second = makeWindow();
        second->documents()->offerRecovery();
        QVERIFY(second->banner()->isHidden());
        QCOMPARE(second->documents()->autosaveStore().entries().size(), 1);

        // Once the first window is gone without a clean close, its copy is offered.
        m_window.reset();
        second->documents()->offerRecovery();
        QVERIFY(!second->banner()->isHidden());
        QVERIFY(second->banner()->text().contains(QStringLiteral("Unsaved work")));
    }

    void acceptedRunsBecomeRevisions()
    {
        m_window->setPrompt(concretePrompt());
        type(QStringLiteral("Short answers. "));
        templatizeAndAccept();
        const QList<Revision> revisions = documents()->document().revisions();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0).origin, Origin::Typed);
        QCOMPARE(revisions.at(1).origin, Origin::Templatized);
        QCOMPARE(revisions.at(1).engine, QStringLiteral("local"));
        QCOMPARE(revisions.at(1).prompt, m_window->workspace()->prompt());

        HistoryPanel *history = documents()->historyPanel();
        QVERIFY(history);
        QVERIFY(documents()->historyDock()->isVisible());
        QCOMPARE(history->list()->topLevelItemCount(), 2);
        // Newest first.
        QCOMPARE(history->list()->topLevelItem(0)->text(1), QStringLiteral("Templatized"));
        QVERIFY(history->list()->topLevelItem(0)->text(3).startsWith(QStringLiteral("local")));

        history->selectRevisions({1, 2});
        QVERIFY(history->compareSelected());
        QVERIFY(history->diffView()->isVisible());
        QTRY_VERIFY(history->diffView()->changeCount() > 0);
        QVERIFY(history->diffView()->rightPane()->toPlainText().contains(QStringLiteral("{{")));
    }

    void restoreCreatesARevision()
    {
        m_window->setPrompt(concretePrompt());
        type(QStringLiteral("First. "));
        templatizeAndAccept();
        const Prompt typed = documents()->document().revision(1)->prompt;
        const Prompt templated = m_window->workspace()->prompt();

        HistoryPanel *history = documents()->historyPanel();
        history->selectRevisions({1});
        QVERIFY(history->restoreSelected());
        const PromptDocument document = documents()->document();
        QCOMPARE(document.revisions().size(), 3);
        QCOMPARE(document.latestRevision()->origin, Origin::Restored);
        QCOMPARE(document.latestRevision()->restoredFrom, 1);
        QCOMPARE(m_window->workspace()->prompt(), typed);
        QCOMPARE(history->list()->topLevelItemCount(), 3);

        m_window->action(MainWindow::ActionId::Undo)->trigger();
        QCOMPARE(m_window->workspace()->prompt(), templated);
    }

    void recentFilesAreKeptAndPruned()
    {
        QStringList saved;
        for (int i = 0; i < 12; ++i) {
            saved.prepend(QFileInfo(path(QStringLiteral("doc%1.promptwerk").arg(i))).absoluteFilePath());
            QVERIFY(documents()->saveTo(saved.constFirst()));
        }
        QCOMPARE(documents()->recentFiles(), saved.mid(0, 10));
        QVERIFY(QFile::remove(saved.at(1)));
        QStringList expected = saved.mid(0, 10);
        expected.removeAt(1);
        QCOMPARE(documents()->recentFiles(), expected);

        // Opening moves a file to the top; the list lives in the settings.
        QVERIFY(documents()->open(saved.at(5)));
        QCOMPARE(documents()->recentFiles().constFirst(), saved.at(5));
        m_window.reset();
        m_window = makeWindow();
        QCOMPARE(documents()->recentFiles().constFirst(), saved.at(5));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
