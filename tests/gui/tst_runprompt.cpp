// Run Prompt in the window, offscreen, against the local fake server: the
// prompt filled with its test values streams its answer into the panel with
// its figures; Esc stops it; a setting the target model rejects is explained
// beside the setting and in the banner before anything is sent; the status
// bar counts the input tokens as the prompt is edited (count_tokens on
// claude, a labelled estimate elsewhere).

#include "guitestsupport.h"

#include "inputtokencounter.h"
#include "messagebanner.h"
#include "prompteditor.h"
#include "promptrunner.h"
#include "promptrunpanel.h"
#include "promptworkspace.h"
#include "runsettingspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

using namespace pw;
using namespace pw::test;

namespace {

constexpr int runTimeoutMs = 10000;

// Counts what is asked of the keychain.
class CountingSecretStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    void read(const QString &name, QObject *context, ReadCallback done) override
    {
        ++reads;
        MemorySecretStore::read(name, context, std::move(done));
    }
    int reads = 0;
};

QStringList answerPieces()
{
    return {QStringLiteral("Your box "), QStringLiteral("left our kitchen "), QStringLiteral("this morning.")};
}

} // namespace

class TestRunPrompt : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkbenchSetup> m_setup;
    std::unique_ptr<MainWindow> m_window;

    void openWindow(bool withKey = true)
    {
        m_window = std::make_unique<MainWindow>(m_setup->context(withKey));
        newDocument(*m_window, samplePrompt(), sampleValues());
        page()->workspace()->setTargetModel(QStringLiteral("claude-sonnet-5-5"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    DocumentPage *page() const { return m_window->currentPage(); }
    QAction *action(MainWindow::ActionId id) const { return m_window->action(id); }
    PromptRunPanel *panel() const { return page()->promptRunPanel(); }
    RunSettingsPanel *settingsPanel() const { return panel()->settingsPanel(); }
    MessageBanner *banner() const { return child<MessageBanner>(m_window.get(), QStringLiteral("banner")); }
    QLabel *tokenField() const { return child<QLabel>(m_window.get(), QStringLiteral("statusInputTokens")); }

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

    // Ctrl+R: the filled prompt goes to the target model; the answer and its figures show.
    void runWithTestValues_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("claude") << QStringLiteral("claude") << QByteArray("/v1/messages");
        QTest::newRow("openai") << QStringLiteral("openai") << QByteArray("/v1/chat/completions");
    }

    void runWithTestValues()
    {
        QFETCH(QString, engine);
        QFETCH(QByteArray, path);
        m_setup->server.enqueue(path,
            engine == QLatin1String("claude") ? FakeResponse::anthropicStream(answerPieces())
                                              : FakeResponse::openAiStream(answerPieces()));
        child<QComboBox>(m_window.get(), QStringLiteral("runEngineBox"))
            ->setCurrentIndex(child<QComboBox>(m_window.get(), QStringLiteral("runEngineBox"))->findData(engine));
        child<QSpinBox>(m_window.get(), QStringLiteral("maxTokensBox"))->setValue(300);

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->focusSystemPrompt();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(page()->isPromptRunning());
        QVERIFY(action(MainWindow::ActionId::Cancel)->isEnabled());
        QVERIFY(!action(MainWindow::ActionId::RunPrompt)->isEnabled());
        QVERIFY(child<QDockWidget>(m_window.get(), QStringLiteral("runDock"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isPromptRunning(), runTimeoutMs);

        QCOMPARE(panel()->outputText(), answerPieces().join(QString()));
        const QString figures = panel()->figuresText();
        if (engine == QLatin1String("claude"))
            QVERIFY2(figures.startsWith(QStringLiteral("end_turn · ")), qPrintable(figures));
        for (const QString &part : {QStringLiteral(" in · "), QStringLiteral(" out"), QStringLiteral("first token"),
                 QStringLiteral("total"), QStringLiteral("(estimate)")})
            QVERIFY2(figures.contains(part), qPrintable(figures));
        QVERIFY(!banner()->isVisible());
        QVERIFY(action(MainWindow::ActionId::RunPrompt)->isEnabled());

        QCOMPARE(m_setup->server.requestCount(path), 1);
        QJsonObject body;
        for (const RecordedRequest &request : m_setup->server.requests()) {
            if (request.path == path)
                body = request.json();
        }
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("claude-sonnet-5-5"));
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 300);
        const QByteArray sent = QJsonDocument(body).toJson(QJsonDocument::Compact);
        // The test values, not the placeholders, reach the model.
        QVERIFY2(sent.contains("Larder & Co.") && sent.contains("Where is my box?"), sent.constData());
        QVERIFY(!sent.contains("{{COMPANY}}"));
    }

    // Esc stops a slow stream at once; the panel says so and keeps what arrived.
    void cancelMidStream()
    {
        QStringList pieces;
        for (int i = 0; i < 30; ++i)
            pieces.append(QStringLiteral("word%1 ").arg(i));
        FakeResponse drip = FakeResponse::anthropicStream(pieces);
        drip.chunkDelayMs = 150;
        m_setup->server.enqueue("/v1/messages", drip);
        action(MainWindow::ActionId::RunPrompt)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->outputText().isEmpty(), runTimeoutMs);

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->focusSystemPrompt();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!page()->isPromptRunning());
        QCOMPARE(page()->promptRunner()->result().status, CellResult::Status::Canceled);
        QVERIFY(panel()->outputText().size() < pieces.join(QString()).size());
        QVERIFY(panel()->statusText().contains(QStringLiteral("Stopped")));
        QVERIFY(!banner()->isVisible());
        QVERIFY(action(MainWindow::ActionId::RunPrompt)->isEnabled());
        QVERIFY(!action(MainWindow::ActionId::Cancel)->isEnabled());
    }

    // The capability table's rule, shown beside the setting as soon as it is
    // chosen, and a run with it sends nothing.
    void rejectedSettingIsWarnedBeforeSending_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("prefill");
        QTest::addColumn<bool>("temperature");
        QTest::addColumn<RunSetting>("setting");
        QTest::addColumn<QString>("warning");
        QTest::newRow("temperature on 4.7") << QStringLiteral("claude-opus-4-7") << false << true << RunSetting::Temperature
                                            << QStringLiteral("claude-opus-4-7 rejects temperature and top_p");
        QTest::newRow("prefill on 4.6") << QStringLiteral("claude-opus-4-6") << true << false << RunSetting::Prompt
                                        << QStringLiteral("claude-opus-4-6 rejects a prefill");
    }

    void rejectedSettingIsWarnedBeforeSending()
    {
        QFETCH(QString, model);
        QFETCH(bool, prefill);
        QFETCH(bool, temperature);
        QFETCH(RunSetting, setting);
        QFETCH(QString, warning);

        page()->workspace()->setTargetModel(model);
        if (prefill)
            page()->workspace()->insertMessage(1, Role::Assistant, QStringLiteral("Dear customer,"));
        QTRY_COMPARE(settingsPanel()->problemText(setting), QString());
        if (temperature)
            child<QCheckBox>(m_window.get(), QStringLiteral("temperatureCheck"))->setChecked(true);
        QTRY_VERIFY2(settingsPanel()->problemText(setting).contains(warning), qPrintable(settingsPanel()->problemText(setting)));

        action(MainWindow::ActionId::RunPrompt)->trigger();
        QVERIFY(!page()->isPromptRunning());
        QVERIFY(banner()->isVisible());
        QVERIFY2(banner()->text().contains(warning), qPrintable(banner()->text()));
        // The same request would be refused again: no Retry.
        QVERIFY(!banner()->actions().contains(action(MainWindow::ActionId::RunPrompt)));
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 0);

        // Put right, the warning goes and the run goes out.
        if (temperature)
            child<QCheckBox>(m_window.get(), QStringLiteral("temperatureCheck"))->setChecked(false);
        else
            page()->workspace()->removeMessage(1);
        QTRY_COMPARE(settingsPanel()->problemText(setting), QString());
        action(MainWindow::ActionId::RunPrompt)->trigger();
        QVERIFY(!banner()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isPromptRunning(), runTimeoutMs);
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 1);
    }

    void missingTestValueIsExplained()
    {
        page()->workspace()->setValue(QStringLiteral("QUESTION"), QString());
        newDocument(*m_window, samplePrompt(), {{QStringLiteral("COMPANY"), QStringLiteral("Larder & Co.")}});
        action(MainWindow::ActionId::RunPrompt)->trigger();
        QVERIFY(!page()->isPromptRunning());
        QVERIFY2(banner()->text().contains(QStringLiteral("{{QUESTION}} has no test value")), qPrintable(banner()->text()));
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 0);
    }

    void apiErrorShowsInTheBannerWithRetry()
    {
        m_setup->server.enqueue(
            "/v1/messages", FakeResponse::apiError(404, QStringLiteral("not_found_error"), QStringLiteral("model: nope")));
        action(MainWindow::ActionId::RunPrompt)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isPromptRunning(), runTimeoutMs);
        QVERIFY(banner()->isVisible());
        QVERIFY2(banner()->text().startsWith(QStringLiteral("Run Prompt failed: ")), qPrintable(banner()->text()));
        QVERIFY2(banner()->details().contains(QStringLiteral("HTTP 404")), qPrintable(banner()->details()));
        QVERIFY(banner()->actions().contains(action(MainWindow::ActionId::RunPrompt)));
        QVERIFY(panel()->outputText().isEmpty());
    }

    void settingsAreKeptBetweenSessions()
    {
        child<QSpinBox>(m_window.get(), QStringLiteral("maxTokensBox"))->setValue(777);
        child<QCheckBox>(m_window.get(), QStringLiteral("topPCheck"))->setChecked(true);
        child<QDoubleSpinBox>(m_window.get(), QStringLiteral("topPBox"))->setValue(0.5);
        child<QLineEdit>(m_window.get(), QStringLiteral("stopSequencesEdit"))->setText(QStringLiteral("</answer>, \\n\\nQ\\,"));
        m_window.reset();
        openWindow();
        const ModelSettings settings = settingsPanel()->settings();
        QCOMPARE(settings.maxTokens, 777);
        QCOMPARE(settings.topP, std::optional<double>(0.5));
        QCOMPARE(settings.temperature, std::optional<double>());
        QCOMPARE(settings.stopSequences, (QStringList {QStringLiteral("</answer>"), QStringLiteral("\n\nQ,")}));
    }

    // The status bar counts with count_tokens after an edit; only the newest count arrives.
    void tokenCountFollowsTheEdits()
    {
        QTRY_VERIFY_WITH_TIMEOUT(tokenField()->text().startsWith(QStringLiteral("Input: ")), runTimeoutMs);
        QVERIFY2(!page()->tokenCounter()->isEstimate(), qPrintable(tokenField()->toolTip()));
        const qint64 before = page()->tokenCounter()->tokens();
        QVERIFY(before > 0);
        QCOMPARE(m_setup->server.requestCount("/v1/messages/count_tokens"), 1);
        const QJsonObject body = m_setup->server.requests().constLast().json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("claude-sonnet-5-5"));
        QVERIFY(body.value(QStringLiteral("system")).toString().contains(QStringLiteral("Larder & Co.")));

        QTextCursor cursor(page()->workspace()->systemDocument().get());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral(" Answer politely, briefly and always in the customer's own language."));
        QTRY_VERIFY_WITH_TIMEOUT(page()->tokenCounter()->tokens() > before, runTimeoutMs);
        QVERIFY(!page()->tokenCounter()->isEstimate());
        QCOMPARE(m_setup->server.requestCount("/v1/messages/count_tokens"), 2);
        QVERIFY(!tokenField()->text().contains(QStringLiteral("estimate")));
    }

    void staleCountIsCanceled()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!tokenField()->text().isEmpty(), runTimeoutMs);
        QCOMPARE(m_setup->server.requestCount("/v1/messages/count_tokens"), 1);
        FakeResponse slow = FakeResponse::json(200, {{QStringLiteral("input_tokens"), 1111}});
        slow.delayMs = 60000;
        m_setup->server.enqueue("/v1/messages/count_tokens", slow);
        m_setup->server.enqueue("/v1/messages/count_tokens", FakeResponse::json(200, {{QStringLiteral("input_tokens"), 2222}}));
        page()->workspace()->setValue(QStringLiteral("QUESTION"), QStringLiteral("Where is my second box?"));
        QTRY_COMPARE_WITH_TIMEOUT(m_setup->server.requestCount("/v1/messages/count_tokens"), 2, runTimeoutMs);
        QVERIFY(page()->tokenCounter()->isCounting());
        page()->workspace()->setValue(QStringLiteral("QUESTION"), QStringLiteral("Where is my third box?"));
        QTRY_COMPARE_WITH_TIMEOUT(page()->tokenCounter()->tokens(), qint64(2222), runTimeoutMs);
        QCOMPARE(m_setup->server.requestCount("/v1/messages/count_tokens"), 3);
        QVERIFY(!page()->tokenCounter()->isCounting());
    }

    void estimateWhenTheEngineCannotCount_data()
    {
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("why");
        QTest::newRow("openai") << true << QStringLiteral("openai") << QStringLiteral("has no token counter");
        QTest::newRow("claude without a key") << false << QStringLiteral("claude") << QStringLiteral("ANTHROPIC_API_KEY");
    }

    void estimateWhenTheEngineCannotCount()
    {
        QFETCH(bool, withKey);
        QFETCH(QString, engine);
        QFETCH(QString, why);
        if (!withKey) {
            m_window.reset();
            openWindow(false);
        }
        auto *engines = child<QComboBox>(m_window.get(), QStringLiteral("runEngineBox"));
        engines->setCurrentIndex(engines->findData(engine));
        QTRY_VERIFY_WITH_TIMEOUT(tokenField()->text().contains(QStringLiteral("(estimate)")), runTimeoutMs);
        QVERIFY(page()->tokenCounter()->isEstimate());
        QVERIFY2(tokenField()->toolTip().contains(why), qPrintable(tokenField()->toolTip()));
        const qint64 before = page()->tokenCounter()->tokens();
        QVERIFY(before > 0);
        page()->workspace()->setValue(QStringLiteral("QUESTION"), QString(400, QLatin1Char('x')));
        QTRY_VERIFY_WITH_TIMEOUT(page()->tokenCounter()->tokens() > before, runTimeoutMs);
        QCOMPARE(m_setup->server.requestCount("/v1/messages/count_tokens"), 0);
        // The key never shows up in what the window says.
        QVERIFY(!tokenField()->toolTip().contains(QStringLiteral("test-key")));
    }

    // Without a key, the count asks the keychain once, not at every pause in typing
    // (a locked keyring would ask the user each time).
    void keychainIsAskedOnceForTheCount()
    {
        m_window.reset();
        CountingSecretStore secrets;
        const auto closeFirst = qScopeGuard([this] { m_window.reset(); }); // the window goes before the store it uses
        WorkbenchContext context = m_setup->context(false);
        context.secrets = &secrets;
        m_window = std::make_unique<MainWindow>(context);
        newDocument(*m_window, samplePrompt(), sampleValues());
        QTRY_VERIFY_WITH_TIMEOUT(tokenField()->text().contains(QStringLiteral("(estimate)")), runTimeoutMs);
        const int reads = secrets.reads;
        QVERIFY(reads > 0);
        const qint64 before = page()->tokenCounter()->tokens();
        page()->workspace()->setValue(QStringLiteral("QUESTION"), QString(400, QLatin1Char('x')));
        QTRY_VERIFY_WITH_TIMEOUT(page()->tokenCounter()->tokens() > before, runTimeoutMs);
        QCOMPARE(secrets.reads, reads);
        QVERIFY(page()->tokenCounter()->isEstimate());
    }

    void stopSequencesReadAndWrite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sequences");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("two") << QStringLiteral("</answer>, END")
                             << QStringList {QStringLiteral("</answer>"), QStringLiteral("END")};
        QTest::newRow("escapes") << QStringLiteral("\\n\\nHuman:, a\\,b, c\\\\d")
                                 << QStringList {QStringLiteral("\n\nHuman:"), QStringLiteral("a,b"), QStringLiteral("c\\d")};
        QTest::newRow("tab") << QStringLiteral("\\t") << QStringList {QStringLiteral("\t")};
    }

    void stopSequencesReadAndWrite()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sequences);
        QCOMPARE(parseStopSequences(text), sequences);
        QCOMPARE(parseStopSequences(formatStopSequences(sequences)), sequences);
    }
};

QTEST_MAIN(TestRunPrompt)
#include "tst_runprompt.moc"
