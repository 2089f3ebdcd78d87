// Error texts made below the window (core/api, core/tools) reach its error
// banner in the window's language: through the .qm files embedded in the
// application and the translators it installs, with the server's own words
// (a page title, a URL) left as they came. Without a translator, as in the
// command line, they stay English.
#include "analysis/checks.h"
#include "analysis/templateverifier.h"
#include "api/anthropicmessage.h"
#include "api/apiconfig.h"
#include "api/apierror.h"
#include "document/documentfile.h"
#include "exchange/importers.h"
#include "fakes/fakeapiserver.h"
#include "prompt/validation.h"
#include "tools/engine.h"
#include "translations.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace pw;
using pw::test::FakeApiServer;
using pw::test::FakeResponse;

namespace {

const QByteArray gatewayPage = QByteArrayLiteral(
    "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>");

// Long enough for ApiJob to scrub it from messages, distinctive enough to find.
const QString apiKey = QStringLiteral("sk-ant-test-9f8e7d6c5b4a");

} // namespace

class TestErrorTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void htmlPageFromToolRunInJapanese();
    void insecureUrlInJapanese();
    void eventCountsInRussian_data();
    void eventCountsInRussian();
    void englishWithoutTranslator();
    void findingsInJapanese();
    void templateMismatchCountInRussian();
    void fileErrorsInJapanese();
    void fileErrorsStayEnglishWithoutTranslator();
    void applicationTranslatorsCorrectQtsKeyNames();

private:
    // Loads the language the way app/gui/main.cpp does.
    void install(QLocale::Language language);

    std::unique_ptr<QTranslator> m_translator;
};

void TestErrorTranslations::install(QLocale::Language language)
{
    m_translator = std::make_unique<QTranslator>();
    QVERIFY2(m_translator->load(QLocale(language), QStringLiteral("promptwerk"), QStringLiteral("_"),
                 QStringLiteral(":/promptwerk/translations")),
        "the .qm file is not embedded at :/promptwerk/translations");
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
}

void TestErrorTranslations::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TestErrorTranslations::htmlPageFromToolRunInJapanese()
{
    install(QLocale::Japanese);
    FakeApiServer server;
    QVERIFY(server.listen());
    server.setApiKey(apiKey.toLatin1());
    server.setAlways("/v1/messages", FakeResponse::html(502, gatewayPage));

    EngineConfig config;
    config.engine = QStringLiteral("claude");
    config.baseUrl = server.baseUrl();
    config.apiKey = apiKey;
    config.timeoutSeconds = 5;
    config.maxRetries = 0;
    QString problem;
    const std::unique_ptr<Engine> engine = createEngine(config, &problem);
    QVERIFY2(engine, qPrintable(problem));
    ToolRequest request;
    request.tool = Tool::Generate;
    request.task = QStringLiteral("Summarize a support ticket");
    const std::unique_ptr<ToolRun> run(engine->start(request, nullptr));
    QSignalSpy finished(run.get(), &ToolRun::finished);
    QVERIFY(finished.wait(5000));

    QVERIFY(!run->succeeded());
    QCOMPARE(run->error().httpStatus, 502);
    // The window shows this as "%1 failed: %2"; the page title stays as the server wrote it.
    QCOMPARE(run->error().message, QString::fromUtf8("サーバーは JSON ではなく HTML ページ \"502 Bad Gateway\" を返しました"));
    QVERIFY(!run->error().message.contains(apiKey));
}

void TestErrorTranslations::insecureUrlInJapanese()
{
    install(QLocale::Japanese);
    const std::optional<ApiError> error = checkBaseUrl(QUrl(QStringLiteral("http://gateway.example.com/v1")));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiErrorKind::InsecureUrl);
    QCOMPARE(error->message,
        QString::fromUtf8(
            "API キーを暗号化せずに http://gateway.example.com/v1 へ送信することはできません。"
            "https:// を使用してください。http:// はこのマシン（localhost、127.0.0.1、::1）宛てにのみ使用できます"));
    // Machine-readable names stay English for --json output and logs.
    QCOMPARE(apiErrorKindName(error->kind), QStringLiteral("insecure_url"));
}

void TestErrorTranslations::eventCountsInRussian_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("message");
    QTest::newRow("1") << 1 << QString::fromUtf8("поток закончился до message_start (1 событие)");
    QTest::newRow("3") << 3 << QString::fromUtf8("поток закончился до message_start (3 события)");
    QTest::newRow("5") << 5 << QString::fromUtf8("поток закончился до message_start (5 событий)");
    QTest::newRow("21") << 21 << QString::fromUtf8("поток закончился до message_start (21 событие)");
}

// A count picks the Russian plural form, not one form for every number.
void TestErrorTranslations::eventCountsInRussian()
{
    QFETCH(int, events);
    QFETCH(QString, message);
    install(QLocale::Russian);
    MessageStreamAccumulator stream;
    SseEvent ping;
    ping.type = QByteArrayLiteral("ping");
    ping.data = QByteArrayLiteral("{\"type\":\"ping\"}");
    for (int i = 0; i < events; ++i)
        QVERIFY(!stream.addEvent(ping));
    const std::optional<ApiError> error = stream.finish();
    QVERIFY(error);
    QCOMPARE(error->message, message);
}

void TestErrorTranslations::englishWithoutTranslator()
{
    const ApiError error
        = ApiError::fromHttpResponse(502, gatewayPage, {{QByteArrayLiteral("content-type"), QByteArrayLiteral("text/html")}});
    QCOMPARE(error.message, QStringLiteral("the server answered with an HTML page (\"502 Bad Gateway\") instead of JSON"));
    QCOMPARE(error.toString(),
        QStringLiteral("HTTP 502: the server answered with an HTML page (\"502 Bad Gateway\") instead of JSON"));
}

// The findings list shows the check's message in the window's language; the
// check id stays English for lint --json and the tag name stays as written.
void TestErrorTranslations::findingsInJapanese()
{
    install(QLocale::Japanese);
    Prompt prompt;
    prompt.system = QStringLiteral("Reply inside <answer> tags.\nBe brief.</rules>");
    prompt.messages.append(Message::user(QStringLiteral("Summarize {{TICKET}}.")));
    const VariableValues noValues;
    CheckOptions options;
    options.testValues = &noValues;
    const QList<Diagnostic> findings = checkPrompt(prompt, options);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings[0].code, QStringLiteral("unbalanced-tag"));
    QCOMPARE(findings[0].message, QString::fromUtf8("</rules> は開かれていないタグを閉じています"));
    QCOMPARE(findings[1].code, QStringLiteral("missing-value"));
    QCOMPARE(findings[1].message, QString::fromUtf8("{{TICKET}} にテスト値がありません"));
}

void TestErrorTranslations::templateMismatchCountInRussian()
{
    install(QLocale::Russian);
    Prompt original;
    original.messages = {Message::user(QStringLiteral("Hello Ada")), Message::assistant(QStringLiteral("Hi"))};
    Prompt templ;
    templ.messages = {Message::user(QStringLiteral("Hello {{NAME}}"))};
    const VerifiedTemplate verified = verifyTemplate(original, templ, {{QStringLiteral("NAME"), QStringLiteral("Ada")}});
    QVERIFY(!verified.ok);
    QCOMPARE(verified.errors.size(), 1);
    QCOMPARE(verified.errors[0].message, QString::fromUtf8("в шаблоне 1 сообщение, в исходном промпте 2"));
}

// Import, open and tool-run refusals name the file, line, column and JSON
// location as written; only the words around them are translated.
void TestErrorTranslations::fileErrorsInJapanese()
{
    install(QLocale::Japanese);
    const ImportResult notUtf8 = importPrompt(QByteArrayLiteral("Hello\n\xff there"), QStringLiteral("ticket.txt"));
    QCOMPARE(notUtf8.error, QString::fromUtf8("ticket.txt:2:1: ファイルが正しい UTF-8 テキストではありません（バイト 6）"));

    const ImportResult image
        = importPrompt(QByteArrayLiteral(R"({"messages":[{"role":"user","content":[{"type":"image","source":{}}]}]})"),
            QStringLiteral("vision.json"));
    QCOMPARE(image.error,
        QString::fromUtf8(
            "vision.json: messages[0].content[0]: インポートできるのはテキストブロックだけです（検出された値: \"image\"）"));

    const DocumentReadResult array = parseDocument(QByteArrayLiteral("[1, 2]"), QStringLiteral("notes.promptwerk"));
    QCOMPARE(array.error,
        QString::fromUtf8(
            "notes.promptwerk: Promptwerk のドキュメントではありません（ファイルには JSON オブジェクトが必要です）"));

    Prompt prompt;
    prompt.messages = {Message::assistant(QStringLiteral("Sure.")), Message::user(QStringLiteral("Go on"))};
    const QList<Diagnostic> problems = validatePrompt(prompt, PromptRules::PromptTools);
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems[0].code, QStringLiteral("message-order"));
    QCOMPARE(problems[0].message,
        QString::fromUtf8("最初のメッセージはユーザーからである必要があります（\"assistant\" が見つかりました）"));
}

// The command line installs no translator: its refusals stay byte-identical English.
void TestErrorTranslations::fileErrorsStayEnglishWithoutTranslator()
{
    const ImportResult image
        = importPrompt(QByteArrayLiteral(R"({"messages":[{"role":"user","content":[{"type":"image","source":{}}]}]})"),
            QStringLiteral("vision.json"));
    QCOMPARE(
        image.error, QStringLiteral("vision.json: messages[0].content[0]: only text blocks can be imported (found \"image\")"));
    const ImportResult noMessages = importPrompt(QByteArrayLiteral(R"({"system":"Be brief."})"), QStringLiteral("p.json"));
    QCOMPARE(noMessages.error,
        QStringLiteral(R"(p.json: messages: is required (a JSON prompt is {"system": ..., "messages": [...]}))"));
    const DocumentReadResult newer
        = parseDocument(QByteArrayLiteral(R"({"format":"promptwerk","version":99})"), QStringLiteral("future.promptwerk"));
    QCOMPARE(newer.error,
        QStringLiteral(
            "future.promptwerk: version: the file is format version 99, newer than this Promptwerk reads (up to 2); open it with a "
            "newer Promptwerk"));
}

// The window's own installation: Qt's catalogue and ours, ours asked first,
// so Qt 6.4's Japanese "Backspae" never shows in a menu or the status bar.
void TestErrorTranslations::applicationTranslatorsCorrectQtsKeyNames()
{
    const QList<QTranslator *> installed = installTranslators(*QCoreApplication::instance(), QLocale(QLocale::Japanese));
    const auto removeAll = qScopeGuard([&] {
        for (QTranslator *translator : installed) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    });
    QCOMPARE(installed.size(), 2); // qtbase_ja from qt6-translations-l10n, and ours
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace).toString(QKeySequence::NativeText),
        QStringLiteral("Ctrl+Shift+Backspace"));
    // Qt's catalogue still answers for what ours leaves alone.
    QCOMPARE(QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText), QStringLiteral("Alt+↑"));
    // And ours for our own texts.
    const ApiError error
        = ApiError::fromHttpResponse(502, gatewayPage, {{QByteArrayLiteral("content-type"), QByteArrayLiteral("text/html")}});
    QVERIFY(error.message.contains(QLatin1String("502 Bad Gateway")));
    QVERIFY2(!error.message.contains(QLatin1String("the server answered")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestErrorTranslations)
#include "tst_errortranslations.moc"
