#pragma once

#include "document/autosavestore.h"
#include "document/promptdocument.h"
#include "exchange/exporters.h"

#include <QMessageBox>
#include <QObject>
#include <QTimer>

#include <optional>

class QAction;
class QDockWidget;
class QMenu;
class QSettings;

namespace pw {

class HistoryPanel;
class MainWindow;

// The window's document: the PromptDocument behind the editors, where it is
// saved, whether it has unsaved changes, and the File menu around it (new,
// open, recent files, save, import, export). Unsaved work is copied to an
// AutosaveStore after a few idle seconds, so that a crash loses nothing, and
// closing asks before anything unsaved is thrown away.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    // Builds nothing in the window yet: the window calls fillFileMenu() and
    // historyDock() once its widgets exist.
    DocumentController(MainWindow *window, QSettings *settings);
    ~DocumentController() override;

    // The document with the editors' working copy in it.
    PromptDocument document() const;
    // The history alone, without reading the editors.
    const QList<Revision> &revisions() const { return m_document.revisions(); }
    const Revision *revision(int id) const { return m_document.revision(id); }
    const QString &filePath() const { return m_filePath; }
    bool isModified() const;

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    void fillFileMenu(QMenu *menu);
    // The history dock (made on first call).
    QDockWidget *historyDock();
    HistoryPanel *historyPanel() const { return m_history; }

    // An empty, untitled document (after asking about unsaved changes when ask is set).
    bool newDocument(bool ask = true);
    // A .promptwerk document, or a prompt in an importable format (prompt-tools
    // JSON, Messages API JSON, text, Markdown) as a new untitled document. A
    // file that cannot be read leaves everything as it was and says why.
    bool open(const QString &path);
    // Brings a prompt file into this document as an Imported revision (undoable).
    bool importFile(const QString &path);
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    // Writes the working copy as format, atomically.
    bool exportTo(const QString &path, ExportFormat format);

    // Records what a tool made (the edits before it as a typed revision first).
    void recordToolResult(const Revision &revision);
    // Records the editors' state as a typed revision when it differs from the latest.
    void recordTypedEdits();
    // Makes revision id the working copy again as a new revision; undo takes it back.
    bool restoreRevision(int id);

    // Before the document goes away: true when nothing unsaved is lost
    // (saved, discarded or nothing to save); false when the user canceled.
    // A discarded document's recovery copy goes with the window, unless it
    // changes again meanwhile.
    bool confirmClose();
    // Tests answer the next Save/Discard/Cancel question here instead of a
    // dialog (KeePassXC's MessageBox::setNextAnswer); nullopt asks again.
    static void setNextCloseAnswer(std::optional<QMessageBox::StandardButton> answer);

    QStringList recentFiles() const;

    // Autosave: after delayMs without a change, unsaved work goes to store.
    void setAutosaveDelay(int delayMs);
    void setAutosaveDirectory(const QString &directory);
    const AutosaveStore &autosaveStore() const { return m_autosave; }
    const QString &autosaveKey() const { return m_autosaveKey; }
    // Offers the newest recovery copy left behind by an earlier session in the banner.
    void offerRecovery();
    // Opens the recovery copy saved under key as modified work and removes the copy.
    bool recover(const QString &key);

signals:
    void documentChanged();
    void recentFilesChanged();
    void autosaved();

private:
    void syncWorkingCopy();
    void loadDocument(const PromptDocument &document, const QString &path);
    void markSaved();
    void updateTitle();
    void scheduleAutosave();
    void autosave();
    void discardAutosave();
    void addRecentFile(const QString &path);
    void fillRecentMenu();
    void openDialog();
    void importDialog();
    void exportDialog();
    void showError(const QString &text, const QString &details);

    MainWindow *m_window;
    QSettings *m_settings;
    PromptDocument m_document;
    QString m_filePath;
    // Revisions recorded since the last save or open: unsaved even when the editors are back where they were.
    qsizetype m_savedRevisionCount = 0;

    AutosaveStore m_autosave;
    QString m_autosaveKey;
    QTimer m_autosaveTimer;

    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_import;
    QAction *m_export;
    QMenu *m_recentMenu = nullptr;
    QDockWidget *m_historyDock = nullptr;
    HistoryPanel *m_history = nullptr;
    QList<QAction *> m_recoveryActions;
    bool m_closeConfirmed = false;

    static std::optional<QMessageBox::StandardButton> s_nextCloseAnswer;
};

} // namespace pw
