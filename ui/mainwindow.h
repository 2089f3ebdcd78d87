#pragma once

#include "workbenchcontext.h"

#include "document/promptdocument.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;

namespace pw {

class CompareArea;
class DocumentController;
class FindingsList;
class MessageBanner;
class MessageListEditor;
class ModelCatalog;
class ModelComboBox;
class PromptEditor;
class PromptWorkspace;
class RunPanel;
class VariableTable;
class WorkbenchController;

// The checks and the variables of one state of the prompt, worked out off the GUI thread.
struct PromptAnalysis
{
    quint64 revision = 0;
    QStringList variables; // in order of first use
    QList<int> uses;
    QList<Diagnostic> findings;
};

// The workbench: the system prompt, the messages and the feedback on the
// left; a running tool's progress, then its result beside the original, on
// the right; variables and checks in a panel below. Generate, Improve and
// Templatize run without blocking anything, Esc cancels, and accepting a
// result is one step that Ctrl+Z takes back.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class ActionId {
        Open,
        Save,
        SaveAs,
        Undo,
        Redo,
        Settings,
        Generate,
        Improve,
        Templatize,
        Cancel,
        Accept,
        Reject,
        Retry,
    };

    explicit MainWindow(const WorkbenchContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a .promptwerk document, a prompt JSON file or a text file (one
    // user message). A file that cannot be read leaves everything as it was
    // and says why in the banner.
    bool openFile(const QString &path);
    // Starts a new history with this prompt.
    void setPrompt(const Prompt &prompt, const VariableValues &values = {});
    // Generate without asking for the task (the Generate… action asks).
    void runGenerate(const QString &task);

    QAction *action(ActionId id) const { return m_actions.value(id); }
    bool hasPendingResult() const { return m_pendingResult.has_value(); }
    // The newest analysis applied to the variables, findings and markers.
    const PromptAnalysis &analysis() const { return m_analysis; }

    PromptWorkspace *workspace() const { return m_workspace; }
    WorkbenchController *controller() const { return m_controller; }
    ModelCatalog *modelCatalog() const { return m_catalog; }
    PromptEditor *systemEditor() const { return m_systemEditor; }
    MessageListEditor *messageList() const { return m_messages; }
    QPlainTextEdit *feedbackEditor() const { return m_feedback; }
    QComboBox *engineBox() const { return m_engineBox; }
    ModelComboBox *targetModelBox() const { return m_modelBox; }
    RunPanel *runPanel() const { return m_runPanel; }
    CompareArea *compareArea() const { return m_compare; }
    MessageBanner *banner() const { return m_banner; }
    VariableTable *variableTable() const { return m_variables; }
    FindingsList *findingsList() const { return m_findings; }
    DocumentController *documents() const { return m_documents; }
    // The status bar's fields: engine, tool model, last usage, request id.
    QStringList statusFields() const;

signals:
    // A new analysis has been applied (tests wait for it).
    void analysisUpdated();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    QWidget *createEditors();
    void createDock();
    void createStatusBar();
    void restoreWindowState();

    void startTool(Tool tool);
    void askForTask();
    void onRunStarted(ToolRun *run);
    void onSucceeded(const ToolResult &result);
    void onFailed(const ToolError &error, bool settingsProblem);
    void acceptResult();
    void rejectResult();
    void showRightSide(QWidget *page);
    void hideRightSide();
    void updateActions();

    void openSettings();
    void onEngineChanged();
    void refreshModels();
    void updateStatusBar();

    void scheduleAnalysis();
    void startAnalysis();
    void applyAnalysis(const PromptAnalysis &analysis);
    void jumpToFinding(const Diagnostic &finding);
    void jumpToVariable(const QString &name);

    WorkbenchContext m_context;
    PromptWorkspace *m_workspace;
    WorkbenchController *m_controller;
    ModelCatalog *m_catalog;
    QHash<ActionId, QAction *> m_actions;

    MessageBanner *m_banner = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_editorSplitter = nullptr;
    PromptEditor *m_systemEditor = nullptr;
    MessageListEditor *m_messages = nullptr;
    QPlainTextEdit *m_feedback = nullptr;
    QStackedWidget *m_rightSide = nullptr;
    RunPanel *m_runPanel = nullptr;
    CompareArea *m_compare = nullptr;
    VariableTable *m_variables = nullptr;
    FindingsList *m_findings = nullptr;
    QComboBox *m_engineBox = nullptr;
    ModelComboBox *m_modelBox = nullptr;
    QLabel *m_statusEngine = nullptr;
    QLabel *m_statusModel = nullptr;
    QLabel *m_statusUsage = nullptr;
    QLabel *m_statusRequest = nullptr;

    std::optional<ToolResult> m_pendingResult;
    ToolRequest m_pendingRequest;
    QString m_lastTask;

    QTimer m_analysisTimer;
    QFutureWatcher<PromptAnalysis> m_analysisWatcher;
    PromptAnalysis m_analysis;

    // The open document: its file, history, autosave and File menu.
    DocumentController *m_documents;
};

} // namespace pw
