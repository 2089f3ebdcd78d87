#include "eval/graders.h"
#include "eval/modelgrader.h"

#include "api/apiclient.h"
#include "fakes/fakeapiserver.h"
#include "tools/modelbackends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace pw;
using pw::test::FakeApiServer;
using pw::test::FakeResponse;

namespace {

Assertion modelGraded(const QString &type, const QString &value, std::optional<double> threshold = std::nullopt)
{
    Assertion a;
    a.type = type;
    a.value = value;
    a.threshold = threshold;
    return a;
}

CellResult answered(const QString &output)
{
    CellResult cell;
    cell.caseId = QStringLiteral("case-1");
    cell.status = CellResult::Status::Succeeded;
    cell.output = output;
    return cell;
}

} // namespace

class TestModelGrader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void verdicts_data();
    void verdicts();
    void requestCarriesTheSchemaAndTheCriteria();
    void rubricPassesThroughClaude();
    void scriptedVerdictsGradeThroughOpenAi_data();
    void scriptedVerdictsGradeThroughOpenAi();
    void apiErrorFailsTheGradeAndIsReported();
    void factualityUsesTheIdealOutput();
    void withoutAGraderModelTheGradeFailsClearly();
    void cellGraderKeepsTheOrderOfAssertions();
    void cancelEndsAtOnce();
    void failedCellIsNotGraded();

private:
    std::shared_ptr<ModelBackend> claude() const;
    std::shared_ptr<ModelBackend> openAi() const;
    CellResult grade(
        const CellResult &cell, const TestCase &testCase, std::shared_ptr<ModelBackend> backend, CellGrader **keep = nullptr);

    std::unique_ptr<FakeApiServer> m_server;
};

void TestModelGrader::init()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->listen());
}

void TestModelGrader::cleanup()
{
    m_server.reset();
}

std::shared_ptr<ModelBackend> TestModelGrader::claude() const
{
    ApiConfig config;
    config.baseUrl = m_server->baseUrl();
    config.apiKey = QStringLiteral("test-key");
    config.retry.maxRetries = 0;
    return std::make_shared<AnthropicBackend>(std::make_shared<ApiClient>(config), QStringLiteral("claude-haiku-4-5"));
}

std::shared_ptr<ModelBackend> TestModelGrader::openAi() const
{
    ApiConfig config;
    config.baseUrl = QUrl(m_server->baseUrl().toString() + QStringLiteral("/v1"));
    config.apiKey = QStringLiteral("test-key");
    config.retry.maxRetries = 0;
    return std::make_shared<OpenAiBackend>(std::make_shared<ApiClient>(config), QStringLiteral("gpt-4o-mini"));
}

CellResult TestModelGrader::grade(
    const CellResult &cell, const TestCase &testCase, std::shared_ptr<ModelBackend> backend, CellGrader **keep)
{
    auto *grader = new CellGrader(
        cell, testCase, [backend](const QString &) { return backend; }, QStringLiteral("What is 2+2?"), this);
    QSignalSpy finished(grader, &CellGrader::finished);
    grader->start();
    if (!finished.wait(10000))
        qFatal("the cell grader never finished");
    if (finished.size() != 1)
        qFatal("the cell grader finished %d times", int(finished.size()));
    if (keep)
        *keep = grader;
    else
        grader->deleteLater();
    return grader->cell();
}

void TestModelGrader::verdicts_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("threshold"); // -1: none
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("pass");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("reason"); // a part of it

    QTest::newRow("pass") << QStringLiteral("llm-rubric") << -1.0
                          << QStringLiteral(R"({"pass":true,"score":0.9,"reason":"polite"})") << true << 0.9
                          << QStringLiteral("polite");
    QTest::newRow("fail") << QStringLiteral("llm-rubric") << -1.0
                          << QStringLiteral(R"({"pass":false,"score":0.1,"reason":"rude"})") << false << 0.1
                          << QStringLiteral("rude");
    QTest::newRow("below threshold") << QStringLiteral("llm-rubric") << 0.8
                                     << QStringLiteral(R"({"pass":true,"score":0.6,"reason":"mostly"})") << false << 0.6
                                     << QStringLiteral("mostly (score 0.6 is below the threshold 0.8)");
    QTest::newRow("negated pass") << QStringLiteral("not-llm-rubric") << -1.0
                                  << QStringLiteral(R"({"pass":false,"score":0.25,"reason":"no"})") << true << 0.75
                                  << QStringLiteral("no");
    QTest::newRow("code fence tolerated") << QStringLiteral("factuality") << -1.0
                                          << QStringLiteral("```json\n{\"pass\":true,\"score\":1,\"reason\":\"same\"}\n```")
                                          << true << 1.0 << QStringLiteral("same");
    QTest::newRow("not json") << QStringLiteral("llm-rubric") << -1.0 << QStringLiteral("PASS: looks fine") << false << 0.0
                              << QStringLiteral("the grader's verdict is not JSON");
    QTest::newRow("wrong shape") << QStringLiteral("llm-rubric") << -1.0
                                 << QStringLiteral(R"({"pass":"yes","score":1,"reason":"x"})") << false << 0.0
                                 << QStringLiteral(
                                        "the grader's verdict has the wrong shape: /pass: expected boolean (found string)");
    QTest::newRow("extra field") << QStringLiteral("llm-rubric") << -1.0
                                 << QStringLiteral(R"({"pass":true,"score":1,"reason":"x","grade":"A"})") << false << 0.0
                                 << QStringLiteral("the property \"grade\" is not allowed");
    QTest::newRow("score out of range") << QStringLiteral("llm-rubric") << -1.0
                                        << QStringLiteral(R"({"pass":true,"score":7,"reason":"x"})") << false << 0.0
                                        << QStringLiteral("the grader's score 7 is not between 0 and 1");
}

void TestModelGrader::verdicts()
{
    QFETCH(QString, type);
    QFETCH(double, threshold);
    QFETCH(QString, answer);
    QFETCH(bool, pass);
    QFETCH(double, score);
    QFETCH(QString, reason);

    const Assertion assertion
        = modelGraded(type, QStringLiteral("criteria"), threshold >= 0 ? std::optional<double>(threshold) : std::nullopt);
    QString error;
    const std::optional<GradeResult> grade = gradeFromVerdict(assertion, answer, &error);
    if (!grade) {
        QVERIFY(!pass);
        QVERIFY2(error.contains(reason), qPrintable(error));
        return;
    }
    QCOMPARE(grade->pass, pass);
    QVERIFY(std::abs(grade->score - score) < 1e-12);
    QVERIFY2(grade->reason.contains(reason), qPrintable(grade->reason));
    QCOMPARE(grade->assertionType, type);
}

void TestModelGrader::requestCarriesTheSchemaAndTheCriteria()
{
    TestCase testCase;
    QString error;
    const std::optional<CompletionRequest> request = gradingRequest(
        modelGraded(QStringLiteral("llm-rubric"), QStringLiteral("is polite")), testCase, QStringLiteral("Hi!"), {}, &error);
    QVERIFY(request);
    QCOMPARE(request->schema, verdictSchema());
    QCOMPARE(request->messages.size(), 1);
    QCOMPARE(request->messages[0].text(), QStringLiteral("<rubric>\nis polite\n</rubric>\n<output>\nHi!\n</output>"));
    QVERIFY(request->system.contains(QLatin1String("rubric")));
    QCOMPARE(verdictSchema().value(QLatin1String("required")).toArray().size(), 3);

    Assertion custom = modelGraded(QStringLiteral("model-graded-closedqa"), QStringLiteral("answers in French"));
    custom.rubricPrompt = QStringLiteral("Be strict.");
    const std::optional<CompletionRequest> closedQa
        = gradingRequest(custom, testCase, QStringLiteral("Bonjour"), QStringLiteral("Greet me"), &error);
    QVERIFY(closedQa);
    QCOMPARE(closedQa->system, QStringLiteral("Be strict."));
    QVERIFY(closedQa->messages[0].text().startsWith(
        QLatin1String("<question>\nGreet me\n</question>\n<criterion>\nanswers in French\n</criterion>")));
}

void TestModelGrader::rubricPassesThroughClaude()
{
    // The fake answers a structured-output request with an example of its
    // schema: {"pass": true, "reason": "fake reason", "score": 1}.
    TestCase testCase;
    testCase.assertions = {modelGraded(QStringLiteral("llm-rubric"), QStringLiteral("is polite"))};
    CellGrader *grader = nullptr;
    const CellResult cell = grade(answered(QStringLiteral("Good day!")), testCase, claude(), &grader);
    QCOMPARE(cell.grades.size(), 1);
    QVERIFY2(cell.grades[0].pass, qPrintable(cell.grades[0].reason));
    QCOMPARE(cell.grades[0].reason, QStringLiteral("fake reason"));
    QVERIFY(cell.pass);
    QCOMPARE(cell.score, 1.0);
    QVERIFY(!grader->graderError());
    QVERIFY(grader->graderUsage().outputTokens > 0);

    const QList<test::RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    const QJsonObject body = requests[0].json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-haiku-4-5"));
    QCOMPARE(body.value(QLatin1String("output_config"))
                 .toObject()
                 .value(QLatin1String("format"))
                 .toObject()
                 .value(QLatin1String("schema"))
                 .toObject(),
        verdictSchema());
    QVERIFY(QJsonDocument(body).toJson().contains("Good day!"));
}

void TestModelGrader::scriptedVerdictsGradeThroughOpenAi_data()
{
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("pass");
    QTest::addColumn<double>("score");

    QTest::newRow("pass") << QStringLiteral(R"({"pass":true,"score":0.8,"reason":"ok"})") << true << 0.8;
    QTest::newRow("fail") << QStringLiteral(R"({"pass":false,"score":0.2,"reason":"rude"})") << false << 0.2;
    QTest::newRow("unusable") << QStringLiteral(R"({"verdict":"pass"})") << false << 0.0;
}

void TestModelGrader::scriptedVerdictsGradeThroughOpenAi()
{
    QFETCH(QString, verdict);
    QFETCH(bool, pass);
    QFETCH(double, score);

    m_server->setStructuredAnswer(verdict);
    TestCase testCase;
    testCase.assertions = {modelGraded(QStringLiteral("llm-rubric"), QStringLiteral("is polite"))};
    const CellResult cell = grade(answered(QStringLiteral("Hello")), testCase, openAi());
    QCOMPARE(cell.grades.size(), 1);
    QCOMPARE(cell.grades[0].pass, pass);
    QCOMPARE(cell.pass, pass);
    QVERIFY(std::abs(cell.score - score) < 1e-12);
    QCOMPARE(m_server->requestCount("/v1/chat/completions"), 1);
    const QJsonObject format = m_server->requests().first().json().value(QLatin1String("response_format")).toObject();
    QCOMPARE(format.value(QLatin1String("json_schema")).toObject().value(QLatin1String("schema")).toObject(), verdictSchema());
}

void TestModelGrader::apiErrorFailsTheGradeAndIsReported()
{
    m_server->enqueue(
        "/v1/messages", FakeResponse::apiError(401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key")));
    TestCase testCase;
    testCase.assertions = {modelGraded(QStringLiteral("llm-rubric"), QStringLiteral("is polite"))};
    CellGrader *grader = nullptr;
    const CellResult cell = grade(answered(QStringLiteral("Hello")), testCase, claude(), &grader);
    QVERIFY(!cell.pass);
    QVERIFY2(cell.grades[0].reason.startsWith(QLatin1String("the grader model failed: invalid x-api-key")),
        qPrintable(cell.grades[0].reason));
    QVERIFY(!cell.grades[0].reason.contains(QLatin1String("test-key")));
    QVERIFY(grader->graderError());
    QCOMPARE(grader->graderError()->httpStatus, 401);
}

void TestModelGrader::factualityUsesTheIdealOutput()
{
    TestCase testCase;
    testCase.idealOutput = QStringLiteral("Four.");
    testCase.assertions = {modelGraded(QStringLiteral("factuality"), QString())};
    const CellResult cell = grade(answered(QStringLiteral("It is 4.")), testCase, claude());
    QVERIFY2(cell.pass, qPrintable(cell.grades.value(0).reason));
    const QByteArray body = m_server->requests().first().body;
    QVERIFY(body.contains("<reference>\\nFour.\\n</reference>"));
    QVERIFY(body.contains("<question>\\nWhat is 2+2?\\n</question>"));

    m_server->clear();
    testCase.idealOutput.clear();
    const CellResult without = grade(answered(QStringLiteral("It is 4.")), testCase, claude());
    QVERIFY(!without.pass);
    QCOMPARE(without.grades[0].reason,
        QStringLiteral("factuality needs a reference answer: the assertion's value or the case's ideal output"));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestModelGrader::withoutAGraderModelTheGradeFailsClearly()
{
    TestCase testCase;
    testCase.assertions = {modelGraded(QStringLiteral("llm-rubric"), QStringLiteral("is polite"))};
    Assertion named = testCase.assertions[0];
    named.provider = QStringLiteral("openai:gpt-9");
    testCase.assertions.append(named);
    const CellResult cell = grade(answered(QStringLiteral("Hello")), testCase, nullptr);
    QCOMPARE(cell.grades.size(), 2);
    QCOMPARE(cell.grades[0].reason, QStringLiteral("llm-rubric needs a grader model, and none is set up"));
    QCOMPARE(cell.grades[1].reason, QStringLiteral("the grader model \"openai:gpt-9\" cannot be used"));
    QVERIFY(!cell.pass);
}

void TestModelGrader::cellGraderKeepsTheOrderOfAssertions()
{
    m_server->setStructuredAnswer(QStringLiteral(R"({"pass":false,"score":0.5,"reason":"half"})"));
    TestCase testCase;
    Assertion contains;
    contains.type = QStringLiteral("contains");
    contains.value = QStringLiteral("Hello");
    contains.weight = 3;
    testCase.assertions = {modelGraded(QStringLiteral("llm-rubric"), QStringLiteral("a")), contains,
        modelGraded(QStringLiteral("model-graded-closedqa"), QStringLiteral("b"))};
    testCase.threshold = 0.7;
    const CellResult cell = grade(answered(QStringLiteral("Hello")), testCase, claude());
    QCOMPARE(cell.grades.size(), 3);
    QCOMPARE(cell.grades[0].assertionType, QStringLiteral("llm-rubric"));
    QCOMPARE(cell.grades[1].assertionType, QStringLiteral("contains"));
    QCOMPARE(cell.grades[2].assertionType, QStringLiteral("model-graded-closedqa"));
    // (0.5 + 3 * 1 + 0.5) / 5 = 0.8 reaches the threshold 0.7.
    QVERIFY(std::abs(cell.score - 0.8) < 1e-12);
    QVERIFY(cell.pass);
    QCOMPARE(m_server->requestCount("/v1/messages"), 2);
}

void TestModelGrader::cancelEndsAtOnce()
{
    FakeResponse slow = FakeResponse::anthropicMessage(QStringLiteral(R"({"pass":true,"score":1,"reason":"late"})"));
    slow.delayMs = 60000;
    m_server->enqueue("/v1/messages", slow);
    TestCase testCase;
    testCase.assertions = {modelGraded(QStringLiteral("llm-rubric"), QStringLiteral("is polite"))};
    auto *grader = new CellGrader(
        answered(QStringLiteral("Hello")), testCase, [this](const QString &) { return claude(); }, {}, this);
    QSignalSpy finished(grader, &CellGrader::finished);
    QSignalSpy received(m_server.get(), &FakeApiServer::requestReceived);
    grader->start();
    QVERIFY(received.wait(10000));
    grader->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(grader->cell().grades[0].reason, QStringLiteral("grading was canceled"));
    QVERIFY(!grader->cell().pass);
    delete grader;
}

void TestModelGrader::failedCellIsNotGraded()
{
    CellResult failed;
    failed.status = CellResult::Status::Failed;
    TestCase testCase;
    testCase.assertions = {modelGraded(QStringLiteral("llm-rubric"), QStringLiteral("is polite"))};
    const CellResult cell = grade(failed, testCase, claude());
    QVERIFY(cell.grades.isEmpty());
    QVERIFY(!cell.pass);
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestModelGrader)
#include "tst_modelgrader.moc"
