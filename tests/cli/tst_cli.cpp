// promptwerk-cli run as a separate process, the way scripts and users run it,
// against the fake server running in this process. The environment is
// sealed: a temporary HOME and XDG_CONFIG_HOME, no D-Bus session and no
// display, so no keychain or settings of the machine are touched.
#include "clirunner.h"
#include "fakes/fakeapiserver.h"
#include "fakes/modelanswers.h"
#include "testfiles.h"
#include "tools/enginesettings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using pw::test::CliResult;
using pw::test::closedPort;
using pw::test::FakeApiServer;
using pw::test::FakeResponse;
using pw::test::headerValue;
using pw::test::inPieces;
using pw::test::RecordedRequest;

namespace {

const QByteArray messagesPath = QByteArrayLiteral("/v1/messages");
const QByteArray templatizePath = QByteArrayLiteral("/v1/experimental/templatize_prompt");

QJsonObject textMessage(const QString &role, const QString &text)
{
    return {{QStringLiteral("role"), role},
        {QStringLiteral("content"),
            QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}}}}};
}

// A model answer for the claude engine (the tool output schema).
QString modelAnswer(const QString &userText, const QString &system = QString())
{
    return pw::test::modelAnswer({{QStringLiteral("user"), userText}}, system);
}

QString firstUserText(const QJsonObject &body)
{
    return pw::test::contentText(
        body.value(QLatin1String("messages")).toArray().at(0).toObject().value(QLatin1String("content")));
}

// What a terminal shows, line by line: the progress line is redrawn with
// "\r ESC[K", so only the text after the last such sequence is visible.
QStringList visibleLines(const QByteArray &screen)
{
    QStringList lines;
    for (QString line : QString::fromUtf8(screen).split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const qsizetype redraw = line.lastIndexOf(QLatin1String("\r\x1b[K"));
        lines.append(redraw >= 0 ? line.mid(redraw + 4) : line);
    }
    return lines;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void version();
    void helpListsEveryCommand();
    void usageErrors_data();
    void usageErrors();

    void models();
    void modelsJson();
    void countTokens();
    void templatizePrintsTheResponseBody();
    void templatizeReadable();
    void improveSendsFeedback();
    void improveNotesFoldedPrefill();
    void generateStreamsOnClaude();
    void generateOnOpenAi();
    void savedSettingsApply();
    void truncatedAnswer();

    void overloadedForever_data();
    void overloadedForever();
    void networkFailure();
    void timeoutIsANetworkFailure();
    void badKeyNeverShown();
    void noKeyFailsFast();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void readsStandardInput();

    void lintClean();
    void lintFindings();
    void lintFindingsJson();
    void lintUnreadable();

    void interruptDuringStream();
    void progressOnATerminal();
    void localTemplatizeOffline();
    void localGenerateNeedsAModel();

private:
    QProcessEnvironment environment(const QString &apiKey = QStringLiteral("test-key")) const;
    CliResult run(const QStringList &arguments, const QByteArray &input = {},
        const std::optional<QProcessEnvironment> &env = std::nullopt, int timeoutMs = 20000);
    QString writeFile(const QString &name, const QByteArray &data);
    // Runs with stdout and stderr on one pseudo-terminal, as in an
    // interactive shell; returns what the terminal received.
    QByteArray runOnTerminal(const QStringList &arguments, int *exitCode);

    QTemporaryDir m_home;
    std::optional<pw::test::CliRunner> m_cli;
    std::unique_ptr<FakeApiServer> m_server;
    QString m_translation; // a text prompt file
    QString m_translationJson; // the same with a system prompt, as JSON
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(PROMPTWERK_CLI)));
    m_cli.emplace(QStringLiteral(PROMPTWERK_CLI), m_home);
    m_translation = writeFile(QStringLiteral("translate.txt"), "Translate hello to German");
    m_translationJson = writeFile(QStringLiteral("translate.json"),
        R"({"system": "You are a professional English to German translator.",
            "messages": [{"role": "user", "content": "Translate hello to German"}]})");
}

void TestCli::init()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->listen());
}

void TestCli::cleanup()
{
    m_server.reset();
}

QProcessEnvironment TestCli::environment(const QString &apiKey) const
{
    return m_cli->environment(m_server->baseUrl(), apiKey);
}

CliResult TestCli::run(
    const QStringList &arguments, const QByteArray &input, const std::optional<QProcessEnvironment> &env, int timeoutMs)
{
    return m_cli->run(arguments, env ? *env : environment(), input, timeoutMs);
}

QString TestCli::writeFile(const QString &name, const QByteArray &data)
{
    return pw::test::writeTestFile(m_home.filePath(name), data);
}

QByteArray TestCli::runOnTerminal(const QStringList &arguments, int *exitCode)
{
    return m_cli->runOnTerminal(arguments, environment(), exitCode);
}

// ---- usage ------------------------------------------------------------------

void TestCli::version()
{
    const CliResult r = run({QStringLiteral("--version")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(
        QRegularExpression(QStringLiteral("^promptwerk-cli \\d+\\.\\d+\\.\\d+\\n$")).match(QString::fromUtf8(r.out)).hasMatch(),
        qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());
}

void TestCli::helpListsEveryCommand()
{
    const CliResult r = run({QStringLiteral("--help")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QString help = QString::fromUtf8(r.out);
    for (const char *command :
        {"models", "count-tokens", "generate", "improve", "templatize", "lint", "diff", "export", "serve"}) {
        QVERIFY2(help.contains(QRegularExpression(QStringLiteral("\\n  %1 ").arg(QLatin1String(command)))),
            qPrintable(QStringLiteral("%1 missing from:\n%2").arg(QLatin1String(command), help)));
    }
    for (const char *option : {"--engine", "--base-url", "--target-model", "--model", "--max-retries", "--timeout", "--json"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
    QVERIFY(help.contains(QLatin1String("Exit codes")));
    QVERIFY(help.contains(QLatin1String("130 interrupted")));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("translate.txt");
    QTest::newRow("no command") << QStringList {} << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command 'frobnicate'");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--bogus"), QStringLiteral("models")}
                                    << QStringLiteral("Unknown option 'bogus'");
    QTest::newRow("option without value") << QStringList {QStringLiteral("models"), QStringLiteral("--engine")}
                                          << QStringLiteral("Missing value");
    QTest::newRow("missing file") << QStringList {QStringLiteral("templatize")}
                                  << QStringLiteral("usage: promptwerk-cli templatize");
    QTest::newRow("extra argument") << QStringList {QStringLiteral("models"), file}
                                    << QStringLiteral("usage: promptwerk-cli models");
    QTest::newRow("retries out of range") << QStringList {QStringLiteral("models"), QStringLiteral("--max-retries"),
        QStringLiteral("11")} << QStringLiteral("--max-retries");
    QTest::newRow("timeout not a number") << QStringList {QStringLiteral("models"), QStringLiteral("--timeout"),
        QStringLiteral("soon")} << QStringLiteral("--timeout");
    QTest::newRow("unknown engine") << QStringList {QStringLiteral("models"), QStringLiteral("--engine"),
        QStringLiteral("gemini")} << QStringLiteral("unknown engine \"gemini\"");
    QTest::newRow("bad base url") << QStringList {QStringLiteral("models"), QStringLiteral("--base-url"),
        QStringLiteral("ftp://x.example")}
                                  << QStringLiteral("--base-url is not an http(s) URL");
    QTest::newRow("plain http to another host")
        << QStringList {QStringLiteral("models"), QStringLiteral("--base-url"), QStringLiteral("http://api.example.com")}
        << QStringLiteral("refusing to send the API key unencrypted to http://api.example.com");
    QTest::newRow("generate without task") << QStringList {QStringLiteral("generate")} << QStringLiteral("--task");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult r = run(arguments);
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(m_server->requests().size(), 0);
}

// ---- API commands -------------------------------------------------------------

void TestCli::models()
{
    const CliResult r = run({QStringLiteral("models")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8); // the fake's list
    QVERIFY2(lines.constFirst().startsWith(QLatin1String("claude-fable-5-1")), qPrintable(r.describe()));
    QVERIFY(lines.constFirst().contains(QLatin1String("Claude Fable 5.1")));
    QVERIFY(lines.constFirst().contains(QLatin1String("(2026-10-14)")));
    QVERIFY(r.out.contains("claude-sonnet-5-5"));
    const RecordedRequest sent = m_server->requests().constFirst();
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(sent.path, QByteArray("/v1/models"));
    QCOMPARE(sent.headers.value("x-api-key"), QByteArray("test-key"));
}

void TestCli::modelsJson()
{
    const CliResult r = run({QStringLiteral("models"), QStringLiteral("--json")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.describe()));
    const QJsonArray data = document.object().value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 8);
    const QJsonObject first = data.first().toObject();
    QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("claude-fable-5-1"));
    QCOMPARE(first.value(QLatin1String("display_name")).toString(), QStringLiteral("Claude Fable 5.1"));
    QVERIFY(first.value(QLatin1String("created_at")).toString().startsWith(QLatin1String("2026-10-14")));
}

void TestCli::countTokens()
{
    m_server->enqueue("/v1/messages/count_tokens", FakeResponse::json(200, {{QStringLiteral("input_tokens"), 1234}}));
    CliResult r = run({QStringLiteral("count-tokens"), m_translationJson});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, QByteArray("1234 input tokens (claude-sonnet-5-5)\n"));
    QJsonObject body = m_server->requests().constLast().json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-sonnet-5-5"));
    QCOMPARE(
        body.value(QLatin1String("system")).toString(), QStringLiteral("You are a professional English to German translator."));
    QCOMPARE(firstUserText(body), QStringLiteral("Translate hello to German"));
    QVERIFY(!body.contains(QLatin1String("max_tokens")));

    // The target model is the one counted for; --json for scripts. The
    // fake's own count is characters / 4.
    r = run({QStringLiteral("count-tokens"), m_translation, QStringLiteral("--target-model"), QStringLiteral("claude-opus-5-5"),
        QStringLiteral("--json")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("input_tokens")).toInt(), 7);
    body = m_server->requests().constLast().json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-opus-5-5"));
    QVERIFY(!body.contains(QLatin1String("system")));
}

void TestCli::templatizePrintsTheResponseBody()
{
    const QJsonArray messages {textMessage(QStringLiteral("user"), QStringLiteral("Translate {{WORD}} to {{LANGUAGE}}"))};
    const QString system = QStringLiteral("You are a professional English to {{LANGUAGE}} translator.");
    const QJsonObject values {
        {QStringLiteral("WORD"), QStringLiteral("hello")}, {QStringLiteral("LANGUAGE"), QStringLiteral("German")}};
    m_server->enqueue(templatizePath,
        FakeResponse::json(200,
            {{QStringLiteral("messages"), messages}, {QStringLiteral("system"), system},
                {QStringLiteral("usage"),
                    QJsonArray {QJsonObject {{QStringLiteral("input_tokens"), 490}, {QStringLiteral("output_tokens"), 661}},
                        QJsonObject {{QStringLiteral("input_tokens"), 10}, {QStringLiteral("output_tokens"), 39}}}},
                {QStringLiteral("variable_values"), values}}));

    const CliResult r = run({QStringLiteral("templatize"), QStringLiteral("--engine"), QStringLiteral("prompt-tools"),
        QStringLiteral("--json"), m_translationJson});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(r.describe()));
    const QJsonObject expected {{QStringLiteral("messages"), messages}, {QStringLiteral("system"), system},
        {QStringLiteral("usage"), QJsonObject {{QStringLiteral("input_tokens"), 500}, {QStringLiteral("output_tokens"), 700}}},
        {QStringLiteral("variable_values"), values}};
    QCOMPARE(document.object(), expected);
    QVERIFY2(!r.err.contains("note"), qPrintable(r.describe()));

    QCOMPARE(m_server->requests().size(), 1);
    const RecordedRequest sent = m_server->requests().constFirst();
    QCOMPARE(sent.path, templatizePath);
    QVERIFY(sent.headers.value("anthropic-beta").contains("prompt-tools-2025-04-02"));
    QCOMPARE(sent.json().value(QLatin1String("system")).toString(),
        QStringLiteral("You are a professional English to German translator."));
}

void TestCli::templatizeReadable()
{
    // The fake's own templatizer.
    const CliResult r
        = run({QStringLiteral("templatize"), QStringLiteral("--engine"), QStringLiteral("prompt-tools"), m_translationJson});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("=== system ===\nYou are a professional English to {{TARGET_LANGUAGE}} translator.")),
        qPrintable(out));
    QVERIFY2(
        out.contains(QLatin1String("=== user ===\nTranslate {{WORD_TO_TRANSLATE}} to {{TARGET_LANGUAGE}}")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("{{TARGET_LANGUAGE}} = German")));
    QVERIFY(out.contains(QLatin1String("{{WORD_TO_TRANSLATE}} = hello")));
    QVERIFY(QRegularExpression(QStringLiteral("usage: \\d+ input, \\d+ output tokens · request req_fake_\\d+"))
                .match(out)
                .hasMatch());
}

void TestCli::improveSendsFeedback()
{
    const CliResult r = run(
        {QStringLiteral("improve"), m_translationJson, QStringLiteral("--feedback"), QStringLiteral("Keep idioms natural")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains("=== user ==="));
    QCOMPARE(m_server->requestCount(messagesPath), 1);
    const QJsonObject body = m_server->requests().constFirst().json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-sonnet-5-5"));
    const QString sent = firstUserText(body);
    QVERIFY2(sent.contains(QLatin1String("<feedback>\nKeep idioms natural\n</feedback>")), qPrintable(sent));
    QVERIFY2(sent.contains(QLatin1String("Translate hello to German")), qPrintable(sent));
    QVERIFY(body.value(QLatin1String("system")).toString().contains(QLatin1String("improve")));
}

void TestCli::improveNotesFoldedPrefill()
{
    // The fake's improver ends with a <thinking> prefill, which Opus 4.6 rejects.
    const CliResult r = run({QStringLiteral("improve"), QStringLiteral("--engine"), QStringLiteral("prompt-tools"),
        QStringLiteral("--target-model"), QStringLiteral("claude-opus-4-6"), m_translation});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("promptwerk-cli: note: messages[0]: claude-opus-4-6 rejects a trailing assistant prefill"),
        qPrintable(r.describe()));
    QVERIFY2(!r.out.contains("(prefill)"), qPrintable(r.describe()));
    QVERIFY(r.out.contains("Begin your answer with exactly this text"));
    QCOMPARE(m_server->requests().constFirst().json().value(QLatin1String("target_model")).toString(),
        QStringLiteral("claude-opus-4-6"));
}

void TestCli::generateStreamsOnClaude()
{
    const QString answer
        = modelAnswer(QStringLiteral("Review this pull request:\n{{DIFF}}"), QStringLiteral("You are a careful reviewer."));
    FakeResponse stream = FakeResponse::anthropicStream(inPieces(answer, 6));
    const QString requestId = headerValue(stream, "request-id");
    m_server->enqueue(messagesPath, stream);
    const CliResult r = run({QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("Review pull requests"),
        QStringLiteral("--model"), QStringLiteral("claude-opus-5-5"), QStringLiteral("--max-tokens"), QStringLiteral("4000")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith(QLatin1String(
                 "=== system ===\nYou are a careful reviewer.\n\n=== user ===\nReview this pull request:\n{{DIFF}}\n")),
        qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("request ") + requestId), qPrintable(out));
    QVERIFY2(!r.err.contains('\r'), qPrintable(r.describe())); // no progress line when stderr is not a terminal

    QCOMPARE(m_server->requestCount(messagesPath), 1);
    const QJsonObject body = m_server->requests().constFirst().json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-opus-5-5"));
    QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 4000);
    QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));
    QVERIFY(firstUserText(body).contains(QLatin1String("<task>\nReview pull requests\n</task>")));
    QCOMPARE(body.value(QLatin1String("output_config"))
                 .toObject()
                 .value(QLatin1String("format"))
                 .toObject()
                 .value(QLatin1String("type")),
        QJsonValue(QStringLiteral("json_schema")));
}

void TestCli::generateOnOpenAi()
{
    m_server->setOpenAiKeyRequired(false);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("OPENAI_BASE_URL"), m_server->baseUrl().toString() + QStringLiteral("/v1"));
    const CliResult r = run({QStringLiteral("generate"), QStringLiteral("--engine"), QStringLiteral("openai"),
                                QStringLiteral("--task"), QStringLiteral("Classify emails"), QStringLiteral("--json")},
        {}, env);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(result.value(QLatin1String("messages")).isArray(), qPrintable(r.describe()));
    QVERIFY(result.value(QLatin1String("usage")).toObject().value(QLatin1String("output_tokens")).toInt() > 0);
    QCOMPARE(m_server->requestCount("/v1/chat/completions"), 1);
    const RecordedRequest sent = m_server->requests().constFirst();
    QVERIFY(!sent.headers.contains("authorization"));
    QVERIFY(!sent.headers.contains("x-api-key")); // the Anthropic key stays with Anthropic
    QCOMPARE(sent.json().value(QLatin1String("model")).toString(), QStringLiteral("llama3.2"));

    const CliResult models = run({QStringLiteral("models"), QStringLiteral("--engine"), QStringLiteral("openai")}, {}, env);
    QVERIFY2(models.finished && models.exitCode == 0, qPrintable(models.describe()));
    QCOMPARE(QString::fromUtf8(models.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 4);
    QVERIFY2(models.out.startsWith("llama3.2"), qPrintable(models.describe()));
    QCOMPARE(m_server->requests().constLast().path, QByteArray("/v1/models"));
}

// What the window saved applies to the CLI too, below options and environment.
void TestCli::savedSettingsApply()
{
    const QString configDir = m_home.filePath(QStringLiteral("config/Promptwerk"));
    QVERIFY(QDir().mkpath(configDir));
    const QString path = configDir + QStringLiteral("/Promptwerk.conf");
    {
        QSettings settings(path, QSettings::IniFormat);
        pw::SettingsStore store(&settings);
        pw::EngineSettings claude;
        claude.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort())); // the environment wins
        claude.toolModel = QStringLiteral("claude-opus-5");
        claude.maxRetries = 0;
        store.setEngineSettings(QStringLiteral("claude"), claude);
    }
    m_server->setAlways(messagesPath,
        FakeResponse::apiError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"))
            .withHeader("retry-after-ms", "5"));
    CliResult r = run({QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("Review code")});
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(m_server->requestCount(messagesPath), 1); // maxRetries 0 from the settings
    QCOMPARE(m_server->requests().constLast().json().value(QLatin1String("model")).toString(), QStringLiteral("claude-opus-5"));

    // Options win over the settings.
    r = run({QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("Review code"), QStringLiteral("--model"),
        QStringLiteral("claude-haiku-5-5"), QStringLiteral("--max-retries"), QStringLiteral("1")});
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(m_server->requestCount(messagesPath), 1 + 2);
    QCOMPARE(
        m_server->requests().constLast().json().value(QLatin1String("model")).toString(), QStringLiteral("claude-haiku-5-5"));
    QVERIFY(QFile::remove(path));
}

void TestCli::truncatedAnswer()
{
    m_server->enqueue(messagesPath,
        FakeResponse::anthropicStream(inPieces(modelAnswer(QStringLiteral("Review")).left(20), 5), QStringLiteral("max_tokens")));
    const CliResult r = run({QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("Review code"),
        QStringLiteral("--max-tokens"), QStringLiteral("64")});
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("cut off at the output budget of 64 tokens"), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

// ---- failures -----------------------------------------------------------------

void TestCli::overloadedForever_data()
{
    QTest::addColumn<int>("maxRetries");
    QTest::newRow("--max-retries 2") << 2;
    QTest::newRow("--max-retries 0") << 0;
}

void TestCli::overloadedForever()
{
    QFETCH(int, maxRetries);
    FakeResponse overloaded
        = FakeResponse::apiError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded: try again later"))
              .withHeader("retry-after-ms", "20");
    const QString requestId = headerValue(overloaded, "request-id");
    m_server->setAlways(messagesPath, overloaded);
    const CliResult r = run({QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("Summarize tickets"),
        QStringLiteral("--max-retries"), QString::number(maxRetries)});
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(m_server->requestCount(messagesPath), maxRetries + 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QLatin1String("promptwerk-cli: API error: ")), qPrintable(err));
    for (const QString &part :
        {QStringLiteral("529"), QStringLiteral("overloaded_error"), QStringLiteral("Overloaded: try again later"), requestId})
        QVERIFY2(err.contains(part), qPrintable(QStringLiteral("%1 missing from: %2").arg(part, err)));
    QVERIFY(r.out.isEmpty());
}

void TestCli::networkFailure()
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
    const CliResult r = run({QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("Summarize tickets"),
        QStringLiteral("--base-url"), base, QStringLiteral("--max-retries"), QStringLiteral("0")});
    QVERIFY2(r.finished && r.exitCode == 4, qPrintable(r.describe()));
    QVERIFY2(r.err.startsWith("promptwerk-cli: network error: "), qPrintable(r.describe()));

    // models too, and with a retry (the default backoff, half a second) it still ends.
    const CliResult models = run(
        {QStringLiteral("models"), QStringLiteral("--base-url"), base, QStringLiteral("--max-retries"), QStringLiteral("1")});
    QVERIFY2(models.finished && models.exitCode == 4, qPrintable(models.describe()));
}

void TestCli::timeoutIsANetworkFailure()
{
    FakeResponse silent = FakeResponse::anthropicStream({QStringLiteral("{}")});
    silent.delayMs = 8000;
    m_server->setAlways(messagesPath, silent);
    const CliResult r = run({QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("Summarize tickets"),
        QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--max-retries"), QStringLiteral("0")});
    // Exit 4, not the answer that comes after 8 s: the 1 s timeout ended it.
    QVERIFY2(r.finished && r.exitCode == 4, qPrintable(r.describe()));
    QVERIFY2(r.err.startsWith("promptwerk-cli: network error: "), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("1 s"), qPrintable(r.describe()));
    QCOMPARE(m_server->requestCount(messagesPath), 1);
}

void TestCli::badKeyNeverShown()
{
    const QString key = QStringLiteral("sk-ant-secret-123");
    const QProcessEnvironment env = environment(key);
    for (const QStringList &arguments :
        {QStringList {QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("Summarize")},
            QStringList {QStringLiteral("models")}, QStringList {QStringLiteral("count-tokens"), m_translation},
            QStringList {
                QStringLiteral("templatize"), QStringLiteral("--engine"), QStringLiteral("prompt-tools"), m_translation}}) {
        m_server->clear();
        const CliResult r = run(arguments, {}, env);
        QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("401") && r.err.contains("authentication_error"), qPrintable(r.describe()));
        QCOMPARE(m_server->requests().size(), 1); // a 401 is not retried
        QCOMPARE(m_server->requests().constFirst().headers.value("x-api-key"), key.toLatin1());
        for (const QByteArray &output : {r.out, r.err}) {
            QVERIFY2(!output.contains("sk-ant-secret-123"), qPrintable(r.describe()));
            QVERIFY2(!output.contains("secret-123"), qPrintable(r.describe()));
        }
    }
}

void TestCli::noKeyFailsFast()
{
    const QProcessEnvironment env = environment(QString());
    for (const QStringList &arguments :
        {QStringList {QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("Summarize")},
            QStringList {QStringLiteral("models")}}) {
        const CliResult r = run(arguments, {}, env, 15000);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(r.exitCode == 2 || r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("ANTHROPIC_API_KEY"), qPrintable(r.describe()));
    }
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCli::invalidInputSendsNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message"); // a regular expression

    // improve reads its input like templatize (runTool): one row of it is enough.
    QTest::addRow("improve: blank file") << QStringLiteral("improve") << QStringLiteral("blank.txt") << QByteArray()
                                         << QStringLiteral("blank\\.txt: .*(empty|no text)");
    for (const QString &command : {QStringLiteral("templatize"), QStringLiteral("count-tokens")}) {
        const QByteArray c = command.toLatin1();
        QTest::addRow("%s: broken JSON", c.constData())
            << command << QStringLiteral("broken.json") << QByteArray(R"({"messages": [{"role": "user", "content": "Hi"})")
            << QStringLiteral("broken\\.json:1:48: invalid JSON");
        QTest::addRow("%s: not UTF-8", c.constData())
            << command << QStringLiteral("latin1.txt") << QByteArray("Translate caf\xe9 to German")
            << QStringLiteral("latin1\\.txt:1:14: the file is not valid UTF-8 text");
        QTest::addRow("%s: wrong role", c.constData())
            << command << QStringLiteral("role.json") << QByteArray(R"({"messages": [{"role": "system", "content": "Hi"}]})")
            << QStringLiteral("role\\.json: messages\\[0\\]\\.role: must be");
        QTest::addRow("%s: no messages", c.constData())
            << command << QStringLiteral("nomessages.json") << QByteArray(R"({"system": "Be brief.", "messages": []})")
            << QStringLiteral("nomessages\\.json: messages: at least one message is required");
        QTest::addRow("%s: blank file", c.constData())
            << command << QStringLiteral("blank.txt") << QByteArray() << QStringLiteral("blank\\.txt: .*(empty|no text)");
        QTest::addRow("%s: missing file", c.constData())
            << command << QString() << QByteArray() << QStringLiteral("cannot read .*does-not-exist\\.json");
    }
}

void TestCli::invalidInputSendsNothing()
{
    QFETCH(QString, command);
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = name.isEmpty() ? m_home.filePath(QStringLiteral("does-not-exist.json")) : writeFile(name, content);
    const QRegularExpression expected(message, QRegularExpression::CaseInsensitiveOption);
    QVERIFY(expected.isValid());
    const CliResult r = run({command, path});
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.startsWith("promptwerk-cli: "), qPrintable(r.describe()));
    QVERIFY2(expected.match(QString::fromUtf8(r.err)).hasMatch(), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCli::readsStandardInput()
{
    const QByteArray prompt = R"({"messages": [{"role": "user", "content": "Translate \"good morning\" to French"}]})";
    const CliResult r = run({QStringLiteral("templatize"), QStringLiteral("--engine"), QStringLiteral("prompt-tools"),
                                QStringLiteral("--json"), QStringLiteral("-")},
        prompt);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(firstUserText(m_server->requests().constFirst().json()), QStringLiteral("Translate \"good morning\" to French"));
    const QJsonObject values = QJsonDocument::fromJson(r.out).object().value(QLatin1String("variable_values")).toObject();
    QCOMPARE(values.value(QLatin1String("TARGET_LANGUAGE")).toString(), QStringLiteral("French"));

    // Errors name standard input.
    const CliResult bad = run(
        {QStringLiteral("lint"), QStringLiteral("-")}, QByteArray(R"({"messages": [{"role": "system", "content": "Hi"}]})"));
    QVERIFY2(bad.finished && bad.exitCode == 2, qPrintable(bad.describe()));
    QVERIFY2(bad.err.contains("promptwerk-cli: stdin: messages[0].role"), qPrintable(bad.describe()));
}

// ---- lint -----------------------------------------------------------------------

void TestCli::lintClean()
{
    const QString path = writeFile(QStringLiteral("clean.json"),
        R"({"system": "You translate.", "messages": [{"role": "user", "content": "Translate {{WORD}} to German."}]})");
    const CliResult r = run({QStringLiteral("lint"), path});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("no findings"), qPrintable(r.describe()));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCli::lintFindings()
{
    const QString path = writeFile(QStringLiteral("findings.json"),
        R"({"messages": [{"role": "user", "content": "Answer {{QUESTION}} for ${user}"},
                        {"role": "assistant", "content": "<answer>"}]})");
    CliResult r = run({QStringLiteral("lint"), path});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("findings.json: warning: messages[0].content[0] at offset 24: "), qPrintable(r.describe()));
    QVERIFY2(r.out.contains("[mixed-variable-syntax]"), qPrintable(r.describe()));
    QVERIFY2(!r.out.contains("prefill-rejected"), qPrintable(r.describe()));

    // The target model decides whether the prefill is a finding.
    r = run({QStringLiteral("lint"), path, QStringLiteral("--target-model"), QStringLiteral("claude-opus-4-6")});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("findings.json: error: messages[1]"), qPrintable(r.describe()));
    QVERIFY2(r.out.contains("[prefill-rejected]"), qPrintable(r.describe()));
    r = run({QStringLiteral("lint"), path, QStringLiteral("--target-model"), QStringLiteral("claude-3-7-sonnet-20250219")});
    QVERIFY2(!r.out.contains("prefill-rejected"), qPrintable(r.describe()));
}

void TestCli::lintFindingsJson()
{
    // A templatize result carries its values: a value no variable uses is a finding.
    const QString path = writeFile(QStringLiteral("result.json"),
        R"({"system": "", "messages": [{"role": "user", "content": [{"type": "text", "text": "Translate {{WORD}}"}]}],
            "variable_values": {"WORD": "hello", "LANGUAGE": "German"}})");
    const CliResult r = run({QStringLiteral("lint"), QStringLiteral("--json"), path});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject finding = findings.first().toObject();
    QCOMPARE(finding.value(QLatin1String("code")).toString(), QStringLiteral("unused-value"));
    QCOMPARE(finding.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(finding.value(QLatin1String("location")).toString(), QStringLiteral("prompt"));
    QVERIFY(finding.value(QLatin1String("message")).toString().contains(QLatin1String("LANGUAGE")));
}

void TestCli::lintUnreadable()
{
    CliResult r = run({QStringLiteral("lint"), m_home.filePath(QStringLiteral("missing.json"))});
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("cannot read") && r.err.contains("missing.json"), qPrintable(r.describe()));
    r = run({QStringLiteral("lint"), m_home.path()}); // a directory
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
}

// ---- interrupts and offline -----------------------------------------------------

void TestCli::interruptDuringStream()
{
    FakeResponse drip
        = FakeResponse::anthropicStream(inPieces(modelAnswer(QStringLiteral("Summarize {{TICKET}} ").repeated(10)), 4));
    // The first event at once, the next after half a minute: the answer has
    // begun and cannot end before the interrupt, however slow the machine.
    drip.chunkDelayMs = 30000;
    m_server->setAlways(messagesPath, drip);
    QSignalSpy received(m_server.get(), &FakeApiServer::requestReceived);

    QProcess process;
    process.setProcessEnvironment(environment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(
        QStringLiteral(PROMPTWERK_CLI), {QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("Summarize")});
    QVERIFY(process.waitForStarted(10000));
    QVERIFY(received.wait(10000));
    QCOMPARE(process.state(), QProcess::Running);

    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(finished.wait(10000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130); // interrupted, not finished
    QVERIFY2(err.contains("promptwerk-cli: interrupted"), err.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QCOMPARE(m_server->requestCount(messagesPath), 1);
}

void TestCli::progressOnATerminal()
{
    const QString answer = modelAnswer(QStringLiteral("Review this pull request:\n{{DIFF}}"), QStringLiteral("You review code."));
    FakeResponse stream = FakeResponse::anthropicStream(inPieces(answer, 8));
    stream.chunkDelayMs = 5;
    m_server->enqueue(messagesPath, stream);
    int exitCode = -1;
    QByteArray screen
        = runOnTerminal({QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("Review code")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(screen.contains("characters"), screen.constData()); // the progress line was drawn
    QStringList lines = visibleLines(screen);
    QVERIFY2(lines.constFirst() == QLatin1String("=== system ==="), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.contains(QStringLiteral("=== user ===")), qPrintable(lines.join(QLatin1Char('\n'))));
    for (const QString &line : std::as_const(lines))
        QVERIFY2(!line.contains(QLatin1String("characters")), qPrintable(lines.join(QLatin1Char('\n'))));

    // An error after a retry notice starts on a line of its own too.
    m_server->setAlways(messagesPath,
        FakeResponse::apiError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"))
            .withHeader("retry-after-ms", "5"));
    screen = runOnTerminal({QStringLiteral("generate"), QStringLiteral("--task"), QStringLiteral("Review code"),
                               QStringLiteral("--max-retries"), QStringLiteral("1")},
        &exitCode);
    QCOMPARE(exitCode, 3);
    QVERIFY2(screen.contains("retrying"), screen.constData());
    lines = visibleLines(screen);
    QVERIFY2(lines.constFirst().startsWith(QLatin1String("promptwerk-cli: API error: Overloaded")),
        qPrintable(lines.join(QLatin1Char('\n'))));
}

void TestCli::localTemplatizeOffline()
{
    QProcessEnvironment env = environment(QString());
    env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    const CliResult r = run({QStringLiteral("templatize"), QStringLiteral("--engine"), QStringLiteral("local"),
                                QStringLiteral("--json"), m_translationJson},
        {}, env);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(result.value(QLatin1String("variable_values")).toObject().contains(QLatin1String("TARGET_LANGUAGE")),
        qPrintable(r.describe()));
    QVERIFY(firstUserText(result).contains(QLatin1String("{{TARGET_LANGUAGE}}")));
    QCOMPARE(result.value(QLatin1String("usage")).toObject(),
        (QJsonObject {{QStringLiteral("input_tokens"), 0}, {QStringLiteral("output_tokens"), 0}}));
    QVERIFY(r.err.isEmpty());
}

void TestCli::localGenerateNeedsAModel()
{
    for (const QStringList &arguments : {QStringList {QStringLiteral("generate"), QStringLiteral("--engine"),
                                             QStringLiteral("local"), QStringLiteral("--task"), QStringLiteral("A translator")},
             QStringList {QStringLiteral("improve"), QStringLiteral("--engine"), QStringLiteral("local"), m_translation}}) {
        const CliResult r = run(arguments);
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("needs a model"), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
