#include "api/apiconfig.h"

#include <QTest>

using namespace pw;

namespace {

// Sets an environment variable for one scope and puts the old value back.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestApiConfig : public QObject
{
    Q_OBJECT

private slots:
    void endpointUrls_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("url");
        QTest::newRow("anthropic") << "https://api.anthropic.com"
                                   << "/v1/messages"
                                   << "https://api.anthropic.com/v1/messages";
        QTest::newRow("trailing slash") << "https://api.anthropic.com/"
                                        << "/v1/models"
                                        << "https://api.anthropic.com/v1/models";
        QTest::newRow("gateway prefix") << "https://gw.example/anthropic"
                                        << "/v1/messages"
                                        << "https://gw.example/anthropic/v1/messages";
        QTest::newRow("ollama /v1") << "http://localhost:11434/v1"
                                    << "/v1/chat/completions"
                                    << "http://localhost:11434/v1/chat/completions";
        QTest::newRow("/v1/") << "http://127.0.0.1:8080/v1/"
                              << "/v1/models"
                              << "http://127.0.0.1:8080/v1/models";
        QTest::newRow("openai") << "https://api.openai.com/v1"
                                << "/v1/chat/completions"
                                << "https://api.openai.com/v1/chat/completions";
        QTest::newRow("v1 inside a word") << "https://gw.example/apiv1"
                                          << "/v1/models"
                                          << "https://gw.example/apiv1/v1/models";
        QTest::newRow("query dropped") << "https://gw.example/x?debug=1"
                                       << "/v1/models"
                                       << "https://gw.example/x/v1/models";
        QTest::newRow("port kept") << "http://[::1]:1234"
                                   << "/v1/models"
                                   << "http://[::1]:1234/v1/models";
    }

    void endpointUrls()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, url);
        QCOMPARE(endpointUrl(QUrl(base), path).toString(), url);
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("lan") << "192.168.1.10" << false;
        QTest::newRow("public") << "api.anthropic.com" << false;
        QTest::newRow("localhost lookalike") << "localhost.evil.example" << false;
        QTest::newRow("127 lookalike") << "127.0.0.1.nip.io" << false;
        QTest::newRow("any") << "0.0.0.0" << false;
    }

    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void baseUrlChecks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("sendsKey");
        QTest::addColumn<int>("kind"); // -1: accepted
        QTest::newRow("https") << "https://api.anthropic.com" << true << -1;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080" << true << -1;
        QTest::newRow("http localhost") << "http://localhost:11434/v1" << true << -1;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:8080" << true << -1;
        QTest::newRow("http lan") << "http://192.168.1.10:11434/v1" << true << int(ApiErrorKind::InsecureUrl);
        QTest::newRow("http lan, no key") << "http://192.168.1.10:11434/v1" << false << -1;
        QTest::newRow("http public") << "http://api.anthropic.com" << true << int(ApiErrorKind::InsecureUrl);
        QTest::newRow("ftp") << "ftp://example.com" << true << int(ApiErrorKind::Config);
        QTest::newRow("ftp, no key") << "ftp://example.com" << false << int(ApiErrorKind::Config);
        QTest::newRow("no scheme") << "api.anthropic.com" << true << int(ApiErrorKind::Config);
        QTest::newRow("empty") << "" << true << int(ApiErrorKind::Config);
        QTest::newRow("no host") << "https://" << true << int(ApiErrorKind::Config);
    }

    void baseUrlChecks()
    {
        QFETCH(QString, url);
        QFETCH(bool, sendsKey);
        QFETCH(int, kind);
        const std::optional<ApiError> problem = checkBaseUrl(QUrl(url), sendsKey);
        QCOMPARE(problem ? int(problem->kind) : -1, kind);
    }

    void insecureUrlMessageHidesCredentials()
    {
        const std::optional<ApiError> problem
            = checkBaseUrl(QUrl(QStringLiteral("http://user:hunter2@10.0.0.5:8080/v1?key=abc")));
        QVERIFY(problem);
        QVERIFY2(problem->message.contains(QStringLiteral("http://10.0.0.5:8080/v1")), qPrintable(problem->message));
        QVERIFY(!problem->message.contains(QStringLiteral("hunter2")));
        QVERIFY(!problem->message.contains(QStringLiteral("abc")));
    }

    void environment()
    {
        {
            ScopedEnv base("ANTHROPIC_BASE_URL", QByteArray());
            ScopedEnv key("ANTHROPIC_API_KEY", QByteArray());
            const ApiConfig config = ApiConfig::fromEnvironment(ApiProtocol::Anthropic);
            QCOMPARE(config.baseUrl, QUrl(QStringLiteral("https://api.anthropic.com")));
            QVERIFY(config.apiKey.isEmpty());
            QCOMPARE(config.retry.maxRetries, 2);
            QCOMPARE(config.timeout, std::chrono::milliseconds(600000));
        }
        {
            ScopedEnv base("ANTHROPIC_BASE_URL", "https://gw.example/anthropic ");
            ScopedEnv key("ANTHROPIC_API_KEY", "sk-ant-test");
            const ApiConfig config = ApiConfig::fromEnvironment(ApiProtocol::Anthropic);
            QCOMPARE(config.baseUrl, QUrl(QStringLiteral("https://gw.example/anthropic")));
            QCOMPARE(config.apiKey, QStringLiteral("sk-ant-test"));
        }
        {
            ScopedEnv base("OPENAI_BASE_URL", QByteArray());
            ScopedEnv key("OPENAI_API_KEY", QByteArray());
            const ApiConfig config = ApiConfig::fromEnvironment(ApiProtocol::OpenAi);
            QCOMPARE(config.baseUrl, QUrl(QStringLiteral("https://api.openai.com/v1")));
            QVERIFY(config.apiKey.isEmpty());
        }
        {
            ScopedEnv base("OPENAI_BASE_URL", "http://localhost:11434/v1");
            ScopedEnv key("OPENAI_API_KEY", "ollama");
            const ApiConfig config = ApiConfig::fromEnvironment(ApiProtocol::OpenAi);
            QCOMPARE(config.baseUrl, QUrl(QStringLiteral("http://localhost:11434/v1")));
            QCOMPARE(config.apiKey, QStringLiteral("ollama"));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiConfig)
#include "tst_apiconfig.moc"
