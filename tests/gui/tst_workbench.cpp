// The workbench window against the fake API server: every engine, streaming,
// cancel, accept / reject / undo, errors, and the model list.

#include "fakes/modelanswers.h"
#include "guitestsupport.h"

#include "comparearea.h"
#include "comparepanes.h"
#include "findingslist.h"
#include "findingsmodel.h"
#include "generatedialog.h"
#include "messagebanner.h"
#include "messagelisteditor.h"
#include "modelcombobox.h"
#include "prompteditor.h"
#include "promptworkspace.h"
#include "runpanel.h"
#include "variablesmodel.h"
#include "variabletable.h"

#include "catalog/modelcatalog.h"
#include "prompt/promptjson.h"
#include "prompt/variables.h"
#include "tools/toolsession.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPaintEngine>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace pw;
using namespace pw::test;

namespace {

constexpr int runTimeoutMs = 10000;

// A paint device that keeps the texts drawn on it, to see what a delegate writes.
class TextRecorder : public QPaintDevice
{
public:
    QStringList texts() const { return m_engine.texts; }
    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 600;
        case PdmHeight:
            return 40;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        Engine() : QPaintEngine(AllFeatures) { }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override { }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawTextItem(const QPointF &, const QTextItem &item) override { texts.append(item.text()); }
        Type type() const override { return User; }
        QStringList texts;
    };
    mutable Engine m_engine;
};

QStringList itemTexts(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts.append(box->itemText(i));
    return texts;
}

// An ordinary few-shot prompt: a system prompt and user / assistant / user turns.
Prompt fewShotPrompt()
{
    return {QStringLiteral("You classify product reviews."),
        {Message::user(QStringLiteral("Review: The blender broke in a week.")), Message::assistant(QStringLiteral("negative")),
            Message::user(QStringLiteral("Review: {{REVIEW}}"))}};
}

QPushButton *bannerButton(MessageBanner *banner, const QString &text)
{
    const QList<QPushButton *> buttons = banner->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text().remove(QLatin1Char('&')).startsWith(text))
            return button;
    }
    return nullptr;
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkbenchSetup> m_setup;
    std::unique_ptr<MainWindow> m_window;

    void openWindow(bool withKey = true)
    {
        m_window = std::make_unique<MainWindow>(m_setup->context(withKey));
        newDocument(*m_window, samplePrompt(), sampleValues());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void setEngine(const QString &engine)
    {
        child<QComboBox>(m_window.get(), QStringLiteral("engineBox"))->setCurrentText(engine);
        QCOMPARE(page()->session()->engine(), engine);
    }

    QAction *action(MainWindow::ActionId id) const { return m_window->action(id); }
    DocumentPage *page() const { return m_window->currentPage(); }
    MessageBanner *banner() const { return child<MessageBanner>(m_window.get(), QStringLiteral("banner")); }
    CompareArea *compareArea() const { return child<CompareArea>(m_window.get(), QStringLiteral("compareArea")); }
    RunPanel *runPanel() const { return child<RunPanel>(m_window.get(), QStringLiteral("runPanel")); }
    MessageListEditor *messageList() const { return child<MessageListEditor>(m_window.get(), QStringLiteral("messageList")); }
    ModelComboBox *targetModelBox() const { return child<ModelComboBox>(m_window.get(), QStringLiteral("targetModelBox")); }
    ModelCatalog *catalog() const { return m_window->findChild<ModelCatalog *>(); }

    // The status bar's fields: engine, tool model, last usage, request id.
    QStringList statusFields() const
    {
        QStringList fields;
        for (const char *name : {"statusEngine", "statusModel", "statusUsage", "statusRequest"})
            fields.append(child<QLabel>(m_window.get(), QString::fromLatin1(name))->text());
        return fields;
    }

    // Generate… as the user does it: the dialog asks for the task.
    void generate(const QString &task)
    {
        action(MainWindow::ActionId::Generate)->trigger();
        auto *dialog = child<GenerateDialog>(m_window.get(), QStringLiteral("generateDialog"));
        dialog->setTask(task);
        dialog->accept();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_setup = std::make_unique<WorkbenchSetup>();
        QVERIFY(m_setup->start());
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_setup.reset();
    }

    // Improve on every engine that can, templatize on the local one; the
    // result waits beside the original.
    void toolRunsOnEveryEngine_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("expectedInResult");
        QTest::newRow("claude, streamed") << QStringLiteral("claude") << QByteArray("/v1/messages")
                                          << QStringLiteral("Improved by claude");
        QTest::newRow("prompt-tools") << QStringLiteral("prompt-tools") << QByteArray("/v1/experimental/improve_prompt")
                                      << QStringLiteral("<instructions>");
        QTest::newRow("openai") << QStringLiteral("openai") << QByteArray("/v1/chat/completions")
                                << QStringLiteral("Improved by openai");
        QTest::newRow("local templatize") << QStringLiteral("local") << QByteArray() << QStringLiteral("{{");
    }

    void toolRunsOnEveryEngine()
    {
        QFETCH(QString, engine);
        QFETCH(QByteArray, path);
        QFETCH(QString, expectedInResult);

        const QString answer = userPromptAnswer(QStringLiteral("You answer questions for {{COMPANY}}."),
            QStringLiteral("Improved by %1: <question>{{QUESTION}}</question>").arg(engine));
        const QStringList pieces = inPiecesCount(answer, 6);
        if (engine == QLatin1String("claude"))
            m_setup->server.enqueue("/v1/messages", FakeResponse::anthropicStream(pieces));
        else if (engine == QLatin1String("openai"))
            m_setup->server.enqueue("/v1/chat/completions", FakeResponse::openAiStream(pieces));
        setEngine(engine);
        if (engine == QLatin1String("local")) {
            QVERIFY(!action(MainWindow::ActionId::Improve)->isEnabled());
            newDocument(*m_window, Prompt {{}, {Message::user(QStringLiteral("Translate \"good morning\" into German."))}});
            action(MainWindow::ActionId::Templatize)->trigger();
        } else {
            action(MainWindow::ActionId::Improve)->trigger();
        }
        QVERIFY(page()->session()->isBusy());
        QVERIFY(!action(MainWindow::ActionId::Improve)->isEnabled());
        QVERIFY(action(MainWindow::ActionId::Cancel)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);

        QVERIFY(!banner()->isVisible());
        QVERIFY(compareArea()->isVisible());
        QTRY_VERIFY2(
            compareArea()->panes()->rightText().contains(expectedInResult), qPrintable(compareArea()->panes()->rightText()));
        // The diff view aligns the two sides line by line: look for one line of the original.
        const QString lastLine = page()->workspace()->prompt().messages.constFirst().text().split(QLatin1Char('\n')).constLast();
        QVERIFY2(compareArea()->panes()->leftText().contains(lastLine), qPrintable(lastLine));
        if (!path.isEmpty())
            QCOMPARE(m_setup->server.requestCount(path), 1);
        if (engine == QLatin1String("claude") || engine == QLatin1String("openai")) {
            // Streamed: the panel got the answer piece by piece.
            QCOMPARE(runPanel()->streamedText(), answer);
            QVERIFY(compareArea()->notes().isEmpty());
        }
        QVERIFY(action(MainWindow::ActionId::Accept)->isEnabled());
        QVERIFY(statusFields().join(QLatin1Char(' ')).contains(engine));
    }

    // An unusable answer is repaired once; the panel then shows the new answer only.
    void repairedAnswerReplacesTheStreamedText()
    {
        const QString repaired = userPromptAnswer(QStringLiteral("s {{COMPANY}}"), QStringLiteral("repaired {{QUESTION}}"));
        m_setup->server.enqueue(
            "/v1/messages", FakeResponse::anthropicStream({QStringLiteral("Sure! Here is "), QStringLiteral("no JSON")}));
        m_setup->server.enqueue("/v1/messages", FakeResponse::anthropicStream(inPiecesCount(repaired, 3)));
        setEngine(QStringLiteral("claude"));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 2);
        QCOMPARE(runPanel()->streamedText(), repaired);
    }

    void improveSendsFeedbackAndTargetModel()
    {
        setEngine(QStringLiteral("prompt-tools"));
        child<QPlainTextEdit>(m_window.get(), QStringLiteral("feedbackEditor"))->setPlainText(QStringLiteral("Shorter, please."));
        targetModelBox()->setModelId(QStringLiteral("claude-opus-5-5"));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
        const QJsonObject body = m_setup->server.requests().constLast().json();
        QCOMPARE(body.value(QStringLiteral("feedback")).toString(), QStringLiteral("Shorter, please."));
        QCOMPARE(body.value(QStringLiteral("target_model")).toString(), QStringLiteral("claude-opus-5-5"));
        QCOMPARE(body.value(QStringLiteral("system")).toString(), samplePrompt().system);
    }

    // The diff compares against the prompt Accept replaces: Generate starts
    // from no prompt, but accepting deletes the one being edited, and the
    // left pane shows it (it used to be empty).
    void generateReplacesThePromptOnAccept()
    {
        setEngine(QStringLiteral("prompt-tools"));
        generate(QStringLiteral("a chef for a meal prep planning service"));
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
        QTRY_VERIFY(!compareArea()->panes()->rightText().isEmpty());
        const QString left = compareArea()->panes()->leftText();
        QVERIFY2(left.contains(samplePrompt().system), qPrintable(left));
        QVERIFY2(left.contains(QStringLiteral("Answer in two sentences.")), qPrintable(left));
        QCOMPARE(m_setup->server.requests().constLast().json().value(QStringLiteral("task")).toString(),
            QStringLiteral("a chef for a meal prep planning service"));
        action(MainWindow::ActionId::Accept)->trigger();
        QVERIFY(page()->workspace()->prompt() != samplePrompt());
        QVERIFY(page()->workspace()->prompt().messages.constFirst().text().contains(QStringLiteral("chef")));
    }

    // Esc stops a slow stream at once; nothing the user wrote changes.
    void cancelMidStream()
    {
        const QString answer = userPromptAnswer(QStringLiteral("s"), QStringLiteral("slow answer {{QUESTION}}"));
        FakeResponse drip = FakeResponse::anthropicStream(inPiecesCount(answer, 20));
        drip.chunkDelayMs = 150;
        m_setup->server.enqueue("/v1/messages", drip);
        setEngine(QStringLiteral("claude"));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!runPanel()->streamedText().isEmpty(), runTimeoutMs);
        QVERIFY(runPanel()->isVisible());

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(messageList()->editor(0), Qt::Key_Escape);
        QVERIFY(!page()->session()->isBusy());
        QCOMPARE(page()->session()->error().kind, ToolError::Kind::Canceled);
        QVERIFY(runPanel()->streamedText().size() < answer.size());
        QVERIFY(!page()->hasPendingResult());
        QVERIFY(!runPanel()->isVisible());
        QVERIFY(!banner()->isVisible());
        QCOMPARE(page()->workspace()->prompt(), samplePrompt());
        QVERIFY(action(MainWindow::ActionId::Improve)->isEnabled());
    }

    // Canceled while the engine is being prepared (the key lookup, before
    // any run exists): the message names the tool that was canceled. It
    // used to name the request of the last run that had started (Generate
    // for a window that had run nothing yet).
    void cancelBeforeTheRunNamesItsTool()
    {
        setEngine(QStringLiteral("claude"));
        action(MainWindow::ActionId::Improve)->trigger();
        QVERIFY(page()->session()->isBusy());
        QVERIFY(!page()->session()->run());
        action(MainWindow::ActionId::Cancel)->trigger();
        QVERIFY(!page()->session()->isBusy());
        QCOMPARE(page()->session()->error().kind, ToolError::Kind::Canceled);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Improve canceled."));
    }

    void acceptIsOneUndoableStep()
    {
        setEngine(QStringLiteral("local"));
        const Prompt original {{}, {Message::user(QStringLiteral("Translate \"good morning\" into German."))}};
        newDocument(*m_window, original, {});
        PromptWorkspace *workspace = page()->workspace();
        // Some typing first: it must survive the accept and its undo.
        QTest::keyClicks(child<PromptEditor>(m_window.get(), QStringLiteral("systemEditor")), QStringLiteral("Be brief."));
        const Prompt typed = workspace->prompt();
        QCOMPARE(typed.system, QStringLiteral("Be brief."));
        const int stepsBefore = workspace->undoStack()->index();

        action(MainWindow::ActionId::Templatize)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
        const VariableValues found = compareArea()->foundValues();
        QVERIFY(!found.isEmpty());
        action(MainWindow::ActionId::Accept)->trigger();
        QVERIFY(!page()->hasPendingResult());
        QVERIFY(!compareArea()->isVisible());
        const Prompt templ = workspace->prompt();
        QVERIFY(templ.messages.constFirst().text().contains(QStringLiteral("{{")));
        QCOMPARE(workspace->values(), found);
        // Filling the template with the values found gives back the prompt.
        QCOMPARE(fillVariables(templ, workspace->values()).prompt, typed);
        QCOMPARE(workspace->undoStack()->index(), stepsBefore + 1);
        // Values arrive in the table with the next check.
        QTRY_COMPARE(page()->variables()->rowCount(), int(workspace->values().size()));

        action(MainWindow::ActionId::Undo)->trigger();
        QCOMPARE(workspace->prompt(), typed);
        QVERIFY(workspace->values().isEmpty());
        // The typing before it is still undoable, step by step.
        action(MainWindow::ActionId::Undo)->trigger();
        QVERIFY(workspace->prompt().system.size() < typed.system.size());
        action(MainWindow::ActionId::Redo)->trigger();
        action(MainWindow::ActionId::Redo)->trigger();
        QCOMPARE(workspace->prompt(), templ);
    }

    // Templatize's result is reviewed, not taken whole: a found variable
    // renamed, one unticked, two values the engine missed selected in the
    // panes and made variables; one undoable accept, and the template still
    // fills back to the prompt exactly.
    void templatizeReviewEditsTheResult()
    {
        setEngine(QStringLiteral("local"));
        const Prompt original {QStringLiteral("You plan trips."),
            {Message::user(QStringLiteral("Plan a 5-day trip to Porto for Maria Santos, leaving on 2026-05-14.\n"
                                          "Maria Santos likes river walks.")),
                Message::assistant(QStringLiteral("Day 1 in Porto: the market."))}};
        newDocument(*m_window, original, {});
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        PromptWorkspace *workspace = page()->workspace();
        const int stepsBefore = workspace->undoStack()->index();
        action(MainWindow::ActionId::Templatize)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
        QTableWidget *table = compareArea()->valuesTable();
        const auto rowOf = [table](const QString &name) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == name)
                    return row;
            }
            return -1;
        };
        const auto select = [this](const QString &text) {
            QTRY_VERIFY(!compareArea()->panes()->rightText().isEmpty());
            auto *pane = child<QPlainTextEdit>(compareArea(), QStringLiteral("rightPane"));
            pane->setTextCursor(pane->document()->find(text));
            QCOMPARE(compareArea()->panes()->selectedText(), text);
            QVERIFY(compareArea()->makeVariableAction()->isEnabled());
        };
        QVERIFY(rowOf(QStringLiteral("DATE")) >= 0);
        QVERIFY(rowOf(QStringLiteral("TRIP_DURATION")) >= 0);

        // Rename, then a name that is not one: refused, said, and the old one kept.
        table->item(rowOf(QStringLiteral("DATE")), 0)->setText(QStringLiteral("DEPARTURE_DATE"));
        QTRY_VERIFY(compareArea()->panes()->rightText().contains(QStringLiteral("{{DEPARTURE_DATE}}")));
        table->item(rowOf(QStringLiteral("DEPARTURE_DATE")), 0)->setText(QStringLiteral("departure date"));
        QVERIFY(compareArea()->reviewProblem().contains(QStringLiteral("departure date")));
        QVERIFY(rowOf(QStringLiteral("DEPARTURE_DATE")) >= 0);
        // Untick: the text stays as it was.
        table->item(rowOf(QStringLiteral("TRIP_DURATION")), 0)->setCheckState(Qt::Unchecked);
        QTRY_VERIFY(compareArea()->panes()->rightText().contains(QStringLiteral("a 5-day trip")));
        QVERIFY(compareArea()->reviewProblem().isEmpty());

        // Make Variable opens the new row's name for typing.
        select(QStringLiteral("Maria Santos"));
        compareArea()->makeVariableAction()->trigger();
        auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(nameEditor);
        QTest::keyClicks(nameEditor, QStringLiteral("TRAVELLER"));
        QTest::keyClick(nameEditor, Qt::Key_Return);
        QTRY_VERIFY(rowOf(QStringLiteral("TRAVELLER")) >= 0);
        QTRY_VERIFY(compareArea()->panes()->rightText().contains(QStringLiteral("{{TRAVELLER}} likes")));
        select(QStringLiteral("Porto"));
        compareArea()->makeVariableAction()->trigger();
        QVERIFY(rowOf(QStringLiteral("PORTO")) >= 0);
        // Text that is not in the prompt's own text (the name of a variable) is refused with a reason.
        select(QStringLiteral("TRAVELLER"));
        compareArea()->makeVariableAction()->trigger();
        QVERIFY(!compareArea()->reviewProblem().isEmpty());
        QCOMPARE(rowOf(QStringLiteral("TRAVELLER_2")), -1);

        action(MainWindow::ActionId::Accept)->trigger();
        QVERIFY(!page()->hasPendingResult());
        const Prompt templ = workspace->prompt();
        QCOMPARE(templ.messages.at(0).text(),
            QStringLiteral("Plan a 5-day trip to {{PORTO}} for {{TRAVELLER}}, leaving on {{DEPARTURE_DATE}}.\n"
                           "{{TRAVELLER}} likes river walks."));
        QCOMPARE(templ.messages.at(1).text(), QStringLiteral("Day 1 in {{PORTO}}: the market."));
        QCOMPARE(workspace->values().value(QStringLiteral("TRAVELLER")), QStringLiteral("Maria Santos"));
        QCOMPARE(workspace->values().value(QStringLiteral("DEPARTURE_DATE")), QStringLiteral("2026-05-14"));
        QVERIFY(!workspace->values().contains(QStringLiteral("TRIP_DURATION")));
        QVERIFY(!workspace->values().contains(QStringLiteral("DATE")));
        QCOMPARE(fillVariables(templ, workspace->values()).prompt, original);
        QCOMPARE(workspace->undoStack()->index(), stepsBefore + 1);
        action(MainWindow::ActionId::Undo)->trigger();
        QCOMPARE(workspace->prompt(), original);
    }

    // The whole round from the keyboard, focus in a message editor.
    void keyboardDrivesTheTools()
    {
        setEngine(QStringLiteral("prompt-tools"));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        PromptEditor *editor = messageList()->editor(0);
        messageList()->setCurrentIndex(0);
        QTest::keyClick(editor, Qt::Key_I, Qt::ControlModifier);
        QVERIFY(page()->session()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);

        // Ctrl+Backspace stays a text key (delete a word, refused while the
        // result waits and the editor is read-only); it does not throw the result away.
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_Backspace, Qt::ControlModifier);
        QVERIFY(page()->hasPendingResult());
        const Prompt edited = page()->workspace()->prompt();
        QCOMPARE(edited, samplePrompt());

        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!page()->hasPendingResult());
        QVERIFY(page()->workspace()->prompt() != edited);
        QTest::keyClick(messageList()->editor(0), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page()->workspace()->prompt(), edited);
    }

    // One undo history, whichever field has the focus: with the cursor in
    // Feedback, Ctrl+Z undoes what the Edit menu names (the accepted result),
    // not the feedback text; the feedback typing is a step of its own.
    void undoFollowsTheMenuWhereverTheFocusIs()
    {
        setEngine(QStringLiteral("prompt-tools"));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *feedback = child<PromptEditor>(m_window.get(), QStringLiteral("feedbackEditor"));
        feedback->setFocus();
        QTest::keyClicks(feedback, QStringLiteral("Shorter"));
        QCOMPARE(action(MainWindow::ActionId::Undo)->text(), QStringLiteral("&Undo Typing Feedback"));

        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
        action(MainWindow::ActionId::Accept)->trigger();
        QVERIFY(page()->workspace()->prompt() != samplePrompt());
        QCOMPARE(action(MainWindow::ActionId::Undo)->text(), QStringLiteral("&Undo Accept Improve Result"));

        feedback->setFocus();
        QTest::keyClick(feedback, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page()->workspace()->prompt(), samplePrompt());
        QCOMPARE(feedback->toPlainText(), QStringLiteral("Shorter"));

        QCOMPARE(action(MainWindow::ActionId::Undo)->text(), QStringLiteral("&Undo Typing Feedback"));
        QTest::keyClick(messageList()->editor(0), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(feedback->toPlainText(), QString());
        QTest::keySequence(feedback, QKeySequence(QKeySequence::Redo));
        QCOMPARE(feedback->toPlainText(), QStringLiteral("Shorter"));
    }

    void rejectLeavesEverythingAsItWas()
    {
        setEngine(QStringLiteral("prompt-tools"));
        const int steps = page()->workspace()->undoStack()->count();
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
        action(MainWindow::ActionId::Reject)->trigger();
        QVERIFY(!page()->hasPendingResult());
        QVERIFY(!compareArea()->isVisible());
        QCOMPARE(page()->workspace()->prompt(), samplePrompt());
        QCOMPARE(page()->workspace()->values(), sampleValues());
        QCOMPARE(page()->workspace()->undoStack()->count(), steps);
        QVERIFY(!action(MainWindow::ActionId::Accept)->isEnabled());
    }

    // 529 on every attempt: after the retries the banner names the error and
    // the request; Retry runs the same request again.
    void errorBannerAfterOverloadStorm()
    {
        m_setup->server.setAlways("/v1/messages",
            FakeResponse::apiError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"))
                .withHeader("retry-after-ms", "1"));
        setEngine(QStringLiteral("claude"));
        action(MainWindow::ActionId::Improve)->trigger();
        MessageBanner *banner = this->banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), runTimeoutMs);
        QCOMPARE(banner->type(), MessageBanner::Type::Error);
        QVERIFY2(banner->text().contains(QStringLiteral("Overloaded")), qPrintable(banner->text()));
        QVERIFY2(banner->details().contains(QStringLiteral("Request ID: req_fake_")), qPrintable(banner->details()));
        QVERIFY(banner->details().contains(QStringLiteral("529")));
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 3); // the first attempt and two retries
        QVERIFY(statusFields().last().contains(QStringLiteral("req_fake_")));
        QCOMPARE(page()->workspace()->prompt(), samplePrompt());
        QVERIFY(!bannerButton(banner, QStringLiteral("Settings")));

        m_setup->server.clear();
        m_setup->server.enqueue("/v1/messages",
            FakeResponse::anthropicStream(
                {userPromptAnswer(QStringLiteral("s {{COMPANY}}"), QStringLiteral("retried {{QUESTION}}"))}));
        QPushButton *retry = bannerButton(banner, QStringLiteral("Retry"));
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
        QTRY_VERIFY(compareArea()->panes()->rightText().contains(QStringLiteral("retried")));
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 1);
    }

    // A few-shot prompt improves on claude and keeps its turns. prompt-tools
    // refuses it, naming the field once; the same request would only fail
    // again, so there is no Retry.
    void fewShotPromptImprovesAndItsRefusalSaysItOnce()
    {
        newDocument(*m_window, fewShotPrompt(), {{QStringLiteral("REVIEW"), QStringLiteral("Quiet and fast.")}});
        Prompt improved = fewShotPrompt();
        improved.messages[2] = Message::user(QStringLiteral("<review>{{REVIEW}}</review>"));
        const QString answer = QString::fromUtf8(QJsonDocument(promptToJson(improved)).toJson(QJsonDocument::Compact));
        m_setup->server.enqueue("/v1/messages", FakeResponse::anthropicStream(inPiecesCount(answer, 5)));
        setEngine(QStringLiteral("claude"));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult() || banner()->isVisible(), runTimeoutMs);
        QVERIFY2(!banner()->isVisible(), qPrintable(banner()->text()));
        action(MainWindow::ActionId::Accept)->trigger();
        QCOMPARE(page()->workspace()->prompt(), improved);

        setEngine(QStringLiteral("prompt-tools"));
        action(MainWindow::ActionId::Improve)->trigger();
        MessageBanner *refusal = banner();
        QTRY_VERIFY_WITH_TIMEOUT(refusal->isVisible(), runTimeoutMs);
        QCOMPARE(refusal->type(), MessageBanner::Type::Error);
        const QString problem = QStringLiteral("messages[1].role: an assistant message is only allowed last, as a prefill");
        QVERIFY2(refusal->text().contains(problem), qPrintable(refusal->text()));
        QCOMPARE(QString(refusal->text() + refusal->details()).count(problem), 1);
        QVERIFY(!bannerButton(refusal, QStringLiteral("Retry")));
        QVERIFY(refusal->actions().isEmpty());
        QCOMPARE(m_setup->server.requestCount("/v1/experimental/improve_prompt"), 0);
    }

    void refusedKeyOffersSettings()
    {
        m_setup->server.setApiKey("another-key");
        setEngine(QStringLiteral("prompt-tools"));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), runTimeoutMs);
        QVERIFY(banner()->details().contains(QStringLiteral("401")));
        QVERIFY(bannerButton(banner(), QStringLiteral("Settings")));
        QVERIFY(!banner()->text().contains(QStringLiteral("test-key")));
        QVERIFY(!banner()->details().contains(QStringLiteral("test-key")));
    }

    void missingKeyOffersSettingsAndSendsNothing()
    {
        m_window.reset();
        openWindow(false);
        setEngine(QStringLiteral("claude"));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), runTimeoutMs);
        QVERIFY2(banner()->text().contains(QStringLiteral("ANTHROPIC_API_KEY")), qPrintable(banner()->text()));
        QVERIFY(bannerButton(banner(), QStringLiteral("Settings")));
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 0);

        // A key saved in the keychain is used.
        bool written = false;
        m_setup->secrets.write(QStringLiteral("anthropic-api-key"), QStringLiteral("test-key"), this,
            [&written](const QString &) { written = true; });
        QTRY_VERIFY(written);
        m_setup->server.enqueue("/v1/messages",
            FakeResponse::anthropicStream({userPromptAnswer(QStringLiteral("x {{COMPANY}}"), QStringLiteral("y {{QUESTION}}"))}));
        action(MainWindow::ActionId::Retry)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), runTimeoutMs);
        QCOMPARE(m_setup->server.requests().constLast().headers.value("x-api-key"), QByteArray("test-key"));
    }

    void localEngineSaysWhatItCannotDo()
    {
        setEngine(QStringLiteral("local"));
        QVERIFY(!action(MainWindow::ActionId::Generate)->isEnabled());
        QVERIFY(!action(MainWindow::ActionId::Improve)->isEnabled());
        QVERIFY(action(MainWindow::ActionId::Templatize)->isEnabled());
        QVERIFY(!action(MainWindow::ActionId::Improve)->statusTip().isEmpty());
    }

    // The target models come from the Models API, are cached, and fall back
    // to the bundled list when the API cannot be reached.
    void modelListFromServerAndCache()
    {
        ModelComboBox *models = targetModelBox();
        QTRY_VERIFY_WITH_TIMEOUT(m_setup->server.requestCount("/v1/models") == 1 && !catalog()->isRefreshing(), runTimeoutMs);
        const EngineConfig config = page()->session()->engineConfig(QStringLiteral("claude"));
        QCOMPARE(catalog()->source(config), ModelCatalog::Source::Server);
        QVERIFY(models->count() >= 5);
        QVERIFY(models->findText(QStringLiteral("claude-opus-5-5")) >= 0);
        QCOMPARE(models->itemData(models->findText(QStringLiteral("claude-opus-5-5")), ModelComboBox::DisplayNameRole).toString(),
            QStringLiteral("Claude Opus 5.5"));

        ModelCatalog later(m_setup->directory.filePath(QStringLiteral("cache")));
        QCOMPARE(later.source(config), ModelCatalog::Source::Cache);
        QCOMPARE(later.models(config).size(), models->count());
    }

    // The target model is what the prompt is written for: another engine
    // running the tools leaves the list alone.
    void targetModelsStayWhenTheEngineChanges()
    {
        ModelComboBox *models = targetModelBox();
        QTRY_VERIFY_WITH_TIMEOUT(m_setup->server.requestCount("/v1/models") == 1 && !catalog()->isRefreshing(), runTimeoutMs);
        const QStringList claudeModels = itemTexts(models);
        QVERIFY(claudeModels.contains(QStringLiteral("claude-opus-5-5")));
        targetModelBox()->setModelId(QStringLiteral("claude-opus-5-5"));
        for (const QString &engine : {QStringLiteral("openai"), QStringLiteral("local"), QStringLiteral("prompt-tools")}) {
            setEngine(engine);
            QCOMPARE(itemTexts(models), claudeModels);
            QCOMPARE(models->modelId(), QStringLiteral("claude-opus-5-5"));
        }
    }

    // Each row of the open list: the display name on the left, the id once on
    // the right; a model without a name shows its id once.
    void modelListShowsNameAndIdOnce()
    {
        ModelComboBox box;
        ModelInfo named;
        named.id = QStringLiteral("claude-opus-5-5");
        named.displayName = QStringLiteral("Claude Opus 5.5");
        ModelInfo unnamed;
        unnamed.id = QStringLiteral("my-fine-tune");
        box.setModels({named, unnamed});
        const QStringList expected[] = {{named.displayName, named.id}, {unnamed.id}};
        for (int row = 0; row < box.count(); ++row) {
            QStyleOptionViewItem option;
            option.initFrom(box.view());
            option.rect = QRect(0, 0, 600, 40);
            option.widget = box.view();
            TextRecorder recorder;
            {
                QPainter painter(&recorder);
                box.view()->itemDelegate()->paint(&painter, option, box.model()->index(row, 0));
            }
            QCOMPARE(recorder.texts(), expected[row]);
        }
    }

    void fallbackModelListWhenTheModelsApiFails()
    {
        m_window.reset();
        m_setup->server.setAlways("/v1/models",
            FakeResponse::apiError(500, QStringLiteral("api_error"), QStringLiteral("Internal error"))
                .withHeader("x-should-retry", "false"));
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_setup->server.requestCount("/v1/models") >= 1 && !catalog()->isRefreshing(), runTimeoutMs);
        const EngineConfig config = page()->session()->engineConfig(QStringLiteral("claude"));
        QCOMPARE(catalog()->source(config), ModelCatalog::Source::Bundled);
        const QList<ModelInfo> bundled = ModelCatalog::bundledModels();
        QVERIFY(bundled.size() >= 9);
        QCOMPARE(targetModelBox()->count(), int(bundled.size()));
        for (int i = 0; i < bundled.size(); ++i)
            QCOMPARE(targetModelBox()->itemText(i), bundled.at(i).id);
        QVERIFY(targetModelBox()->toolTip().contains(QStringLiteral("Internal error")));
        // Any other id can still be typed.
        targetModelBox()->setModelId(QStringLiteral("my-fine-tune"));
        QCOMPARE(page()->session()->settings().targetModel(), QStringLiteral("my-fine-tune"));
    }

    // Checks run after a pause in typing, mark the text and jump to it.
    void findingsAreMarkedAndLeadToTheirPlace()
    {
        newDocument(*m_window, Prompt {{}, {Message::user(QStringLiteral("Hello {{NAME}}, your order ${ORDER} is ready."))}}, {});
        QSignalSpy updated(page(), &DocumentPage::analysisUpdated);
        QVERIFY(updated.wait(5000));
        const QList<Diagnostic> &findings = page()->findings()->findings();
        qsizetype mixed = -1;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            if (findings.at(i).code == QLatin1String("mixed-variable-syntax"))
                mixed = i;
        }
        QVERIFY2(mixed >= 0, "no finding about ${ORDER}");
        const qsizetype offset = findings.at(mixed).location.offset;
        QCOMPARE(offset, qsizetype(QStringLiteral("Hello {{NAME}}, your order ").size()));
        PromptEditor *editor = messageList()->editor(0);
        QVERIFY(!editor->markers().isEmpty());
        QCOMPARE(editor->extraSelections().size(), editor->markers().size());
        QCOMPARE(page()->findings()->index(int(mixed), FindingsModel::PlaceColumn).data().toString(),
            QStringLiteral("Message 1, line 1"));

        auto *list = child<FindingsList>(m_window.get(), QStringLiteral("findingsList"));
        QCOMPARE(list->model(), page()->findings());
        emit list->activated(page()->findings()->index(int(mixed), FindingsModel::MessageColumn));
        QCOMPARE(editor->textCursor().position(), int(offset));
        QCOMPARE(page()->analysis().variables, QStringList {QStringLiteral("NAME")});
    }

    // Values of several lines show ⏎ marks on one line. Qt's own displayText
    // has already made "\n" a U+2028 line separator, which painted as a
    // second line cut off to "line two…".
    void multiLineValuesShowLineMarks_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("newline") << QStringLiteral("line one\nline two");
        QTest::newRow("CRLF") << QStringLiteral("line one\r\nline two");
        QTest::newRow("line separator") << QStringLiteral("line one\u2028line two");
        QTest::newRow("paragraph separator") << QStringLiteral("line one\u2029line two");
    }

    void multiLineValuesShowLineMarks()
    {
        QFETCH(QString, value);
        auto *table = child<VariableTable>(m_window.get(), QStringLiteral("variableTable"));
        auto *delegate = qobject_cast<QStyledItemDelegate *>(table->itemDelegateForColumn(VariablesModel::ValueColumn));
        QVERIFY(delegate);
        QCOMPARE(delegate->displayText(value, QLocale()), QStringLiteral("line one ⏎ line two"));
    }

    // A long finding wraps in its row, and its tooltip wraps too instead of
    // being one line as wide as the text.
    void longFindingsWrap()
    {
        PromptWorkspace workspace;
        FindingsModel model(&workspace);
        FindingsList list;
        list.setFindingsModel(&model);
        list.resize(420, 300);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        const QString longText
            = QStringLiteral("The assistant message ends in whitespace, which the API refuses for a prefill; ").repeated(4);
        model.setFindings({Diagnostic {Severity::Warning, Location::system(0), longText, {}},
            Diagnostic {Severity::Warning, Location::system(0), QStringLiteral("Short."), {}}});
        const int line = list.fontMetrics().lineSpacing();
        const int oneLine = list.visualRect(model.index(1, FindingsModel::MessageColumn)).height();
        QTRY_VERIFY(list.visualRect(model.index(0, FindingsModel::MessageColumn)).height() >= oneLine + 2 * line);
        // Narrower, more lines.
        const int wide = list.visualRect(model.index(0, FindingsModel::MessageColumn)).height();
        list.resize(300, 300);
        QTRY_VERIFY(list.visualRect(model.index(0, FindingsModel::MessageColumn)).height() > wide);

        const QString tip = model.index(0, FindingsModel::MessageColumn).data(Qt::ToolTipRole).toString();
        QToolTip::showText(list.mapToGlobal(QPoint(10, 10)), tip, &list);
        const auto shownToolTip = []() -> QWidget * {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->objectName() == QLatin1String("qtooltip_label") && widget->isVisible())
                    return widget;
            }
            return nullptr;
        };
        QTRY_VERIFY(shownToolTip());
        QWidget *label = shownToolTip();
        QVERIFY2(label->width() <= label->fontMetrics().averageCharWidth() * 100, qPrintable(QString::number(label->width())));
        QVERIFY(label->height() >= 3 * label->fontMetrics().lineSpacing());
        QToolTip::hideText();
    }

    // A small window takes room from the docks and from the system prompt and
    // feedback before the messages; the docks keep their share as it grows,
    // and a large window gives the variables the rows it has room for.
    void layoutFollowsTheWindowSize()
    {
        VariableValues values;
        QString text;
        for (int i = 1; i <= 16; ++i) {
            const QString name = QStringLiteral("VALUE_%1").arg(i);
            text += placeholder(name) + QLatin1Char('\n');
            values.insert(name, QStringLiteral("value %1").arg(i));
        }
        newDocument(*m_window, Prompt {QStringLiteral("You plan trips."), {Message::user(text)}}, values);
        auto *variablesDock = child<QDockWidget>(m_window.get(), QStringLiteral("variablesDock"));
        auto *historyDock = child<QDockWidget>(m_window.get(), QStringLiteral("historyDock"));
        auto *table = child<VariableTable>(m_window.get(), QStringLiteral("variableTable"));
        QTRY_COMPARE(table->model()->rowCount(), 16);

        m_window->resize(800, 560);
        QTRY_COMPARE(m_window->size(), QSize(800, 560));
        QTRY_VERIFY2(variablesDock->height() <= 560 * 3 / 10, qPrintable(QString::number(variablesDock->height())));
        QTRY_VERIFY2(historyDock->width() <= 800 / 4, qPrintable(QString::number(historyDock->width())));
        const int line = messageList()->editor(0)->fontMetrics().lineSpacing();
        QTRY_VERIFY2(messageList()->viewport()->height() >= 8 * line,
            qPrintable(QStringLiteral("%1 px for the messages").arg(messageList()->viewport()->height())));
        // One editor never needs the list to scroll to be seen whole.
        QVERIFY(messageList()->editor(0)->height() <= messageList()->viewport()->height());

        m_window->resize(1600, 1000);
        QTRY_COMPARE(m_window->size(), QSize(1600, 1000));
        QTRY_VERIFY2(table->viewport()->height() >= 7 * table->rowHeight(0),
            qPrintable(QStringLiteral("%1 px for rows of %2").arg(table->viewport()->height()).arg(table->rowHeight(0))));
    }

    void aBlankPromptIsNotFlagged()
    {
        QSignalSpy updated(page(), &DocumentPage::analysisUpdated);
        newDocument(*m_window, Prompt {{}, {Message::user(QString())}}, {});
        QVERIFY(updated.wait(5000));
        const QList<Diagnostic> &blank = page()->findings()->findings();
        QVERIFY2(blank.isEmpty(), qPrintable(blank.isEmpty() ? QString() : blank.constFirst().message));
        // The checks start with the first text.
        QTest::keyClicks(messageList()->editor(0), QStringLiteral("Hello {{NAME}}"));
        QVERIFY(updated.wait(5000));
        QCOMPARE(page()->findings()->findings().size(), 1);
        QCOMPARE(page()->findings()->findings().constFirst().code, QStringLiteral("missing-value"));
    }

    void aLongListOfFindingsIsCapped()
    {
        QString text = QStringLiteral("{{NAME}}\n");
        for (int i = 0; i < 600; ++i)
            text += QStringLiteral("Order ${ORDER_%1} is late.\n").arg(i);
        // With a value for NAME, the 600 ${ORDER_n} are the only findings.
        newDocument(*m_window, Prompt {{}, {Message::user(text)}}, {{QStringLiteral("NAME"), QStringLiteral("Ada")}});
        QSignalSpy updated(page(), &DocumentPage::analysisUpdated);
        QVERIFY(updated.wait(10000));
        const QList<Diagnostic> &findings = page()->findings()->findings();
        QCOMPARE(findings.size(), 501);
        QCOMPARE(findings.constLast().code, QStringLiteral("findings-not-shown"));
        QVERIFY2(findings.constLast().message.startsWith(QStringLiteral("100 more")), qPrintable(findings.constLast().message));
        QCOMPARE(messageList()->editor(0)->markers().size(), 500);
    }

    void valuesAreEditableAndUndoable()
    {
        QSignalSpy updated(page(), &DocumentPage::analysisUpdated);
        QVERIFY(updated.wait(5000));
        VariablesModel *variables = page()->variables();
        QCOMPARE(child<VariableTable>(m_window.get(), QStringLiteral("variableTable"))->model(), variables);
        QCOMPARE(variables->names(), (QStringList {QStringLiteral("COMPANY"), QStringLiteral("QUESTION")}));
        const QModelIndex question = variables->index(1, VariablesModel::ValueColumn);
        QCOMPARE(question.data().toString(), QStringLiteral("Where is my box?"));
        QVERIFY(variables->setData(question, QStringLiteral("Can I pause\nmy plan?")));
        QCOMPARE(page()->workspace()->values().value(QStringLiteral("QUESTION")), QStringLiteral("Can I pause\nmy plan?"));
        action(MainWindow::ActionId::Undo)->trigger();
        QCOMPARE(page()->workspace()->values(), sampleValues());
        QCOMPARE(question.data().toString(), QStringLiteral("Where is my box?"));
    }

    // The shipped sample opens with its test values, and nothing is cut off.
    void sampleOpensCompletelyVisible()
    {
        m_window->resize(1400, 900);
        QVERIFY(m_window->openFile(QStringLiteral(PROMPTWERK_SAMPLES_DIR "/support-triage.promptwerk")));
        QCOMPARE(page()->workspace()->values().value(QStringLiteral("ORDER_ID")), QStringLiteral("LC-20417"));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("support-triage.promptwerk")));
        PromptEditor *editor = messageList()->editor(0);
        QTextCursor end(editor->document());
        end.movePosition(QTextCursor::End);
        QTRY_VERIFY2(
            editor->cursorRect(end).bottom() < editor->viewport()->height() || editor->verticalScrollBar()->maximum() > 0,
            qPrintable(QStringLiteral("last line ends at %1, the view at %2")
                           .arg(editor->cursorRect(end).bottom())
                           .arg(editor->viewport()->height())));
    }

    void nothingTypedIsLostWhileARunFails()
    {
        m_setup->server.setAlways("/v1/experimental/improve_prompt",
            FakeResponse::html(502, "<html><title>502 Bad Gateway</title></html>").withHeader("x-should-retry", "false"));
        setEngine(QStringLiteral("prompt-tools"));
        QTest::keyClicks(messageList()->editor(0), QStringLiteral("typed before "));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), runTimeoutMs);
        QVERIFY(banner()->text().contains(QStringLiteral("Bad Gateway")));
        QVERIFY(page()->workspace()->prompt().messages.constFirst().text().startsWith(QStringLiteral("typed before ")));
        // The failed run gives the editors back.
        QVERIFY(!messageList()->editor(0)->isReadOnly());
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
