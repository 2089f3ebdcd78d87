#include "mainwindow.h"

#include "documentcontroller.h"
#include "documentpage.h"
#include "enginechooser.h"
#include "findbar.h"
#include "findingslist.h"
#include "generatedialog.h"
#include "helpwindows.h"
#include "historypanel.h"
#include "inputtokencounter.h"
#include "prompteditor.h"
#include "promptrunpanel.h"
#include "promptworkspace.h"
#include "settingsdialog.h"
#include "variabletable.h"
#include "welcomepage.h"

#include "tools/engineregistry.h"
#include "tools/toolsession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace pw {

namespace {

// The docks keep their share of the window as it is resized: QMainWindow
// gives every change to the central widget, so a small window squeezed the
// messages to two lines while the docks kept their size, and a large one gave
// the variables no more rows. The shares are taken when the window is shown
// and whenever the user may have changed them (a separator dragged, a dock
// moved), never from sizes the layout forced on the docks in a resize.
class DockShares : public QObject
{
public:
    explicit DockShares(QMainWindow *window) : QObject(window), m_window(window)
    {
        window->installEventFilter(this);
        for (QDockWidget *dock : window->findChildren<QDockWidget *>())
            connect(dock, &QDockWidget::dockLocationChanged, this, [this] { later(&DockShares::takeShares); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_window)
            return false;
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::MouseButtonRelease: // the end of a separator drag
            later(&DockShares::takeShares);
            break;
        case QEvent::Resize:
            // Once the layout is done with it; a burst of resizes (a drag) is one step.
            if (m_window->isVisible() && !std::exchange(m_resizePending, true))
                later(&DockShares::keepShares);
            break;
        default:
            break;
        }
        return false;
    }

private:
    void later(void (DockShares::*step)()) { QMetaObject::invokeMethod(this, step, Qt::QueuedConnection); }

    bool isAcross(QDockWidget *dock) const
    {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
        return area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
    }
    qreal shareOf(QDockWidget *dock) const
    {
        return isAcross(dock) ? qreal(dock->width()) / m_window->width() : qreal(dock->height()) / m_window->height();
    }
    QList<QDockWidget *> placedDocks() const
    {
        QList<QDockWidget *> docks;
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (dock->isVisible() && !dock->isFloating())
                docks.append(dock);
        }
        return docks;
    }

    void takeShares()
    {
        for (QDockWidget *dock : placedDocks())
            m_shares.insert(dock, shareOf(dock));
    }

    void keepShares()
    {
        m_resizePending = false;
        QList<QDockWidget *> across;
        QList<int> widths;
        QList<QDockWidget *> down;
        QList<int> heights;
        // In a small window the docks give way first: the editors keep room
        // for a comfortable page (about 26 lines by 70 characters) as long as the docks can shrink.
        const QWidget *central = m_window->centralWidget();
        const QFontMetrics metrics = m_window->fontMetrics();
        int roomAcross = central->width() - metrics.averageCharWidth() * 70;
        int roomDown = central->height() - metrics.lineSpacing() * 26;
        for (QDockWidget *dock : placedDocks()) {
            if (isAcross(dock))
                roomAcross += dock->width();
            else
                roomDown += dock->height();
        }
        for (QDockWidget *dock : placedDocks()) {
            // A dock shown since the shares were taken keeps the share it has.
            const qreal share = m_shares.value(dock, shareOf(dock));
            m_shares.insert(dock, share);
            if (isAcross(dock)) {
                across.append(dock);
                widths.append(qMin(qRound(share * m_window->width()), qMax(0, roomAcross)));
            } else {
                down.append(dock);
                heights.append(qMin(qRound(share * m_window->height()), qMax(0, roomDown)));
            }
        }
        m_window->resizeDocks(down, heights, Qt::Vertical);
        m_window->resizeDocks(across, widths, Qt::Horizontal);
    }

    QMainWindow *m_window;
    QHash<QDockWidget *, qreal> m_shares;
    bool m_resizePending = false;
};

} // namespace

MainWindow::MainWindow(const WorkbenchContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_undoGroup(new QUndoGroup(this)), m_center(new QStackedWidget(this)),
      m_welcome(new WelcomePage(context.settings, m_center))
{
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_center->addWidget(m_welcome);
    setCentralWidget(m_center);
    createActions();
    m_page = new DocumentPage(context,
        {action(ActionId::Undo), action(ActionId::Redo), action(ActionId::Cancel), action(ActionId::Accept),
            action(ActionId::Reject), action(ActionId::Retry), action(ActionId::Settings), action(ActionId::RunPrompt),
            action(ActionId::Optimize)},
        this);
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    connectWelcomePage();
    showPage(m_page);
    restoreWindowState();
    new DockShares(this);
}

MainWindow::~MainWindow()
{
    // The children about to go pass the focus around; the actions must not hear of it.
    disconnect(m_focusWatch);
    disconnect(m_selectionWatch);
}

void MainWindow::showPage(DocumentPage *page)
{
    m_page = page;
    m_center->addWidget(page);
    m_center->setCurrentWidget(page);
    m_undoGroup->addStack(page->workspace()->undoStack());
    m_undoGroup->setActiveStack(page->workspace()->undoStack());
    m_variables->setVariablesModel(page->variables());
    m_findings->setFindingsModel(page->findings());
    m_history->setHistoryModel(page->history());

    connect(page, &DocumentPage::toolStateChanged, this, &MainWindow::updateActions);
    connect(page, &DocumentPage::lastRunChanged, this, &MainWindow::updateStatusBar);
    connect(page, &DocumentPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(page->documents(), &DocumentController::titleChanged, this, &MainWindow::updateTitle);
    connect(page->documents(), &DocumentController::recentFilesChanged, this, &MainWindow::fillRecentMenu);
    // What comes of a choice on the welcome page (a document, a file that cannot be read) shows on the document page,
    // as do edits made from the docks.
    connect(page->documents(), &DocumentController::loaded, this, &MainWindow::showDocument);
    connect(page->documents(), &DocumentController::failed, this, &MainWindow::showDocument);
    connect(page->workspace(), &PromptWorkspace::changed, this, &MainWindow::showDocument);
    connect(page->session(), &ToolSession::engineChanged, this, &MainWindow::onEngineChanged);
    connect(page->tokenCounter(), &InputTokenCounter::changed, this, &MainWindow::updateInputTokens);
    connect(m_findings, &FindingsList::findingActivated, page, &DocumentPage::jumpToFinding);
    connect(m_variables, &VariableTable::variableActivated, page, &DocumentPage::jumpToVariable);

    m_engines->setPage(page);
    updateTitle();
    fillRecentMenu();
    updateStatusBar();
    updateActions();
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
    add(ActionId::New, tr("&New"), QKeySequence::New, [this] { m_page->newDocument(); });
    add(ActionId::Open, tr("&Open…"), QKeySequence::Open, [this] { m_page->openDialog(); });
    add(ActionId::Save, tr("&Save"), QKeySequence::Save, [this] { m_page->save(); });
    // Spelled out: QKeySequence::SaveAs is empty on some platforms.
    add(ActionId::SaveAs, tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { m_page->saveAs(); });
    add(ActionId::Import, tr("&Import…"), QKeySequence(), [this] {
        m_page->importDialog();
    })->setToolTip(tr("Bring a prompt file into this document as a new revision"));
    add(ActionId::Export, tr("&Export…"), QKeySequence(), [this] {
        m_page->exportDialog();
    })->setToolTip(tr("Write the prompt as code or a template for another tool"));

    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions.insert(ActionId::Undo, undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_actions.insert(ActionId::Redo, redo);

    // The editors handle these keys themselves; the actions make them visible and reachable from the menu.
    auto addTextAction = [&add, this](ActionId id, const QString &text, QKeySequence::StandardKey key, const char *slot) {
        add(id, text, key, [this, slot] {
            if (m_textFocus)
                QMetaObject::invokeMethod(m_textFocus, slot);
        });
    };
    addTextAction(ActionId::Cut, tr("Cu&t"), QKeySequence::Cut, "cut");
    addTextAction(ActionId::Copy, tr("&Copy"), QKeySequence::Copy, "copy");
    addTextAction(ActionId::Paste, tr("&Paste"), QKeySequence::Paste, "paste");
    addTextAction(ActionId::SelectAll, tr("Select A&ll"), QKeySequence::SelectAll, "selectAll");
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { followFocus(now); });
    updateEditActions();

    add(ActionId::Find, tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_F),
        [this] { shownFindBar()->openFind(selectedPromptText()); });
    add(ActionId::FindNext, tr("Find &Next"), QKeySequence(Qt::Key_F3), [this] { shownFindBar()->findNext(); });
    add(ActionId::FindPrevious, tr("Find Pre&vious"), QKeySequence(Qt::SHIFT | Qt::Key_F3),
        [this] { shownFindBar()->findPrevious(); });
    add(ActionId::Replace, tr("R&eplace…"), QKeySequence(Qt::CTRL | Qt::Key_H),
        [this] { shownFindBar()->openReplace(selectedPromptText()); });

    add(ActionId::Settings, tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::openSettings);

    QAction *generate = add(ActionId::Generate, tr("&Generate…"), QKeySequence(Qt::CTRL | Qt::Key_G), &MainWindow::askForTask);
    generate->setToolTip(
        tr("Write a new prompt from a task description (%1)").arg(generate->shortcut().toString(QKeySequence::NativeText)));
    QAction *improve = add(
        ActionId::Improve, tr("&Improve"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { m_page->startTool(Tool::Improve); });
    improve->setToolTip(tr("Rewrite the prompt along best practice and your feedback (%1)")
                            .arg(improve->shortcut().toString(QKeySequence::NativeText)));
    QAction *templatize = add(ActionId::Templatize, tr("&Templatize"), QKeySequence(Qt::CTRL | Qt::Key_T),
        [this] { m_page->startTool(Tool::Templatize); });
    templatize->setToolTip(tr("Replace the concrete values in the prompt by {{VARIABLES}} (%1)")
                               .arg(templatize->shortcut().toString(QKeySequence::NativeText)));
    QAction *cancel = add(ActionId::Cancel, tr("&Cancel Run"), QKeySequence(Qt::Key_Escape), [this] { m_page->cancelRun(); });
    cancel->setToolTip(tr("Stop the running tool, prompt or evaluation (Esc)"));
    add(ActionId::Accept, tr("&Accept Result"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { m_page->acceptResult(); });
    // Not Ctrl+Backspace: in a text editor that deletes a word, and a slip would throw the result away.
    add(ActionId::Reject, tr("&Reject Result"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace),
        [this] { m_page->rejectResult(); });
    add(ActionId::Retry, tr("Retr&y"), QKeySequence(), [this] { m_page->retry(); });
    QAction *runPrompt = add(ActionId::RunPrompt, tr("Ru&n Prompt"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        m_runDock->show();
        m_runDock->raise();
        m_page->runPrompt();
    });
    runPrompt->setToolTip(tr("Send the prompt, filled with the variables' test values, to the target model (%1)")
                              .arg(runPrompt->shortcut().toString(QKeySequence::NativeText)));
    QAction *optimize = add(
        ActionId::Optimize, tr("Opti&mize…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { m_page->optimize(); });
    optimize->setObjectName(QStringLiteral("optimize"));
    optimize->setToolTip(tr("Search for a better prompt against the test cases, and check it on cases it never saw (%1)")
                             .arg(optimize->shortcut().toString(QKeySequence::NativeText)));

    add(ActionId::Guide, tr("&Guide"), QKeySequence::HelpContents, [this] { showHelpWindow<GuideDialog>(); });
    add(ActionId::KeyboardShortcuts, tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash),
        [this] { showHelpWindow<ShortcutsDialog>(this); });
    add(ActionId::Welcome, tr("&Welcome Page"), QKeySequence(), &MainWindow::showWelcome);
}

void MainWindow::showWelcome()
{
    m_center->setCurrentWidget(m_welcome);
}

void MainWindow::startWithoutFile()
{
    if (WelcomePage::showsAtStartup(*m_context.settings) && !m_page->documents()->recoverableCopy())
        showWelcome();
}

void MainWindow::showDocument()
{
    m_center->setCurrentWidget(m_page);
}

FindBar *MainWindow::shownFindBar()
{
    showDocument();
    return m_page->findBar();
}

bool MainWindow::isShowingWelcome() const
{
    return m_center->currentWidget() == m_welcome;
}

template<typename Window, typename... Arguments>
void MainWindow::showHelpWindow(Arguments &&...arguments)
{
    auto *window = findChild<Window *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window) {
        window = new Window(std::forward<Arguments>(arguments)..., this);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::connectWelcomePage()
{
    // The commands that work on the prompt show it first.
    for (ActionId id :
        {ActionId::Generate, ActionId::Improve, ActionId::Templatize, ActionId::RunPrompt, ActionId::Optimize, ActionId::Import})
        connect(action(id), &QAction::triggered, this, &MainWindow::showDocument);
    connect(m_welcome, &WelcomePage::newRequested, this, [this] { m_page->newDocument(); });
    connect(m_welcome, &WelcomePage::openRequested, this, [this] { m_page->openDialog(); });
    connect(m_welcome, &WelcomePage::sampleRequested, this, [this](const QString &path) { m_page->openSample(path); });
    connect(m_welcome, &WelcomePage::recentRequested, this, [this](const QString &path) { m_page->openRecent(path); });
    connect(m_welcome, &WelcomePage::settingsRequested, this, &MainWindow::openSettings);
}

void MainWindow::createDocks()
{
    auto *dock = new QDockWidget(tr("Variables and Checks"), this);
    dock->setObjectName(QStringLiteral("variablesDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto *splitter = new QSplitter(Qt::Horizontal, dock);
    splitter->setChildrenCollapsible(false);
    m_variables = new VariableTable(splitter);
    m_variables->setObjectName(QStringLiteral("variableTable"));
    m_findings = new FindingsList(splitter);
    m_findings->setObjectName(QStringLiteral("findingsList"));
    splitter->addWidget(m_variables);
    splitter->addWidget(m_findings);
    splitter->setSizes({500, 500});
    dock->setWidget(splitter);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // A little over a quarter of the default window: room for seven variables at 1600x1000, and it scales (DockShares).
    resizeDocks({dock}, {240}, Qt::Vertical);

    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    m_history = new HistoryPanel(historyDock);
    m_history->setObjectName(QStringLiteral("historyPanel"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    // Narrow by default so the comparison gets the room; wider on demand.
    resizeDocks({historyDock}, {fontMetrics().averageCharWidth() * 40}, Qt::Horizontal);

    m_runDock = new QDockWidget(tr("Run Prompt"), this);
    m_runDock->setObjectName(QStringLiteral("runDock"));
    // Scrolls rather than holding the docks beside it wider than a small window affords.
    auto *runScroll = new QScrollArea(m_runDock);
    runScroll->setFrameShape(QFrame::NoFrame);
    runScroll->setWidgetResizable(true);
    runScroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus
    runScroll->setWidget(m_page->promptRunPanel());
    m_runDock->setWidget(runScroll);
    m_page->promptRunPanel()->show();
    addDockWidget(Qt::RightDockWidgetArea, m_runDock);
    tabifyDockWidget(historyDock, m_runDock);
    historyDock->raise();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(ActionId::New));
    file->addAction(action(ActionId::Open));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QMenu *samples = file->addMenu(tr("Open Sa&mple"));
    samples->setObjectName(QStringLiteral("samplesMenu"));
    for (const QString &path : bundledSamples())
        samples->addAction(QFileInfo(path).completeBaseName(), this, [this, path] { m_page->openSample(path); });
    file->addSeparator();
    file->addAction(action(ActionId::Save));
    file->addAction(action(ActionId::SaveAs));
    file->addSeparator();
    file->addAction(action(ActionId::Import));
    file->addAction(action(ActionId::Export));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(ActionId::Undo));
    edit->addAction(action(ActionId::Redo));
    edit->addSeparator();
    edit->addActions({action(ActionId::Cut), action(ActionId::Copy), action(ActionId::Paste), action(ActionId::SelectAll)});
    edit->addSeparator();
    edit->addActions(
        {action(ActionId::Find), action(ActionId::FindNext), action(ActionId::FindPrevious), action(ActionId::Replace)});
    edit->addSeparator();
    edit->addAction(action(ActionId::Settings));

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    const QList<QAction *> messageActions = m_page->messageActions();
    message->addActions(messageActions.mid(0, 2));
    message->addSeparator();
    message->addActions(messageActions.mid(2));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(
        {action(ActionId::Generate), action(ActionId::Improve), action(ActionId::Templatize), action(ActionId::Cancel)});
    tools->addSeparator();
    tools->addActions({action(ActionId::Accept), action(ActionId::Reject), action(ActionId::Retry)});
    tools->addSeparator();
    tools->addActions({action(ActionId::RunPrompt), action(ActionId::Optimize)});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto addFocus = [this, view](const QString &text, const QKeySequence &shortcut, auto focus) {
        QAction *a = view->addAction(text, this, [this, focus] {
            showDocument();
            focus();
        });
        a->setShortcut(shortcut);
    };
    addFocus(tr("Go to &System Prompt"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_page->focusSystemPrompt(); });
    addFocus(tr("Go to &Messages"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] { m_page->focusMessages(); });
    addFocus(tr("Go to &Feedback"), QKeySequence(Qt::CTRL | Qt::Key_3), [this] { m_page->focusFeedback(); });
    addFocus(
        tr("Go to &Variables"), QKeySequence(Qt::CTRL | Qt::Key_4), [this] { m_variables->setFocus(Qt::ShortcutFocusReason); });
    addFocus(tr("Go to &Evaluate"), QKeySequence(Qt::CTRL | Qt::Key_5), [this] { m_page->focusEvaluate(); });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({action(ActionId::Guide), action(ActionId::KeyboardShortcuts), action(ActionId::Welcome)});
    help->addSeparator();
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
    bar->addActions(
        {action(ActionId::Generate), action(ActionId::Improve), action(ActionId::Templatize), action(ActionId::Cancel)});
    bar->addSeparator();

    m_engines = new EngineChooser(m_context.modelCacheDirectory, bar, this);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(action(ActionId::Settings));
}

void MainWindow::createStatusBar()
{
    auto makeField = [this](const QString &name, const QString &toolTip) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setToolTip(toolTip);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_statusEngine = makeField(QStringLiteral("statusEngine"), tr("The engine the tools run on"));
    m_statusModel = makeField(QStringLiteral("statusModel"), tr("The model that runs the tools"));
    m_statusUsage = makeField(QStringLiteral("statusUsage"), tr("Tokens of the last run"));
    m_statusRequest = makeField(QStringLiteral("statusRequest"), tr("The request id of the last answer, for support"));
    m_statusInputTokens = makeField(QStringLiteral("statusInputTokens"), {});
}

void MainWindow::restoreWindowState()
{
    QSettings *settings = m_context.settings;
    resize(1280, 820);
    restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    m_page->restoreEditorLayout(settings->value(QStringLiteral("window/editorSplitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_page->confirmClose()) {
        event->ignore();
        return;
    }
    m_page->stopForClose();
    QSettings *settings = m_context.settings;
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), saveState());
    settings->setValue(QStringLiteral("window/editorSplitter"), m_page->editorLayout());
    QMainWindow::closeEvent(event);
}

bool MainWindow::openFile(const QString &path)
{
    return m_page->openFile(path);
}

void MainWindow::askForTask()
{
    auto *dialog = new GenerateDialog(this);
    dialog->setObjectName(QStringLiteral("generateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTask(m_page->lastTask());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_page->runGenerate(dialog->task()); });
    dialog->open();
}

void MainWindow::updateActions()
{
    const bool busy = m_page->isBusy();
    const bool pending = m_page->hasPendingResult();
    const EngineInfo &engine = *findEngine(m_page->session()->engine());
    action(ActionId::Generate)->setEnabled(!busy && engine.supports(Tool::Generate));
    action(ActionId::Improve)->setEnabled(!busy && engine.supports(Tool::Improve));
    action(ActionId::Templatize)->setEnabled(!busy && engine.supports(Tool::Templatize));
    action(ActionId::Cancel)->setEnabled(busy || m_page->isPromptRunning() || m_page->isEvaluating());
    action(ActionId::RunPrompt)->setEnabled(!m_page->isPromptRunning());
    action(ActionId::Optimize)->setEnabled(!m_page->isEvaluating() && engine.canRunPrompts && engine.supports(Tool::Improve));
    action(ActionId::Accept)->setEnabled(!busy && pending);
    action(ActionId::Reject)->setEnabled(!busy && pending);
    action(ActionId::Retry)->setEnabled(m_page->canRetry());
    // Undo, redo, import and restore change the prompt as much as typing does.
    const bool locked = m_page->isEditingLocked();
    m_undoGroup->setActiveStack(locked ? nullptr : m_page->workspace()->undoStack());
    action(ActionId::Import)->setEnabled(!locked);
    m_history->setRestoreAllowed(!locked);
    const QString why = tr("The local engine works offline: choose claude, prompt-tools or openai to generate or improve.");
    action(ActionId::Generate)->setStatusTip(engine.supports(Tool::Generate) ? QString() : why);
    action(ActionId::Improve)->setStatusTip(engine.supports(Tool::Improve) ? QString() : why);
}

void MainWindow::followFocus(QWidget *now)
{
    // Focus in a menu or another window leaves the target as it was.
    if (now && now->window() != this)
        return;
    disconnect(m_selectionWatch);
    m_textFocus = nullptr;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(now)) {
        m_selectionWatch = connect(plain, &QPlainTextEdit::selectionChanged, this, &MainWindow::updateEditActions);
        m_textFocus = plain;
    } else if (auto *rich = qobject_cast<QTextEdit *>(now)) {
        m_selectionWatch = connect(rich, &QTextEdit::selectionChanged, this, &MainWindow::updateEditActions);
        m_textFocus = rich;
    } else if (auto *line = qobject_cast<QLineEdit *>(now)) {
        m_selectionWatch = connect(line, &QLineEdit::selectionChanged, this, &MainWindow::updateEditActions);
        m_textFocus = line;
    }
    updateEditActions();
}

void MainWindow::updateEditActions()
{
    bool selection = false;
    bool readOnly = true;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_textFocus)) {
        selection = plain->textCursor().hasSelection();
        readOnly = plain->isReadOnly();
    } else if (auto *rich = qobject_cast<QTextEdit *>(m_textFocus)) {
        selection = rich->textCursor().hasSelection();
        readOnly = rich->isReadOnly();
    } else if (auto *line = qobject_cast<QLineEdit *>(m_textFocus)) {
        selection = line->hasSelectedText();
        readOnly = line->isReadOnly();
    }
    action(ActionId::Cut)->setEnabled(selection && !readOnly);
    action(ActionId::Copy)->setEnabled(selection);
    action(ActionId::Paste)->setEnabled(m_textFocus && !readOnly);
    action(ActionId::SelectAll)->setEnabled(m_textFocus);
}

QString MainWindow::selectedPromptText() const
{
    const auto *editor = qobject_cast<const PromptEditor *>(m_textFocus.data());
    return editor ? editor->textCursor().selectedText() : QString();
}

void MainWindow::updateTitle()
{
    const DocumentController *documents = m_page->documents();
    setWindowFilePath(documents->filePath());
    setWindowTitle(tr("%1[*] — Promptwerk").arg(documents->displayName()));
    setWindowModified(documents->isModified());
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    DocumentController *documents = m_page->documents();
    documents->forgetMissingRecentFiles();
    const QStringList files = documents->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : QStringLiteral("0"), QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { m_page->openRecent(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

// --- settings, engines, models ------------------------------------------------

void MainWindow::openSettings()
{
    ToolSession *tools = m_page->session();
    auto *dialog = new SettingsDialog(&tools->settings(), tools->sources().secrets, tools->sources().environment, this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectEngine(tools->engine());
    connect(dialog, &SettingsDialog::saved, this, [this, dialog] {
        updateStatusBar();
        m_engines->refreshModels();
        m_page->tokenCounter()->forgetConfig();
        statusBar()->showMessage(dialog->keysKeptForSession()
                ? tr("Settings saved; the API key is kept for this session only (the keychain did not store it).")
                : tr("Settings saved."),
            dialog->keysKeptForSession() ? 0 : 4000);
    });
    dialog->open();
}

void MainWindow::onEngineChanged()
{
    updateStatusBar();
    updateActions();
}

void MainWindow::updateStatusBar()
{
    const EngineInfo &engine = *findEngine(m_page->session()->engine());
    m_statusEngine->setText(tr("Engine: %1").arg(engine.displayName));
    QString error;
    const EngineConfig config = m_page->session()->engineConfig(engine.id, &error);
    if (engine.runsOffline())
        m_statusModel->setText(tr("offline"));
    else if (!engine.choosesToolModel)
        m_statusModel->setText(tr("Tool model: the server's"));
    else
        m_statusModel->setText(tr("Tool model: %1").arg(config.toolModel));
    m_statusModel->setToolTip(error.isEmpty() ? tr("The model that runs the tools") : error);
    m_statusUsage->setText(m_page->lastUsageText().isEmpty() ? tr("No run yet") : m_page->lastUsageText());
    m_statusRequest->setText(m_page->lastRequestText());
    updateInputTokens();
}

void MainWindow::updateInputTokens()
{
    const InputTokenCounter *counter = m_page->tokenCounter();
    m_statusInputTokens->setText(counter->text());
    m_statusInputTokens->setToolTip(counter->toolTip());
}

} // namespace pw
