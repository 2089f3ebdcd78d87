#pragma once

#include "workbenchcontext.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace pw {

class DocumentPage;
class EngineChooser;
class FindBar;
class FindingsList;
class HistoryPanel;
class VariableTable;
class WelcomePage;

// The workbench window: menus, the toolbar, the status bar, the docks and
// their state between sessions. Everything about a document (the editors,
// the tool runs, the file, the checks) lives in its DocumentPage; the
// window's actions go to the current page, and its docks show the current
// page's models. Generate, Improve and Templatize run without blocking
// anything, Esc cancels, and accepting a result is one step that Ctrl+Z
// takes back.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class ActionId {
        New,
        Open,
        Save,
        SaveAs,
        Import,
        Export,
        Undo,
        Redo,
        Cut,
        Copy,
        Paste,
        SelectAll,
        Find,
        FindNext,
        FindPrevious,
        Replace,
        Settings,
        Generate,
        Improve,
        Templatize,
        Cancel,
        Accept,
        Reject,
        Retry,
        RunPrompt,
        Guide,
        KeyboardShortcuts,
        Welcome,
        Optimize,
    };

    explicit MainWindow(const WorkbenchContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *action(ActionId id) const { return m_actions.value(id); }
    DocumentPage *currentPage() const { return m_page; }

    // Opens a .promptwerk document, a prompt JSON file or a text file (one
    // user message). A file that cannot be read leaves everything as it was
    // and says why in the banner.
    bool openFile(const QString &path);

    // The welcome page in place of the document (first launch, Help >
    // Welcome Page); it gives way as soon as a document opens or a tool runs.
    void showWelcome();
    void showDocument();
    // At startup without a file to open: the welcome page, unless it is
    // turned off or there is unsaved work to recover (offered on the page).
    void startWithoutFile();
    bool isShowingWelcome() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void connectWelcomePage();
    // The page's find bar, the page shown first: the bar takes the focus.
    FindBar *shownFindBar();
    void createStatusBar();
    void restoreWindowState();
    void showPage(DocumentPage *page);

    void askForTask();
    void updateActions();
    void updateEditActions();
    // What the focused prompt editor has selected: the text Find starts with.
    QString selectedPromptText() const;
    // One window of each kind: asking again brings the open one to the front.
    template<typename Window, typename... Arguments>
    void showHelpWindow(Arguments &&...arguments);
    void followFocus(QWidget *now);
    void updateTitle();
    void fillRecentMenu();
    void openSettings();
    void onEngineChanged();
    void updateStatusBar();
    void updateInputTokens();

    WorkbenchContext m_context;
    QHash<ActionId, QAction *> m_actions;
    QUndoGroup *m_undoGroup;
    QStackedWidget *m_center;
    WelcomePage *m_welcome;
    DocumentPage *m_page = nullptr;
    EngineChooser *m_engines = nullptr;

    QMenu *m_recentMenu = nullptr;
    VariableTable *m_variables = nullptr;
    FindingsList *m_findings = nullptr;
    HistoryPanel *m_history = nullptr;
    QLabel *m_statusEngine = nullptr;
    QLabel *m_statusModel = nullptr;
    QLabel *m_statusUsage = nullptr;
    QLabel *m_statusRequest = nullptr;
    QLabel *m_statusInputTokens = nullptr;
    QDockWidget *m_runDock = nullptr;
    // The text field Cut, Copy and Paste act on, watched for its selection.
    QPointer<QWidget> m_textFocus;
    QMetaObject::Connection m_selectionWatch;
    QMetaObject::Connection m_focusWatch;
};

} // namespace pw
