#pragma once

#include "async/latesttask.h"
#include "document/autosavestore.h"
#include "document/promptdocument.h"
#include "exchange/exporters.h"

#include <QObject>
#include <QTimer>

#include <optional>

class QSettings;

namespace pw {

class PromptWorkspace;

// One document: the PromptDocument behind a workspace, where it is saved,
// whether it has unsaved changes, its history of revisions and the recently
// used files. Unsaved work is copied to an AutosaveStore after a few idle
// seconds, so that a crash loses nothing. It knows no widget: what it has to
// say (an error, a status) it signals, and the page around it shows it.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    DocumentController(PromptWorkspace *workspace, QSettings *settings, QObject *parent = nullptr);
    ~DocumentController() override;

    // The document with the workspace's working copy in it.
    PromptDocument document() const;
    // The history alone, without reading the workspace.
    const QList<Revision> &revisions() const { return m_document.revisions(); }
    const Revision *revision(int id) const { return m_document.revision(id); }
    const QString &filePath() const { return m_filePath; }
    // The file name, or "Untitled".
    QString displayName() const;
    bool isModified() const;

    // An untitled document with prompt (an empty one by default), written
    // for the default target model.
    void newDocument(const Prompt &prompt = Prompt {{}, {Message::user({})}}, const VariableValues &values = {});
    // A .promptwerk document, or a prompt in an importable format (prompt-tools
    // JSON, Messages API JSON, text, Markdown) as a new untitled document. A
    // file that cannot be read leaves everything as it was and says why (failed()).
    bool open(const QString &path);
    // The same, with the file read and parsed on a worker thread, so that a
    // large document does not freeze the window: loaded() or failed() come
    // later. Whatever replaces the document first (another open, a new
    // document, a recovery) wins, and this one is dropped.
    void openInBackground(const QString &path);
    // A background open is under way.
    bool isOpening() const { return m_opening.isPending(); }
    // The same as a new untitled document that is not in the recent files
    // (a bundled sample): Save asks for a name and never writes over path.
    bool openCopy(const QString &path);
    // Brings a prompt file into this document as an Imported revision (undoable).
    bool importFile(const QString &path);
    bool saveTo(const QString &path);
    // Writes the working copy as format, atomically.
    bool exportTo(const QString &path, ExportFormat format);
    // The prompt, test values and target model as an export takes them.
    ExportSource exportSource() const;

    // Records what a tool made (the edits before it as a typed revision first).
    void recordToolResult(const Revision &revision);
    // Records the workspace's state as a typed revision when it differs from
    // the latest. Typing goes into the latest revision when that one is typed
    // and not saved yet: one typed revision between two other events, however
    // many saves, runs and accepts asked for one.
    void recordTypedEdits();
    // Makes revision id the working copy again as a new revision; undo takes it back.
    bool restoreRevision(int id);
    // Records an optimization's candidate; the working copy stays as it is.
    void recordCandidate(const Revision &revision);
    // Makes revision id (an accepted candidate) the working copy as restoreRevision()
    // does, as the undo step undoText, without a status message.
    bool takeOverRevision(int id, const QString &undoText);

    // The Evaluate view's test cases (their edits are steps on the
    // workspace's undo stack, the first case's values are the workspace's)
    // and its runs (not undoable: a run's results are facts).
    void setTestCases(const TestSuite &cases);
    const QList<EvalRun> &runs() const { return m_document.runs(); }
    // Replaces the run with the same id, or appends it.
    void putRun(const EvalRun &run);

    // The user chose to let the unsaved work go (or nothing was unsaved): the
    // recovery copy goes with this controller, unless the work changes again meanwhile.
    void acceptClose() { m_closeConfirmed = true; }

    QStringList recentFiles() const;
    // Drops files that went away from the saved list for good.
    void forgetMissingRecentFiles();

    // Autosave: after delayMs without a change, unsaved work goes to the store.
    void setAutosaveDelay(int delayMs);
    void setAutosaveDirectory(const QString &directory);
    const AutosaveStore &autosaveStore() const { return m_autosave; }
    const QString &autosaveKey() const { return m_autosaveKey; }
    // The newest recovery copy left behind by an earlier session, if any.
    std::optional<AutosaveStore::Entry> recoverableCopy() const;
    // Opens the recovery copy saved under key as modified work and removes the copy.
    bool recover(const QString &key);
    void discardRecoveryCopy(const QString &key);

signals:
    // The history changed (a revision was recorded), or the whole document did.
    void documentChanged();
    // Everything was replaced: opened, recovered, new.
    void loaded();
    // The prompt, its values or its target model changed, typing included.
    void workingCopyChanged();
    // The name or the unsaved state changed.
    void titleChanged();
    void recentFilesChanged();
    void autosaved();
    // Something the user asked for could not be done.
    void failed(const QString &text, const QString &details);
    // Done, in passing: "Saved a.promptwerk".
    void statusMessage(const QString &text, int timeoutMs);
    // A background open started or ended (isOpening()).
    void openingChanged();

private:
    struct FileToOpen;
    // Touches nothing of the controller's: runs on a worker thread too.
    static std::shared_ptr<const FileToOpen> readFileToOpen(const QString &path);
    void syncWorkingCopy();
    // Records revision id again as the working copy; returns the new id, 0 when there is no revision id.
    int bringBack(int id, const QString &undoText);
    bool recordTyping();
    bool open(const QString &path, bool asCopy);
    bool openRead(const FileToOpen &file, bool asCopy);
    void loadDocument(const PromptDocument &document, const QString &path);
    void markSaved();
    void scheduleAutosave();
    void autosave();
    void discardAutosave();
    void addRecentFile(const QString &path);

    PromptWorkspace *m_workspace;
    QSettings *m_settings;
    PromptDocument m_document;
    QString m_filePath;
    // Revisions recorded since the last save or open: unsaved even when the workspace is back where it was.
    qsizetype m_savedRevisionCount = 0;
    // A run changed since the last save or open.
    bool m_runsChanged = false;

    AutosaveStore m_autosave;
    QString m_autosaveKey;
    QTimer m_autosaveTimer;
    bool m_closeConfirmed = false;
    LatestTask<std::shared_ptr<const FileToOpen>> m_opening;
};

} // namespace pw
