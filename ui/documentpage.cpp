#include "documentpage.h"

#include "comparearea.h"
#include "dialogs.h"
#include "documentcontroller.h"
#include "evaluate/evaluateview.h"
#include "evaluate/optimizepanel.h"
#include "exportdialog.h"
#include "findbar.h"
#include "findingsmodel.h"
#include "historymodel.h"
#include "inputtokencounter.h"
#include "messagebanner.h"
#include "messagelisteditor.h"
#include "prompteditor.h"
#include "promptrunner.h"
#include "promptrunpanel.h"
#include "promptworkspace.h"
#include "runpanel.h"
#include "runsettingspanel.h"
#include "variablesmodel.h"

#include "document/documentfile.h"
#include "eval/promptrun.h"
#include "prompt/variables.h"
#include "tools/engineregistry.h"
#include "tools/toolsession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pw {

namespace {

// Long enough not to run between two keystrokes, short enough to feel live.
constexpr int analysisDelayMs = 300;

// The editors' part of the page while a run or a result shows beside them:
// half, so that neither the prompt nor the comparison is squeezed.
const QString editorShareKey = QStringLiteral("window/editorShareBesideResult");
constexpr double defaultEditorShare = 0.5;

// What the page says about a tool, and what its accepted result becomes in the history.
struct ToolTexts
{
    QString label; // "Improve"
    QString runTitle; // "Improving the prompt…"
    QString resultTitle; // "Improved prompt"
    Origin origin;
};

ToolTexts textsOf(Tool tool)
{
    switch (tool) {
    case Tool::Generate:
        return {DocumentPage::tr("Generate"), DocumentPage::tr("Generating a prompt…"), DocumentPage::tr("Generated prompt"),
            Origin::Generated};
    case Tool::Improve:
        return {DocumentPage::tr("Improve"), DocumentPage::tr("Improving the prompt…"), DocumentPage::tr("Improved prompt"),
            Origin::Improved};
    case Tool::Templatize:
        break;
    }
    return {DocumentPage::tr("Templatize"), DocumentPage::tr("Templatizing the prompt…"), DocumentPage::tr("Templatized prompt"),
        Origin::Templatized};
}

QString usageText(const Usage &usage)
{
    const QLocale locale;
    return DocumentPage::tr("%1 in · %2 out").arg(locale.toString(usage.inputTokens), locale.toString(usage.outputTokens));
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

// The system prompt, the messages and the feedback, one above the other.
// When the window gets small, the messages keep room for a few lines of a
// message: the system prompt and the feedback give way first, down to their
// minimum (stretch factors alone would take the most from the messages).
class EditorSplitter : public QSplitter
{
public:
    EditorSplitter() : QSplitter(Qt::Vertical) { }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QSplitter::resizeEvent(event);
        QList<int> sizes = this->sizes();
        if (sizes.size() != 3)
            return;
        const int messagesRoom = fontMetrics().lineSpacing() * 12;
        int missing = messagesRoom - sizes[1];
        if (missing <= 0)
            return;
        for (const int giver : {2, 0}) {
            const int spare = sizes[giver] - widget(giver)->minimumSizeHint().height();
            const int taken = qBound(0, spare, missing);
            sizes[giver] -= taken;
            sizes[1] += taken;
            missing -= taken;
        }
        if (sizes != this->sizes())
            setSizes(sizes);
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

DocumentPage::DocumentPage(const WorkbenchContext &context, const PageActions &actions, QWidget *parent)
    : QWidget(parent), m_actions(actions), m_workspace(new PromptWorkspace(this)),
      m_documents(new DocumentController(m_workspace, context.settings, this)),
      m_session(new ToolSession(context.engineSources(), this)), m_variables(new VariablesModel(m_workspace, this)),
      m_findings(new FindingsModel(m_workspace, this)), m_history(new HistoryModel(m_documents, this)),
      m_analysisTask([this](const PromptAnalysis &analysis) { applyAnalysis(analysis); })
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 0);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    layout->addWidget(m_banner);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("resultSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    auto *editorColumn = new QWidget(m_mainSplitter);
    auto *editorLayout = new QVBoxLayout(editorColumn);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editingPaused = new QLabel(editorColumn);
    m_editingPaused->setObjectName(QStringLiteral("editingPausedNote"));
    m_editingPaused->setWordWrap(true);
    m_editingPaused->setFrameShape(QFrame::StyledPanel);
    m_editingPaused->setMargin(4);
    m_editingPaused->hide();
    editorLayout->addWidget(m_editingPaused);
    editorLayout->addWidget(createEditors(actions), 1);
    m_mainSplitter->addWidget(editorColumn);
    m_rightSide = new QStackedWidget(m_mainSplitter);
    m_runPanel = new RunPanel(m_rightSide);
    m_runPanel->setObjectName(QStringLiteral("runPanel"));
    m_runPanel->setCancelAction(actions.cancel);
    m_compare = new CompareArea(m_rightSide);
    m_compare->setObjectName(QStringLiteral("compareArea"));
    m_compare->setActions(actions.accept, actions.reject);
    connect(m_compare, &CompareArea::variableActivated, this, &DocumentPage::jumpToVariable);
    connect(m_compare, &CompareArea::placeActivated, this, &DocumentPage::jumpToFinding);
    m_rightSide->addWidget(m_runPanel);
    m_rightSide->addWidget(m_compare);
    m_rightSide->hide();
    m_mainSplitter->addWidget(m_rightSide);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("pageViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_mainSplitter, tr("Prompt"));
    m_evaluate = new EvaluateView(m_workspace, m_documents, m_session, m_views);
    m_evaluate->setObjectName(QStringLiteral("evaluateView"));
    m_views->addTab(m_evaluate, tr("Evaluate"));
    layout->addWidget(m_views, 1);
    m_findBar = new FindBar(
        m_workspace, [this](int message) { return editorOf(message); }, this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findBar->hide();
    layout->addWidget(m_findBar);
    connect(m_findBar, &FindBar::matchShown, this, &DocumentPage::revealFindMatch);
    connect(m_evaluate, &EvaluateView::failed, this, [this](const QString &text, const QString &details) {
        m_banner->showMessage(MessageBanner::Topic::Document, MessageBanner::Type::Error, text, details);
    });
    connect(m_evaluate, &EvaluateView::statusMessage, this, &DocumentPage::statusMessage);
    connect(m_evaluate, &EvaluateView::runningChanged, this, &DocumentPage::toolStateChanged);
    connect(m_evaluate, &EvaluateView::winnerOffered, this, &DocumentPage::offerRevision);
    connect(m_evaluate, &EvaluateView::winnerReviewRequested, this, [this] {
        if (m_offeredRevision == 0)
            return;
        m_views->setCurrentWidget(m_mainSplitter);
        showRightSide(m_compare);
    });
    if (actions.optimize)
        m_evaluate->setOptimizeAction(actions.optimize);

    connect(m_workspace, &PromptWorkspace::changed, this, &DocumentPage::scheduleAnalysis);
    connect(m_workspace, &PromptWorkspace::documentsReplaced, this,
        [this] { m_systemEditor->setPromptDocument(m_workspace->systemDocument()); });
    m_systemEditor->setPromptDocument(m_workspace->systemDocument());

    m_analysisTimer.setSingleShot(true);
    m_analysisTimer.setInterval(analysisDelayMs);
    connect(&m_analysisTimer, &QTimer::timeout, this, &DocumentPage::startAnalysis);

    connect(m_documents, &DocumentController::loaded, this, &DocumentPage::onDocumentLoaded);
    connect(m_documents, &DocumentController::failed, this, [this](const QString &text, const QString &details) {
        m_banner->showMessage(MessageBanner::Topic::Document, MessageBanner::Type::Error, text, details);
    });
    connect(m_documents, &DocumentController::statusMessage, this, &DocumentPage::statusMessage);

    // The Settings button of a tool's error leads to the fix: the message has done its job.
    connect(actions.settings, &QAction::triggered, this, [this] { m_banner->clear(MessageBanner::Topic::Tool); });

    connect(m_session, &ToolSession::stateChanged, this, &DocumentPage::updateEditingLock);
    connect(m_session, &ToolSession::stateChanged, this, &DocumentPage::toolStateChanged);
    connect(m_session, &ToolSession::statusChanged, m_runPanel, &RunPanel::setStatus);
    connect(m_session, &ToolSession::textReceived, m_runPanel, &RunPanel::appendText);
    connect(m_session, &ToolSession::textCleared, m_runPanel, &RunPanel::clearText);
    connect(m_session, &ToolSession::usageChanged, m_runPanel, &RunPanel::setUsage);
    connect(m_session, &ToolSession::succeeded, this, &DocumentPage::onSucceeded);
    connect(m_session, &ToolSession::failed, this, &DocumentPage::onFailed);

    createPromptRun(context);
    m_documents->newDocument();
}

DocumentPage::~DocumentPage() = default;

QWidget *DocumentPage::createEditors(const PageActions &actions)
{
    m_editorSplitter = new EditorSplitter;
    m_editorSplitter->setChildrenCollapsible(false);

    m_systemEditor = new PromptEditor(m_editorSplitter);
    m_systemEditor->setObjectName(QStringLiteral("systemEditor"));
    m_systemEditor->setPlaceholderText(tr("Optional: who the model is, the rules it follows, the context it needs."));
    m_systemEditor->setAccessibleName(tr("System prompt"));
    m_systemEditor->setUndoActions(actions.undo, actions.redo);
    m_editorSplitter->addWidget(
        section(sectionLabel(tr("&System prompt"), m_systemEditor, m_editorSplitter), m_systemEditor, m_editorSplitter));

    m_messages = new MessageListEditor(m_workspace, m_editorSplitter);
    m_messages->setObjectName(QStringLiteral("messageList"));
    m_messages->setUndoActions(actions.undo, actions.redo);
    auto *messagesLabel = sectionLabel(tr("Messa&ges"), m_messages, m_editorSplitter);
    auto *messagesHint
        = new HintLabel(tr("%1 add · %2 remove · %3 role")
                            .arg(shortcutText(m_messages->addMessageAction()), shortcutText(m_messages->removeMessageAction()),
                                shortcutText(m_messages->toggleRoleAction())),
            m_editorSplitter);
    messagesHint->setToolTip(tr("Move the current message with %1 and %2.")
                                 .arg(shortcutText(m_messages->moveUpAction()), shortcutText(m_messages->moveDownAction())));
    messagesHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    messagesHint->setForegroundRole(QPalette::PlaceholderText);
    m_editorSplitter->addWidget(section(messagesLabel, m_messages, m_editorSplitter, messagesHint));

    m_feedback = new PromptEditor(m_editorSplitter);
    m_feedback->setObjectName(QStringLiteral("feedbackEditor"));
    m_feedback->setPromptDocument(m_workspace->feedbackDocument());
    m_feedback->setUndoActions(actions.undo, actions.redo);
    m_feedback->setPlaceholderText(
        tr("Optional: what Improve should change, e.g. “Make the answers shorter and add an example.”"));
    m_feedback->setTabChangesFocus(true);
    m_feedback->setAccessibleName(tr("Feedback for Improve"));
    m_editorSplitter->addWidget(
        section(sectionLabel(tr("Feed&back for Improve"), m_feedback, m_editorSplitter), m_feedback, m_editorSplitter));

    m_messages->setTabNeighbours(m_systemEditor, m_feedback);

    m_editorSplitter->setStretchFactor(0, 3);
    m_editorSplitter->setStretchFactor(1, 5);
    m_editorSplitter->setStretchFactor(2, 1);
    m_editorSplitter->setSizes({210, 480, 70});
    return m_editorSplitter;
}

QList<QAction *> DocumentPage::messageActions() const
{
    return {m_messages->addMessageAction(), m_messages->removeMessageAction(), m_messages->moveUpAction(),
        m_messages->moveDownAction(), m_messages->toggleRoleAction()};
}

QString DocumentPage::shortcutText(QAction *action) const
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

PromptEditor *DocumentPage::editorOf(int message) const
{
    return message < 0 ? m_systemEditor : m_messages->editor(message);
}

QByteArray DocumentPage::editorLayout() const
{
    return m_editorSplitter->saveState();
}

void DocumentPage::restoreEditorLayout(const QByteArray &state)
{
    m_editorSplitter->restoreState(state);
}

// --- running tools ---------------------------------------------------------

bool DocumentPage::isBusy() const
{
    return m_session->isBusy();
}

bool DocumentPage::canRetry() const
{
    return m_session->canRetry();
}

bool DocumentPage::hasPendingResult() const
{
    return m_session->hasPendingResult() || m_offeredRevision != 0;
}

bool DocumentPage::isEditingLocked() const
{
    return m_session->isBusy() || m_session->hasPendingResult();
}

// Locked rather than merged: a result is a whole new prompt, and there is no
// telling how an edit made meanwhile should fit into it. Reading, selecting
// and copying still work.
void DocumentPage::updateEditingLock()
{
    const bool locked = isEditingLocked();
    m_systemEditor->setReadOnly(locked);
    m_messages->setReadOnly(locked);
    m_feedback->setReadOnly(locked);
    m_findBar->setReplaceEnabled(!locked);
    const QString label = textsOf(m_session->request().tool).label;
    if (m_session->isBusy()) {
        m_editingPaused->setText(
            tr("Editing is paused while %1 runs — %2 (%3) to edit.")
                .arg(label, m_actions.cancel->text().remove(QLatin1Char('&')), shortcutText(m_actions.cancel)));
    } else if (m_session->hasPendingResult()) {
        m_editingPaused->setText(tr("Editing is paused until the result is accepted (%1) or rejected (%2).")
                                     .arg(shortcutText(m_actions.accept), shortcutText(m_actions.reject)));
    }
    m_editingPaused->setVisible(locked);
}

void DocumentPage::beginRun(Tool tool)
{
    // Only the tool's own earlier message goes: a recovery offer stays.
    m_banner->clear(MessageBanner::Topic::Tool);
    // The run panel takes the place of an offered winner: a new result replaces it.
    setOfferedRevision(0);
    showRightSide(m_runPanel);
    m_runPanel->begin(textsOf(tool).runTitle);
}

void DocumentPage::runGenerate(const QString &task)
{
    if (m_session->isBusy())
        return;
    m_lastTask = task;
    ToolRequest request;
    request.tool = Tool::Generate;
    request.task = task;
    request.targetModel = m_workspace->targetModel();
    beginRun(Tool::Generate);
    m_session->start(request);
}

void DocumentPage::startTool(Tool tool)
{
    if (m_session->isBusy())
        return;
    // No revision yet: the editors are locked until the result is taken or
    // not, and taking it records the typing before it (acceptResult).
    ToolRequest request;
    request.tool = tool;
    request.prompt = m_workspace->prompt();
    request.targetModel = m_workspace->targetModel();
    if (tool == Tool::Improve)
        request.feedback = m_feedback->toPlainText().trimmed();
    beginRun(tool);
    m_session->start(request);
}

void DocumentPage::cancelRun()
{
    m_session->cancel();
    m_promptRunner->cancel();
    m_evaluate->cancelRun();
}

void DocumentPage::stopForClose()
{
    m_session->cancel();
    m_promptRunner->cancel();
    m_evaluate->leaveRun();
}

void DocumentPage::retry()
{
    if (!m_session->canRetry())
        return;
    beginRun(m_session->request().tool);
    m_session->retry();
}

void DocumentPage::onSucceeded(const ToolResult &result)
{
    m_runPanel->end();
    // The newer result takes the comparison's place (an optimization may have offered its winner meanwhile).
    setOfferedRevision(0);
    const ToolRequest &request = m_session->request();
    const EngineConfig &config = m_session->config();
    QStringList summary {config.engine};
    if (!config.toolModel.isEmpty() && findEngine(config.engine)->choosesToolModel)
        summary.append(config.toolModel);
    // The local engine spends no tokens: saying "0 in · 0 out" would only be noise.
    const bool spentTokens = result.usage.inputTokens > 0 || result.usage.outputTokens > 0;
    if (spentTokens)
        summary.append(usageText(result.usage));
    summary.append(m_runPanel->elapsedText());
    m_lastUsage = spentTokens ? tr("Last run: %1").arg(usageText(result.usage)) : tr("Last run: no tokens");
    m_lastRequest = result.requestId.isEmpty() ? QString() : tr("Request %1").arg(result.requestId);
    emit lastRunChanged();
    // Nothing found: a comparison without changes would only ask to accept nothing.
    if (request.tool == Tool::Templatize && result.prompt == m_workspace->prompt()) {
        m_session->reject();
        hideRightSide();
        m_banner->showMessage(MessageBanner::Topic::Tool, MessageBanner::Type::Information,
            tr("No values to turn into variables were found."), tr("The prompt stays as it is."));
        emit toolStateChanged();
        return;
    }
    // Against the prompt Accept replaces, not the one the tool was given: Generate starts from none.
    m_compare->showResult(textsOf(request.tool).resultTitle, summary.join(QStringLiteral(" · ")), m_workspace->prompt(), result);
    showRightSide(m_compare);
    emit statusMessage(
        tr("%1 finished: accept the result (%2) or reject it (%3).")
            .arg(textsOf(m_session->request().tool).label, shortcutText(m_actions.accept), shortcutText(m_actions.reject)),
        8000);
    emit toolStateChanged();
}

void DocumentPage::onFailed(const ToolError &error, bool settingsProblem)
{
    m_runPanel->end();
    hideRightSide();
    if (!error.requestId.isEmpty()) {
        m_lastRequest = tr("Request %1").arg(error.requestId);
        emit lastRunChanged();
    }
    if (error.kind == ToolError::Kind::Canceled) {
        emit statusMessage(tr("%1 canceled.").arg(textsOf(m_session->request().tool).label), 5000);
        emit toolStateChanged();
        return;
    }
    showRunError(textsOf(m_session->request().tool).label, error, settingsProblem, m_actions.retry);
    emit toolStateChanged();
}

void DocumentPage::showRunError(const QString &label, const ToolError &error, bool settingsProblem, QAction *retry)
{
    QStringList details;
    if (error.httpStatus > 0)
        details.append(error.errorType.isEmpty() ? tr("HTTP %1").arg(error.httpStatus)
                                                 : tr("HTTP %1 %2").arg(error.httpStatus).arg(error.errorType));
    if (!error.requestId.isEmpty())
        details.append(tr("Request ID: %1").arg(error.requestId));
    details += error.detailTexts(3);
    QList<QAction *> actions;
    if (settingsProblem || error.isAuthentication())
        actions.append(m_actions.settings);
    if (!error.repeats() || settingsProblem)
        actions.append(retry);
    m_banner->showMessage(MessageBanner::Topic::Tool, MessageBanner::Type::Error, tr("%1 failed: %2").arg(label, error.message),
        details.join(QStringLiteral(" · ")), actions);
}

void DocumentPage::offerRevision(int revisionId, const QString &summary)
{
    const Revision *revision = m_documents->revision(revisionId);
    if (!revision)
        return;
    // One result waits at a time, in the one comparison.
    if (m_session->hasPendingResult())
        m_session->reject();
    setOfferedRevision(revisionId);
    ToolResult offered;
    offered.prompt = revision->prompt;
    offered.usage = revision->usage;
    m_compare->showResult(tr("Optimized prompt"), summary, m_workspace->prompt(), offered);
    showRightSide(m_compare);
    emit statusMessage(tr("Optimization finished: the winner is beside the prompt; accept it (%1) or reject it (%2).")
                           .arg(shortcutText(m_actions.accept), shortcutText(m_actions.reject)),
        8000);
    emit toolStateChanged();
}

void DocumentPage::optimize()
{
    m_views->setCurrentWidget(m_evaluate);
    m_evaluate->optimize();
}

void DocumentPage::acceptResult()
{
    if (m_offeredRevision != 0) {
        const int id = m_offeredRevision;
        setOfferedRevision(0);
        m_documents->takeOverRevision(id, tr("Accept Optimized Prompt"));
    } else if (m_session->hasPendingResult()) {
        applyToolResult();
    } else {
        return;
    }
    hideRightSide();
    emit statusMessage(tr("Result applied. %1 brings the previous prompt back.").arg(shortcutText(m_actions.undo)), 8000);
    emit toolStateChanged();
}

void DocumentPage::applyToolResult()
{
    // As the user left it in the review (templatize's variables renamed, dropped or added).
    const ToolResult result = m_compare->reviewedResult();
    const ToolRequest &request = m_session->request();
    VariableValues values = m_workspace->values();
    if (result.variableValues) {
        for (auto it = result.variableValues->constBegin(); it != result.variableValues->constEnd(); ++it)
            values.insert(it.key(), it.value());
    }

    // The history keeps what was there before and what the tool made.
    Revision revision;
    revision.prompt = result.prompt;
    revision.values = values;
    revision.origin = textsOf(request.tool).origin;
    revision.engine = m_session->config().engine;
    revision.toolModel = m_session->config().toolModel;
    revision.targetModel = request.targetModel;
    revision.feedback = request.feedback;
    revision.task = request.task;
    revision.usage = result.usage;
    m_documents->recordToolResult(revision);

    m_workspace->applyPrompt(result.prompt, values, tr("Accept %1 Result").arg(textsOf(request.tool).label));
    m_session->accept();
}

void DocumentPage::rejectResult()
{
    if (m_offeredRevision != 0)
        setOfferedRevision(0);
    else if (m_session->hasPendingResult())
        m_session->reject();
    else
        return;
    hideRightSide();
    emit statusMessage(tr("Result discarded."), 5000);
    emit toolStateChanged();
}

void DocumentPage::setOfferedRevision(int revisionId)
{
    m_offeredRevision = revisionId;
    m_evaluate->optimizePanel()->setWinnerOffered(revisionId != 0);
}

void DocumentPage::showRightSide(QWidget *page)
{
    m_rightSide->setCurrentWidget(page);
    if (m_rightSide->isHidden()) {
        m_rightSide->show();
        const int width = m_mainSplitter->width();
        const int editors = qRound(width * m_settings->value(editorShareKey, defaultEditorShare).toDouble());
        m_mainSplitter->setSizes({editors, width - editors});
    }
}

void DocumentPage::hideRightSide()
{
    if (m_rightSide->isHidden())
        return;
    // The share the user gave the result is the one the next result gets, in this session and the next.
    const QList<int> sizes = m_mainSplitter->sizes();
    if (sizes.size() == 2 && sizes.at(0) > 0 && sizes.at(1) > 0)
        m_settings->setValue(editorShareKey, double(sizes.at(0)) / (sizes.at(0) + sizes.at(1)));
    m_rightSide->hide();
}

// --- running the prompt being edited ------------------------------------------------

void DocumentPage::createPromptRun(const WorkbenchContext &context)
{
    m_settings = context.settings;
    m_promptRunPanel = new PromptRunPanel(this);
    m_promptRunPanel->setObjectName(QStringLiteral("promptRunPanel"));
    m_promptRunPanel->hide(); // until the window puts it in its place
    m_promptRunPanel->setRunAction(m_actions.runPrompt);
    RunSettingsPanel *settingsPanel = m_promptRunPanel->settingsPanel();
    settingsPanel->setSettings(loadRunSettings(*m_settings));
    m_promptRunner = new PromptRunner(context.engineSources(), this);
    m_tokenCounter = new InputTokenCounter(
        context.engineSources(),
        [this] {
            const ModelSettings settings = runSettings();
            return InputTokenCounter::Input {
                fillVariables(m_workspace->prompt(), m_workspace->values()).prompt, settings.engine, settings.model};
        },
        this);

    connect(settingsPanel, &RunSettingsPanel::changed, this, [this, settingsPanel] {
        saveRunSettings(*m_settings, settingsPanel->settings());
        updateRunProblems();
        m_tokenCounter->schedule();
    });
    // The problems follow the checks' pause in typing; the count has its own.
    connect(this, &DocumentPage::analysisUpdated, this, &DocumentPage::updateRunProblems);
    connect(m_workspace, &PromptWorkspace::changed, m_tokenCounter, &InputTokenCounter::schedule);
    connect(m_promptRunPanel, &PromptRunPanel::stopRequested, m_promptRunner, &PromptRunner::cancel);

    connect(m_promptRunner, &PromptRunner::textReceived, m_promptRunPanel, &PromptRunPanel::appendText);
    connect(m_promptRunner, &PromptRunner::textCleared, m_promptRunPanel, &PromptRunPanel::clearText);
    connect(m_promptRunner, &PromptRunner::statusChanged, m_promptRunPanel, &PromptRunPanel::setStatus);
    connect(m_promptRunner, &PromptRunner::succeeded, this, [this](const CellResult &result) {
        m_promptRunPanel->finish(result);
        if (!result.requestId.isEmpty()) {
            m_lastRequest = tr("Request %1").arg(result.requestId);
            emit lastRunChanged();
        }
        emit statusMessage(tr("Run finished: %1.").arg(result.stopReason), 5000);
    });
    connect(m_promptRunner, &PromptRunner::canceled, this, [this] {
        m_promptRunPanel->finishWithoutAnswer(tr("Stopped before the answer was complete."));
        emit statusMessage(tr("Run Prompt canceled."), 5000);
    });
    connect(m_promptRunner, &PromptRunner::failed, this, [this](const ToolError &error, bool settingsProblem) {
        m_promptRunPanel->finishWithoutAnswer(error.message);
        showRunError(tr("Run Prompt"), error, settingsProblem, m_actions.runPrompt);
    });
    connect(m_promptRunner, &PromptRunner::started, this, &DocumentPage::toolStateChanged);
    connect(m_promptRunner, &PromptRunner::finished, this, &DocumentPage::toolStateChanged);
}

bool DocumentPage::isPromptRunning() const
{
    return m_promptRunner->isRunning();
}

bool DocumentPage::isEvaluating() const
{
    return m_evaluate->isRunning() || m_evaluate->isOptimizing();
}

ModelSettings DocumentPage::runSettings() const
{
    ModelSettings settings = m_promptRunPanel->settingsPanel()->settings();
    settings.model = m_workspace->targetModel();
    return settings;
}

void DocumentPage::runPrompt()
{
    if (m_promptRunner->isRunning())
        return;
    m_banner->clear(MessageBanner::Topic::Tool);
    const ModelSettings settings = runSettings();
    const FillResult filled = fillVariables(m_workspace->prompt(), m_workspace->values());
    ToolError refusal;
    refusal.kind = ToolError::Kind::InvalidInput;
    if (!filled.ok()) {
        refusal.message
            = tr("%1 has no test value: type one in the Variables table").arg(placeholder(filled.missing.constFirst()));
    } else {
        const QList<RunSettingProblem> problems = runSettingProblems(filled.prompt, settings);
        m_promptRunPanel->settingsPanel()->showProblems(problems);
        if (!problems.isEmpty()) {
            refusal.message = problems.constFirst().text;
            for (const RunSettingProblem &problem : problems.mid(1))
                refusal.details.append(Diagnostic {Severity::Error, {}, problem.text, {}});
        }
    }
    if (!refusal.message.isEmpty()) {
        showRunError(tr("Run Prompt"), refusal, false, m_actions.runPrompt);
        return;
    }
    m_promptRunPanel->begin(settings.model);
    m_promptRunner->start(filled.prompt, settings);
}

void DocumentPage::updateRunProblems()
{
    // The structure decides every rule: the unfilled prompt serves as well as the filled one.
    m_promptRunPanel->settingsPanel()->showProblems(runSettingProblems(m_workspace->prompt(), runSettings()));
}

// --- the document -------------------------------------------------------------

void DocumentPage::onDocumentLoaded()
{
    // A result belongs to the prompt it was made from.
    if (m_session->hasPendingResult())
        m_session->reject();
    setOfferedRevision(0);
    hideRightSide();
    m_banner->clear(MessageBanner::Topic::Document);
    emit toolStateChanged();
}

bool DocumentPage::newDocument(bool ask)
{
    if (ask && !confirmClose())
        return false;
    m_documents->newDocument();
    return true;
}

bool DocumentPage::openFile(const QString &path)
{
    return m_documents->open(path);
}

void DocumentPage::openDialog()
{
    const QString path = FileDialog::openFileName(this, tr("Open Prompt"), QFileInfo(m_documents->filePath()).absolutePath(),
        tr("Prompts (*.%1 *.json *.txt *.md *.markdown);;Promptwerk documents (*.%1);;All files (*)").arg(documentFileSuffix()));
    if (!path.isEmpty() && confirmClose())
        m_documents->openInBackground(path);
}

void DocumentPage::openRecent(const QString &path)
{
    if (confirmClose())
        m_documents->openInBackground(path);
}

void DocumentPage::openSample(const QString &path)
{
    if (confirmClose())
        m_documents->openCopy(path);
}

void DocumentPage::importDialog()
{
    const QString path = FileDialog::openFileName(this, tr("Import Prompt"), QFileInfo(m_documents->filePath()).absolutePath(),
        tr("Prompt files (*.json *.txt *.md *.markdown);;All files (*)"));
    if (!path.isEmpty() && m_documents->importFile(path))
        m_banner->clear(MessageBanner::Topic::Document);
}

void DocumentPage::exportDialog()
{
    const QString filePath = m_documents->filePath();
    const QString base = filePath.isEmpty() ? tr("prompt") : QFileInfo(filePath).completeBaseName();
    const QString folder = filePath.isEmpty() ? QDir::homePath() : QFileInfo(filePath).absolutePath();
    auto *dialog = new ExportDialog(
        m_documents->exportSource(), base, folder, m_settings,
        [this](const QString &path, ExportFormat format) { return m_documents->exportTo(path, format); }, this);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The keyboard goes on where it was, even if the window system does not say.
    connect(dialog, &QDialog::finished, this, [this, editor = QPointer<QWidget>(QApplication::focusWidget())] {
        window()->activateWindow();
        if (editor)
            editor->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

bool DocumentPage::save()
{
    return m_documents->filePath().isEmpty() ? saveAs() : m_documents->saveTo(m_documents->filePath());
}

bool DocumentPage::saveAs()
{
    QString path = FileDialog::saveFileName(
        this, tr("Save Prompt"), m_documents->filePath(), tr("Promptwerk documents (*.%1)").arg(documentFileSuffix()));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + documentFileSuffix();
    return m_documents->saveTo(path);
}

bool DocumentPage::confirmClose()
{
    if (!m_documents->isModified()) {
        m_documents->acceptClose();
        return true;
    }
    const QMessageBox::StandardButton answer = MessageBox::warning(this, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them?").arg(m_documents->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        if (!save())
            return false;
        m_documents->acceptClose();
        return true;
    case QMessageBox::Discard:
        m_documents->acceptClose();
        return true;
    default:
        return false;
    }
}

void DocumentPage::offerRecovery()
{
    // Later: this may run from one of these actions' own triggered().
    for (QAction *action : std::as_const(m_recoveryActions))
        action->deleteLater();
    m_recoveryActions.clear();
    const std::optional<AutosaveStore::Entry> copy = m_documents->recoverableCopy();
    if (!copy) {
        m_banner->clear(MessageBanner::Topic::Recovery);
        return;
    }
    const QString name = copy->originalPath.isEmpty() ? tr("an untitled prompt") : QFileInfo(copy->originalPath).fileName();
    const QString key = copy->key;
    // An unreadable copy can only be discarded.
    if (copy->problem.isEmpty()) {
        auto *recoverAction = new QAction(tr("&Recover"), this);
        connect(recoverAction, &QAction::triggered, this, [this, key] {
            if (!confirmClose())
                return;
            m_banner->clear(MessageBanner::Topic::Recovery);
            m_documents->recover(key);
        });
        m_recoveryActions.append(recoverAction);
    }
    auto *discardAction = new QAction(tr("&Discard"), this);
    connect(discardAction, &QAction::triggered, this, [this, key] {
        m_documents->discardRecoveryCopy(key);
        offerRecovery();
    });
    m_recoveryActions.append(discardAction);
    const QString when = QLocale().toString(copy->savedAt.toLocalTime(), QLocale::ShortFormat);
    m_banner->showMessage(MessageBanner::Topic::Recovery,
        copy->problem.isEmpty() ? MessageBanner::Type::Warning : MessageBanner::Type::Error,
        tr("Unsaved work on %1 from %2 was kept when Promptwerk last closed.").arg(name, when),
        copy->problem.isEmpty() ? tr("Recover it, or discard the copy.") : copy->problem, m_recoveryActions);
}

// --- checks and variables -----------------------------------------------------

void DocumentPage::scheduleAnalysis()
{
    // Changed: the offsets of an analysis under way would be off.
    m_analysisTask.cancel();
    m_analysisTimer.start();
}

void DocumentPage::startAnalysis()
{
    if (m_analysisTask.isRunning()) {
        // One at a time (the checks do not stop halfway); look again once this one is done.
        m_analysisTimer.start();
        return;
    }
    m_analysisTask.start([prompt = m_workspace->prompt(), values = m_workspace->values(), model = m_workspace->targetModel()](
                             QPromise<PromptAnalysis> &promise) { promise.addResult(analysePrompt(prompt, values, model)); });
}

void DocumentPage::applyAnalysis(const PromptAnalysis &analysis)
{
    m_analysis = analysis;
    m_variables->setVariables(analysis.variables, analysis.uses);
    m_evaluate->setPromptVariables(analysis.variables);
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

// --- where the keyboard and the lists lead --------------------------------------

void DocumentPage::focusEvaluate()
{
    m_views->setCurrentWidget(m_evaluate);
    m_evaluate->caseTable()->setFocus(Qt::ShortcutFocusReason);
}

void DocumentPage::focusSystemPrompt()
{
    m_views->setCurrentWidget(m_mainSplitter);
    m_systemEditor->setFocus(Qt::ShortcutFocusReason);
}

void DocumentPage::focusMessages()
{
    m_views->setCurrentWidget(m_mainSplitter);
    m_messages->setCurrentIndex(qMax(0, m_messages->currentIndex()));
}

void DocumentPage::focusFeedback()
{
    m_views->setCurrentWidget(m_mainSplitter);
    m_feedback->setFocus(Qt::ShortcutFocusReason);
}

void DocumentPage::jumpToFinding(const Diagnostic &finding)
{
    m_views->setCurrentWidget(m_mainSplitter);
    const Location &where = finding.location;
    const qsizetype offset = qMax<qsizetype>(0, where.offset);
    if (where.section == Location::Section::System) {
        m_systemEditor->jumpTo(offset);
    } else if (where.section == Location::Section::Message && where.message >= 0 && where.message < m_messages->count()) {
        m_messages->setCurrentIndex(where.message);
        m_messages->editor(where.message)->jumpTo(offset);
    }
}

void DocumentPage::jumpToVariable(const QString &name)
{
    const QList<VariableOccurrence> occurrences = scanVariables(m_workspace->prompt());
    for (const VariableOccurrence &occurrence : occurrences) {
        if (occurrence.name == name) {
            jumpToFinding(Diagnostic {Severity::Info, occurrence.location, {}, {}});
            return;
        }
    }
}

void DocumentPage::revealFindMatch(int message)
{
    m_views->setCurrentWidget(m_mainSplitter);
    PromptEditor *editor = editorOf(message);
    editor->ensureCursorVisible();
    if (message >= 0) {
        // The editor may be taller than the list shows: the match itself, not the card's top.
        const QRect cursor = editor->cursorRect();
        const QPoint where = editor->viewport()->mapTo(m_messages->widget(), cursor.center());
        m_messages->ensureVisible(where.x(), where.y(), 0, cursor.height() * 2);
    }
}

} // namespace pw
