// The workbench window against the fake API server: every engine, streaming,
// cancel, accept / reject / undo, errors, and the model list.

#include "guitestsupport.h"

#include "comparearea.h"
#include "comparepanes.h"
#include "findingslist.h"
#include "messagebanner.h"
#include "messagelisteditor.h"
#include "modelcombobox.h"
#include "prompteditor.h"
#include "promptworkspace.h"
#include "runpanel.h"
#include "variabletable.h"
#include "workbenchcontroller.h"

#include "catalog/modelcatalog.h"
#include "prompt/variables.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace pw;
using namespace pw::test;

namespace {

constexpr int runTimeoutMs = 10000;

// A structured answer of the claude and openai engines: the improved prompt as JSON.
QString improvedJson(const QString &system, const QString &user)
{
    const QJsonObject answer {{QStringLiteral("system"), system},
        {QStringLiteral("messages"),
            QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                {QStringLiteral("content"),
                    QJsonArray {
                        QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), user}}}}}}}};
    return QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

QStringList inPieces(const QString &text, int pieces)
{
    QStringList result;
    const qsizetype size = (text.size() + pieces - 1) / pieces;
    for (qsizetype i = 0; i < text.size(); i += size)
        result.append(text.mid(i, size));
    return result;
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
        m_window->setPrompt(samplePrompt(), sampleValues());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void setEngine(const QString &engine)
    {
        m_window->engineBox()->setCurrentText(engine);
        QCOMPARE(m_window->controller()->engine(), engine);
    }

    QAction *action(MainWindow::ActionId id) const { return m_window->action(id); }

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

        const QString answer = improvedJson(QStringLiteral("You answer questions for {{COMPANY}}."),
            QStringLiteral("Improved by %1: <question>{{QUESTION}}</question>").arg(engine));
        const QStringList pieces = inPieces(answer, 6);
        if (engine == QLatin1String("claude"))
            m_setup->server.enqueue("/v1/messages", FakeResponse::anthropicStream(pieces));
        else if (engine == QLatin1String("openai"))
            m_setup->server.enqueue("/v1/chat/completions", FakeResponse::openAiStream(pieces));
        setEngine(engine);
        if (engine == QLatin1String("local")) {
            QVERIFY(!action(MainWindow::ActionId::Improve)->isEnabled());
            m_window->setPrompt(Prompt {{}, {Message::user(QStringLiteral("Translate \"good morning\" into German."))}});
            action(MainWindow::ActionId::Templatize)->trigger();
        } else {
            action(MainWindow::ActionId::Improve)->trigger();
        }
        QVERIFY(m_window->controller()->isBusy());
        QVERIFY(!action(MainWindow::ActionId::Improve)->isEnabled());
        QVERIFY(action(MainWindow::ActionId::Cancel)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasPendingResult(), runTimeoutMs);

        QVERIFY(!m_window->banner()->isVisible());
        QVERIFY(m_window->compareArea()->isVisible());
        QTRY_VERIFY2(m_window->compareArea()->panes()->rightText().contains(expectedInResult),
            qPrintable(m_window->compareArea()->panes()->rightText()));
        // The diff view aligns the two sides line by line: look for one line of the original.
        const QString lastLine
            = m_window->workspace()->prompt().messages.constFirst().text().split(QLatin1Char('\n')).constLast();
        QVERIFY2(m_window->compareArea()->panes()->leftText().contains(lastLine), qPrintable(lastLine));
        if (!path.isEmpty())
            QCOMPARE(m_setup->server.requestCount(path), 1);
        if (engine == QLatin1String("claude") || engine == QLatin1String("openai")) {
            // Streamed: the panel got the answer piece by piece.
            QCOMPARE(m_window->runPanel()->streamedText(), answer);
            QVERIFY(m_window->compareArea()->notes().isEmpty());
        }
        QVERIFY(action(MainWindow::ActionId::Accept)->isEnabled());
        QVERIFY(m_window->statusFields().join(QLatin1Char(' ')).contains(engine));
    }

    // An unusable answer is repaired once; the panel then shows the new answer only.
    void repairedAnswerReplacesTheStreamedText()
    {
        const QString repaired = improvedJson(QStringLiteral("s {{COMPANY}}"), QStringLiteral("repaired {{QUESTION}}"));
        m_setup->server.enqueue(
            "/v1/messages", FakeResponse::anthropicStream({QStringLiteral("Sure! Here is "), QStringLiteral("no JSON")}));
        m_setup->server.enqueue("/v1/messages", FakeResponse::anthropicStream(inPieces(repaired, 3)));
        setEngine(QStringLiteral("claude"));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasPendingResult(), runTimeoutMs);
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 2);
        QCOMPARE(m_window->runPanel()->streamedText(), repaired);
    }

    void improveSendsFeedbackAndTargetModel()
    {
        setEngine(QStringLiteral("prompt-tools"));
        m_window->feedbackEditor()->setPlainText(QStringLiteral("Shorter, please."));
        m_window->targetModelBox()->setModelId(QStringLiteral("claude-opus-5-5"));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasPendingResult(), runTimeoutMs);
        const QJsonObject body = m_setup->server.requests().constLast().json();
        QCOMPARE(body.value(QStringLiteral("feedback")).toString(), QStringLiteral("Shorter, please."));
        QCOMPARE(body.value(QStringLiteral("target_model")).toString(), QStringLiteral("claude-opus-5-5"));
        QCOMPARE(body.value(QStringLiteral("system")).toString(), samplePrompt().system);
    }

    void generateReplacesThePromptOnAccept()
    {
        setEngine(QStringLiteral("prompt-tools"));
        m_window->runGenerate(QStringLiteral("a chef for a meal prep planning service"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasPendingResult(), runTimeoutMs);
        QCOMPARE(m_setup->server.requests().constLast().json().value(QStringLiteral("task")).toString(),
            QStringLiteral("a chef for a meal prep planning service"));
        action(MainWindow::ActionId::Accept)->trigger();
        QVERIFY(m_window->workspace()->prompt() != samplePrompt());
        QVERIFY(m_window->workspace()->prompt().messages.constFirst().text().contains(QStringLiteral("chef")));
    }

    // Esc stops a slow stream at once; nothing the user wrote changes.
    void cancelMidStream()
    {
        const QString answer = improvedJson(QStringLiteral("s"), QStringLiteral("slow answer {{QUESTION}}"));
        FakeResponse drip = FakeResponse::anthropicStream(inPieces(answer, 20));
        drip.chunkDelayMs = 150;
        m_setup->server.enqueue("/v1/messages", drip);
        setEngine(QStringLiteral("claude"));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runPanel()->streamedText().isEmpty(), runTimeoutMs);
        QVERIFY(m_window->runPanel()->isVisible());

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window->messageList()->editor(0), Qt::Key_Escape);
        QVERIFY(!m_window->controller()->isBusy());
        QCOMPARE(m_window->controller()->run()->error().kind, ToolError::Kind::Canceled);
        QVERIFY(m_window->runPanel()->streamedText().size() < answer.size());
        QVERIFY(!m_window->hasPendingResult());
        QVERIFY(!m_window->runPanel()->isVisible());
        QVERIFY(!m_window->banner()->isVisible());
        QCOMPARE(m_window->workspace()->prompt(), samplePrompt());
        QVERIFY(action(MainWindow::ActionId::Improve)->isEnabled());
    }

    void acceptIsOneUndoableStep()
    {
        setEngine(QStringLiteral("local"));
        const Prompt original {{}, {Message::user(QStringLiteral("Translate \"good morning\" into German."))}};
        m_window->setPrompt(original, {});
        PromptWorkspace *workspace = m_window->workspace();
        // Some typing first: it must survive the accept and its undo.
        QTest::keyClicks(m_window->systemEditor(), QStringLiteral("Be brief."));
        const Prompt typed = workspace->prompt();
        QCOMPARE(typed.system, QStringLiteral("Be brief."));
        const int stepsBefore = workspace->undoStack()->index();

        action(MainWindow::ActionId::Templatize)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasPendingResult(), runTimeoutMs);
        const VariableValues found = m_window->compareArea()->foundValues();
        QVERIFY(!found.isEmpty());
        action(MainWindow::ActionId::Accept)->trigger();
        QVERIFY(!m_window->hasPendingResult());
        QVERIFY(!m_window->compareArea()->isVisible());
        const Prompt templ = workspace->prompt();
        QVERIFY(templ.messages.constFirst().text().contains(QStringLiteral("{{")));
        QCOMPARE(workspace->values(), found);
        // Filling the template with the values found gives back the prompt.
        QCOMPARE(fillVariables(templ, workspace->values()).prompt, typed);
        QCOMPARE(workspace->undoStack()->index(), stepsBefore + 1);
        // Values arrive in the table with the next check.
        QTRY_COMPARE(m_window->variableTable()->rowCount(), int(workspace->values().size()));

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

    // The whole round from the keyboard, focus in a message editor.
    void keyboardDrivesTheTools()
    {
        setEngine(QStringLiteral("prompt-tools"));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        PromptEditor *editor = m_window->messageList()->editor(0);
        m_window->messageList()->setCurrentIndex(0);
        QTest::keyClick(editor, Qt::Key_I, Qt::ControlModifier);
        QVERIFY(m_window->controller()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasPendingResult(), runTimeoutMs);

        // Ctrl+Backspace stays a text edit (delete a word); it does not throw the result away.
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_Backspace, Qt::ControlModifier);
        QVERIFY(m_window->hasPendingResult());
        const Prompt edited = m_window->workspace()->prompt();
        QVERIFY(edited != samplePrompt());

        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!m_window->hasPendingResult());
        QVERIFY(m_window->workspace()->prompt() != edited);
        QTest::keyClick(m_window->messageList()->editor(0), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->workspace()->prompt(), edited);
    }

    void rejectLeavesEverythingAsItWas()
    {
        setEngine(QStringLiteral("prompt-tools"));
        const int steps = m_window->workspace()->undoStack()->count();
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasPendingResult(), runTimeoutMs);
        action(MainWindow::ActionId::Reject)->trigger();
        QVERIFY(!m_window->hasPendingResult());
        QVERIFY(!m_window->compareArea()->isVisible());
        QCOMPARE(m_window->workspace()->prompt(), samplePrompt());
        QCOMPARE(m_window->workspace()->values(), sampleValues());
        QCOMPARE(m_window->workspace()->undoStack()->count(), steps);
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
        MessageBanner *banner = m_window->banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), runTimeoutMs);
        QCOMPARE(banner->type(), MessageBanner::Type::Error);
        QVERIFY2(banner->text().contains(QStringLiteral("Overloaded")), qPrintable(banner->text()));
        QVERIFY2(banner->details().contains(QStringLiteral("Request ID: req_fake_")), qPrintable(banner->details()));
        QVERIFY(banner->details().contains(QStringLiteral("529")));
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 3); // the first attempt and two retries
        QVERIFY(m_window->statusFields().last().contains(QStringLiteral("req_fake_")));
        QCOMPARE(m_window->workspace()->prompt(), samplePrompt());
        QVERIFY(!bannerButton(banner, QStringLiteral("Settings")));

        m_setup->server.clear();
        m_setup->server.enqueue("/v1/messages",
            FakeResponse::anthropicStream(
                {improvedJson(QStringLiteral("s {{COMPANY}}"), QStringLiteral("retried {{QUESTION}}"))}));
        QPushButton *retry = bannerButton(banner, QStringLiteral("Retry"));
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasPendingResult(), runTimeoutMs);
        QTRY_VERIFY(m_window->compareArea()->panes()->rightText().contains(QStringLiteral("retried")));
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 1);
    }

    void refusedKeyOffersSettings()
    {
        m_setup->server.setApiKey("another-key");
        setEngine(QStringLiteral("prompt-tools"));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), runTimeoutMs);
        QVERIFY(m_window->banner()->details().contains(QStringLiteral("401")));
        QVERIFY(bannerButton(m_window->banner(), QStringLiteral("Settings")));
        QVERIFY(!m_window->banner()->text().contains(QStringLiteral("test-key")));
        QVERIFY(!m_window->banner()->details().contains(QStringLiteral("test-key")));
    }

    void missingKeyOffersSettingsAndSendsNothing()
    {
        m_window.reset();
        openWindow(false);
        setEngine(QStringLiteral("claude"));
        action(MainWindow::ActionId::Improve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), runTimeoutMs);
        QVERIFY2(
            m_window->banner()->text().contains(QStringLiteral("ANTHROPIC_API_KEY")), qPrintable(m_window->banner()->text()));
        QVERIFY(bannerButton(m_window->banner(), QStringLiteral("Settings")));
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 0);

        // A key saved in the keychain is used.
        bool written = false;
        m_setup->secrets.write(QStringLiteral("anthropic-api-key"), QStringLiteral("test-key"), this,
            [&written](const QString &) { written = true; });
        QTRY_VERIFY(written);
        m_setup->server.enqueue("/v1/messages",
            FakeResponse::anthropicStream({improvedJson(QStringLiteral("x {{COMPANY}}"), QStringLiteral("y {{QUESTION}}"))}));
        action(MainWindow::ActionId::Retry)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasPendingResult(), runTimeoutMs);
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
        ModelComboBox *models = m_window->targetModelBox();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_setup->server.requestCount("/v1/models") == 1 && !m_window->modelCatalog()->isRefreshing(), runTimeoutMs);
        const EngineConfig config = m_window->controller()->engineConfig(QStringLiteral("claude"));
        QCOMPARE(m_window->modelCatalog()->source(config), ModelCatalog::Source::Server);
        QVERIFY(models->count() >= 5);
        QVERIFY(models->findText(QStringLiteral("claude-opus-5-5")) >= 0);
        QCOMPARE(models->itemData(models->findText(QStringLiteral("claude-opus-5-5")), ModelComboBox::DisplayNameRole).toString(),
            QStringLiteral("Claude Opus 5.5"));

        ModelCatalog later(m_setup->directory.filePath(QStringLiteral("cache")));
        QCOMPARE(later.source(config), ModelCatalog::Source::Cache);
        QCOMPARE(later.models(config).size(), models->count());
    }

    void fallbackModelListWhenTheModelsApiFails()
    {
        m_window.reset();
        m_setup->server.setAlways("/v1/models",
            FakeResponse::apiError(500, QStringLiteral("api_error"), QStringLiteral("Internal error"))
                .withHeader("x-should-retry", "false"));
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_setup->server.requestCount("/v1/models") >= 1 && !m_window->modelCatalog()->isRefreshing(), runTimeoutMs);
        const EngineConfig config = m_window->controller()->engineConfig(QStringLiteral("claude"));
        QCOMPARE(m_window->modelCatalog()->source(config), ModelCatalog::Source::Bundled);
        const QList<ModelInfo> bundled = ModelCatalog::bundledModels();
        QVERIFY(bundled.size() >= 9);
        QCOMPARE(m_window->targetModelBox()->count(), int(bundled.size()));
        for (int i = 0; i < bundled.size(); ++i)
            QCOMPARE(m_window->targetModelBox()->itemText(i), bundled.at(i).id);
        QVERIFY(m_window->targetModelBox()->toolTip().contains(QStringLiteral("Internal error")));
        // Any other id can still be typed.
        m_window->targetModelBox()->setModelId(QStringLiteral("my-fine-tune"));
        QCOMPARE(m_window->controller()->targetModel(), QStringLiteral("my-fine-tune"));
    }

    // Checks run after a pause in typing, mark the text and jump to it.
    void findingsAreMarkedAndLeadToTheirPlace()
    {
        m_window->setPrompt(Prompt {{}, {Message::user(QStringLiteral("Hello {{NAME}}, your order ${ORDER} is ready."))}}, {});
        QSignalSpy updated(m_window.get(), &MainWindow::analysisUpdated);
        QVERIFY(updated.wait(5000));
        const QList<Diagnostic> &findings = m_window->findingsList()->findings();
        qsizetype mixed = -1;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            if (findings.at(i).code == QLatin1String("mixed-variable-syntax"))
                mixed = i;
        }
        QVERIFY2(mixed >= 0, "no finding about ${ORDER}");
        const qsizetype offset = findings.at(mixed).location.offset;
        QCOMPARE(offset, qsizetype(QStringLiteral("Hello {{NAME}}, your order ").size()));
        PromptEditor *editor = m_window->messageList()->editor(0);
        QVERIFY(!editor->markers().isEmpty());
        QCOMPARE(editor->extraSelections().size(), editor->markers().size());
        QCOMPARE(m_window->findingsList()->topLevelItem(int(mixed))->text(1), QStringLiteral("Message 1, line 1"));

        emit m_window->findingsList()->itemActivated(m_window->findingsList()->topLevelItem(int(mixed)), 0);
        QCOMPARE(editor->textCursor().position(), int(offset));
        QCOMPARE(m_window->analysis().variables, QStringList {QStringLiteral("NAME")});
    }

    void aBlankPromptIsNotFlagged()
    {
        QSignalSpy updated(m_window.get(), &MainWindow::analysisUpdated);
        m_window->setPrompt(Prompt {{}, {Message::user(QString())}}, {});
        QVERIFY(updated.wait(5000));
        const QList<Diagnostic> &blank = m_window->findingsList()->findings();
        QVERIFY2(blank.isEmpty(), qPrintable(blank.isEmpty() ? QString() : blank.constFirst().message));
        // The checks start with the first text.
        QTest::keyClicks(m_window->messageList()->editor(0), QStringLiteral("Hello {{NAME}}"));
        QVERIFY(updated.wait(5000));
        QCOMPARE(m_window->findingsList()->findings().size(), 1);
        QCOMPARE(m_window->findingsList()->findings().constFirst().code, QStringLiteral("missing-value"));
    }

    void aLongListOfFindingsIsCapped()
    {
        QString text = QStringLiteral("{{NAME}}\n");
        for (int i = 0; i < 600; ++i)
            text += QStringLiteral("Order ${ORDER_%1} is late.\n").arg(i);
        // With a value for NAME, the 600 ${ORDER_n} are the only findings.
        m_window->setPrompt(Prompt {{}, {Message::user(text)}}, {{QStringLiteral("NAME"), QStringLiteral("Ada")}});
        QSignalSpy updated(m_window.get(), &MainWindow::analysisUpdated);
        QVERIFY(updated.wait(10000));
        const QList<Diagnostic> &findings = m_window->findingsList()->findings();
        QCOMPARE(findings.size(), 501);
        QCOMPARE(findings.constLast().code, QStringLiteral("findings-not-shown"));
        QVERIFY2(findings.constLast().message.startsWith(QStringLiteral("100 more")), qPrintable(findings.constLast().message));
        QCOMPARE(m_window->messageList()->editor(0)->markers().size(), 500);
    }

    void valuesAreEditableAndUndoable()
    {
        QSignalSpy updated(m_window.get(), &MainWindow::analysisUpdated);
        QVERIFY(updated.wait(5000));
        VariableTable *table = m_window->variableTable();
        QCOMPARE(table->names(), (QStringList {QStringLiteral("COMPANY"), QStringLiteral("QUESTION")}));
        QCOMPARE(table->item(1, VariableTable::ValueColumn)->text(), QStringLiteral("Where is my box?"));
        table->item(1, VariableTable::ValueColumn)->setData(Qt::EditRole, QStringLiteral("Can I pause\nmy plan?"));
        QCOMPARE(m_window->workspace()->values().value(QStringLiteral("QUESTION")), QStringLiteral("Can I pause\nmy plan?"));
        action(MainWindow::ActionId::Undo)->trigger();
        QCOMPARE(m_window->workspace()->values(), sampleValues());
        QCOMPARE(table->item(1, VariableTable::ValueColumn)->text(), QStringLiteral("Where is my box?"));
    }

    // The shipped sample opens with its test values, and nothing is cut off.
    void sampleOpensCompletelyVisible()
    {
        m_window->resize(1400, 900);
        QVERIFY(m_window->openFile(QStringLiteral(PROMPTWERK_SAMPLES_DIR "/support-triage.promptwerk")));
        QCOMPARE(m_window->workspace()->values().value(QStringLiteral("ORDER_ID")), QStringLiteral("LC-20417"));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("support-triage.promptwerk")));
        PromptEditor *editor = m_window->messageList()->editor(0);
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
        action(MainWindow::ActionId::Improve)->trigger();
        QTest::keyClicks(m_window->messageList()->editor(0), QStringLiteral("typed meanwhile "));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), runTimeoutMs);
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("Bad Gateway")));
        QVERIFY(m_window->workspace()->prompt().messages.constFirst().text().startsWith(QStringLiteral("typed meanwhile ")));
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
