#include "documentcontroller.h"

#include "promptworkspace.h"

#include "document/atomicwrite.h"
#include "document/documentfile.h"
#include "exchange/importers.h"
#include "tools/enginesettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeySequence>
#include <QSettings>
#include <QTextDocument>
#include <QUndoStack>

namespace pw {

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

DocumentController::DocumentController(PromptWorkspace *workspace, QSettings *settings, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_settings(settings), m_autosaveKey(AutosaveStore::newKey()),
      m_opening([this](const std::shared_ptr<const FileToOpen> &file) {
          emit statusMessage({}, 0);
          emit openingChanged();
          openRead(*file, false);
      })
{
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(defaultAutosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &DocumentController::autosave);
    connect(workspace, &PromptWorkspace::changed, this, &DocumentController::scheduleAutosave);
    connect(workspace, &PromptWorkspace::changed, this, &DocumentController::workingCopyChanged);
    connect(workspace->feedbackDocument().get(), &QTextDocument::contentsChanged, this, &DocumentController::scheduleAutosave);
    connect(workspace->undoStack(), &QUndoStack::cleanChanged, this, &DocumentController::titleChanged);
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
    document.setPrompt(m_workspace->prompt());
    document.setTestValues(m_workspace->values());
    document.setTargetModel(m_workspace->targetModel());
    document.setFeedback(m_workspace->feedbackDocument()->toPlainText());
    return document;
}

QString DocumentController::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool DocumentController::isModified() const
{
    return !m_workspace->undoStack()->isClean() || m_document.revisions().size() != m_savedRevisionCount || m_runsChanged;
}

// --- opening and saving -----------------------------------------------------

void DocumentController::syncWorkingCopy()
{
    m_document = document();
}

void DocumentController::loadDocument(const PromptDocument &document, const QString &path)
{
    if (isOpening()) {
        m_opening.cancel();
        emit statusMessage({}, 0);
        emit openingChanged();
    }
    discardAutosave();
    m_autosaveKey = AutosaveStore::newKey();
    m_document = document;
    m_filePath = path;
    // A document that does not say which model it is written for gets the
    // default; opening one never changes the default.
    const QString targetModel
        = document.targetModel().isEmpty() ? SettingsStore(m_settings).targetModel() : document.targetModel();
    m_workspace->reset(document.prompt(), document.testValues(), targetModel);
    // Without an undo step: the feedback comes with the document, nobody typed it.
    m_workspace->feedbackDocument()->setPlainText(document.feedback());
    m_workspace->undoStack()->setClean();
    m_savedRevisionCount = m_document.revisions().size();
    m_runsChanged = false;
    emit loaded();
    emit titleChanged();
    emit documentChanged();
}

void DocumentController::newDocument(const Prompt &prompt, const VariableValues &values)
{
    PromptDocument document;
    document.setPrompt(prompt);
    document.setTestValues(values);
    loadDocument(document, {});
}

bool DocumentController::open(const QString &path)
{
    return open(path, false);
}

bool DocumentController::openCopy(const QString &path)
{
    return open(path, true);
}

// What opening a file found: a document, an importable prompt, or why neither.
// Made without touching the controller, so that it can be made on a worker thread.
struct DocumentController::FileToOpen
{
    QString path;
    QString name;
    std::optional<PromptDocument> document;
    ImportResult imported;
    QString failure;
    QString details;
};

std::shared_ptr<const DocumentController::FileToOpen> DocumentController::readFileToOpen(const QString &path)
{
    auto result = std::make_shared<FileToOpen>();
    const FileRead file = readWholeFile(path);
    result->path = path;
    result->name = QFileInfo(path).fileName();
    if (!file.error.isEmpty()) {
        result->failure = tr("%1 could not be opened.").arg(result->name);
        result->details = file.error;
    } else if (looksLikeDocument(file.data, result->name)) {
        DocumentReadResult read = parseDocument(file.data, result->name);
        if (read.ok()) {
            result->document = std::move(read.document);
        } else {
            result->failure = tr("%1 could not be read.").arg(result->name);
            result->details = read.error;
        }
    } else {
        result->imported = importPrompt(file.data, result->name);
        if (!result->imported.ok()) {
            result->failure = tr("%1 could not be imported.").arg(result->name);
            result->details = result->imported.error;
        }
    }
    return result;
}

bool DocumentController::open(const QString &path, bool asCopy)
{
    return openRead(*readFileToOpen(path), asCopy);
}

void DocumentController::openInBackground(const QString &path)
{
    m_opening.start([path](QPromise<std::shared_ptr<const FileToOpen>> &promise) { promise.addResult(readFileToOpen(path)); });
    emit statusMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()), 0);
    emit openingChanged();
}

bool DocumentController::openRead(const FileToOpen &file, bool asCopy)
{
    const QString path = QFileInfo(file.path).absoluteFilePath();
    if (!file.failure.isEmpty()) {
        emit failed(file.failure, file.details);
        return false;
    }
    if (file.document) {
        if (asCopy) {
            loadDocument(*file.document, {});
            return true;
        }
        loadDocument(*file.document, path);
        addRecentFile(path);
        return true;
    }
    PromptDocument document;
    document.addRevision(importedRevision(file.imported, file.name, {}));
    document.setTargetModel(file.imported.targetModel);
    // Saving writes a .promptwerk document, never over the imported file.
    loadDocument(document, {});
    m_savedRevisionCount = 0;
    emit titleChanged();
    if (!asCopy)
        addRecentFile(path);
    return true;
}

bool DocumentController::importFile(const QString &path)
{
    const FileRead file = readWholeFile(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.error.isEmpty()) {
        emit failed(tr("%1 could not be imported.").arg(name), file.error);
        return false;
    }
    const ImportResult read = importPrompt(file.data, name);
    if (!read.ok()) {
        emit failed(tr("%1 could not be imported.").arg(name), read.error);
        return false;
    }
    recordTyping();
    m_document.addRevision(importedRevision(read, name, m_document.targetModel()));
    m_workspace->applyPrompt(read.prompt, read.values, tr("Import %1").arg(name),
        read.targetModel.isEmpty() ? m_workspace->targetModel() : read.targetModel);
    emit titleChanged();
    emit documentChanged();
    return true;
}

bool DocumentController::saveTo(const QString &path)
{
    recordTyping();
    QString error;
    if (!saveDocumentFile(m_document, path, &error)) {
        emit failed(tr("The prompt could not be saved."), error);
        emit titleChanged();
        emit documentChanged();
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    markSaved();
    addRecentFile(m_filePath);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_filePath)), 4000);
    emit documentChanged();
    return true;
}

void DocumentController::markSaved()
{
    m_savedRevisionCount = m_document.revisions().size();
    m_runsChanged = false;
    m_workspace->undoStack()->setClean();
    discardAutosave();
    emit titleChanged();
}

ExportSource DocumentController::exportSource() const
{
    ExportSource source;
    source.prompt = m_workspace->prompt();
    source.testValues = m_workspace->values();
    source.targetModel = m_workspace->targetModel();
    return source;
}

bool DocumentController::exportTo(const QString &path, ExportFormat format)
{
    const ExportResult result = exportPrompt(exportSource(), format);
    if (!result.ok()) {
        emit failed(tr("The prompt could not be exported as %1.").arg(exportFormatName(format)), result.error);
        return false;
    }
    QString error;
    if (!writeFileAtomically(path, result.text.toUtf8(), &error)) {
        emit failed(tr("The prompt could not be exported."), error);
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

// --- revisions --------------------------------------------------------------

void DocumentController::recordToolResult(const Revision &revision)
{
    recordTypedEdits();
    m_document.addRevision(revision);
    emit titleChanged();
    emit documentChanged();
}

void DocumentController::recordTypedEdits()
{
    if (recordTyping()) {
        emit titleChanged();
        emit documentChanged();
    }
}

void DocumentController::recordCandidate(const Revision &revision)
{
    m_document.addRevision(revision);
    scheduleAutosave();
    emit titleChanged();
    emit documentChanged();
}

bool DocumentController::recordTyping()
{
    syncWorkingCopy();
    if (!m_document.hasUnrecordedChanges() && m_document.latestRevision())
        return false;
    const Revision *latest = m_document.latestRevision();
    // A saved revision is in the file as it is; the typing after it is a revision of its own.
    if (latest && latest->origin == Origin::Typed && m_document.revisions().size() > m_savedRevisionCount)
        m_document.amendLatestRevision();
    else
        m_document.recordWorkingCopy(Origin::Typed);
    return true;
}

int DocumentController::bringBack(int id, const QString &undoText)
{
    recordTyping();
    const int restored = m_document.restoreRevision(id);
    if (restored == 0)
        return 0;
    const Revision *revision = m_document.revision(restored);
    m_workspace->applyPrompt(revision->prompt, revision->values, undoText);
    emit titleChanged();
    emit documentChanged();
    return restored;
}

bool DocumentController::takeOverRevision(int id, const QString &undoText)
{
    return bringBack(id, undoText) != 0;
}

bool DocumentController::restoreRevision(int id)
{
    const int restored = bringBack(id, tr("Restore Revision %1").arg(id));
    if (restored == 0)
        return false;
    emit statusMessage(tr("Revision %1 restored as revision %2. %3 brings the previous prompt back.")
                           .arg(id)
                           .arg(restored)
                           .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        8000);
    return true;
}

// --- evaluation -------------------------------------------------------------

void DocumentController::setTestCases(const TestSuite &cases)
{
    m_document.setTestCases(cases);
    scheduleAutosave();
}

void DocumentController::putRun(const EvalRun &run)
{
    m_document.putRun(run);
    scheduleAutosave();
    if (!std::exchange(m_runsChanged, true))
        emit titleChanged();
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

void DocumentController::forgetMissingRecentFiles()
{
    const QStringList files = recentFiles();
    if (files != m_settings->value(recentFilesKey).toStringList())
        m_settings->setValue(recentFilesKey, files);
}

void DocumentController::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    m_settings->setValue(recentFilesKey, QStringList(files.mid(0, maxRecentFiles)));
    emit recentFilesChanged();
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
        emit statusMessage(tr("Autosave failed: %1").arg(error), 8000);
        return;
    }
    emit autosaved();
}

void DocumentController::discardAutosave()
{
    m_autosaveTimer.stop();
    m_autosave.discard(m_autosaveKey);
}

std::optional<AutosaveStore::Entry> DocumentController::recoverableCopy() const
{
    // Copies in use are this window's own and those of other running windows.
    for (const AutosaveStore::Entry &entry : m_autosave.entries()) {
        if (!entry.inUse)
            return entry;
    }
    return std::nullopt;
}

void DocumentController::discardRecoveryCopy(const QString &key)
{
    m_autosave.discard(key);
}

bool DocumentController::recover(const QString &key)
{
    const DocumentReadResult read = m_autosave.recover(key);
    if (!read.ok()) {
        emit failed(tr("The unsaved work could not be recovered."), read.error);
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
    emit titleChanged();
    autosave();
    emit statusMessage(tr("Unsaved work recovered. Save it to keep it."), 8000);
    return true;
}

} // namespace pw
