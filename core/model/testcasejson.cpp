#include "testcasejson.h"

#include "prompt/promptjson.h"
#include "prompt/variables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace pw {

namespace {

QString joined(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

class FieldReader
{
public:
    FieldReader(const QString &path, QString *error) : m_path(path), m_error(error) { }

    bool failed() const { return m_failed; }

    void fail(const QString &key, const QString &message)
    {
        if (!m_failed)
            *m_error = joined(m_path, key) + QStringLiteral(": ") + message;
        m_failed = true;
    }

    void string(const QJsonObject &object, const QString &key, QString *out)
    {
        const QJsonValue value = object.value(key);
        if (value.isString())
            *out = value.toString();
        else if (!isAbsent(value))
            fail(key, QCoreApplication::translate("pw::TestCaseJson", "must be a string (found %1)").arg(jsonTypeName(value)));
    }

    void number(const QJsonObject &object, const QString &key, std::optional<double> *out)
    {
        const QJsonValue value = object.value(key);
        if (value.isDouble())
            *out = value.toDouble();
        else if (!isAbsent(value))
            fail(key, QCoreApplication::translate("pw::TestCaseJson", "must be a number (found %1)").arg(jsonTypeName(value)));
    }

    // "vars" and "metadata": objects of scalars, read as texts.
    void texts(const QJsonObject &object, const QString &key, QMap<QString, QString> *out, bool variableNames)
    {
        const QJsonValue value = object.value(key);
        if (isAbsent(value))
            return;
        if (!value.isObject()) {
            fail(key, QCoreApplication::translate("pw::TestCaseJson", "must be an object (found %1)").arg(jsonTypeName(value)));
            return;
        }
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end() && !m_failed; ++it) {
            if (variableNames) {
                if (const QString problem = variableNameProblem(it.key()); !problem.isEmpty()) {
                    fail(key, problem);
                    return;
                }
            }
            const std::optional<QString> text = jsonScalarText(it.value());
            if (!text) {
                fail(key + QLatin1Char('.') + it.key(),
                    QCoreApplication::translate(
                        "pw::TestCaseJson", "must be a text, a number or a boolean (found %1; lists of values are not supported)")
                        .arg(jsonTypeName(it.value())));
                return;
            }
            out->insert(it.key(), *text);
        }
    }

private:
    QString m_path;
    QString *m_error;
    bool m_failed = false;
};

// The same value with every object rebuilt key by key. Qt 6.4's reader strips
// a leading U+FEFF from a raw key after placing the key by its original text,
// so such an object keeps its keys out of order and compares unequal to the
// same object read again; rebuilt, the keys sort as usual.
QJsonValue rebuilt(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject copy;
        for (auto it = object.begin(); it != object.end(); ++it)
            copy.insert(it.key(), rebuilt(it.value()));
        return copy;
    }
    if (value.isArray()) {
        QJsonArray copy;
        for (const QJsonValue &item : value.toArray())
            copy.append(rebuilt(item));
        return copy;
    }
    return value;
}

std::optional<Assertion> assertionFromJson(const QJsonValue &value, const QString &path, QString *error)
{
    if (!value.isObject()) {
        *error = path + QStringLiteral(": ")
            + QCoreApplication::translate("pw::TestCaseJson", "must be an object (found %1)").arg(jsonTypeName(value));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    FieldReader reader(path, error);
    Assertion assertion;
    const QJsonValue type = object.value(QLatin1String("type"));
    if (!type.isString() || type.toString().isEmpty()) {
        reader.fail(QStringLiteral("type"),
            type.isString() ? QCoreApplication::translate("pw::TestCaseJson", "must not be empty")
                : isAbsent(type)
                ? QCoreApplication::translate("pw::TestCaseJson", "is required")
                : QCoreApplication::translate("pw::TestCaseJson", "must be a string (found %1)").arg(jsonTypeName(type)));
        return std::nullopt;
    }
    assertion.type = type.toString();
    // Absent and null both mean no value, as in a default Assertion.
    if (const QJsonValue expected = object.value(QLatin1String("value")); !expected.isUndefined())
        assertion.value = rebuilt(expected);
    std::optional<double> weight;
    reader.number(object, QStringLiteral("threshold"), &assertion.threshold);
    reader.number(object, QStringLiteral("weight"), &weight);
    reader.string(object, QStringLiteral("metric"), &assertion.metric);
    reader.string(object, QStringLiteral("rubricPrompt"), &assertion.rubricPrompt);
    assertion.weight = weight.value_or(1.0);
    // promptfoo writes a grader either as its id or as {"id": ..., "config": ...}.
    const QJsonValue provider = object.value(QLatin1String("provider"));
    if (provider.isObject())
        assertion.provider = provider.toObject().value(QLatin1String("id")).toString();
    else
        reader.string(object, QStringLiteral("provider"), &assertion.provider);
    if (reader.failed())
        return std::nullopt;
    return assertion;
}

QJsonObject textsToJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject assertionToJson(const Assertion &assertion)
{
    QJsonObject object {{QStringLiteral("type"), assertion.type}};
    if (!isAbsent(assertion.value))
        object.insert(QStringLiteral("value"), assertion.value);
    if (assertion.threshold)
        object.insert(QStringLiteral("threshold"), *assertion.threshold);
    if (assertion.weight != 1.0)
        object.insert(QStringLiteral("weight"), assertion.weight);
    insertIfSet(object, QStringLiteral("metric"), assertion.metric);
    insertIfSet(object, QStringLiteral("provider"), assertion.provider);
    insertIfSet(object, QStringLiteral("rubricPrompt"), assertion.rubricPrompt);
    return object;
}

} // namespace

std::optional<QString> jsonScalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    default:
        return std::nullopt;
    }
}

QJsonObject testCaseToJson(const TestCase &testCase)
{
    QJsonObject object {{QStringLiteral("vars"), textsToJson(testCase.vars)}};
    insertIfSet(object, QStringLiteral("id"), testCase.id);
    insertIfSet(object, QStringLiteral("description"), testCase.description);
    insertIfSet(object, QStringLiteral("ideal"), testCase.idealOutput);
    QJsonArray assertions;
    for (const Assertion &assertion : testCase.assertions)
        assertions.append(assertionToJson(assertion));
    if (!assertions.isEmpty())
        object.insert(QStringLiteral("assert"), assertions);
    if (testCase.threshold)
        object.insert(QStringLiteral("threshold"), *testCase.threshold);
    if (!testCase.metadata.isEmpty())
        object.insert(QStringLiteral("metadata"), textsToJson(testCase.metadata));
    return object;
}

std::optional<TestCase> testCaseFromJson(const QJsonValue &value, const QString &path, QString *error)
{
    if (!value.isObject()) {
        *error = (path.isEmpty() ? QString() : path + QStringLiteral(": "))
            + QCoreApplication::translate("pw::TestCaseJson", "must be an object (found %1)").arg(jsonTypeName(value));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    FieldReader reader(path, error);
    TestCase testCase;
    reader.string(object, QStringLiteral("id"), &testCase.id);
    reader.string(object, QStringLiteral("description"), &testCase.description);
    reader.texts(object, QStringLiteral("vars"), &testCase.vars, true);
    reader.string(object, QStringLiteral("ideal"), &testCase.idealOutput);
    reader.number(object, QStringLiteral("threshold"), &testCase.threshold);
    reader.texts(object, QStringLiteral("metadata"), &testCase.metadata, false);
    const QJsonValue asserts = object.value(QLatin1String("assert"));
    if (!isAbsent(asserts) && !asserts.isArray())
        reader.fail(QStringLiteral("assert"),
            QCoreApplication::translate("pw::TestCaseJson", "must be an array (found %1)").arg(jsonTypeName(asserts)));
    if (reader.failed())
        return std::nullopt;
    const QJsonArray list = asserts.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        std::optional<Assertion> assertion = assertionFromJson(list[i], joined(path, QStringLiteral("assert[%1]").arg(i)), error);
        if (!assertion)
            return std::nullopt;
        testCase.assertions.append(*assertion);
    }
    return testCase;
}

} // namespace pw
