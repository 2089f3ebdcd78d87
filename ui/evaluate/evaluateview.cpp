#include "evaluateview.h"

#include "assertioneditor.h"
#include "casegenerator.h"
#include "generatecasesdialog.h"
#include "optimizepanel.h"
#include "optimizerunner.h"
#include "resultspanel.h"
#include "testcasemodel.h"

#include "dialogs.h"
#include "documentcontroller.h"
#include "historymodel.h"
#include "promptworkspace.h"

#include "document/atomicwrite.h"
#include "eval/casefiles.h"
#include "tools/toolsession.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace pw {

namespace {

// Results go into the document in batches: a run of 10,000 cells is not copied 10,000 times.
constexpr int storeDelayMs = 500;
// Streamed answers are shown this often.
constexpr int streamShowMs = 100;

// A tool bar above what its buttons act on.
QWidget *withToolBar(QToolBar *bar, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(content, 1);
    return box;
}

const QString caseFileFilter()
{
    return EvaluateView::tr("Test cases (*.csv *.jsonl *.yaml *.yml *.json);;All files (*)");
}

} // namespace

EvaluateView::EvaluateView(PromptWorkspace *workspace, DocumentController *documents, ToolSession *session, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_documents(documents), m_session(session),
      m_cases(new TestCaseModel(workspace, this)), m_maxConcurrency(RunQueue::defaultConcurrency)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *caseBar = new QToolBar(this);
    caseBar->setObjectName(QStringLiteral("caseToolBar"));
    caseBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_caseTable = new QTableView(this);
    m_caseTable->setObjectName(QStringLiteral("caseTable"));
    m_caseTable->setAccessibleName(tr("Test cases"));
    m_caseTable->setModel(m_cases);
    m_caseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseTable->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_caseTable->setWordWrap(false);
    m_caseTable->horizontalHeader()->setStretchLastSection(true);
    m_caseTable->verticalHeader()->setDefaultSectionSize(m_caseTable->fontMetrics().height() + 8);

    const auto caseAction = [this, caseBar](const QString &name, const QString &text, const QKeySequence &shortcut,
                                const std::function<void()> &slot) {
        return addAction(caseBar, m_caseTable, name, text, shortcut, slot);
    };
    caseAction(QStringLiteral("addCase"), tr("&Add Case"), QKeySequence(Qt::Key_Insert), [this] { addCase(); });
    m_duplicate = caseAction(
        QStringLiteral("duplicateCases"), tr("&Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateSelected(); });
    m_delete = caseAction(
        QStringLiteral("deleteCases"), tr("De&lete"), QKeySequence(QKeySequence::Delete), [this] { deleteSelected(); });
    m_moveUp = caseAction(
        QStringLiteral("moveCaseUp"), tr("Move &Up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelected(-1); });
    m_moveDown = caseAction(
        QStringLiteral("moveCaseDown"), tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelected(1); });
    m_editAssertions = caseAction(QStringLiteral("editAssertions"), tr("A&ssertions…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { editAssertions(); });
    caseBar->addSeparator();
    caseAction(QStringLiteral("pasteCases"), tr("&Paste Rows"), QKeySequence(QKeySequence::Paste), [this] { paste(); });
    m_generateCases = caseAction(QStringLiteral("generateCases"), tr("&Generate Cases…"), {}, [this] { generateCases(); });
    caseAction(QStringLiteral("importCases"), tr("&Import…"), {}, [this] { importDialog(); });
    caseAction(QStringLiteral("exportCases"), tr("E&xport…"), {}, [this] { exportDialog(); });
    m_caseCount = new QLabel(this);
    m_caseCount->setObjectName(QStringLiteral("caseCount"));
    auto *spacer = new QWidget(caseBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    caseBar->addWidget(spacer);
    caseBar->addWidget(m_caseCount);

    QWidget *casesBox = withToolBar(caseBar, m_caseTable, this);

    // The runs: versions, run buttons, progress; the results below.
    m_results = new ResultsPanel(m_cases, this);
    m_results->setObjectName(QStringLiteral("resultsPanel"));
    m_runner = new EvalRunner(session->sources(), this);
    m_generator = new CaseGenerator(session->sources(), this);
    auto *runBar = new QToolBar(this);
    runBar->setObjectName(QStringLiteral("runToolBar"));
    runBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_versionsButton = new QToolButton(runBar);
    m_versionsButton->setObjectName(QStringLiteral("versionsButton"));
    m_versionsButton->setText(tr("Versio&ns"));
    m_versionsButton->setPopupMode(QToolButton::InstantPopup);
    m_versionsButton->setMenu(new QMenu(m_versionsButton));
    connect(m_versionsButton->menu(), &QMenu::aboutToShow, this, &EvaluateView::fillVersionsMenu);
    runBar->addWidget(m_versionsButton);
    m_runAll = addAction(runBar, this, QStringLiteral("runAll"), tr("&Run All"), QKeySequence(Qt::Key_F5), [this] { runAll(); });
    m_runAsBatch = addAction(
        runBar, this, QStringLiteral("runAsBatch"), tr("Run as &Batch"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
        [this] { runAsBatch(); },
        tr("Run every case through the provider's batch API at half the price; results take minutes "
           "to hours, and closing the window does not lose them"));
    m_runSelected = addAction(runBar, this, QStringLiteral("runSelected"), tr("Run Sele&cted"),
        QKeySequence(Qt::CTRL | Qt::Key_F5), [this] { runSelected(); });
    m_rerunFailed = addAction(runBar, this, QStringLiteral("rerunFailed"), tr("Rerun Failed"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5), [this] { rerunFailed(); });
    m_cancel = addAction(runBar, this, QStringLiteral("cancelEvaluation"), tr("Cancel"), {}, [this] { cancelRun(); });
    m_progress = new QProgressBar(runBar);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    runBar->addSeparator();
    m_progressShown = runBar->addWidget(m_progress);
    // On a line of its own: a batch's counts and notes are longer than a tool bar has room for.
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("runProgressText"));
    m_progressText->setWordWrap(true);
    m_progressText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressText->setVisible(false);
    auto *resultsContent = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsContent);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_progressText);
    resultsLayout->addWidget(m_results, 1);

    QWidget *resultsBox = withToolBar(runBar, resultsContent, this);

    m_optimizeRunner = new OptimizeRunner(session->sources(), this);
    m_optimizePanel = new OptimizePanel(this);
    m_optimizePanel->setObjectName(QStringLiteral("optimizePanel"));
    m_optimizePanel->hide();

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(casesBox);
    m_split->addWidget(resultsBox);
    m_split->addWidget(m_optimizePanel);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setStretchFactor(2, 3);
    layout->addWidget(m_split, 1);

    m_storeTimer.setSingleShot(true);
    m_storeTimer.setInterval(storeDelayMs);
    connect(&m_storeTimer, &QTimer::timeout, this, &EvaluateView::storeRuns);
    m_streamTimer.setSingleShot(true);
    m_streamTimer.setInterval(streamShowMs);
    connect(&m_streamTimer, &QTimer::timeout, this, &EvaluateView::showStreamedText);
    connect(m_runner, &EvalRunner::cellFinished, this, &EvaluateView::onCellFinished);
    connect(m_runner, &EvalRunner::cellText, this, &EvaluateView::onCellText);
    connect(m_runner, &EvalRunner::progressChanged, this, &EvaluateView::updateProgress);
    connect(m_runner, &EvalRunner::finished, this, &EvaluateView::onRunFinished);
    connect(m_runner, &EvalRunner::batchCreated, this, &EvaluateView::storeRunnerRuns);
    connect(m_runner, &EvalRunner::batchStatusChanged, this, [this] {
        m_lastBatchCheck = QTime::currentTime();
        updateProgress();
    });
    connect(m_runner, &EvalRunner::note, this, [this](const QString &text) {
        m_runNote = text;
        updateProgress();
        emit statusMessage(text, 8000);
    });
    connect(m_optimizeRunner, &OptimizeRunner::candidateEvaluated, this, [this](int, int index) { onCandidateEvaluated(index); });
    connect(m_optimizeRunner, &OptimizeRunner::progressChanged, this, [this] {
        if (m_optimizeRunner->optimizer())
            m_optimizePanel->showProgress(*m_optimizeRunner->optimizer());
    });
    connect(m_optimizeRunner, &OptimizeRunner::finished, this, &EvaluateView::onOptimizeFinished);
    connect(m_optimizePanel, &OptimizePanel::cancelRequested, m_optimizeRunner, &OptimizeRunner::cancel);
    connect(m_optimizePanel, &OptimizePanel::reviewRequested, this, &EvaluateView::winnerReviewRequested);
    connect(m_optimizePanel, &OptimizePanel::closeRequested, m_optimizePanel, &QWidget::hide);
    connect(m_results, &ResultsPanel::humanGradeChanged, this, [this](int, EvalRun run) {
        // The text streamed into a waiting cell so far is no result: a resumed run starts it afresh.
        for (CellResult &cell : run.cells) {
            if (cell.status == CellResult::Status::Pending)
                cell.output.clear();
        }
        m_documents->putRun(run);
    });
    connect(m_documents, &DocumentController::documentChanged, this, [this] {
        if (!isRunning() && m_unfilled == Unfilled::Nothing)
            rebuildColumns();
    });

    connect(m_caseTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == m_cases->assertionsColumn())
            editAssertions();
    });
    connect(m_caseTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EvaluateView::updateActions);
    connect(m_caseTable->selectionModel(), &QItemSelectionModel::currentChanged, this, &EvaluateView::updateActions);
    connect(m_cases, &TestCaseModel::casesEdited, this, [this] {
        m_documents->setTestCases(m_cases->cases());
        updateColumns();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_cases, signal, this, &EvaluateView::updateActions);
    connect(m_cases, &QAbstractItemModel::modelReset, this, &EvaluateView::updateActions);
    connect(m_documents, &DocumentController::loaded, this, &EvaluateView::onDocumentLoaded);
    connect(m_session, &ToolSession::engineChanged, this, &EvaluateView::updateActions);
    onDocumentLoaded();
    ensureFilled();
}

EvaluateView::~EvaluateView() = default;

QAction *EvaluateView::addAction(QToolBar *bar, QWidget *scope, const QString &name, const QString &text,
    const QKeySequence &shortcut, const std::function<void()> &slot, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    const QString tip = toolTip.isEmpty() ? QString(text).remove(QLatin1Char('&')) : toolTip;
    action->setToolTip(tip);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        // The table's own keys: typing in the prompt editors never reaches them.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        scope->addAction(action);
    }
    connect(action, &QAction::triggered, this, slot);
    bar->addAction(action);
    return action;
}

void EvaluateView::onDocumentLoaded()
{
    // The runs belong to the document they ran for; its batches stay at the server, their ids in that document.
    const bool wasRunning = isRunning();
    m_runner->abandon();
    if (isOptimizing()) {
        m_optimizationAbandoned = true;
        m_optimizeRunner->cancel();
    }
    m_optimizePanel->hide();
    m_activeRuns.clear();
    m_activeColumns.clear();
    m_unstoredRuns.clear();
    m_streamedText.clear();
    m_chosenVersions.clear();
    m_results->setColumns({});
    m_cases->resetCases({}, m_promptVariables);
    // The cases follow in the next turn of the event loop, the results in the
    // one after: the window shows the new document at once, and with ten
    // thousand cases no single turn holds the GUI thread for long (bench_evaluate).
    if (m_unfilled == Unfilled::Nothing)
        QMetaObject::invokeMethod(this, &EvaluateView::fillStep, Qt::QueuedConnection);
    m_unfilled = Unfilled::Cases;
    updateActions();
    updateProgress();
    if (wasRunning)
        emit runningChanged();
}

void EvaluateView::fillStep()
{
    switch (m_unfilled) {
    case Unfilled::Nothing:
        return;
    case Unfilled::Cases: {
        const TestSuite cases = m_documents->document().testCases();
        m_cases->resetCases(cases, variableColumns(cases));
        m_unfilled = Unfilled::Results;
        QMetaObject::invokeMethod(this, &EvaluateView::fillStep, Qt::QueuedConnection);
        break;
    }
    case Unfilled::Results:
        m_unfilled = Unfilled::Nothing;
        rebuildColumns();
        offerResume();
        break;
    }
    updateActions();
}

void EvaluateView::ensureFilled()
{
    while (m_unfilled != Unfilled::Nothing)
        fillStep();
}

void EvaluateView::setPromptVariables(const QStringList &names)
{
    m_promptVariables = names;
    updateColumns();
    updateActions();
}

void EvaluateView::updateColumns()
{
    m_cases->setVariables(variableColumns(m_cases->cases()));
}

QStringList EvaluateView::variableColumns(const TestSuite &cases) const
{
    // The prompt's variables first; values the prompt does not use stay visible after them.
    QStringList columns = m_promptVariables;
    const VariableValues *previous = nullptr;
    for (const TestCase &testCase : cases) {
        // Most cases name the variables the case before them named.
        const auto sameNames = [&] {
            return previous && previous->size() == testCase.vars.size()
                && std::equal(previous->keyBegin(), previous->keyEnd(), testCase.vars.keyBegin());
        };
        if (sameNames())
            continue;
        for (auto it = testCase.vars.keyBegin(); it != testCase.vars.keyEnd(); ++it) {
            if (!columns.contains(*it))
                columns.append(*it);
        }
        previous = &testCase.vars;
    }
    return columns;
}

void EvaluateView::updateActions()
{
    const bool any = !selectedRows().isEmpty();
    const int row = currentRow();
    m_duplicate->setEnabled(any);
    m_delete->setEnabled(any);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < m_cases->rowCount());
    m_editAssertions->setEnabled(row >= 0);
    const bool running = isRunning() || isOptimizing();
    const bool hasCases = m_cases->rowCount() > 0;
    m_runAll->setEnabled(!running && hasCases);
    m_runAsBatch->setEnabled(!running && hasCases);
    m_runSelected->setEnabled(!running && any);
    m_rerunFailed->setEnabled(!running && hasCases);
    m_cancel->setEnabled(running);
    m_versionsButton->setEnabled(!running);
    m_caseCount->setText(tr("%n case(s)", nullptr, m_cases->rowCount()));

    // Disabled with the reason as its tool tip: the action stays where people look for it.
    QString cannotGenerate = CaseGenerator::unavailableReason(m_session->engine());
    if (cannotGenerate.isEmpty() && m_promptVariables.isEmpty())
        cannotGenerate = tr("The prompt has no {{VARIABLES}} to write values for.");
    m_generateCases->setEnabled(cannotGenerate.isEmpty());
    m_generateCases->setToolTip(cannotGenerate.isEmpty()
            ? tr("Ask the tool model for realistic, varied test cases for the prompt's variables")
            : cannotGenerate);
}

QList<int> EvaluateView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_caseTable->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_caseTable->currentIndex().isValid())
        rows.append(m_caseTable->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

int EvaluateView::currentRow() const
{
    const QModelIndex current = m_caseTable->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void EvaluateView::selectRows(int first, int count)
{
    if (count <= 0 || first < 0 || first >= m_cases->rowCount())
        return;
    const int column = std::max(0, m_caseTable->currentIndex().column());
    m_caseTable->setCurrentIndex(m_cases->index(first, column));
    m_caseTable->selectionModel()->select(
        QItemSelection(m_cases->index(first, 0), m_cases->index(first + count - 1, m_cases->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// --- editing ------------------------------------------------------------------

void EvaluateView::addCase()
{
    ensureFilled();
    const int row = currentRow() < 0 ? m_cases->rowCount() : currentRow() + 1;
    m_cases->addCase(row);
    selectRows(row, 1);
    m_caseTable->setFocus();
}

void EvaluateView::duplicateSelected()
{
    ensureFilled();
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    m_cases->duplicateRows(rows);
    selectRows(rows.last() + 1, int(rows.size()));
}

void EvaluateView::deleteSelected()
{
    ensureFilled();
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    m_cases->removeCaseRows(rows);
    selectRows(std::min(rows.first(), m_cases->rowCount() - 1), 1);
}

void EvaluateView::moveSelected(int offset)
{
    ensureFilled();
    const int row = currentRow();
    const int to = row + offset;
    if (row < 0 || to < 0 || to >= m_cases->rowCount())
        return;
    m_cases->moveCase(row, to);
    selectRows(to, 1);
}

void EvaluateView::paste()
{
    ensureFilled();
    const QString text = QGuiApplication::clipboard()->text();
    QString error;
    const std::optional<TestSuite> pasted = casesFromTabSeparated(text, m_cases->variables(), &error);
    if (!pasted) {
        emit failed(tr("The clipboard's rows could not be pasted as test cases."), error);
        return;
    }
    const int row = currentRow() < 0 ? m_cases->rowCount() : currentRow() + 1;
    m_cases->insertCases(row, *pasted, tr("Paste Test Cases", nullptr, int(pasted->size())));
    selectRows(row, int(pasted->size()));
    emit statusMessage(tr("Pasted %n test case(s)", nullptr, int(pasted->size())), 4000);
}

void EvaluateView::importDialog()
{
    const QString path = FileDialog::openFileName(this, tr("Import Test Cases"), QString(), caseFileFilter());
    if (!path.isEmpty())
        importFile(path);
}

bool EvaluateView::importFile(const QString &path)
{
    ensureFilled();
    const CaseImport read = readCaseFile(path);
    const QString name = QFileInfo(path).fileName();
    if (!read.ok()) {
        emit failed(tr("%1 could not be imported as test cases.").arg(name), read.error);
        return false;
    }
    if (read.cases.isEmpty()) {
        emit failed(tr("%1 holds no test cases.").arg(name), {});
        return false;
    }
    const int row = m_cases->rowCount();
    m_cases->insertCases(row, read.cases, tr("Import %1").arg(name));
    selectRows(row, int(read.cases.size()));
    emit statusMessage(tr("Imported %n test case(s) from %1", nullptr, int(read.cases.size())).arg(name), 4000);
    return true;
}

void EvaluateView::exportDialog()
{
    const QString path
        = FileDialog::saveFileName(this, tr("Export Test Cases"), QString(), tr("CSV (*.csv);;JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        exportFile(path);
}

bool EvaluateView::exportFile(const QString &path)
{
    ensureFilled();
    QByteArray data;
    if (path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)) {
        data = exportCasesToJsonLines(m_cases->cases());
    } else {
        QString error;
        data = exportCasesToCsv(m_cases->cases(), &error);
        if (!error.isEmpty()) {
            emit failed(tr("The test cases could not be exported as CSV; JSON Lines (.jsonl) holds everything."), error);
            return false;
        }
    }
    QString error;
    if (!writeFileAtomically(path, data, &error)) {
        emit failed(tr("The test cases could not be exported."), error);
        return false;
    }
    emit statusMessage(
        tr("Exported %n test case(s) to %1", nullptr, m_cases->rowCount()).arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void EvaluateView::editAssertions()
{
    ensureFilled();
    const int row = currentRow();
    if (row < 0)
        return;
    AssertionEditor editor(m_cases->caseAt(row), this);
    if (editor.exec() != QDialog::Accepted)
        return;
    TestCase edited = m_cases->caseAt(row);
    edited.assertions = editor.assertions();
    edited.threshold = editor.caseThreshold();
    m_cases->setCase(row, edited, tr("Edit Assertions"));
}

void EvaluateView::generateCases()
{
    ensureFilled();
    if (!m_generateCases->isEnabled())
        return;
    auto *dialog = new GenerateCasesDialog(
        m_generator, m_session->engine(), m_workspace->prompt(), m_promptVariables, m_cases->cases(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const TestSuite accepted = dialog->acceptedCases();
        const int row = m_cases->rowCount();
        m_cases->insertCases(row, accepted, tr("Generate Test Cases"));
        selectRows(row, int(accepted.size()));
        emit statusMessage(tr("Added %n generated test case(s)", nullptr, int(accepted.size())), 4000);
    });
    dialog->open();
}

// --- versions ---------------------------------------------------------------

QList<int> EvaluateView::versions() const
{
    if (!m_chosenVersions.isEmpty())
        return m_chosenVersions;
    const QList<Revision> &revisions = m_documents->revisions();
    if (revisions.isEmpty())
        return {0};
    if (revisions.size() == 1)
        return {revisions.constFirst().id};
    return {revisions.constFirst().id, revisions.constLast().id};
}

void EvaluateView::setVersions(const QList<int> &revisionIds)
{
    m_chosenVersions = revisionIds;
    rebuildColumns();
}

QString EvaluateView::versionTitle(int revisionId) const
{
    const Revision *revision = m_documents->revision(revisionId);
    if (!revision)
        return tr("Working copy");
    return tr("#%1 %2").arg(revision->id).arg(HistoryModel::originLabel(*revision));
}

std::optional<Prompt> EvaluateView::promptOf(int revisionId) const
{
    if (revisionId == 0)
        return m_workspace->prompt();
    const Revision *revision = m_documents->revision(revisionId);
    return revision ? std::optional<Prompt>(revision->prompt) : std::nullopt;
}

void EvaluateView::rebuildColumns()
{
    ensureFilled();
    QList<ResultColumn> columns;
    const QList<EvalRun> &runs = m_documents->runs();
    for (int id : versions()) {
        ResultColumn column;
        column.revisionId = id;
        column.title = versionTitle(id);
        // The newest run of that version.
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            if (it->revisionId == id) {
                column.run = *it;
                break;
            }
        }
        columns.append(column);
    }
    m_results->setColumns(columns);
}

void EvaluateView::fillVersionsMenu()
{
    QMenu *menu = m_versionsButton->menu();
    menu->clear();
    const QList<int> shown = versions();
    const QList<Revision> &revisions = m_documents->revisions();
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        const int id = it->id;
        QAction *action = menu->addAction(versionTitle(id));
        action->setCheckable(true);
        action->setChecked(shown.contains(id));
        connect(action, &QAction::toggled, this, [this, id](bool on) {
            QList<int> chosen = versions();
            chosen.removeAll(0);
            if (on)
                chosen.append(id);
            else
                chosen.removeAll(id);
            std::sort(chosen.begin(), chosen.end());
            setVersions(chosen);
        });
    }
    menu->addSeparator();
    menu->addAction(tr("The First and the Latest"), this, [this] { setVersions({}); });
}

// --- runs -------------------------------------------------------------------

bool EvaluateView::isRunning() const
{
    return m_runner->isRunning();
}

void EvaluateView::setMaxConcurrency(int limit)
{
    m_maxConcurrency = limit;
    m_runner->setMaxConcurrency(limit);
}

void EvaluateView::runAll()
{
    startRuns([this](int, const std::optional<EvalRun> &) { return m_cases->cases(); }, true);
}

void EvaluateView::runAsBatch()
{
    startRuns([this](int, const std::optional<EvalRun> &) { return m_cases->cases(); }, true, EvalRunner::Mode::Batch);
}

void EvaluateView::runSelected()
{
    ensureFilled();
    TestSuite selected;
    for (int row : selectedRows())
        selected.append(m_cases->caseAt(row));
    startRuns([selected](int, const std::optional<EvalRun> &) { return selected; }, false);
}

void EvaluateView::rerunFailed()
{
    startRuns(
        [this](int column, const std::optional<EvalRun> &run) {
            TestSuite failed;
            if (!run)
                return failed;
            for (int row = 0; row < m_cases->rowCount(); ++row) {
                if (ResultsModel::verdictOf(m_results->model()->cellAt(row, column)) != 1)
                    failed.append(m_cases->caseAt(row));
            }
            return failed;
        },
        false);
}

void EvaluateView::startRuns(const std::function<TestSuite(int column, const std::optional<EvalRun> &run)> &cellsToRun,
    bool freshRuns, EvalRunner::Mode mode)
{
    if (isRunning())
        return;
    // The prompt being edited is run as a revision, so its results stay with the text they came from.
    m_documents->recordTypedEdits();
    rebuildColumns();
    const QList<ResultColumn> columns = m_results->model()->columns();
    PromptDocument ids = m_documents->document();
    QList<RunRequest> requests;
    QList<int> requestColumns;
    for (int c = 0; c < columns.size(); ++c) {
        const ResultColumn &column = columns.at(c);
        const TestSuite cases = cellsToRun(c, column.run);
        const std::optional<Prompt> prompt = promptOf(column.revisionId);
        if (cases.isEmpty() || !prompt)
            continue;
        RunRequest request;
        if (column.run && !freshRuns) {
            request.run = *column.run;
        } else {
            request.run.id = ids.newRunId();
            request.run.revisionId = column.revisionId;
            request.run.label = column.title;
            request.run.started = QDateTime::currentDateTimeUtc();
            request.run.settings.engine = m_session->engine();
            request.run.settings.model = m_workspace->targetModel();
            request.run.batch = mode == EvalRunner::Mode::Batch;
            ids.putRun(request.run);
        }
        // Every cell to run is listed as pending from the start: a crash leaves it to resume.
        for (const TestCase &testCase : cases) {
            CellResult pending;
            pending.caseId = testCase.id;
            bool found = false;
            for (CellResult &cell : request.run.cells) {
                if (cell.caseId == testCase.id && cell.repeat == 0) {
                    pending.human = cell.human;
                    cell = pending;
                    found = true;
                }
            }
            if (!found)
                request.run.cells.append(pending);
        }
        request.prompt = *prompt;
        request.cases = cases;
        requests.append(request);
        requestColumns.append(c);
    }
    if (requests.isEmpty()) {
        emit statusMessage(tr("Nothing to run."), 4000);
        return;
    }
    startRequests(requests, requestColumns, mode);
}

void EvaluateView::startRequests(const QList<RunRequest> &requests, const QList<int> &columns, EvalRunner::Mode mode)
{
    m_activeRuns.clear();
    for (int i = 0; i < requests.size(); ++i) {
        m_activeRuns.append(requests.at(i).run);
        m_documents->putRun(requests.at(i).run);
        m_results->model()->updateRun(columns.at(i), requests.at(i).run);
    }
    m_activeColumns = columns;
    m_unstoredRuns.clear();
    m_runNote.clear();
    m_lastBatchCheck = {};
    m_runner->start(m_session->engine(), requests, mode);
    m_results->refresh();
    updateActions();
    updateProgress();
    emit runningChanged();
}

void EvaluateView::onCellFinished(int request, const CellResult &cell)
{
    if (request < 0 || request >= m_activeRuns.size())
        return;
    for (CellResult &stored : m_activeRuns[request].cells) {
        if (stored.caseId == cell.caseId && stored.repeat == cell.repeat) {
            stored = cell;
            break;
        }
    }
    m_streamedText.remove({request, cell.caseId});
    m_results->updateCell(m_activeColumns.at(request), cell);
    m_unstoredRuns.insert(request);
    if (!m_storeTimer.isActive())
        m_storeTimer.start();
}

void EvaluateView::storeRunnerRuns()
{
    const QList<EvalRun> runs = m_runner->runs();
    for (int i = 0; i < m_activeRuns.size() && i < runs.size(); ++i) {
        m_activeRuns[i] = runs.at(i);
        m_documents->putRun(m_activeRuns.at(i));
    }
    m_unstoredRuns.clear();
    updateProgress();
}

void EvaluateView::onCellText(int request, const CellResult &cell, const QString &delta)
{
    if (request < 0 || request >= m_activeRuns.size() || cell.repeat != 0)
        return;
    m_streamedText[{request, cell.caseId}] += delta;
    if (!m_streamTimer.isActive())
        m_streamTimer.start();
}

void EvaluateView::showStreamedText()
{
    for (auto it = m_streamedText.cbegin(); it != m_streamedText.cend(); ++it)
        m_results->model()->appendText(m_activeColumns.at(it.key().first), it.key().second, it.value());
    m_streamedText.clear();
}

void EvaluateView::storeRuns()
{
    for (int request : std::as_const(m_unstoredRuns))
        m_documents->putRun(m_activeRuns.at(request));
    m_unstoredRuns.clear();
}

void EvaluateView::onRunFinished(const QString &problem)
{
    m_storeTimer.stop();
    m_streamTimer.stop();
    m_streamedText.clear();
    // What the queue holds is final. Cells it never sent stay pending there;
    // here they become canceled, so that only a run cut short by a crash
    // offers to resume when the document opens.
    const QList<EvalRun> runs = m_runner->runs();
    for (int i = 0; i < m_activeRuns.size() && i < runs.size(); ++i) {
        m_activeRuns[i] = runs.at(i);
        for (CellResult &cell : m_activeRuns[i].cells) {
            if (cell.status == CellResult::Status::Pending)
                cell.status = CellResult::Status::Canceled;
        }
        m_documents->putRun(m_activeRuns.at(i));
    }
    m_unstoredRuns.clear();
    rebuildColumns();
    updateActions();
    updateProgress();
    emit runningChanged();
    if (!problem.isEmpty())
        emit failed(tr("The evaluation stopped."), problem);
    else
        emit statusMessage(tr("Evaluation finished."), 4000);
}

void EvaluateView::cancelRun()
{
    m_runner->cancel();
    m_optimizeRunner->cancel();
}

// --- optimizing ---------------------------------------------------------------

void EvaluateView::setOptimizeAction(QAction *optimize)
{
    // The window enables it: it knows whether the engine can run prompts.
    findChild<QToolBar *>(QStringLiteral("runToolBar"))->insertAction(m_cancel, optimize);
}

bool EvaluateView::isOptimizing() const
{
    return m_optimizeRunner->isRunning();
}

void EvaluateView::optimize()
{
    ensureFilled();
    if (isRunning() || isOptimizing())
        return;
    if (m_cases->rowCount() == 0) {
        emit failed(tr("Optimize needs test cases to score the candidates on."),
            tr("Add cases above, paste them from a spreadsheet or import a file."));
        return;
    }
    auto *dialog = new OptimizeDialog(m_session->settings().settings(), m_cases->cases(), this);
    dialog->setObjectName(QStringLiteral("optimizeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startOptimization(dialog->choice()); });
    dialog->open();
}

void EvaluateView::startOptimization(const OptimizeDialog::Choice &choice)
{
    ensureFilled();
    if (isRunning() || isOptimizing() || m_cases->rowCount() == 0)
        return;
    // The prompt being optimized is a revision, so that the candidates' history starts from it.
    m_documents->recordTypedEdits();
    const Revision *working = m_documents->document().workingRevision();
    m_optimizedRevision = working ? working->id : 0;
    OptimizerSettings settings;
    settings.target.engine = m_session->engine();
    settings.target.model = m_workspace->targetModel();
    settings.rounds = choice.rounds;
    settings.candidates = choice.candidates;
    settings.holdout = choice.holdout;
    settings.seed = choice.seed;
    settings.budgetTokens = choice.budgetTokens;
    settings.concurrency = m_maxConcurrency;
    // What people said about outputs goes into the feedback of the cases that fail.
    for (const EvalRun &run : m_documents->runs()) {
        for (const CellResult &cell : run.cells) {
            if (!cell.human.comment.isEmpty())
                settings.humanComments[cell.caseId].append(cell.human.comment);
        }
    }
    m_finalCandidates.clear();
    m_optimizationAbandoned = false;
    m_optimizePanel->begin(choice.rounds);
    if (m_optimizePanel->isHidden()) {
        m_optimizePanel->show();
        const int height = m_split->height();
        m_split->setSizes({height / 4, height / 4, height - 2 * (height / 4)});
    }
    m_optimizeRunner->start(m_session->engine(), m_workspace->prompt(), m_cases->cases(), settings);
    updateActions();
    emit runningChanged();
}

void EvaluateView::onCandidateEvaluated(int index)
{
    const Optimizer *optimizer = m_optimizeRunner->optimizer();
    if (!optimizer || m_finalCandidates.contains(index))
        return;
    m_finalCandidates.append(index);
    m_optimizePanel->addCandidate(*optimizer, index);
}

int EvaluateView::recordCandidates()
{
    const Optimizer &optimizer = *m_optimizeRunner->optimizer();
    const OptimizerReport &report = optimizer.report();
    int winnerId = 0;
    for (int index : std::as_const(m_finalCandidates)) {
        const OptimizerCandidate &candidate = optimizer.candidates().at(index);
        if (candidate.round == 0 || candidate.isDiscarded())
            continue;
        Revision revision;
        revision.prompt = candidate.prompt;
        revision.values = m_workspace->values();
        revision.origin = Origin::Optimized;
        revision.engine = m_optimizeRunner->config().engine;
        revision.toolModel = m_optimizeRunner->config().toolModel;
        revision.targetModel = m_workspace->targetModel();
        revision.usage = candidate.usage;
        OptimizationScores scores;
        scores.round = candidate.round;
        scores.candidate = candidate.indexInRound + 1;
        scores.training = {candidate.trainingScore, candidate.trainingPassed, candidate.trainingTotal};
        if (index == report.winner && report.winnerHeldOut) {
            const HeldOutScore &heldOut = *report.winnerHeldOut;
            scores.heldOut = SuiteScore {heldOut.score, heldOut.passed, heldOut.total};
        }
        revision.scores = scores;
        m_documents->recordCandidate(revision);
        if (index == report.winner)
            winnerId = m_documents->revisions().constLast().id;
    }
    return winnerId;
}

void EvaluateView::storeOptimizationRun(int revisionId, const QList<const EvalRun *> &parts)
{
    if (parts.isEmpty() || parts.constFirst()->cells.isEmpty())
        return;
    EvalRun run = *parts.constFirst();
    run.id = m_documents->document().newRunId();
    run.revisionId = revisionId;
    run.label = versionTitle(revisionId);
    for (qsizetype i = 1; i < parts.size(); ++i)
        run.cells += parts.at(i)->cells;
    m_documents->putRun(run);
}

namespace {

QString percentText(double score)
{
    return EvaluateView::tr("%1 %").arg(qRound(score * 100));
}

} // namespace

void EvaluateView::onOptimizeFinished(const QString &problem)
{
    updateActions();
    emit runningChanged();
    const Optimizer *optimizer = m_optimizeRunner->optimizer();
    if (m_optimizationAbandoned)
        return;
    if (!problem.isEmpty()) {
        m_optimizePanel->finish(nullptr, problem, false);
        emit failed(tr("The optimization could not start."), problem);
        return;
    }
    if (!optimizer) {
        m_optimizePanel->finish(nullptr, tr("Canceled before anything ran."), false);
        return;
    }
    const OptimizerReport &report = optimizer->report();
    const int winnerId = recordCandidates();
    // The outputs the search got, beside each other in the results: original and winner.
    QList<const EvalRun *> originalRuns {&optimizer->candidates().constFirst().trainingRun};
    if (report.originalHeldOut)
        originalRuns.append(&report.originalHeldOut->run);
    storeOptimizationRun(m_optimizedRevision, originalRuns);
    if (winnerId != 0) {
        QList<const EvalRun *> winnerRuns {&optimizer->candidates().at(report.winner).trainingRun};
        if (report.winnerHeldOut)
            winnerRuns.append(&report.winnerHeldOut->run);
        storeOptimizationRun(winnerId, winnerRuns);
    }
    setVersions(winnerId != 0 ? QList<int> {m_optimizedRevision, winnerId} : QList<int> {m_optimizedRevision});
    const OptimizerCandidate &original = optimizer->candidates().constFirst();
    const OptimizerCandidate &winner = optimizer->candidates().at(report.winner);
    QStringList lines {report.stopMessage};
    QStringList summary;
    if (winnerId == 0) {
        lines.append(tr("No candidate beat the original on the training cases (%1): nothing to offer.")
                         .arg(percentText(original.trainingScore)));
    } else {
        lines.append(tr("The winner, round %1 candidate %2, scores %3 on the training cases (the original %4).")
                         .arg(winner.round)
                         .arg(winner.indexInRound + 1)
                         .arg(percentText(winner.trainingScore), percentText(original.trainingScore)));
        summary.append(tr("Round %1, candidate %2").arg(winner.round).arg(winner.indexInRound + 1));
        summary.append(
            tr("training %1 (original %2)").arg(percentText(winner.trainingScore), percentText(original.trainingScore)));
    }
    if (report.originalHeldOut && report.winnerHeldOut && winnerId != 0) {
        lines.append(tr("On the %n held-out case(s) it never saw: %1, the original %2.", nullptr, report.winnerHeldOut->total)
                         .arg(percentText(report.winnerHeldOut->score), percentText(report.originalHeldOut->score)));
        summary.append(tr("held-out %1 (original %2)")
                           .arg(percentText(report.winnerHeldOut->score), percentText(report.originalHeldOut->score)));
    }
    lines += report.notes;
    const QLocale locale;
    summary.append(tr("%1 tokens").arg(locale.toString(report.usage.inputTokens + report.usage.outputTokens)));
    m_optimizePanel->finish(optimizer, lines.join(QLatin1Char(' ')), winnerId != 0);
    if (report.stop == OptimizerReport::Stop::Failed)
        emit failed(tr("The optimization stopped."), report.stopMessage);
    if (winnerId != 0)
        emit winnerOffered(winnerId, summary.join(QStringLiteral(" · ")));
    else
        emit statusMessage(tr("Optimization finished: the original stays."), 5000);
}

void EvaluateView::leaveRun()
{
    if (!isRunning())
        return;
    if (m_runner->mode() == EvalRunner::Mode::Live) {
        cancelRun();
        return;
    }
    m_storeTimer.stop();
    storeRunnerRuns();
    m_runner->abandon();
    m_activeRuns.clear();
    m_activeColumns.clear();
    updateActions();
    emit runningChanged();
}

void EvaluateView::updateProgress()
{
    const RunProgress progress = m_runner->progress();
    const bool running = isRunning();
    // A widget on a tool bar shows and hides through its action.
    m_progressShown->setVisible(running || progress.total > 0);
    m_progress->setRange(0, std::max(1, progress.total));
    m_progress->setValue(progress.done);
    m_progress->setFormat(tr("%1 of %2").arg(progress.done).arg(progress.total));
    m_progressText->setVisible(running || progress.total > 0);
    if (!running && progress.total == 0) {
        m_progressText->clear();
        return;
    }
    const QLocale locale;
    QStringList parts;
    parts.append(tr("%n passed", nullptr, progress.passed));
    if (progress.failed > 0)
        parts.append(tr("%n error(s)", nullptr, progress.failed));
    if (running && m_runner->mode() == EvalRunner::Mode::Batch)
        parts.append(batchProgressText());
    else if (running && progress.remainingMs >= 0)
        parts.append(tr("about %1 s left").arg(locale.toString((progress.remainingMs + 999) / 1000)));
    parts.append(tr("%1 tokens").arg(locale.toString(progress.usage.inputTokens + progress.usage.outputTokens)));
    parts.append(progress.costComplete ? tr("≈ $%1 (estimate)").arg(progress.costUsd, 0, 'f', 4)
                                       : tr("≈ $%1 (estimate; some models have no price)").arg(progress.costUsd, 0, 'f', 4));
    if (!m_runNote.isEmpty())
        parts.append(m_runNote);
    m_progressText->setText(parts.join(QStringLiteral(" · ")));
}

QString EvaluateView::batchProgressText() const
{
    if (m_runner->isReadingBatchResults())
        return tr("reading the batch results");
    if (!m_runner->hasBatches() || !m_lastBatchCheck.isValid())
        return tr("sending the batch");
    const BatchStatus counts = m_runner->batchTotals();
    QStringList parts {tr("batch: %1 processing, %2 succeeded").arg(counts.processing).arg(counts.succeeded)};
    if (counts.errored > 0)
        parts.append(tr("%1 errored").arg(counts.errored));
    if (counts.canceled > 0)
        parts.append(tr("%1 canceled").arg(counts.canceled));
    if (counts.expired > 0)
        parts.append(tr("%1 expired").arg(counts.expired));
    return tr("%1 (the provider was last asked at %2)")
        .arg(parts.join(QStringLiteral(", ")), QLocale().toString(m_lastBatchCheck, QLocale::ShortFormat));
}

void EvaluateView::offerResume()
{
    // Batches still at the provider are continued by themselves: they go as one batch run, the rest live.
    QList<RunRequest> batchRequests;
    QList<RunRequest> liveRequests;
    int missing = 0;
    for (const EvalRun &run : m_documents->runs()) {
        const int pending = int(std::count_if(run.cells.cbegin(), run.cells.cend(),
            [](const CellResult &cell) { return cell.status == CellResult::Status::Pending; }));
        const std::optional<Prompt> prompt = promptOf(run.revisionId);
        if (pending == 0 || !prompt)
            continue;
        missing += pending;
        (run.batch ? batchRequests : liveRequests).append({run, *prompt, m_cases->cases()});
    }
    const bool batch = !batchRequests.isEmpty();
    const QList<RunRequest> requests = batch ? batchRequests : liveRequests;
    if (requests.isEmpty())
        return;
    const auto answer = batch
        ? MessageBox::warning(this, tr("Continue the Batch Run?"),
            tr("%n result(s) of a batch run are missing: its batches may still be running at the provider. Continue "
               "the run now? Its batches are read, not sent again.",
                nullptr, missing),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        : MessageBox::warning(this, tr("Resume the Evaluation?"),
            tr("%n result(s) are missing: Promptwerk stopped while the evaluation ran. Run the missing cells now?", nullptr,
                missing),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    QList<int> shown = versions();
    QList<int> columns;
    for (const RunRequest &request : std::as_const(requests)) {
        if (!shown.contains(request.run.revisionId))
            shown.append(request.run.revisionId);
        columns.append(int(shown.indexOf(request.run.revisionId)));
    }
    m_chosenVersions = shown;
    rebuildColumns();
    startRequests(requests, columns, batch ? EvalRunner::Mode::Batch : EvalRunner::Mode::Live);
}

} // namespace pw
