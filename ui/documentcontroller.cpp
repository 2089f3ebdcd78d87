#include "documentcontroller.h"

#include "historypanel.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "modelcombobox.h"
#include "promptworkspace.h"

#include "document/atomicwrite.h"
#include "document/documentfile.h"
#include "exchange/importers.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace pw {

std::optional<QMessageBox::StandardButton> DocumentController::s_nextCloseAnswer;

namespace {

constexpr int defaultAutosaveDelayMs = 3000;
constexpr int maxRecentFiles = 10;
const QString recentFilesKey = QStringLiteral("documents/recentFiles");

struct FileRead
{
    QByteArray data;
    QString error;
};

FileRead readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, DocumentController::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {file.readAll(), {}};
}

QString exportFilter(ExportFormat format)
{
    return DocumentController::tr("%1 (*.%2)").arg(exportFormatName(format), exportFileSuffix(format));
}

// The revision an imported file becomes; its note names the file.
Revision importedRevision(const ImportResult &read, const QString &fileName, const QString &defaultTargetModel)
{
    Revision revision;
    revision.prompt = read.prompt;
    revision.values = read.values;
    revision.targetModel = read.targetModel.isEmpty() ? defaultTargetModel : read.targetModel;
    revision.origin = Origin::Imported;
    revision.note = fileName;
    return revision;
}

} // namespace

DocumentController::DocumentController(MainWindow *window, QSettings *settings)
    : QObject(window), m_window(window), m_settings(settings), m_autosaveKey(AutosaveStore::newKey())
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = make(tr("&New"), QKeySequence::New, [this] { newDocument(); });
    m_open = make(tr("&Open…"), QKeySequence::Open, &DocumentController::openDialog);
    m_save = make(tr("&Save"), QKeySequence::Save, &DocumentController::save);
    m_saveAs = make(tr("Save &As…"), QKeySequence::SaveAs, &DocumentController::saveAs);
    m_import = make(tr("&Import…"), QKeySequence(), &DocumentController::importDialog);
    m_import->setToolTip(tr("Bring a prompt file into this document as a new revision"));
    m_export = make(tr("&Export…"), QKeySequence(), &DocumentController::exportDialog);
    m_export->setToolTip(tr("Write the prompt as code or a template for another tool"));

    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(defaultAutosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &DocumentController::autosave);

    PromptWorkspace *workspace = window->workspace();
    connect(workspace, &PromptWorkspace::changed, this, &DocumentController::scheduleAutosave);
    connect(workspace->undoStack(), &QUndoStack::cleanChanged, this, &DocumentController::updateTitle);
}

DocumentController::~DocumentController()
{
    // Without a confirmed close (a crash, a test) the copy stays for recovery.
    if (m_closeConfirmed)
        discardAutosave();
}

PromptDocument DocumentController::document() const
{
    PromptDocument document = m_document;
    document.setPrompt(m_window->workspace()->prompt());
    document.setTestValues(m_window->workspace()->values());
    document.setTargetModel(m_window->targetModelBox()->modelId());
    return document;
}

bool DocumentController::isModified() const
{
    return !m_window->workspace()->undoStack()->isClean() || m_document.revisions().size() != m_savedRevisionCount;
}

void DocumentController::fillFileMenu(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_open);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DocumentController::fillRecentMenu);
    fillRecentMenu();
    menu->addSeparator();
    menu->addAction(m_save);
    menu->addAction(m_saveAs);
    menu->addSeparator();
    menu->addAction(m_import);
    menu->addAction(m_export);
}

QDockWidget *DocumentController::historyDock()
{
    if (!m_historyDock) {
        m_historyDock = new QDockWidget(tr("History"), m_window);
        m_historyDock->setObjectName(QStringLiteral("historyDock"));
        m_history = new HistoryPanel(this, m_historyDock);
        m_historyDock->setWidget(m_history);
    }
    return m_historyDock;
}

// --- opening and saving -----------------------------------------------------

void DocumentController::syncWorkingCopy()
{
    m_document.setPrompt(m_window->workspace()->prompt());
    m_document.setTestValues(m_window->workspace()->values());
    m_document.setTargetModel(m_window->targetModelBox()->modelId());
}

void DocumentController::loadDocument(const PromptDocument &document, const QString &path)
{
    discardAutosave();
    m_autosaveKey = AutosaveStore::newKey();
    m_document = document;
    m_filePath = path;
    m_window->setPrompt(document.prompt(), document.testValues());
    if (!document.targetModel().isEmpty())
        m_window->targetModelBox()->setModelId(document.targetModel());
    m_savedRevisionCount = m_document.revisions().size();
    m_window->banner()->dismiss();
    updateTitle();
    emit documentChanged();
}

bool DocumentController::newDocument(bool ask)
{
    if (ask && !confirmClose())
        return false;
    PromptDocument document;
    document.setPrompt(Prompt {{}, {Message::user({})}});
    loadDocument(document, {});
    return true;
}

bool DocumentController::open(const QString &path)
{
    const FileRead file = readWholeFile(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.error.isEmpty()) {
        showError(tr("%1 could not be opened.").arg(name), file.error);
        return false;
    }
    if (looksLikeDocument(file.data, name)) {
        const DocumentReadResult read = parseDocument(file.data, name);
        if (!read.ok()) {
            showError(tr("%1 could not be read.").arg(name), read.error);
            return false;
        }
        loadDocument(read.document, QFileInfo(path).absoluteFilePath());
        addRecentFile(QFileInfo(path).absoluteFilePath());
        return true;
    }
    const ImportResult read = importPrompt(file.data, name);
    if (!read.ok()) {
        showError(tr("%1 could not be imported.").arg(name), read.error);
        return false;
    }
    PromptDocument document;
    document.addRevision(importedRevision(read, name, {}));
    document.setTargetModel(read.targetModel);
    // Saving writes a .promptwerk document, never over the imported file.
    loadDocument(document, {});
    m_savedRevisionCount = 0;
    updateTitle();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    return true;
}

bool DocumentController::importFile(const QString &path)
{
    const FileRead file = readWholeFile(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.error.isEmpty()) {
        showError(tr("%1 could not be imported.").arg(name), file.error);
        return false;
    }
    const ImportResult read = importPrompt(file.data, name);
    if (!read.ok()) {
        showError(tr("%1 could not be imported.").arg(name), read.error);
        return false;
    }
    syncWorkingCopy();
    m_document.recordWorkingCopy(Origin::Typed);
    m_document.addRevision(importedRevision(read, name, m_document.targetModel()));
    m_window->workspace()->applyPrompt(read.prompt, read.values, tr("Import %1").arg(name));
    if (!read.targetModel.isEmpty())
        m_window->targetModelBox()->setModelId(read.targetModel);
    m_window->banner()->dismiss();
    updateTitle();
    emit documentChanged();
    return true;
}

bool DocumentController::save()
{
    return m_filePath.isEmpty() ? saveAs() : saveTo(m_filePath);
}

bool DocumentController::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Prompt"), m_filePath, tr("Promptwerk documents (*.%1)").arg(documentFileSuffix()));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + documentFileSuffix();
    return saveTo(path);
}

bool DocumentController::saveTo(const QString &path)
{
    syncWorkingCopy();
    m_document.recordWorkingCopy(Origin::Typed);
    QString error;
    if (!saveDocumentFile(m_document, path, &error)) {
        showError(tr("The prompt could not be saved."), error);
        updateTitle();
        emit documentChanged();
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    markSaved();
    addRecentFile(m_filePath);
    m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_filePath)), 4000);
    emit documentChanged();
    return true;
}

void DocumentController::markSaved()
{
    m_savedRevisionCount = m_document.revisions().size();
    m_window->workspace()->undoStack()->setClean();
    discardAutosave();
    updateTitle();
}

bool DocumentController::exportTo(const QString &path, ExportFormat format)
{
    ExportSource source;
    source.prompt = m_window->workspace()->prompt();
    source.testValues = m_window->workspace()->values();
    source.targetModel = m_window->targetModelBox()->modelId();
    const ExportResult result = exportPrompt(source, format);
    if (!result.ok()) {
        showError(tr("The prompt could not be exported as %1.").arg(exportFormatName(format)), result.error);
        return false;
    }
    QString error;
    if (!writeFileAtomically(path, result.text.toUtf8(), &error)) {
        showError(tr("The prompt could not be exported."), error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void DocumentController::updateTitle()
{
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    m_window->setWindowFilePath(m_filePath);
    m_window->setWindowTitle(tr("%1[*] — Promptwerk").arg(name));
    m_window->setWindowModified(isModified());
}

void DocumentController::showError(const QString &text, const QString &details)
{
    m_window->banner()->showMessage(MessageBanner::Type::Error, text, details);
}

// --- revisions --------------------------------------------------------------

void DocumentController::recordToolResult(const Revision &revision)
{
    recordTypedEdits();
    m_document.addRevision(revision);
    updateTitle();
    emit documentChanged();
}

void DocumentController::recordTypedEdits()
{
    syncWorkingCopy();
    const qsizetype before = m_document.revisions().size();
    m_document.recordWorkingCopy(Origin::Typed);
    if (m_document.revisions().size() != before) {
        updateTitle();
        emit documentChanged();
    }
}

bool DocumentController::restoreRevision(int id)
{
    syncWorkingCopy();
    m_document.recordWorkingCopy(Origin::Typed);
    const int restored = m_document.restoreRevision(id);
    if (restored == 0)
        return false;
    const Revision *revision = m_document.revision(restored);
    m_window->workspace()->applyPrompt(revision->prompt, revision->values, tr("Restore Revision %1").arg(id));
    m_window->statusBar()->showMessage(
        tr("Revision %1 restored as revision %2. %3 brings the previous prompt back.")
            .arg(id)
            .arg(restored)
            .arg(m_window->action(MainWindow::ActionId::Undo)->shortcut().toString(QKeySequence::NativeText)),
        8000);
    updateTitle();
    emit documentChanged();
    return true;
}

// --- closing ----------------------------------------------------------------

void DocumentController::setNextCloseAnswer(std::optional<QMessageBox::StandardButton> answer)
{
    s_nextCloseAnswer = answer;
}

bool DocumentController::confirmClose()
{
    if (!isModified()) {
        m_closeConfirmed = true;
        return true;
    }
    QMessageBox::StandardButton answer;
    if (s_nextCloseAnswer) {
        answer = *s_nextCloseAnswer;
        s_nextCloseAnswer.reset();
    } else {
        const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
        answer
            = QMessageBox::warning(m_window, tr("Unsaved Changes"), tr("%1 has changes that are not saved. Save them?").arg(name),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    }
    switch (answer) {
    case QMessageBox::Save:
        m_closeConfirmed = save();
        return m_closeConfirmed;
    case QMessageBox::Discard:
        m_closeConfirmed = true;
        return true;
    default:
        return false;
    }
}

// --- recent files -----------------------------------------------------------

QStringList DocumentController::recentFiles() const
{
    QStringList files;
    for (const QString &path : m_settings->value(recentFilesKey).toStringList()) {
        if (QFileInfo::exists(path))
            files.append(path);
    }
    return files;
}

void DocumentController::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    m_settings->setValue(recentFilesKey, QStringList(files.mid(0, maxRecentFiles)));
    fillRecentMenu();
    emit recentFilesChanged();
}

void DocumentController::fillRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    // Files that went away leave the list for good.
    if (files != m_settings->value(recentFilesKey).toStringList())
        m_settings->setValue(recentFilesKey, files);
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : QStringLiteral("0"), QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (confirmClose())
                open(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

// --- autosave and recovery --------------------------------------------------

void DocumentController::setAutosaveDelay(int delayMs)
{
    m_autosaveTimer.setInterval(delayMs);
}

void DocumentController::setAutosaveDirectory(const QString &directory)
{
    m_autosave = AutosaveStore(directory);
}

void DocumentController::scheduleAutosave()
{
    m_closeConfirmed = false;
    m_autosaveTimer.start();
}

void DocumentController::autosave()
{
    if (!isModified())
        return;
    QString error;
    if (!m_autosave.save(m_autosaveKey, document(), m_filePath, &error)) {
        m_window->statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000);
        return;
    }
    emit autosaved();
}

void DocumentController::discardAutosave()
{
    m_autosaveTimer.stop();
    m_autosave.discard(m_autosaveKey);
}

void DocumentController::offerRecovery()
{
    // Later: this may run from one of these actions' own triggered().
    for (QAction *action : std::as_const(m_recoveryActions))
        action->deleteLater();
    m_recoveryActions.clear();
    AutosaveStore::Entry newest;
    // Copies in use are this window's own and those of other running windows.
    for (const AutosaveStore::Entry &entry : m_autosave.entries()) {
        if (!entry.inUse) {
            newest = entry;
            break;
        }
    }
    if (newest.key.isEmpty())
        return;
    const QString name = newest.originalPath.isEmpty() ? tr("an untitled prompt") : QFileInfo(newest.originalPath).fileName();
    const QString key = newest.key;
    auto *recoverAction = new QAction(tr("&Recover"), this);
    auto *discardAction = new QAction(tr("&Discard"), this);
    if (!newest.problem.isEmpty())
        recoverAction->deleteLater();
    connect(recoverAction, &QAction::triggered, this, [this, key] {
        if (confirmClose())
            recover(key);
    });
    connect(discardAction, &QAction::triggered, this, [this, key] {
        m_autosave.discard(key);
        m_window->banner()->dismiss();
        offerRecovery();
    });
    m_recoveryActions = {recoverAction, discardAction};
    // An unreadable copy can only be discarded.
    if (!newest.problem.isEmpty())
        m_recoveryActions.removeOne(recoverAction);
    const QString when = QLocale().toString(newest.savedAt.toLocalTime(), QLocale::ShortFormat);
    m_window->banner()->showMessage(newest.problem.isEmpty() ? MessageBanner::Type::Warning : MessageBanner::Type::Error,
        tr("Unsaved work on %1 from %2 was kept when Promptwerk last closed.").arg(name, when),
        newest.problem.isEmpty() ? tr("Recover it, or discard the copy.") : newest.problem, m_recoveryActions);
}

bool DocumentController::recover(const QString &key)
{
    const DocumentReadResult read = m_autosave.recover(key);
    if (!read.ok()) {
        showError(tr("The unsaved work could not be recovered."), read.error);
        return false;
    }
    QString originalPath;
    for (const AutosaveStore::Entry &entry : m_autosave.entries()) {
        if (entry.key == key)
            originalPath = entry.originalPath;
    }
    const PromptDocument recovered = read.document;
    loadDocument(recovered, originalPath);
    m_autosave.discard(key);
    // Recovered work is not on disk yet: it stays modified, and is autosaved again under this session's key.
    m_savedRevisionCount = -1;
    updateTitle();
    autosave();
    m_window->statusBar()->showMessage(tr("Unsaved work recovered. Save it to keep it."), 8000);
    return true;
}

// --- dialogs ----------------------------------------------------------------

void DocumentController::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Prompt"), QFileInfo(m_filePath).absolutePath(),
        tr("Prompts (*.%1 *.json *.txt *.md *.markdown);;Promptwerk documents (*.%1);;All files (*)").arg(documentFileSuffix()));
    if (!path.isEmpty() && confirmClose())
        open(path);
}

void DocumentController::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Prompt"), QFileInfo(m_filePath).absolutePath(),
        tr("Prompt files (*.json *.txt *.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void DocumentController::exportDialog()
{
    QStringList filters;
    for (ExportFormat format : allExportFormats())
        filters.append(exportFilter(format));
    QString selected = filters.constFirst();
    const QString base = m_filePath.isEmpty() ? tr("prompt") : QFileInfo(m_filePath).completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Prompt"),
        QDir(QFileInfo(m_filePath).absolutePath()).filePath(base), filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const ExportFormat format = allExportFormats().value(filters.indexOf(selected), ExportFormat::Text);
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + exportFileSuffix(format);
    exportTo(path, format);
}

} // namespace pw
