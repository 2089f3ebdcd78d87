#pragma once

#include "workbenchcontext.h"

#include "analysis/promptanalysis.h"
#include "async/latesttask.h"
#include "model/evalrun.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace pw {

class CompareArea;
class DocumentController;
class EvaluateView;
class FindBar;
class FindingsModel;
class HistoryModel;
class InputTokenCounter;
class MessageBanner;
class MessageListEditor;
class PromptEditor;
class PromptRunner;
class PromptRunPanel;
class PromptWorkspace;
class RunPanel;
class ToolSession;
class VariablesModel;

// The window's actions a page puts on its own buttons and menus; the window owns them.
struct PageActions
{
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *cancel = nullptr;
    QAction *accept = nullptr;
    QAction *reject = nullptr;
    QAction *retry = nullptr;
    QAction *settings = nullptr;
    QAction *runPrompt = nullptr;
    QAction *optimize = nullptr;
};

// Everything of ONE document (in the manner of KeePassXC's DatabaseWidget):
// the editors for the system prompt, the messages and the feedback; a
// running tool's progress, then its result beside the original; the
// document with its history and autosave; the checks and variables as
// models the window's docks show; and the banner with what went wrong.
// The window keeps the menus and routes its actions to the current page.
class DocumentPage : public QWidget
{
    Q_OBJECT

public:
    DocumentPage(const WorkbenchContext &context, const PageActions &actions, QWidget *parent = nullptr);
    ~DocumentPage() override;

    PromptWorkspace *workspace() const { return m_workspace; }
    DocumentController *documents() const { return m_documents; }
    ToolSession *session() const { return m_session; }
    VariablesModel *variables() const { return m_variables; }
    FindingsModel *findings() const { return m_findings; }
    HistoryModel *history() const { return m_history; }
    EvaluateView *evaluateView() const { return m_evaluate; }
    // Find and Replace across the system prompt and the messages, under the editors.
    FindBar *findBar() const { return m_findBar; }
    // Add, remove; move up, move down, toggle the role: the window's Message menu.
    QList<QAction *> messageActions() const;
    // The newest analysis applied to the variables, findings and markers.
    const PromptAnalysis &analysis() const { return m_analysis; }

    // --- tools: one run at a time, its result waits for accept or reject
    bool isBusy() const;
    bool canRetry() const;
    bool hasPendingResult() const;
    // While a tool runs and while its result waits, the prompt is read-only:
    // the result replaces it as a whole, so an edit made meanwhile would be lost.
    bool isEditingLocked() const;
    void startTool(Tool tool);
    void runGenerate(const QString &task);
    const QString &lastTask() const { return m_lastTask; }
    // Stops the running tool and the running prompt.
    void cancelRun();
    // The window closes: what runs stops, except batches at the provider (the document keeps their ids).
    void stopForClose();
    void acceptResult();
    void rejectResult();
    void retry();
    // The Evaluate view, and the question how to optimize the prompt against its cases.
    void optimize();
    // --- running the prompt being edited with its test values (Run Prompt)
    // The panel with the run's settings and answer; the window shows it in a dock.
    PromptRunPanel *promptRunPanel() const { return m_promptRunPanel; }
    PromptRunner *promptRunner() const { return m_promptRunner; }
    // The prompt's input tokens as it is edited, for the status bar.
    InputTokenCounter *tokenCounter() const { return m_tokenCounter; }
    bool isPromptRunning() const;
    bool isEvaluating() const;
    // Explains in the banner (and sends nothing) when a value is missing or
    // a setting would be refused.
    void runPrompt();
    // The panel's settings with the document's target model.
    ModelSettings runSettings() const;

    // The status bar's fields of the last run: tokens and request id.
    const QString &lastUsageText() const { return m_lastUsage; }
    const QString &lastRequestText() const { return m_lastRequest; }

    // --- the document, with the questions and file dialogs around it
    // A new untitled document after asking about unsaved changes (when ask is set).
    bool newDocument(bool ask = true);
    bool openFile(const QString &path);
    // The file dialogs, then the document controller.
    void openDialog();
    void importDialog();
    void exportDialog();
    bool save();
    bool saveAs();
    void openRecent(const QString &path);
    // A bundled sample, as an untitled copy.
    void openSample(const QString &path);
    // Before the document goes away: true when nothing unsaved is lost
    // (saved, discarded or nothing to save); false when the user canceled.
    bool confirmClose();
    // Offers the newest recovery copy left behind by an earlier session in the banner.
    void offerRecovery();

    // The sizes of the editors, kept by the window between sessions.
    QByteArray editorLayout() const;
    void restoreEditorLayout(const QByteArray &state);

    // --- where the keyboard and the lists lead
    void focusSystemPrompt();
    void focusMessages();
    void focusFeedback();
    // The Evaluate view, its test-case table focused.
    void focusEvaluate();
    void jumpToFinding(const pw::Diagnostic &finding);
    void jumpToVariable(const QString &name);
    // The find bar's current match, scrolled into view on the Prompt tab.
    void revealFindMatch(int message);

signals:
    // Busy, a result waiting, retry possible: the window updates its actions.
    void toolStateChanged();
    void lastRunChanged();
    void statusMessage(const QString &text, int timeoutMs);
    // A new analysis has been applied.
    void analysisUpdated();

private:
    QWidget *createEditors(const PageActions &actions);
    void beginRun(Tool tool);
    void onSucceeded(const ToolResult &result);
    // The optimization's winner (revision revisionId) beside the current prompt, waiting like a tool's result.
    void offerRevision(int revisionId, const QString &summary);
    // 0: none; the Evaluate view's Show the Winner follows it.
    void setOfferedRevision(int revisionId);
    // The tool's result, as reviewed, into the history and the working copy.
    void applyToolResult();
    void onFailed(const ToolError &error, bool settingsProblem);
    // A failed tool or prompt run in the banner; retry is offered when trying again can help.
    void showRunError(const QString &label, const ToolError &error, bool settingsProblem, QAction *retry);
    void createPromptRun(const WorkbenchContext &context);
    void updateRunProblems();
    void onDocumentLoaded();
    void updateEditingLock();
    void showRightSide(QWidget *page);
    void hideRightSide();
    QString shortcutText(QAction *action) const;
    // The system prompt's editor for -1, message i's for i.
    PromptEditor *editorOf(int message) const;

    void scheduleAnalysis();
    void startAnalysis();
    void applyAnalysis(const PromptAnalysis &analysis);

    PageActions m_actions;
    PromptWorkspace *m_workspace;
    DocumentController *m_documents;
    ToolSession *m_session;
    VariablesModel *m_variables;
    FindingsModel *m_findings;
    HistoryModel *m_history;

    MessageBanner *m_banner = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_editorSplitter = nullptr;
    PromptEditor *m_systemEditor = nullptr;
    MessageListEditor *m_messages = nullptr;
    PromptEditor *m_feedback = nullptr;
    QLabel *m_editingPaused = nullptr;
    QStackedWidget *m_rightSide = nullptr;
    QTabWidget *m_views = nullptr; // the editors, the Evaluate view
    EvaluateView *m_evaluate = nullptr;
    FindBar *m_findBar = nullptr;
    RunPanel *m_runPanel = nullptr;
    CompareArea *m_compare = nullptr;
    PromptRunPanel *m_promptRunPanel = nullptr;
    PromptRunner *m_promptRunner = nullptr;
    InputTokenCounter *m_tokenCounter = nullptr;
    QSettings *m_settings = nullptr;
    QList<QAction *> m_recoveryActions;

    int m_offeredRevision = 0; // an optimization's winner waiting for accept or reject
    QString m_lastTask;
    QString m_lastUsage;
    QString m_lastRequest;

    QTimer m_analysisTimer;
    PromptAnalysis m_analysis;
    LatestTask<PromptAnalysis> m_analysisTask;
};

} // namespace pw
