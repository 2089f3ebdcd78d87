#include "casegeneration.h"

#include "graders.h"
#include "jsonschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace pw {

namespace {

// Enough for 50 cases with long values; the model stops earlier for fewer.
constexpr int generationMaxTokens = 16000;
// Existing cases shown to the model: enough to show the style, few enough to keep the request small.
constexpr int shownExistingCases = 5;

QJsonObject stringSchema()
{
    return {{QStringLiteral("type"), QStringLiteral("string")}};
}

QString instructions()
{
    QFile file(QStringLiteral(":/promptwerk/eval/generate-cases.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing the instructions for generating test cases");
    return QString::fromUtf8(file.readAll());
}

QString tagged(const QString &tag, const QString &text)
{
    return QStringLiteral("<%1>\n%2\n</%1>").arg(tag, text);
}

QString promptText(const Prompt &prompt)
{
    QStringList parts;
    if (!prompt.system.isEmpty())
        parts.append(tagged(QStringLiteral("system"), prompt.system));
    for (const Message &message : prompt.messages)
        parts.append(tagged(message.role == Role::User ? QStringLiteral("user") : QStringLiteral("assistant"), message.text()));
    return parts.join(QLatin1Char('\n'));
}

} // namespace

QJsonObject generatedCasesSchema(const QStringList &variables)
{
    QJsonObject values;
    for (const QString &name : variables)
        values.insert(name, stringSchema());
    const QJsonObject oneCase = strictObject({{QStringLiteral("values"), strictObject(values)},
        {QStringLiteral("ideal_output"), stringSchema()}, {QStringLiteral("description"), stringSchema()}});
    return strictObject({{QStringLiteral("cases"),
        QJsonObject {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), oneCase}}}});
}

CompletionRequest caseGenerationRequest(const Prompt &prompt, const QStringList &variables, int count, const TestSuite &existing)
{
    QJsonArray shown;
    for (const TestCase &testCase : existing.first(std::min<qsizetype>(existing.size(), shownExistingCases))) {
        QJsonObject values;
        for (const QString &name : variables)
            values.insert(name, testCase.vars.value(name));
        shown.append(QJsonObject {{QStringLiteral("values"), values}, {QStringLiteral("description"), testCase.description}});
    }
    const QString user = tagged(QStringLiteral("prompt"), promptText(prompt)) + QLatin1Char('\n')
        + tagged(QStringLiteral("variables"), variables.join(QLatin1Char('\n'))) + QLatin1Char('\n')
        + tagged(QStringLiteral("count"), QString::number(std::clamp(count, 1, maxGeneratedCases))) + QLatin1Char('\n')
        + tagged(QStringLiteral("existing_cases"), QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented)));
    CompletionRequest request;
    request.system = instructions();
    request.messages = {Message {Role::User, {ContentBlock::fromText(user)}}};
    request.schema = generatedCasesSchema(variables);
    request.schemaName = QStringLiteral("test_cases");
    request.maxTokens = generationMaxTokens;
    return request;
}

std::optional<TestSuite> parseGeneratedCases(const QString &answer, const QStringList &variables, int count, QString *error)
{
    QString problem;
    const std::optional<QJsonValue> json = parseJsonValue(stripCodeFence(answer), &problem);
    if (!json) {
        *error = QCoreApplication::translate("pw::CaseGeneration", "the tool model's answer is not JSON: %1").arg(problem);
        return std::nullopt;
    }
    if (const std::optional<QString> violation = schemaViolation(generatedCasesSchema(variables), *json)) {
        *error = QCoreApplication::translate("pw::CaseGeneration", "the tool model's answer is not a list of test cases: %1")
                     .arg(*violation);
        return std::nullopt;
    }
    const QJsonArray list = json->toObject().value(QLatin1String("cases")).toArray();
    if (list.isEmpty()) {
        *error = QCoreApplication::translate("pw::CaseGeneration", "the tool model's answer holds no test cases");
        return std::nullopt;
    }
    TestSuite cases;
    for (const QJsonValue &item : list) {
        if (cases.size() >= count)
            break;
        const QJsonObject object = item.toObject();
        const QJsonObject values = object.value(QLatin1String("values")).toObject();
        TestCase testCase;
        for (const QString &name : variables)
            testCase.vars.insert(name, values.value(name).toString());
        testCase.idealOutput = object.value(QLatin1String("ideal_output")).toString();
        testCase.description = object.value(QLatin1String("description")).toString().trimmed();
        cases.append(testCase);
    }
    return cases;
}

} // namespace pw
