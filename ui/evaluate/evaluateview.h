#pragma once

#include "evalrunner.h"
#include "optimizedialog.h"
#include "resultsmodel.h"

#include <QSet>
#include <QTime>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;
class QSplitter;
class QTableView;
class QToolBar;

namespace pw {

class DocumentController;
class OptimizePanel;
class OptimizeRunner;
class PromptWorkspace;
class CaseGenerator;
class ResultsPanel;
class TestCaseModel;
class ToolSession;

// The Evaluate view of one document: its test cases as a table (a column per
// variable, then ideal output, assertions, description), edited in undoable
// steps, pasted from a spreadsheet, imported from CSV, JSON Lines or
// promptfoo YAML and exported as CSV; below it the outputs of prompt versions
// side by side (by default the first revision and the latest), run as one
// EvalRun per version through the core's run queue, without blocking, and
// graded by the assertions and by the person at the keyboard. Runs live in
// the document; a run cut short by a crash offers to finish when the
// document is opened again.
class EvaluateView : public QWidget
{
    Q_OBJECT

public:
    EvaluateView(PromptWorkspace *workspace, DocumentController *documents, ToolSession *session, QWidget *parent = nullptr);
    ~EvaluateView() override;

    TestCaseModel *cases() const { return m_cases; }
    QTableView *caseTable() const { return m_caseTable; }

    // The prompt's variables, in order of first use (from the page's analysis).
    void setPromptVariables(const QStringList &names);

    // --- the cases (each one undoable step)
    void addCase();
    void duplicateSelected();
    void deleteSelected();
    void moveSelected(int offset);
    // Cases from the clipboard's tab-separated text, after the current row.
    void paste();
    // The file dialogs, then the case files of core/eval.
    void importDialog();
    void exportDialog();
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    void editAssertions();
    // Generate Cases…: the tool model writes cases, the person picks which to add (one undoable step).
    void generateCases();

    // --- versions and runs
    ResultsPanel *results() const { return m_results; }
    EvalRunner *runner() const { return m_runner; }
    // The revisions shown side by side (0: the working copy); empty: the default.
    void setVersions(const QList<int> &revisionIds);
    QList<int> versions() const;
    void runAll();
    // Every case through the engine's batch API at half the price; the batch ids go into the document at once.
    void runAsBatch();
    void runSelected();
    void rerunFailed();
    // Stops an evaluation and an optimization.
    void cancelRun();
    // The window closes: a live run stops; batches keep running at the server
    // and their ids stay in the document, so opening it again continues them.
    void leaveRun();
    // An evaluation runs.
    bool isRunning() const;
    // Whether the loaded document's cases and results are in the view (they
    // follow loaded() by two turns of the event loop).
    bool isFilled() const { return m_unfilled == Unfilled::Nothing; }
    void setMaxConcurrency(int limit);

    // --- optimizing the prompt against the cases (issue 18)
    // The window's Optimize action: a button on the runs' tool bar.
    void setOptimizeAction(QAction *optimize);
    // Asks how (OptimizeDialog, not modal), then starts.
    void optimize();
    // Optimizes the working copy: every candidate becomes an "optimized"
    // revision, and the winner is offered (winnerOffered) once it is over.
    void startOptimization(const OptimizeDialog::Choice &choice);
    bool isOptimizing() const;
    OptimizeRunner *optimizeRunner() const { return m_optimizeRunner; }
    OptimizePanel *optimizePanel() const { return m_optimizePanel; }

signals:
    // Something could not be done: the page shows it in its banner.
    void failed(const QString &text, const QString &details);
    void statusMessage(const QString &text, int timeoutMs);
    // An evaluation or optimization started or ended (the window's Cancel action follows it).
    void runningChanged();
    // The optimization's winner, revision revisionId, waits to be accepted or
    // rejected; summary says in one line how it did.
    void winnerOffered(int revisionId, const QString &summary);
    // The user wants to see the winner beside the current prompt.
    void winnerReviewRequested();

private:
    void onDocumentLoaded();
    // The loaded document's cases into the view, then (in the next turn of
    // the event loop) its results: whichever of the two waits.
    void fillStep();
    // What of the loaded document still waits is in the view now; every
    // action on the cases or runs calls it first.
    void ensureFilled();
    void offerResume();
    void rebuildColumns();
    void fillVersionsMenu();
    // cellsToRun(column's run): the cases of that column to run; empty: nothing to do there.
    void startRuns(const std::function<TestSuite(int column, const std::optional<EvalRun> &run)> &cellsToRun, bool freshRuns,
        EvalRunner::Mode mode = EvalRunner::Mode::Live);
    void startRequests(const QList<RunRequest> &requests, const QList<int> &columns, EvalRunner::Mode mode);
    // The runner's runs into the document now (a batch was created: its id must not be lost).
    void storeRunnerRuns();
    QString batchProgressText() const;
    void onCellFinished(int request, const CellResult &cell);
    void onCellText(int request, const CellResult &cell, const QString &delta);
    void showStreamedText();
    void onRunFinished(const QString &problem);
    void storeRuns();
    void updateProgress();
    std::optional<Prompt> promptOf(int revisionId) const;
    void onCandidateEvaluated(int index);
    void onOptimizeFinished(const QString &problem);
    // Records every scored candidate as a revision; returns the winner's id (0: the original won).
    int recordCandidates();
    // The outputs the search got for revisionId (training and held-out cases) as one run of the document.
    void storeOptimizationRun(int revisionId, const QList<const EvalRun *> &parts);
    QString versionTitle(int revisionId) const;
    // The case table's variable columns for cases: the prompt's variables,
    // then those only the cases name.
    QStringList variableColumns(const TestSuite &cases) const;
    void updateColumns();
    void updateActions();
    QList<int> selectedRows() const;
    int currentRow() const;
    void selectRows(int first, int count);
    // A button on bar; its shortcut works while the focus is in scope. Its tool
    // tip is toolTip (or else text) with the shortcut after it.
    QAction *addAction(QToolBar *bar, QWidget *scope, const QString &name, const QString &text, const QKeySequence &shortcut,
        const std::function<void()> &slot, const QString &toolTip = QString());

    PromptWorkspace *m_workspace;
    DocumentController *m_documents;
    ToolSession *m_session;
    TestCaseModel *m_cases;
    QStringList m_promptVariables;

    QTableView *m_caseTable = nullptr;
    QLabel *m_caseCount = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_editAssertions = nullptr;
    QAction *m_generateCases = nullptr;
    CaseGenerator *m_generator = nullptr;

    ResultsPanel *m_results = nullptr;
    EvalRunner *m_runner = nullptr;
    QList<int> m_chosenVersions; // empty: the default (first and latest revision)
    // What of a loaded document the view has not shown yet.
    enum class Unfilled { Nothing, Cases, Results };
    Unfilled m_unfilled = Unfilled::Nothing;
    QToolButton *m_versionsButton = nullptr;
    QAction *m_runAll = nullptr;
    QAction *m_runAsBatch = nullptr;
    QAction *m_runSelected = nullptr;
    QAction *m_rerunFailed = nullptr;
    QAction *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_progressShown = nullptr;
    QLabel *m_progressText = nullptr;
    QTime m_lastBatchCheck; // when the provider last gave the batches' request counts
    QString m_runNote; // the runner's note for this run (the fallback to live requests)
    // The running requests: their runs as they fill, and the column each shows in.
    QList<EvalRun> m_activeRuns;
    QList<int> m_activeColumns;
    QSet<int> m_unstoredRuns; // indexes into m_activeRuns
    QTimer m_storeTimer;
    int m_maxConcurrency;

    QSplitter *m_split = nullptr;
    OptimizeRunner *m_optimizeRunner = nullptr;
    OptimizePanel *m_optimizePanel = nullptr;
    QList<int> m_finalCandidates; // candidates() indexes, in the order they became final
    int m_optimizedRevision = 0; // the revision being optimized (0: the working copy)
    bool m_optimizationAbandoned = false; // its document was replaced: what it found belongs nowhere
    // Streamed text not shown yet, per request and case id: shown a few times a
    // second, not repainted for every delta of a fast stream.
    QHash<std::pair<int, QString>, QString> m_streamedText;
    QTimer m_streamTimer;
};

} // namespace pw
