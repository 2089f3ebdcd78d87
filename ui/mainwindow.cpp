#include "mainwindow.h"

#include "comparearea.h"
#include "documentcontroller.h"
#include "findingslist.h"
#include "generatedialog.h"
#include "messagebanner.h"
#include "messagelisteditor.h"
#include "modelcombobox.h"
#include "prompteditor.h"
#include "promptworkspace.h"
#include "runpanel.h"
#include "settingsdialog.h"
#include "variabletable.h"
#include "workbenchcontroller.h"

#include "analysis/checks.h"
#include "catalog/modelcatalog.h"
#include "document/documentfile.h"
#include "prompt/promptjson.h"
#include "prompt/variables.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pw {

namespace {

// Long enough not to run between two keystrokes, short enough to feel live.
constexpr int analysisDelayMs = 300;
// A list longer than this helps nobody and costs the GUI thread (list items,
// underlines): the window shows the first ones and says how many more there are.
constexpr qsizetype shownFindingsLimit = 500;

PromptAnalysis analysePrompt(const Prompt &prompt, const VariableValues &values, const QString &targetModel, quint64 revision)
{
    PromptAnalysis analysis;
    analysis.revision = revision;
    QHash<QString, qsizetype> indexOfName;
    for (const VariableOccurrence &occurrence : scanVariables(prompt)) {
        const auto known = indexOfName.constFind(occurrence.name);
        if (known == indexOfName.constEnd()) {
            indexOfName.insert(occurrence.name, analysis.variables.size());
            analysis.variables.append(occurrence.name);
            analysis.uses.append(1);
        } else {
            ++analysis.uses[*known];
        }
    }
    // A blank prompt (a new document) is not a mistake to flag in red; the
    // tools refuse it with their own message if run on it.
    if (prompt.isEmpty())
        return analysis;
    CheckOptions options;
    options.targetModel = targetModel;
    options.testValues = &values;
    analysis.findings = checkPrompt(prompt, options);
    if (analysis.findings.size() > shownFindingsLimit) {
        const int hidden = int(analysis.findings.size() - shownFindingsLimit);
        analysis.findings.resize(shownFindingsLimit);
        analysis.findings.append({Severity::Info, Location::prompt(),
            MainWindow::tr("%n more finding(s) not shown; promptwerk-cli lint lists them all.", nullptr, hidden),
            QStringLiteral("findings-not-shown")});
    }
    return analysis;
}

QString runTitle(Tool tool)
{
    switch (tool) {
    case Tool::Generate:
        return MainWindow::tr("Generating a prompt…");
    case Tool::Improve:
        return MainWindow::tr("Improving the prompt…");
    case Tool::Templatize:
        break;
    }
    return MainWindow::tr("Templatizing the prompt…");
}

QString resultTitle(Tool tool)
{
    switch (tool) {
    case Tool::Generate:
        return MainWindow::tr("Generated prompt");
    case Tool::Improve:
        return MainWindow::tr("Improved prompt");
    case Tool::Templatize:
        break;
    }
    return MainWindow::tr("Templatized prompt");
}

QString toolLabel(Tool tool)
{
    switch (tool) {
    case Tool::Generate:
        return MainWindow::tr("Generate");
    case Tool::Improve:
        return MainWindow::tr("Improve");
    case Tool::Templatize:
        break;
    }
    return MainWindow::tr("Templatize");
}

Origin originOf(Tool tool)
{
    switch (tool) {
    case Tool::Generate:
        return Origin::Generated;
    case Tool::Improve:
        return Origin::Improved;
    case Tool::Templatize:
        break;
    }
    return Origin::Templatized;
}

QString engineToolTip(const QString &engine)
{
    if (engine == QLatin1String("claude"))
        return MainWindow::tr("Claude through the Messages API (needs an Anthropic API key)");
    if (engine == QLatin1String("prompt-tools"))
        return MainWindow::tr("A server that speaks the prompt-tools protocol");
    if (engine == QLatin1String("openai"))
        return MainWindow::tr("An OpenAI-compatible server: Ollama, llama.cpp, LM Studio, vLLM, OpenAI");
    return MainWindow::tr("Offline, on this computer: templatize and checks only");
}

QString usageText(const Usage &usage)
{
    const QLocale locale;
    return MainWindow::tr("%1 in · %2 out").arg(locale.toString(usage.inputTokens), locale.toString(usage.outputTokens));
}

// A hint that takes only the room left over and shows only when it fits
// whole: never widens the editors, never shows half a sentence.
class HintLabel : public QLabel
{
public:
    HintLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
    {
        setMinimumWidth(1);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (fontMetrics().horizontalAdvance(text()) <= contentsRect().width())
            QLabel::paintEvent(event);
    }
};

QLabel *sectionLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(buddy);
    return label;
}

QWidget *section(QLabel *label, QWidget *content, QWidget *parent, QWidget *headerExtra = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    if (headerExtra) {
        auto *header = new QHBoxLayout;
        header->addWidget(label);
        header->addWidget(headerExtra, 1);
        layout->addLayout(header);
    } else {
        layout->addWidget(label);
    }
    layout->addWidget(content, 1);
    return box;
}

} // namespace

MainWindow::MainWindow(const WorkbenchContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_workspace(new PromptWorkspace(this)),
      m_controller(new WorkbenchController(context, this)), m_catalog(new ModelCatalog(context.modelCacheDirectory, this)),
      m_documents(new DocumentController(this, context.settings))
{
    setWindowTitle(tr("Untitled[*] — Promptwerk"));
    createActions();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 0);
    m_banner = new MessageBanner(central);
    layout->addWidget(m_banner);

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(createEditors());
    m_rightSide = new QStackedWidget(m_mainSplitter);
    m_runPanel = new RunPanel(m_rightSide);
    m_runPanel->setCancelAction(action(ActionId::Cancel));
    m_compare = new CompareArea(m_rightSide);
    m_compare->setActions(action(ActionId::Accept), action(ActionId::Reject));
    connect(m_compare, &CompareArea::variableActivated, this, &MainWindow::jumpToVariable);
    m_rightSide->addWidget(m_runPanel);
    m_rightSide->addWidget(m_compare);
    m_rightSide->hide();
    m_mainSplitter->addWidget(m_rightSide);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    createDock();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_workspace, &PromptWorkspace::changed, this, &MainWindow::scheduleAnalysis);
    connect(m_workspace, &PromptWorkspace::documentsReplaced, this,
        [this] { m_systemEditor->setPromptDocument(m_workspace->systemDocument()); });
    m_systemEditor->setPromptDocument(m_workspace->systemDocument());

    m_analysisTimer.setSingleShot(true);
    m_analysisTimer.setInterval(analysisDelayMs);
    connect(&m_analysisTimer, &QTimer::timeout, this, &MainWindow::startAnalysis);
    connect(&m_analysisWatcher, &QFutureWatcher<PromptAnalysis>::finished, this,
        [this] { applyAnalysis(m_analysisWatcher.result()); });

    connect(m_controller, &WorkbenchController::busyChanged, this, &MainWindow::updateActions);
    connect(m_controller, &WorkbenchController::preparing, m_runPanel, &RunPanel::setStatus);
    connect(m_controller, &WorkbenchController::runStarted, this, &MainWindow::onRunStarted);
    connect(m_controller, &WorkbenchController::succeeded, this, &MainWindow::onSucceeded);
    connect(m_controller, &WorkbenchController::failed, this, &MainWindow::onFailed);
    connect(m_controller, &WorkbenchController::engineChanged, this, &MainWindow::onEngineChanged);
    connect(m_catalog, &ModelCatalog::modelsChanged, this, [this] {
        m_modelBox->setModels(m_catalog->models(m_controller->engineConfig(m_controller->engine())));
        m_modelBox->setToolTip(tr("The model the prompt is written for. Any model id can be typed."));
    });
    connect(m_catalog, &ModelCatalog::refreshFailed, this, [this](const QString &message) {
        m_modelBox->setToolTip(
            tr("The model the prompt is written for. Any model id can be typed.\n%1\nShowing the models known before.")
                .arg(message));
    });

    setPrompt(Prompt {{}, {Message::user({})}});
    onEngineChanged();
    updateActions();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // A check may still be running on the thread pool; its result is not wanted.
    m_analysisWatcher.disconnect(this);
    m_analysisWatcher.waitForFinished();
}

void MainWindow::createActions()
{
    auto add = [this](ActionId id, const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(id, action);
        return action;
    };
    m_actions.insert(ActionId::Open, m_documents->openAction());
    m_actions.insert(ActionId::Save, m_documents->saveAction());
    m_actions.insert(ActionId::SaveAs, m_documents->saveAsAction());

    QAction *undo = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions.insert(ActionId::Undo, undo);
    QAction *redo = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_actions.insert(ActionId::Redo, redo);

    add(ActionId::Settings, tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::openSettings);

    QAction *generate = add(ActionId::Generate, tr("&Generate…"), QKeySequence(Qt::CTRL | Qt::Key_G), &MainWindow::askForTask);
    generate->setToolTip(
        tr("Write a new prompt from a task description (%1)").arg(generate->shortcut().toString(QKeySequence::NativeText)));
    QAction *improve
        = add(ActionId::Improve, tr("&Improve"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { startTool(Tool::Improve); });
    improve->setToolTip(tr("Rewrite the prompt along best practice and your feedback (%1)")
                            .arg(improve->shortcut().toString(QKeySequence::NativeText)));
    QAction *templatize = add(
        ActionId::Templatize, tr("&Templatize"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { startTool(Tool::Templatize); });
    templatize->setToolTip(tr("Replace the concrete values in the prompt by {{VARIABLES}} (%1)")
                               .arg(templatize->shortcut().toString(QKeySequence::NativeText)));
    QAction *cancel = add(ActionId::Cancel, tr("&Cancel Run"), QKeySequence(Qt::Key_Escape), [this] { m_controller->cancel(); });
    cancel->setToolTip(tr("Stop the running tool (Esc)"));
    add(ActionId::Accept, tr("&Accept Result"), QKeySequence(Qt::CTRL | Qt::Key_Return), &MainWindow::acceptResult);
    // Not Ctrl+Backspace: in a text editor that deletes a word, and a slip would throw the result away.
    add(ActionId::Reject, tr("&Reject Result"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace),
        &MainWindow::rejectResult);
    add(ActionId::Retry, tr("Re&try"), QKeySequence(), [this] {
        m_banner->dismiss();
        if (m_controller->canRetry()) {
            showRightSide(m_runPanel);
            m_runPanel->begin(runTitle(m_controller->lastRequest().tool));
            m_pendingResult.reset();
            m_controller->retry();
        }
    });
}

QWidget *MainWindow::createEditors()
{
    m_editorSplitter = new QSplitter(Qt::Vertical);
    m_editorSplitter->setChildrenCollapsible(false);

    m_systemEditor = new PromptEditor(m_editorSplitter);
    m_systemEditor->setPlaceholderText(tr("Optional: who the model is, the rules it follows, the context it needs."));
    m_systemEditor->setAccessibleName(tr("System prompt"));
    m_systemEditor->setUndoActions(action(ActionId::Undo), action(ActionId::Redo));
    m_editorSplitter->addWidget(
        section(sectionLabel(tr("&System prompt"), m_systemEditor, m_editorSplitter), m_systemEditor, m_editorSplitter));

    m_messages = new MessageListEditor(m_workspace, m_editorSplitter);
    m_messages->setUndoActions(action(ActionId::Undo), action(ActionId::Redo));
    auto *messagesLabel = sectionLabel(tr("&Messages"), m_messages, m_editorSplitter);
    auto *messagesHint = new HintLabel(tr("%1 add · %2 remove · %3 role")
                                           .arg(m_messages->addMessageAction()->shortcut().toString(QKeySequence::NativeText),
                                               m_messages->removeMessageAction()->shortcut().toString(QKeySequence::NativeText),
                                               m_messages->toggleRoleAction()->shortcut().toString(QKeySequence::NativeText)),
        m_editorSplitter);
    messagesHint->setToolTip(tr("Move the current message with %1 and %2.")
                                 .arg(m_messages->moveUpAction()->shortcut().toString(QKeySequence::NativeText),
                                     m_messages->moveDownAction()->shortcut().toString(QKeySequence::NativeText)));
    messagesHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    messagesHint->setForegroundRole(QPalette::PlaceholderText);
    m_editorSplitter->addWidget(section(messagesLabel, m_messages, m_editorSplitter, messagesHint));

    m_feedback = new QPlainTextEdit(m_editorSplitter);
    m_feedback->setPlaceholderText(
        tr("Optional: what Improve should change, e.g. “Make the answers shorter and add an example.”"));
    m_feedback->setTabChangesFocus(true);
    m_feedback->setAccessibleName(tr("Feedback for Improve"));
    m_editorSplitter->addWidget(
        section(sectionLabel(tr("&Feedback for Improve"), m_feedback, m_editorSplitter), m_feedback, m_editorSplitter));

    m_editorSplitter->setStretchFactor(0, 3);
    m_editorSplitter->setStretchFactor(1, 5);
    m_editorSplitter->setStretchFactor(2, 1);
    m_editorSplitter->setSizes({210, 480, 70});
    return m_editorSplitter;
}

void MainWindow::createDock()
{
    auto *dock = new QDockWidget(tr("Variables and Checks"), this);
    dock->setObjectName(QStringLiteral("variablesDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto *splitter = new QSplitter(Qt::Horizontal, dock);
    splitter->setChildrenCollapsible(false);
    m_variables = new VariableTable(m_workspace, splitter);
    m_findings = new FindingsList(m_workspace, splitter);
    splitter->addWidget(m_variables);
    splitter->addWidget(m_findings);
    splitter->setSizes({500, 500});
    dock->setWidget(splitter);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {190}, Qt::Vertical);
    connect(m_findings, &FindingsList::findingActivated, this, &MainWindow::jumpToFinding);
    connect(m_variables, &VariableTable::variableActivated, this, &MainWindow::jumpToVariable);
    addDockWidget(Qt::RightDockWidgetArea, m_documents->historyDock());
    // Narrow by default so the comparison gets the room; wider on demand.
    resizeDocks({m_documents->historyDock()}, {fontMetrics().averageCharWidth() * 40}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_documents->fillFileMenu(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(ActionId::Undo));
    edit->addAction(action(ActionId::Redo));
    edit->addSeparator();
    edit->addAction(action(ActionId::Settings));

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message->addAction(m_messages->addMessageAction());
    message->addAction(m_messages->removeMessageAction());
    message->addSeparator();
    message->addAction(m_messages->moveUpAction());
    message->addAction(m_messages->moveDownAction());
    message->addAction(m_messages->toggleRoleAction());

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(action(ActionId::Generate));
    tools->addAction(action(ActionId::Improve));
    tools->addAction(action(ActionId::Templatize));
    tools->addAction(action(ActionId::Cancel));
    tools->addSeparator();
    tools->addAction(action(ActionId::Accept));
    tools->addAction(action(ActionId::Reject));
    tools->addAction(action(ActionId::Retry));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto addFocus = [this, view](const QString &text, const QKeySequence &shortcut, auto focus) {
        QAction *a = view->addAction(text, this, focus);
        a->setShortcut(shortcut);
    };
    addFocus(tr("Go to &System Prompt"), QKeySequence(Qt::CTRL | Qt::Key_1),
        [this] { m_systemEditor->setFocus(Qt::ShortcutFocusReason); });
    addFocus(tr("Go to &Messages"), QKeySequence(Qt::CTRL | Qt::Key_2),
        [this] { m_messages->setCurrentIndex(qMax(0, m_messages->currentIndex())); });
    addFocus(
        tr("Go to &Feedback"), QKeySequence(Qt::CTRL | Qt::Key_3), [this] { m_feedback->setFocus(Qt::ShortcutFocusReason); });
    addFocus(
        tr("Go to &Variables"), QKeySequence(Qt::CTRL | Qt::Key_4), [this] { m_variables->setFocus(Qt::ShortcutFocusReason); });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Promptwerk"), this, [this] {
        QMessageBox::about(this, tr("About Promptwerk"),
            tr("<b>Promptwerk %1</b><p>A workbench for prompt authors: write, generate, improve and templatize "
               "prompts on any model, and compare before and after.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Tools"));
    bar->setObjectName(QStringLiteral("toolsToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(action(ActionId::Generate));
    bar->addAction(action(ActionId::Improve));
    bar->addAction(action(ActionId::Templatize));
    bar->addAction(action(ActionId::Cancel));
    bar->addSeparator();

    auto *engineLabel = new QLabel(tr("&Engine:"), bar);
    m_engineBox = new QComboBox(bar);
    for (const QString &engine : engineNames()) {
        m_engineBox->addItem(engine);
        m_engineBox->setItemData(m_engineBox->count() - 1, engineToolTip(engine), Qt::ToolTipRole);
    }
    m_engineBox->setCurrentText(m_controller->engine());
    m_engineBox->setToolTip(tr("Where the tools run"));
    engineLabel->setBuddy(m_engineBox);
    connect(m_engineBox, &QComboBox::currentTextChanged, m_controller, &WorkbenchController::setEngine);
    bar->addWidget(engineLabel);
    bar->addWidget(m_engineBox);

    auto *modelLabel = new QLabel(tr("Target &model:"), bar);
    m_modelBox = new ModelComboBox(bar);
    m_modelBox->lineEdit()->setPlaceholderText(tr("any model"));
    m_modelBox->setToolTip(tr("The model the prompt is written for. Any model id can be typed."));
    m_modelBox->setModelId(m_controller->targetModel());
    modelLabel->setBuddy(m_modelBox);
    connect(m_modelBox, &QComboBox::currentTextChanged, this, [this] {
        m_controller->setTargetModel(m_modelBox->modelId());
        scheduleAnalysis(); // the prefill check depends on the target model
    });
    bar->addSeparator();
    bar->addWidget(modelLabel);
    bar->addWidget(m_modelBox);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(action(ActionId::Settings));
    for (QWidget *widget : {static_cast<QWidget *>(engineLabel), static_cast<QWidget *>(modelLabel)})
        widget->setContentsMargins(6, 0, 4, 0);
}

void MainWindow::createStatusBar()
{
    auto makeField = [this](const QString &toolTip) {
        auto *label = new QLabel(this);
        label->setToolTip(toolTip);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_statusEngine = makeField(tr("The engine the tools run on"));
    m_statusModel = makeField(tr("The model that runs the tools"));
    m_statusUsage = makeField(tr("Tokens of the last run"));
    m_statusRequest = makeField(tr("The request id of the last answer, for support"));
    updateStatusBar();
}

void MainWindow::restoreWindowState()
{
    QSettings *settings = m_context.settings;
    resize(1280, 820);
    restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    m_editorSplitter->restoreState(settings->value(QStringLiteral("window/editorSplitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->confirmClose()) {
        event->ignore();
        return;
    }
    m_controller->cancel();
    QSettings *settings = m_context.settings;
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), saveState());
    settings->setValue(QStringLiteral("window/editorSplitter"), m_editorSplitter->saveState());
    QMainWindow::closeEvent(event);
}

QStringList MainWindow::statusFields() const
{
    return {m_statusEngine->text(), m_statusModel->text(), m_statusUsage->text(), m_statusRequest->text()};
}

// --- running tools ---------------------------------------------------------

void MainWindow::askForTask()
{
    auto *dialog = new GenerateDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTask(m_lastTask);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runGenerate(dialog->task()); });
    dialog->open();
}

void MainWindow::runGenerate(const QString &task)
{
    m_lastTask = task;
    m_documents->recordTypedEdits();
    ToolRequest request;
    request.tool = Tool::Generate;
    request.task = task;
    request.targetModel = m_modelBox->modelId();
    m_pendingRequest = request;
    m_pendingResult.reset();
    m_banner->dismiss();
    showRightSide(m_runPanel);
    m_runPanel->begin(runTitle(Tool::Generate));
    m_controller->start(request);
}

void MainWindow::startTool(Tool tool)
{
    if (m_controller->isBusy())
        return;
    m_documents->recordTypedEdits();
    ToolRequest request;
    request.tool = tool;
    request.prompt = m_workspace->prompt();
    request.targetModel = m_modelBox->modelId();
    if (tool == Tool::Improve)
        request.feedback = m_feedback->toPlainText().trimmed();
    m_pendingResult.reset();
    m_banner->dismiss();
    showRightSide(m_runPanel);
    m_runPanel->begin(runTitle(tool));
    m_controller->start(request);
}

void MainWindow::onRunStarted(ToolRun *run)
{
    m_pendingRequest = run->request();
    connect(run, &ToolRun::textReceived, m_runPanel, &RunPanel::appendText);
    connect(run, &ToolRun::textCleared, m_runPanel, &RunPanel::clearText);
    connect(run, &ToolRun::usageChanged, m_runPanel, &RunPanel::setUsage);
    connect(run, &ToolRun::statusChanged, m_runPanel, &RunPanel::setStatus);
}

void MainWindow::onSucceeded(const ToolResult &result)
{
    m_runPanel->end();
    m_pendingResult = result;
    const EngineConfig &config = m_controller->lastConfig();
    QStringList summary {config.engine};
    if (!config.toolModel.isEmpty() && config.engine != QLatin1String("local") && config.engine != QLatin1String("prompt-tools"))
        summary.append(config.toolModel);
    // The local engine spends no tokens: saying "0 in · 0 out" would only be noise.
    const bool spentTokens = result.usage.inputTokens > 0 || result.usage.outputTokens > 0;
    if (spentTokens)
        summary.append(usageText(result.usage));
    summary.append(m_runPanel->elapsedText());
    m_compare->showResult(
        resultTitle(m_pendingRequest.tool), summary.join(QStringLiteral(" · ")), m_pendingRequest.prompt, result);
    showRightSide(m_compare);
    m_statusUsage->setText(spentTokens ? tr("Last run: %1").arg(usageText(result.usage)) : tr("Last run: no tokens"));
    m_statusRequest->setText(result.requestId.isEmpty() ? QString() : tr("Request %1").arg(result.requestId));
    statusBar()->showMessage(
        tr("%1 finished: accept the result (%2) or reject it (%3).")
            .arg(toolLabel(m_pendingRequest.tool), action(ActionId::Accept)->shortcut().toString(QKeySequence::NativeText),
                action(ActionId::Reject)->shortcut().toString(QKeySequence::NativeText)),
        8000);
    updateActions();
}

void MainWindow::onFailed(const ToolError &error, bool settingsProblem)
{
    m_runPanel->end();
    hideRightSide();
    if (!error.requestId.isEmpty())
        m_statusRequest->setText(tr("Request %1").arg(error.requestId));
    if (error.kind == ToolError::Kind::Canceled) {
        statusBar()->showMessage(tr("%1 canceled.").arg(toolLabel(m_pendingRequest.tool)), 5000);
        return;
    }
    QStringList details;
    if (error.httpStatus > 0)
        details.append(error.errorType.isEmpty() ? tr("HTTP %1").arg(error.httpStatus)
                                                 : tr("HTTP %1 %2").arg(error.httpStatus).arg(error.errorType));
    if (!error.requestId.isEmpty())
        details.append(tr("Request ID: %1").arg(error.requestId));
    for (const Diagnostic &detail : error.details.mid(0, 3))
        details.append(detail.toString());
    QList<QAction *> actions;
    if (settingsProblem || error.isAuthentication())
        actions.append(action(ActionId::Settings));
    if (error.kind != ToolError::Kind::Unsupported)
        actions.append(action(ActionId::Retry));
    m_banner->showMessage(MessageBanner::Type::Error,
        tr("%1 failed: %2").arg(toolLabel(m_controller->lastRequest().tool), error.message), details.join(QStringLiteral(" · ")),
        actions);
    updateActions();
}

void MainWindow::acceptResult()
{
    if (!m_pendingResult)
        return;
    const ToolResult result = *m_pendingResult;
    const ToolRequest &request = m_pendingRequest;
    VariableValues values = m_workspace->values();
    if (result.hasVariableValues) {
        for (auto it = result.variableValues.constBegin(); it != result.variableValues.constEnd(); ++it)
            values.insert(it.key(), it.value());
    }

    // The history keeps what was there before and what the tool made.
    Revision revision;
    revision.prompt = result.prompt;
    revision.values = values;
    revision.origin = originOf(request.tool);
    revision.engine = m_controller->lastConfig().engine;
    revision.toolModel = m_controller->lastConfig().toolModel;
    revision.targetModel = request.targetModel;
    revision.feedback = request.feedback;
    revision.task = request.task;
    revision.usage = result.usage;
    m_documents->recordToolResult(revision);

    m_workspace->applyPrompt(result.prompt, values, tr("Accept %1 Result").arg(toolLabel(request.tool)));
    m_pendingResult.reset();
    hideRightSide();
    statusBar()->showMessage(tr("Result applied. %1 brings the previous prompt back.")
                                 .arg(action(ActionId::Undo)->shortcut().toString(QKeySequence::NativeText)),
        8000);
    updateActions();
}

void MainWindow::rejectResult()
{
    if (!m_pendingResult)
        return;
    m_pendingResult.reset();
    hideRightSide();
    statusBar()->showMessage(tr("Result discarded."), 5000);
    updateActions();
}

void MainWindow::showRightSide(QWidget *page)
{
    m_rightSide->setCurrentWidget(page);
    if (m_rightSide->isHidden()) {
        m_rightSide->show();
        // The comparison shows two panes side by side: give it three fifths.
        const int width = m_mainSplitter->width();
        m_mainSplitter->setSizes({width * 2 / 5, width - width * 2 / 5});
    }
}

void MainWindow::hideRightSide()
{
    m_rightSide->hide();
}

void MainWindow::updateActions()
{
    const bool busy = m_controller->isBusy();
    const bool local = m_controller->engine() == QLatin1String("local");
    action(ActionId::Generate)->setEnabled(!busy && !local);
    action(ActionId::Improve)->setEnabled(!busy && !local);
    action(ActionId::Templatize)->setEnabled(!busy);
    action(ActionId::Cancel)->setEnabled(busy);
    action(ActionId::Accept)->setEnabled(!busy && m_pendingResult.has_value());
    action(ActionId::Reject)->setEnabled(!busy && m_pendingResult.has_value());
    action(ActionId::Retry)->setEnabled(m_controller->canRetry());
    const QString why = tr("The local engine works offline: choose claude, prompt-tools or openai to generate or improve.");
    action(ActionId::Generate)->setStatusTip(local ? why : QString());
    action(ActionId::Improve)->setStatusTip(local ? why : QString());
}

// --- settings, engines, models ------------------------------------------------

void MainWindow::openSettings()
{
    m_banner->dismiss();
    auto *dialog = new SettingsDialog(&m_controller->settings(), m_controller->secrets(), m_controller->environment(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectEngine(m_controller->engine());
    connect(dialog, &SettingsDialog::saved, this, [this] {
        updateStatusBar();
        refreshModels();
        statusBar()->showMessage(tr("Settings saved."), 4000);
    });
    dialog->open();
}

void MainWindow::onEngineChanged()
{
    const QSignalBlocker blocker(m_engineBox);
    m_engineBox->setCurrentText(m_controller->engine());
    m_modelBox->setModels(m_catalog->models(m_controller->engineConfig(m_controller->engine())));
    updateStatusBar();
    updateActions();
    refreshModels();
}

void MainWindow::refreshModels()
{
    m_modelBox->setModels(m_catalog->models(m_controller->engineConfig(m_controller->engine())));
    m_controller->resolveConfig(m_controller->engine(), this, [this](const EngineConfig &config, const QString &error) {
        if (error.isEmpty())
            m_catalog->refresh(config);
    });
}

void MainWindow::updateStatusBar()
{
    const QString engine = m_controller->engine();
    m_statusEngine->setText(tr("Engine: %1").arg(engine));
    QString error;
    const EngineConfig config = m_controller->engineConfig(engine, &error);
    if (engine == QLatin1String("local"))
        m_statusModel->setText(tr("offline"));
    else if (engine == QLatin1String("prompt-tools"))
        m_statusModel->setText(tr("Tool model: the server's"));
    else
        m_statusModel->setText(tr("Tool model: %1").arg(config.toolModel));
    m_statusModel->setToolTip(error.isEmpty() ? tr("The model that runs the tools") : error);
    if (m_statusUsage->text().isEmpty())
        m_statusUsage->setText(tr("No run yet"));
}

// --- checks and variables -----------------------------------------------------

void MainWindow::scheduleAnalysis()
{
    m_analysisTimer.start();
}

void MainWindow::startAnalysis()
{
    if (m_analysisWatcher.isRunning()) {
        // One at a time; look again once this one is done.
        m_analysisTimer.start();
        return;
    }
    m_analysisWatcher.setFuture(QtConcurrent::run(
        analysePrompt, m_workspace->prompt(), m_workspace->values(), m_modelBox->modelId(), m_workspace->revision()));
}

void MainWindow::applyAnalysis(const PromptAnalysis &analysis)
{
    if (analysis.revision != m_workspace->revision()) {
        // Typed on meanwhile: the offsets would be off. The timer is already running again.
        if (!m_analysisTimer.isActive())
            m_analysisTimer.start();
        return;
    }
    m_analysis = analysis;
    m_variables->setVariables(analysis.variables, analysis.uses);
    m_findings->setFindings(analysis.findings);

    QList<EditorMarker> systemMarkers;
    QList<QList<EditorMarker>> messageMarkers(m_messages->count());
    for (const Diagnostic &finding : analysis.findings) {
        const Location &where = finding.location;
        if (where.offset < 0)
            continue;
        const EditorMarker marker {where.offset, 0, finding.severity, finding.message};
        if (where.section == Location::Section::System)
            systemMarkers.append(marker);
        else if (where.section == Location::Section::Message && where.message >= 0 && where.message < messageMarkers.size())
            messageMarkers[where.message].append(marker);
    }
    m_systemEditor->setMarkers(systemMarkers);
    for (int i = 0; i < m_messages->count(); ++i)
        m_messages->editor(i)->setMarkers(messageMarkers.at(i));
    emit analysisUpdated();
}

void MainWindow::jumpToFinding(const Diagnostic &finding)
{
    const Location &where = finding.location;
    const qsizetype offset = qMax<qsizetype>(0, where.offset);
    if (where.section == Location::Section::System) {
        m_systemEditor->jumpTo(offset);
    } else if (where.section == Location::Section::Message && where.message >= 0 && where.message < m_messages->count()) {
        m_messages->setCurrentIndex(where.message);
        m_messages->editor(where.message)->jumpTo(offset);
    }
}

void MainWindow::jumpToVariable(const QString &name)
{
    const QList<VariableOccurrence> occurrences = scanVariables(m_workspace->prompt());
    for (const VariableOccurrence &occurrence : occurrences) {
        if (occurrence.name == name) {
            jumpToFinding(Diagnostic {Severity::Info, occurrence.location, {}, {}});
            return;
        }
    }
}

// --- files ------------------------------------------------------------------

void MainWindow::setPrompt(const Prompt &prompt, const VariableValues &values)
{
    m_pendingResult.reset();
    hideRightSide();
    m_workspace->reset(prompt, values);
    m_workspace->undoStack()->setClean();
    updateActions();
}

bool MainWindow::openFile(const QString &path)
{
    return m_documents->open(path);
}

} // namespace pw
