// The tool model's answer to "Generate cases": either the cases, at most as
// many as asked for, each with a value for every variable and no other, and
// the same cases again when written back as such an answer; or a refusal
// that says what is wrong.

#include "eval/casegeneration.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static QString answerOf(const pw::TestSuite &cases)
{
    QJsonArray list;
    for (const pw::TestCase &testCase : cases) {
        QJsonObject values;
        for (auto it = testCase.vars.cbegin(); it != testCase.vars.cend(); ++it)
            values.insert(it.key(), it.value());
        list.append(QJsonObject {{QStringLiteral("values"), values}, {QStringLiteral("ideal_output"), testCase.idealOutput},
            {QStringLiteral("description"), testCase.description}});
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("cases"), list}}).toJson());
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const int count = 1 + input.takeByte() % pw::maxGeneratedCases;
    // The variables of the seeds, or none for a byte that says so.
    const QStringList variables
        = input.takeByte() % 4 == 0 ? QStringList() : QStringList {QStringLiteral("COMPANY"), QStringLiteral("QUESTION")};
    const QString answer = QString::fromUtf8(input.rest());

    QString error;
    const std::optional<pw::TestSuite> cases = pw::parseGeneratedCases(answer, variables, count, &error);
    if (!cases) {
        FUZZ_CHECK(error.startsWith(QStringLiteral("the tool model's answer ")));
        return 0;
    }
    FUZZ_CHECK(!cases->isEmpty() && cases->size() <= count);
    QStringList sortedVariables = variables;
    sortedVariables.sort();
    for (const pw::TestCase &testCase : *cases)
        FUZZ_CHECK(testCase.vars.keys() == sortedVariables && testCase.id.isEmpty() && testCase.assertions.isEmpty());
    QString againError;
    const std::optional<pw::TestSuite> again = pw::parseGeneratedCases(answerOf(*cases), variables, count, &againError);
    FUZZ_CHECK(again && *again == *cases);
    return 0;
}
