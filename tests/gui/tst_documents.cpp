// Documents in the window: save and open, import and export, the close
// question, autosave and recovery, the history of revisions, recent files.

#include "guitestsupport.h"
#include "testfiles.h"

#include "dialogs.h"
#include "diffview.h"
#include "exportdialog.h"
#include "historymodel.h"
#include "historypanel.h"
#include "messagebanner.h"
#include "modelcombobox.h"
#include "prompteditor.h"
#include "promptworkspace.h"

#include "document/documentfile.h"
#include "tools/enginesettings.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
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

    DocumentPage *page() const { return m_window->currentPage(); }
    DocumentController *documents() const { return page()->documents(); }
    static MessageBanner *bannerOf(const MainWindow *window) { return child<MessageBanner>(window, QStringLiteral("banner")); }
    MessageBanner *banner() const { return bannerOf(m_window.get()); }
    QString path(const QString &name) const { return m_setup->directory.filePath(name); }
    QString autosaveDirectory() const { return path(QStringLiteral("autosave")); }

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(m_setup->context());
        window->currentPage()->documents()->setAutosaveDirectory(autosaveDirectory());
        return window;
    }

    void openWindow()
    {
        m_window = makeWindow();
        newDocument(*m_window, samplePrompt(), sampleValues());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void type(const QString &text)
    {
        QTest::keyClicks(child<PromptEditor>(m_window.get(), QStringLiteral("systemEditor")), text);
    }

    // Types text and waits until its recovery copy is written.
    bool typeUntilAutosaved(const QString &text)
    {
        documents()->setAutosaveDelay(20);
        QSignalSpy autosaved(documents(), &DocumentController::autosaved);
        type(text);
        return autosaved.wait(5000);
    }

    ExportDialog *openExportDialog()
    {
        m_window->action(MainWindow::ActionId::Export)->trigger();
        return child<ExportDialog>(m_window.get(), QStringLiteral("exportDialog"));
    }

    // Templatize on the local engine (offline and quick), then accept.
    void templatizeAndAccept()
    {
        child<QComboBox>(m_window.get(), QStringLiteral("engineBox"))->setCurrentText(QStringLiteral("local"));
        m_window->action(MainWindow::ActionId::Templatize)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
        m_window->action(MainWindow::ActionId::Accept)->trigger();
        QVERIFY(!page()->hasPendingResult());
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
        MessageBox::clearNextAnswers();
        FileDialog::clearNextFileNames();
        m_window.reset();
        m_setup.reset();
    }

    void saveAndOpenRoundTrip()
    {
        type(QStringLiteral("Be brief. "));
        QVERIFY(m_window->isWindowModified());
        const Prompt typed = page()->workspace()->prompt();
        const QString file = path(QStringLiteral("triage.promptwerk"));
        QVERIFY(documents()->saveTo(file));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("triage.promptwerk")));
        QCOMPARE(loadDocumentFile(file).document.prompt(), typed);
        // Saving recorded the typing as a revision.
        QCOMPARE(documents()->document().latestRevision()->origin, Origin::Typed);

        // Just saved: New asks nothing, and the answer stays unused.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(page()->newDocument());
        QCOMPARE(MessageBox::clearNextAnswers(), 1);
        QVERIFY(page()->workspace()->prompt() != typed);
        QVERIFY(documents()->filePath().isEmpty());

        QVERIFY(m_window->openFile(file));
        QCOMPARE(page()->workspace()->prompt(), typed);
        QCOMPARE(page()->workspace()->values(), sampleValues());
        QCOMPARE(documents()->filePath(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(documents()->document().revisions().size(), 1);
        QVERIFY(!m_window->isWindowModified());
    }

    void openImportsOtherFormats()
    {
        const QString file = path(QStringLiteral("notes.md"));
        writeTestFile(file, "## System\nBe kind.\n\n## User\nHello {{NAME}}\n");
        QVERIFY(documents()->open(file));
        QCOMPARE(page()->workspace()->prompt().system, QStringLiteral("Be kind."));
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
        const Prompt before = page()->workspace()->prompt();
        const PromptDocument documentBefore = documents()->document();
        const QString file = path(name);
        writeTestFile(file, data);

        QVERIFY(!documents()->importFile(file));
        QVERIFY(banner()->isVisible());
        QVERIFY2(banner()->details().contains(where), qPrintable(banner()->details()));
        QCOMPARE(page()->workspace()->prompt(), before);
        QCOMPARE(documents()->document(), documentBefore);

        QVERIFY(!documents()->open(file));
        QVERIFY(banner()->details().contains(where));
        QCOMPARE(page()->workspace()->prompt(), before);
        QCOMPARE(documents()->document(), documentBefore);
        QVERIFY(m_window->isWindowModified());
    }

    void importAddsARevisionThatUndoTakesBack()
    {
        const Prompt before = page()->workspace()->prompt();
        const QString file = path(QStringLiteral("request.json"));
        writeTestFile(
            file, R"({"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": [{"role": "user", "content": "Hi"}]})");
        QVERIFY(documents()->importFile(file));
        QCOMPARE(page()->workspace()->prompt().messages.constFirst().text(), QStringLiteral("Hi"));
        QCOMPARE(documents()->document().latestRevision()->origin, Origin::Imported);
        m_window->action(MainWindow::ActionId::Undo)->trigger();
        QCOMPARE(page()->workspace()->prompt(), before);
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
        QVERIFY(typeUntilAutosaved(QStringLiteral("Unsaved. ")));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());

        QCOMPARE(AutosaveStore(autosaveDirectory()).entries().size(), 1);

        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(m_window->close());
        QVERIFY(!m_window->isVisible());
        // Discarded on purpose: nothing is offered for recovery next time.
        m_window.reset();
        QVERIFY(AutosaveStore(autosaveDirectory()).entries().isEmpty());
    }

    void closeWithoutChangesDoesNotAsk()
    {
        // Were a question asked, this answer would keep the window open.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(m_window->close());
        QCOMPARE(MessageBox::clearNextAnswers(), 1);
    }

    void autosaveAndRecovery()
    {
        documents()->setAutosaveDelay(50);
        QSignalSpy autosaved(documents(), &DocumentController::autosaved);
        type(QStringLiteral("Typed before the crash. "));
        QVERIFY(autosaved.wait(2000));
        const QList<AutosaveStore::Entry> entries = documents()->autosaveStore().entries();
        QCOMPARE(entries.size(), 1);
        const Prompt typed = page()->workspace()->prompt();
        const QString key = entries.constFirst().key;

        // The process "dies": no close, the copy stays. A new window offers it.
        m_window.reset();
        m_window = makeWindow();
        m_window->show();
        page()->offerRecovery();
        QVERIFY(banner()->isVisible());
        QVERIFY(banner()->text().contains(QStringLiteral("Unsaved work")));
        QVERIFY(documents()->recover(key));
        QCOMPARE(page()->workspace()->prompt(), typed);
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
        QVERIFY(typeUntilAutosaved(QStringLiteral("x")));
        m_window.reset();
        m_window = makeWindow();
        page()->offerRecovery();
        const QList<QAction *> actions = banner()->actions();
        QCOMPARE(actions.size(), 2);
        actions.at(1)->trigger(); // Discard
        QVERIFY(documents()->autosaveStore().entries().isEmpty());
        QVERIFY(banner()->isHidden());
    }

    void aSecondWindowLeavesTheFirstWindowsWorkAlone()
    {
        QVERIFY(typeUntilAutosaved(QStringLiteral("Still being written. ")));

        // Another window starts while this one works: nothing to recover.
        const std::unique_ptr<MainWindow> second = makeWindow();
        second->currentPage()->offerRecovery();
        QVERIFY(bannerOf(second.get())->isHidden());
        QCOMPARE(second->currentPage()->documents()->autosaveStore().entries().size(), 1);

        // Once the first window is gone without a clean close, its copy is offered.
        m_window.reset();
        second->currentPage()->offerRecovery();
        QVERIFY(!bannerOf(second.get())->isHidden());
        QVERIFY(bannerOf(second.get())->text().contains(QStringLiteral("Unsaved work")));
    }

    void acceptedRunsBecomeRevisions()
    {
        newDocument(*m_window, concretePrompt());
        type(QStringLiteral("Short answers. "));
        templatizeAndAccept();
        const QList<Revision> revisions = documents()->document().revisions();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0).origin, Origin::Typed);
        QCOMPARE(revisions.at(1).origin, Origin::Templatized);
        QCOMPARE(revisions.at(1).engine, QStringLiteral("local"));
        QCOMPARE(revisions.at(1).prompt, page()->workspace()->prompt());

        auto *history = child<HistoryPanel>(m_window.get(), QStringLiteral("historyPanel"));
        QVERIFY(child<QDockWidget>(m_window.get(), QStringLiteral("historyDock"))->isVisible());
        const HistoryModel *rows = page()->history();
        QCOMPARE(child<QTreeView>(history, QStringLiteral("revisionList"))->model(), rows);
        QCOMPARE(rows->rowCount(), 2);
        // Newest first.
        QCOMPARE(rows->index(0, HistoryModel::OriginColumn).data().toString(), QStringLiteral("Templatized"));
        QVERIFY(rows->index(0, HistoryModel::MadeByColumn).data().toString().startsWith(QStringLiteral("local")));

        history->selectRevisions({1, 2});
        QCOMPARE(history->selectedRevisions(), (QList<int> {1, 2}));
        QVERIFY(history->compareSelected());
        auto *diff = child<DiffView>(history, QStringLiteral("revisionDiff"));
        QVERIFY(diff->isVisible());
        QTRY_VERIFY(diff->changeCount() > 0);
        QVERIFY(diff->rightPane()->toPlainText().contains(QStringLiteral("{{")));
    }

    void restoreCreatesARevision()
    {
        newDocument(*m_window, concretePrompt());
        type(QStringLiteral("First. "));
        templatizeAndAccept();
        const Prompt typed = documents()->document().revision(1)->prompt;
        const Prompt templated = page()->workspace()->prompt();

        auto *history = child<HistoryPanel>(m_window.get(), QStringLiteral("historyPanel"));
        history->selectRevisions({1});
        QVERIFY(history->restoreSelected());
        const PromptDocument document = documents()->document();
        QCOMPARE(document.revisions().size(), 3);
        QCOMPARE(document.latestRevision()->origin, Origin::Restored);
        QCOMPARE(document.latestRevision()->restoredFrom, 1);
        QCOMPARE(page()->workspace()->prompt(), typed);
        QCOMPARE(page()->history()->rowCount(), 3);
        // The selection follows the revision, not the row, as the list grows.
        QCOMPARE(history->selectedRevisions(), QList<int> {1});

        m_window->action(MainWindow::ActionId::Undo)->trigger();
        QCOMPARE(page()->workspace()->prompt(), templated);
    }

    // The banner keeps every message by topic: a tool's start or its error
    // never throws away the offer to recover unsaved work.
    void theRecoveryOfferOutlastsToolRuns()
    {
        QVERIFY(typeUntilAutosaved(QStringLiteral("Typed before the crash. ")));
        m_window.reset();
        m_window = makeWindow();
        m_window->show();
        newDocument(*m_window, samplePrompt(), sampleValues());
        page()->offerRecovery();
        QVERIFY(banner()->text().contains(QStringLiteral("Unsaved work")));

        m_setup->server.setAlways("/v1/experimental/improve_prompt",
            FakeResponse::apiError(400, QStringLiteral("invalid_request_error"), QStringLiteral("Refused on purpose")));
        child<QComboBox>(m_window.get(), QStringLiteral("engineBox"))->setCurrentText(QStringLiteral("prompt-tools"));
        m_window->action(MainWindow::ActionId::Improve)->trigger();
        QVERIFY(banner()->text().contains(QStringLiteral("Unsaved work")));
        // The tool's error comes first ...
        QTRY_VERIFY_WITH_TIMEOUT(banner()->text().contains(QStringLiteral("Refused on purpose")), runTimeoutMs);
        QCOMPARE(banner()->topic(), MessageBanner::Topic::Tool);
        // ... and once it is closed, the offer is back, with its buttons.
        banner()->dismiss();
        QVERIFY(banner()->isVisible());
        QVERIFY(banner()->text().contains(QStringLiteral("Unsaved work")));
        QCOMPARE(banner()->actions().size(), 2);
    }

    // Opening a document shows its target model and leaves the default alone;
    // choosing a model is an edit that undo takes back.
    void theTargetModelBelongsToTheDocument()
    {
        auto *box = child<ModelComboBox>(m_window.get(), QStringLiteral("targetModelBox"));
        box->setModelId(QStringLiteral("model-a"));
        QCOMPARE(page()->workspace()->targetModel(), QStringLiteral("model-a"));
        QCOMPARE(SettingsStore(&m_setup->settings).targetModel(), QStringLiteral("model-a"));

        PromptDocument other;
        other.setPrompt(samplePrompt());
        other.setTargetModel(QStringLiteral("model-b"));
        const QString file = path(QStringLiteral("other.promptwerk"));
        QVERIFY(saveDocumentFile(other, file, nullptr));
        QVERIFY(m_window->openFile(file));
        QCOMPARE(box->modelId(), QStringLiteral("model-b"));
        QCOMPARE(SettingsStore(&m_setup->settings).targetModel(), QStringLiteral("model-a"));
        QVERIFY(!m_window->isWindowModified());

        // Typed letter by letter: one step.
        const int steps = page()->workspace()->undoStack()->count();
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), QStringLiteral("model-c"));
        QCOMPARE(page()->workspace()->targetModel(), QStringLiteral("model-c"));
        QCOMPARE(page()->workspace()->undoStack()->count(), steps + 1);
        QVERIFY(m_window->isWindowModified());
        m_window->action(MainWindow::ActionId::Undo)->trigger();
        QCOMPARE(page()->workspace()->targetModel(), QStringLiteral("model-b"));
        QCOMPARE(box->modelId(), QStringLiteral("model-b"));
        // Undo is an edit of the document; the default stays what the user chose last.
        QCOMPARE(SettingsStore(&m_setup->settings).targetModel(), QStringLiteral("model-c"));
        QCOMPARE(documents()->document().targetModel(), QStringLiteral("model-b"));
    }

    void saveAsAndExportAskForTheFile()
    {
        const QString saved = path(QStringLiteral("asked"));
        FileDialog::setNextFileName(saved);
        m_window->action(MainWindow::ActionId::SaveAs)->trigger();
        QCOMPARE(documents()->filePath(), saved + QStringLiteral(".promptwerk"));
        QVERIFY(QFileInfo::exists(documents()->filePath()));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("asked.promptwerk")));

        // The format comes from the list; the suffix from the format.
        ExportDialog *dialog = openExportDialog();
        dialog->setFormat(ExportFormat::Python);
        FileDialog::setNextFileName(path(QStringLiteral("code")));
        dialog->save();
        QVERIFY(readFile(path(QStringLiteral("code.py"))).contains("import anthropic"));
        QTRY_VERIFY(!m_window->findChild<ExportDialog *>());

        // Canceled: nothing written, nothing changed.
        FileDialog::setNextFileName(QString());
        m_window->action(MainWindow::ActionId::SaveAs)->trigger();
        QCOMPARE(documents()->filePath(), saved + QStringLiteral(".promptwerk"));
        QCOMPARE(FileDialog::clearNextFileNames(), 0);
    }

    // File > Export… names the formats for people, previews the chosen one
    // and copies it; a file name's extension picks its format (a ".yaml"
    // name used to get Markdown, silently); the format and the folder are
    // remembered for the next export.
    void exportDialogPreviewsCopiesAndRemembers()
    {
        ExportDialog *dialog = openExportDialog();
        const QListWidget *list = child<QListWidget>(dialog, QString());
        QCOMPARE(list->count(), int(allExportFormats().size()));
        for (int row = 0; row < list->count(); ++row)
            QVERIFY2(!exportFormatNames().contains(list->item(row)->text()), qPrintable(list->item(row)->text()));
        QCOMPARE(dialog->format(), ExportFormat::Text);
        QVERIFY2(dialog->previewText().contains(samplePrompt().system), qPrintable(dialog->previewText()));

        dialog->setFormat(ExportFormat::Curl);
        QVERIFY2(dialog->previewText().contains(QStringLiteral("curl ")), qPrintable(dialog->previewText()));
        dialog->copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog->previewText());
        QVERIFY(dialog->note().contains(QStringLiteral("Copied")));

        dialog->setFormat(ExportFormat::Text);
        const QString folder = path(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(folder));
        FileDialog::setNextFileName(QDir(folder).filePath(QStringLiteral("eval.yaml")));
        dialog->save();
        const QByteArray written = readFile(QDir(folder).filePath(QStringLiteral("eval.yaml")));
        QVERIFY2(written.contains("prompts:") && !written.contains("## System"), written.constData());
        QTRY_VERIFY(!m_window->findChild<ExportDialog *>());

        // Opened again: the format and the folder of the last export.
        dialog = openExportDialog();
        QCOMPARE(dialog->format(), ExportFormat::Promptfoo);
        FileDialog::setNextFileName(QString());
        dialog->save();
        QCOMPARE(QFileInfo(FileDialog::lastOfferedPath()).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(QFileInfo(FileDialog::lastOfferedPath()).suffix(), QStringLiteral("yaml"));
        QVERIFY(dialog->isVisible()); // canceled: nothing written, the dialog stays
        dialog->reject();
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
