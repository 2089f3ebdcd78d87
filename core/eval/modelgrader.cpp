#include "modelgrader.h"

#include "graders.h"
#include "jsonschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTimer>

namespace pw {

namespace {

constexpr int graderMaxTokens = 4096;

QString instructions(const QString &type)
{
    QFile file(QStringLiteral(":/promptwerk/graders/%1.md").arg(type));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing grader instructions for %s", qPrintable(type));
    return QString::fromUtf8(file.readAll());
}

QString tagged(const QString &tag, const QString &text)
{
    return QStringLiteral("<%1>\n%2\n</%1>").arg(tag, text);
}

} // namespace

QJsonObject verdictSchema()
{
    return strictObject({{QStringLiteral("pass"), QJsonObject {{QStringLiteral("type"), QStringLiteral("boolean")}}},
        {QStringLiteral("score"), QJsonObject {{QStringLiteral("type"), QStringLiteral("number")}}},
        {QStringLiteral("reason"), QJsonObject {{QStringLiteral("type"), QStringLiteral("string")}}}});
}

std::optional<CompletionRequest> gradingRequest(
    const Assertion &assertion, const TestCase &testCase, const QString &output, const QString &promptText, QString *error)
{
    const QString type = assertion.baseType();
    const QString value = assertion.value.toString();
    QString user;
    if (type == QLatin1String("llm-rubric")) {
        user = tagged(QStringLiteral("rubric"), value) + QLatin1Char('\n') + tagged(QStringLiteral("output"), output);
    } else if (type == QLatin1String("factuality")) {
        const QString reference = value.isEmpty() ? testCase.idealOutput : value;
        if (reference.isEmpty()) {
            *error = QCoreApplication::translate(
                "pw::ModelGrader", "factuality needs a reference answer: the assertion's value or the case's ideal output");
            return std::nullopt;
        }
        user = tagged(QStringLiteral("question"), promptText) + QLatin1Char('\n') + tagged(QStringLiteral("reference"), reference)
            + QLatin1Char('\n') + tagged(QStringLiteral("output"), output);
    } else if (type == QLatin1String("model-graded-closedqa")) {
        user = tagged(QStringLiteral("question"), promptText) + QLatin1Char('\n') + tagged(QStringLiteral("criterion"), value)
            + QLatin1Char('\n') + tagged(QStringLiteral("output"), output);
    } else {
        *error = QCoreApplication::translate("pw::ModelGrader", "%1 is not graded by a model").arg(assertion.type);
        return std::nullopt;
    }
    CompletionRequest request;
    request.system = assertion.rubricPrompt.isEmpty() ? instructions(type) : assertion.rubricPrompt;
    request.messages = {Message {Role::User, {ContentBlock::fromText(user)}}};
    request.schema = verdictSchema();
    request.schemaName = QStringLiteral("grading_verdict");
    request.maxTokens = graderMaxTokens;
    return request;
}

std::optional<GradeResult> gradeFromVerdict(const Assertion &assertion, const QString &answer, QString *error)
{
    QString parseError;
    const std::optional<QJsonValue> verdict = parseJsonValue(stripCodeFence(answer), &parseError);
    if (!verdict) {
        *error = QCoreApplication::translate("pw::ModelGrader", "the grader's verdict is not JSON: %1").arg(parseError);
        return std::nullopt;
    }
    if (std::optional<QString> violation = schemaViolation(verdictSchema(), *verdict)) {
        *error = QCoreApplication::translate("pw::ModelGrader", "the grader's verdict has the wrong shape: %1").arg(*violation);
        return std::nullopt;
    }
    const QJsonObject object = verdict->toObject();
    const double score = object.value(QLatin1String("score")).toDouble();
    if (!(score >= 0 && score <= 1)) {
        *error = QCoreApplication::translate("pw::ModelGrader", "the grader's score %1 is not between 0 and 1").arg(score);
        return std::nullopt;
    }
    const bool verdictPass = object.value(QLatin1String("pass")).toBool();
    const bool reaches = !assertion.threshold || score >= *assertion.threshold;
    GradeResult grade;
    grade.assertionType = assertion.type;
    grade.weight = assertion.weight;
    grade.pass = (verdictPass && reaches) != assertion.isNegated();
    grade.score = assertion.isNegated() ? 1 - score : score;
    grade.reason = object.value(QLatin1String("reason")).toString().trimmed();
    if (verdictPass && !reaches)
        grade.reason += QLatin1Char(' ')
            + QCoreApplication::translate("pw::ModelGrader", "(score %1 is below the threshold %2)")
                  .arg(score)
                  .arg(*assertion.threshold);
    return grade;
}

ModelGrader::ModelGrader(const Assertion &assertion, const TestCase &testCase, const QString &output, const QString &promptText,
    std::shared_ptr<ModelBackend> backend, QObject *parent)
    : QObject(parent), m_assertion(assertion), m_testCase(testCase), m_output(output), m_promptText(promptText),
      m_backend(std::move(backend))
{
    m_grade.assertionType = assertion.type;
    m_grade.weight = assertion.weight;
}

void ModelGrader::start()
{
    QString problem;
    const std::optional<CompletionRequest> request = gradingRequest(m_assertion, m_testCase, m_output, m_promptText, &problem);
    if (!request) {
        // Finish from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, problem] { fail(problem); });
        return;
    }
    m_call = m_backend->start(*request, this);
    connect(m_call, &CompletionCall::usageReceived, this, [this](const Usage &usage) { m_usage += usage; });
    connect(m_call, &CompletionCall::finished, this, &ModelGrader::onCallFinished);
}

void ModelGrader::cancel()
{
    if (m_finished)
        return;
    m_error = ToolError {
        ToolError::Kind::Canceled, QCoreApplication::translate("pw::ModelGrader", "grading was canceled"), 0, {}, {}, {}};
    fail(QCoreApplication::translate("pw::ModelGrader", "grading was canceled"));
    if (m_call)
        m_call->abort();
}

void ModelGrader::onCallFinished()
{
    if (m_finished)
        return;
    if (!m_call->succeeded()) {
        m_error = m_call->error();
        fail(QCoreApplication::translate("pw::ModelGrader", "the grader model failed: %1").arg(m_error->toString()));
        return;
    }
    const CompletionOutcome outcome = m_call->outcome();
    if (outcome.stop == CompletionOutcome::Stop::Refusal) {
        fail(QCoreApplication::translate("pw::ModelGrader", "the grader model refused to grade"));
        return;
    }
    if (outcome.stop != CompletionOutcome::Stop::Complete) {
        fail(QCoreApplication::translate("pw::ModelGrader", "the grader model's verdict was cut off"));
        return;
    }
    QString problem;
    std::optional<GradeResult> grade = gradeFromVerdict(m_assertion, outcome.text, &problem);
    if (!grade) {
        fail(problem);
        return;
    }
    m_grade = *grade;
    finish();
}

void ModelGrader::fail(const QString &reason)
{
    if (m_finished)
        return;
    m_grade.pass = false;
    m_grade.score = 0;
    m_grade.reason = reason;
    finish();
}

void ModelGrader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

CellGrader::CellGrader(
    CellResult cell, TestCase testCase, GraderBackendFor backendFor, const QString &promptText, QObject *parent)
    : QObject(parent), m_cell(std::move(cell)), m_testCase(std::move(testCase)), m_backendFor(std::move(backendFor)),
      m_promptText(promptText)
{ }

void CellGrader::start()
{
    if (m_started)
        return;
    m_started = true;
    m_cell.grades.clear();
    if (m_cell.status == CellResult::Status::Succeeded) {
        for (qsizetype i = 0; i < m_testCase.assertions.size(); ++i) {
            const Assertion &assertion = m_testCase.assertions[i];
            m_cell.grades.append(gradeAssertion(assertion, m_cell));
            if (!isModelGraded(assertion) || assertionProblem(assertion))
                continue;
            std::shared_ptr<ModelBackend> backend = m_backendFor ? m_backendFor(assertion.provider) : nullptr;
            if (!backend) {
                m_cell.grades[i].reason = assertion.provider.isEmpty()
                    ? QCoreApplication::translate("pw::ModelGrader", "%1 needs a grader model, and none is set up")
                          .arg(assertion.type)
                    : QCoreApplication::translate("pw::ModelGrader", "the grader model \"%1\" cannot be used")
                          .arg(assertion.provider);
                continue;
            }
            auto *grader = new ModelGrader(assertion, m_testCase, m_cell.output, m_promptText, std::move(backend), this);
            connect(grader, &ModelGrader::finished, this, [this, grader, i] { onGraderFinished(grader, i); });
            m_pending.append(grader);
        }
    }
    for (ModelGrader *grader : std::as_const(m_pending))
        grader->start();
    if (m_pending.isEmpty())
        QTimer::singleShot(0, this, &CellGrader::finishIfDone);
}

void CellGrader::cancel()
{
    const QList<ModelGrader *> pending = m_pending;
    for (ModelGrader *grader : pending)
        grader->cancel();
}

void CellGrader::onGraderFinished(ModelGrader *grader, qsizetype index)
{
    m_cell.grades[index] = grader->grade();
    m_graderUsage += grader->usage();
    if (grader->error() && !m_graderError)
        m_graderError = grader->error();
    m_pending.removeOne(grader);
    grader->deleteLater();
    finishIfDone();
}

void CellGrader::finishIfDone()
{
    if (m_finished || !m_pending.isEmpty())
        return;
    m_finished = true;
    scoreCell(m_cell, m_testCase);
    emit finished();
}

QString promptTextForGrading(const Prompt &prompt)
{
    QStringList parts;
    if (!prompt.system.isEmpty())
        parts.append(prompt.system);
    for (const Message &message : prompt.messages)
        parts.append(message.text());
    return parts.join(QStringLiteral("\n\n"));
}

CellGradeFunction cellGraderFunction(GraderBackendFor backendFor, QObject *parent)
{
    return [backendFor = std::move(backendFor), parent](
               const TestCase &testCase, const Prompt &prompt, CellResult cell, std::function<void(CellResult)> done) {
        auto *grader = new CellGrader(std::move(cell), testCase, backendFor, promptTextForGrading(prompt), parent);
        QObject::connect(grader, &CellGrader::finished, parent, [grader, done = std::move(done)] {
            done(grader->cell());
            grader->deleteLater();
        });
        grader->start();
    };
}

} // namespace pw
