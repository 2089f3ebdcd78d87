// The engine registry, the one key lookup and the one EngineConfig ->
// ApiConfig conversion: the facts every caller (window, CLI, catalog) shares.

#include "secrets/secretstore.h"
#include "tools/engine.h"
#include "tools/engineconfiglookup.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pw;

namespace {

// A keychain that cannot be reached (no D-Bus session, a locked wallet).
class BrokenSecretStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    int reads = 0;

    void read(const QString &, QObject *context, ReadCallback done) override
    {
        ++reads;
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)] {
                done({false, {}, QStringLiteral("no keyring daemon")});
            },
            Qt::QueuedConnection);
    }
};

class CountingSecretStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    int reads = 0;

    void read(const QString &name, QObject *context, ReadCallback done) override
    {
        ++reads;
        MemorySecretStore::read(name, context, std::move(done));
    }
};

void store(SecretStore &secrets, const QString &name, const QString &value)
{
    bool written = false;
    QObject context;
    secrets.write(name, value, &context, [&written](const QString &) { written = true; });
    QTRY_VERIFY(written);
}

} // namespace

class TestEngineRegistry : public QObject
{
    Q_OBJECT

private slots:
    void idsAreUniqueAndClaudeIsTheDefault();
    void capabilities_data();
    void capabilities();
    void everyEngineIsConsistent();
    void enginesSupportWhatTheRegistrySays();
    void keyLookup_data();
    void keyLookup();
    void keyLookupNeverAnswersSynchronously();
    void brokenKeychain_data();
    void brokenKeychain();
    void badBaseUrlFailsBeforeTheKeychain();
    void overridesComeFirst();
    void apiConfigConversion_data();
    void apiConfigConversion();
};

void TestEngineRegistry::idsAreUniqueAndClaudeIsTheDefault()
{
    const QStringList ids = engineIds();
    QCOMPARE(ids,
        (QStringList {
            QStringLiteral("claude"), QStringLiteral("prompt-tools"), QStringLiteral("openai"), QStringLiteral("local")}));
    QCOMPARE(defaultEngine().id, QStringLiteral("claude"));
    QCOMPARE(EngineConfig().engine, QStringLiteral("claude"));
    QCOMPARE(engineIdList(), QStringLiteral("claude, prompt-tools, openai, local"));
    QVERIFY(!findEngine(QStringLiteral("gemini")));
    QVERIFY(!findEngine(QString()));
    for (const QString &id : ids)
        QCOMPARE(findEngine(id)->id, id);
}

void TestEngineRegistry::capabilities_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<bool>("generateAndImprove");
    QTest::addColumn<bool>("needsKey");
    QTest::addColumn<bool>("canRunPrompts");
    QTest::addColumn<bool>("canCountTokens");
    QTest::addColumn<QString>("keyVariable");
    QTest::addColumn<QString>("keychainEntry");
    QTest::addColumn<QString>("defaultBaseUrl");

    QTest::newRow("claude") << QStringLiteral("claude") << true << true << true << true << QStringLiteral("ANTHROPIC_API_KEY")
                            << QStringLiteral("anthropic-api-key") << QStringLiteral("https://api.anthropic.com");
    QTest::newRow("prompt-tools") << QStringLiteral("prompt-tools") << true << true << false << true
                                  << QStringLiteral("ANTHROPIC_API_KEY") << QStringLiteral("anthropic-api-key")
                                  << QStringLiteral("https://api.anthropic.com");
    QTest::newRow("openai") << QStringLiteral("openai") << true << false << true << false << QStringLiteral("OPENAI_API_KEY")
                            << QStringLiteral("openai-api-key") << QStringLiteral("http://localhost:11434/v1");
    QTest::newRow("local") << QStringLiteral("local") << false << false << false << false << QString() << QString() << QString();
}

void TestEngineRegistry::capabilities()
{
    QFETCH(QString, engine);
    QFETCH(bool, generateAndImprove);
    QFETCH(bool, needsKey);
    QFETCH(bool, canRunPrompts);
    QFETCH(bool, canCountTokens);
    QFETCH(QString, keyVariable);
    QFETCH(QString, keychainEntry);
    QFETCH(QString, defaultBaseUrl);

    const EngineInfo *info = findEngine(engine);
    QVERIFY(info);
    QCOMPARE(info->supports(Tool::Generate), generateAndImprove);
    QCOMPARE(info->supports(Tool::Improve), generateAndImprove);
    QVERIFY(info->supports(Tool::Templatize));
    QCOMPARE(info->needsKey(), needsKey);
    QCOMPARE(info->canRunPrompts, canRunPrompts);
    QCOMPARE(info->canCountTokens, canCountTokens);
    QCOMPARE(info->keyVariable, keyVariable);
    QCOMPARE(info->keychainEntry, keychainEntry);
    QCOMPARE(info->defaultBaseUrl.toString(), defaultBaseUrl);
}

void TestEngineRegistry::everyEngineIsConsistent()
{
    for (const EngineInfo &info : allEngines()) {
        const QByteArray id = info.id.toUtf8();
        QVERIFY2(!info.displayName.isEmpty(), id.constData());
        QVERIFY2(!info.toolTip().isEmpty() && !info.description().isEmpty(), id.constData());
        // An engine that takes a key says where it comes from; one that sends nothing takes none.
        QCOMPARE(info.takesKey(), !info.keychainEntry.isEmpty());
        QCOMPARE(info.takesKey(), !info.keyVariable.isEmpty());
        QCOMPARE(info.runsOffline(), !info.apiProtocol().has_value());
        QCOMPARE(info.runsOffline(), info.defaultBaseUrl.isEmpty());
        QCOMPARE(info.runsOffline(), info.baseUrlVariable.isEmpty());
        if (!info.runsOffline())
            QVERIFY2(info.defaultBaseUrl.scheme().startsWith(QLatin1String("http")), id.constData());
        // A tool model chosen by Promptwerk has a default; running prompts needs a model.
        QCOMPARE(info.choosesToolModel, !info.defaultToolModel.isEmpty());
        if (info.canRunPrompts)
            QVERIFY2(info.choosesToolModel, id.constData());
    }
    // Engines that speak the same API share its key.
    QCOMPARE(findEngine(QStringLiteral("claude"))->keychainEntry, findEngine(QStringLiteral("prompt-tools"))->keychainEntry);
}

void TestEngineRegistry::enginesSupportWhatTheRegistrySays()
{
    for (const EngineInfo &info : allEngines()) {
        EngineConfig config;
        config.engine = info.id;
        QString error;
        const std::unique_ptr<Engine> engine = createEngine(config, &error);
        QVERIFY2(engine, qPrintable(error));
        QCOMPARE(engine->name(), info.id);
        QCOMPARE(&engine->info(), &info);
        for (Tool tool : allTools())
            QCOMPARE(engine->supports(tool), info.supports(tool));
    }
}

void TestEngineRegistry::keyLookup_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("environmentKey");
    QTest::addColumn<QString>("keychainKey");
    QTest::addColumn<QString>("expectedKey");
    QTest::addColumn<bool>("fails");

    QTest::newRow("claude: the environment comes first") << QStringLiteral("claude") << QStringLiteral("env-key")
                                                         << QStringLiteral("chain-key") << QStringLiteral("env-key") << false;
    QTest::newRow("claude: else the keychain")
        << QStringLiteral("claude") << QString() << QStringLiteral("chain-key") << QStringLiteral("chain-key") << false;
    QTest::newRow("claude: no key at all") << QStringLiteral("claude") << QString() << QString() << QString() << true;
    QTest::newRow("prompt-tools: the Anthropic key")
        << QStringLiteral("prompt-tools") << QString() << QStringLiteral("chain-key") << QStringLiteral("chain-key") << false;
    QTest::newRow("prompt-tools: no key at all") << QStringLiteral("prompt-tools") << QString() << QString() << QString() << true;
    QTest::newRow("openai: the keychain") << QStringLiteral("openai") << QString() << QStringLiteral("chain-key")
                                          << QStringLiteral("chain-key") << false;
    QTest::newRow("openai: a local server needs none")
        << QStringLiteral("openai") << QString() << QString() << QString() << false;
    QTest::newRow("local: takes no key") << QStringLiteral("local") << QStringLiteral("env-key") << QStringLiteral("chain-key")
                                         << QString() << false;
}

void TestEngineRegistry::keyLookup()
{
    QFETCH(QString, engine);
    QFETCH(QString, environmentKey);
    QFETCH(QString, keychainKey);
    QFETCH(QString, expectedKey);
    QFETCH(bool, fails);

    const EngineInfo &info = *findEngine(engine);
    CountingSecretStore secrets;
    EngineSources sources;
    sources.secrets = &secrets;
    // An engine that takes no key is offered the Anthropic one, and must not take it.
    const QString variable = info.takesKey() ? info.keyVariable : defaultEngine().keyVariable;
    const QString entry = info.takesKey() ? info.keychainEntry : defaultEngine().keychainEntry;
    if (!environmentKey.isEmpty())
        sources.environment.insert(variable, environmentKey);
    if (!keychainKey.isEmpty())
        store(secrets, entry, keychainKey);
    // The other engines' keys are never taken by mistake.
    sources.environment.insert(QStringLiteral("UNRELATED_API_KEY"), QStringLiteral("wrong"));

    EngineConfigLookup lookup(engine, sources);
    QSignalSpy finished(&lookup, &EngineConfigLookup::finished);
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QVERIFY(lookup.isFinished());
    QCOMPARE(lookup.config().engine, engine);
    QCOMPARE(lookup.config().apiKey, expectedKey);
    // The keychain is asked only when the environment has no key for an engine that takes one.
    QCOMPARE(secrets.reads, info.takesKey() && environmentKey.isEmpty() ? 1 : 0);
    if (fails) {
        QVERIFY2(lookup.error().contains(info.keyVariable), qPrintable(lookup.error()));
        QVERIFY2(lookup.error().contains(engine), qPrintable(lookup.error()));
        QCOMPARE(missingKeyError(lookup.config()), lookup.error());
    } else {
        QVERIFY2(lookup.error().isEmpty(), qPrintable(lookup.error()));
        QVERIFY(missingKeyError(lookup.config()).isEmpty());
    }
}

void TestEngineRegistry::keyLookupNeverAnswersSynchronously()
{
    // Callers connect after constructing: an answer during the constructor would be lost.
    MemorySecretStore secrets;
    EngineSources sources;
    sources.secrets = &secrets;
    sources.environment.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("env-key"));
    for (const QString &engine : engineIds()) {
        EngineConfigLookup lookup(engine, sources);
        QVERIFY(!lookup.isFinished());
        QSignalSpy finished(&lookup, &EngineConfigLookup::finished);
        QVERIFY(finished.wait());
    }
}

void TestEngineRegistry::brokenKeychain_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<bool>("fails");
    QTest::newRow("claude cannot go on") << QStringLiteral("claude") << true;
    QTest::newRow("openai goes on without a key") << QStringLiteral("openai") << false;
}

void TestEngineRegistry::brokenKeychain()
{
    QFETCH(QString, engine);
    QFETCH(bool, fails);
    BrokenSecretStore secrets;
    EngineSources sources;
    sources.secrets = &secrets;
    EngineConfigLookup lookup(engine, sources);
    QSignalSpy finished(&lookup, &EngineConfigLookup::finished);
    QVERIFY(finished.wait());
    QCOMPARE(secrets.reads, 1);
    QVERIFY(lookup.config().apiKey.isEmpty());
    if (fails) {
        // Both what is missing and why the keychain did not help.
        QVERIFY2(lookup.error().contains(QLatin1String("ANTHROPIC_API_KEY")), qPrintable(lookup.error()));
        QVERIFY2(lookup.error().contains(QLatin1String("no keyring daemon")), qPrintable(lookup.error()));
    } else {
        QVERIFY2(lookup.error().isEmpty(), qPrintable(lookup.error()));
    }
}

void TestEngineRegistry::badBaseUrlFailsBeforeTheKeychain()
{
    CountingSecretStore secrets;
    EngineSources sources;
    sources.secrets = &secrets;
    sources.environment.insert(QStringLiteral("ANTHROPIC_BASE_URL"), QStringLiteral("ftp://files.example"));
    EngineConfigLookup lookup(QStringLiteral("claude"), sources);
    QSignalSpy finished(&lookup, &EngineConfigLookup::finished);
    QVERIFY(finished.wait());
    QVERIFY2(lookup.error().contains(QLatin1String("ANTHROPIC_BASE_URL")), qPrintable(lookup.error()));
    QCOMPARE(secrets.reads, 0);
}

void TestEngineRegistry::overridesComeFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings file(dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
    SettingsStore settings(&file);
    EngineSettings saved;
    saved.baseUrl = QUrl(QStringLiteral("http://saved.localhost:1"));
    saved.toolModel = QStringLiteral("saved-model");
    saved.timeoutSeconds = 42;
    settings.setEngineSettings(QStringLiteral("openai"), saved);

    EngineSources sources;
    sources.settings = &file;
    QCOMPARE(engineConfigWithoutKeychain(QStringLiteral("openai"), sources).baseUrl, saved.baseUrl);
    QCOMPARE(engineConfigWithoutKeychain(QStringLiteral("openai"), sources).toolModel, saved.toolModel);

    sources.environment.insert(QStringLiteral("OPENAI_BASE_URL"), QStringLiteral("http://env.localhost:2"));
    QCOMPARE(
        engineConfigWithoutKeychain(QStringLiteral("openai"), sources).baseUrl, QUrl(QStringLiteral("http://env.localhost:2")));

    sources.overrides.baseUrl = QStringLiteral("http://option.localhost:3");
    sources.overrides.toolModel = QStringLiteral("option-model");
    EngineConfigLookup lookup(QStringLiteral("openai"), sources);
    QSignalSpy finished(&lookup, &EngineConfigLookup::finished);
    QVERIFY(finished.wait());
    QCOMPARE(lookup.config().baseUrl, QUrl(QStringLiteral("http://option.localhost:3")));
    QCOMPARE(lookup.config().toolModel, QStringLiteral("option-model"));
    QCOMPARE(lookup.config().timeoutSeconds, 42);
}

void TestEngineRegistry::apiConfigConversion_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("expectedBaseUrl");

    QTest::newRow("claude default") << QStringLiteral("claude") << QString() << QStringLiteral("https://api.anthropic.com");
    QTest::newRow("prompt-tools default") << QStringLiteral("prompt-tools") << QString()
                                          << QStringLiteral("https://api.anthropic.com");
    QTest::newRow("openai default") << QStringLiteral("openai") << QString() << QStringLiteral("http://localhost:11434/v1");
    QTest::newRow("chosen base URL") << QStringLiteral("openai") << QStringLiteral("https://gw.example/v1")
                                     << QStringLiteral("https://gw.example/v1");
}

void TestEngineRegistry::apiConfigConversion()
{
    QFETCH(QString, engine);
    QFETCH(QString, baseUrl);
    QFETCH(QString, expectedBaseUrl);
    EngineConfig config;
    config.engine = engine;
    config.baseUrl = QUrl(baseUrl);
    config.apiKey = QStringLiteral("secret");
    config.timeoutSeconds = 17;
    config.maxRetries = 5;
    const ApiConfig api = toApiConfig(config);
    QCOMPARE(api.baseUrl.toString(), expectedBaseUrl);
    QCOMPARE(api.apiKey, QStringLiteral("secret"));
    QCOMPARE(api.timeout, std::chrono::milliseconds(17000));
    QCOMPARE(api.retry.maxRetries, 5);
}

QTEST_GUILESS_MAIN(TestEngineRegistry)
#include "tst_engineregistry.moc"
