#include "graders.h"

#include "jsonschema.h"

#include "prompt/promptjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace pw {

namespace {

constexpr double defaultLevenshteinThreshold = 5;
// contains-json tries every "{" as a start; this bounds the work on hostile
// output (thousands of unclosed braces) to a few milliseconds.
constexpr qsizetype jsonSearchBudget = 20'000'000;

QString quoted(const QString &text)
{
    constexpr qsizetype shown = 200;
    return QLatin1Char('"') + (text.size() > shown ? text.left(shown) + QChar(0x2026) : text) + QLatin1Char('"');
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

// A scalar value as text: strings as they are, numbers as written.
std::optional<QString> scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return std::nullopt;
}

// contains-any/-all: a list, or one string split at commas (promptfoo's CSV shorthand).
std::optional<QStringList> valueList(const QJsonValue &value)
{
    QStringList items;
    if (value.isString()) {
        for (const QString &part : value.toString().split(QLatin1Char(','))) {
            if (!part.trimmed().isEmpty())
                items.append(part.trimmed());
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const std::optional<QString> text = scalarText(item);
            if (!text)
                return std::nullopt;
            items.append(*text);
        }
    } else {
        return std::nullopt;
    }
    if (items.isEmpty())
        return std::nullopt;
    return items;
}

// is-json's schema: absent, a schema, or JSON text holding one.
std::optional<QJsonValue> schemaValue(const QJsonValue &value, QString *error)
{
    if (value.isUndefined() || value.isNull() || value.isObject() || value.isBool())
        return value;
    if (value.isString()) {
        QString parseError;
        if (std::optional<QJsonValue> parsed = parseJsonValue(value.toString(), &parseError))
            return parsed;
        *error = QCoreApplication::translate("pw::Graders", "the schema is not valid JSON: %1").arg(parseError);
        return std::nullopt;
    }
    *error = QCoreApplication::translate("pw::Graders", "the value must be a JSON Schema (found %1)").arg(jsonTypeName(value));
    return std::nullopt;
}

bool hasSchema(const QJsonValue &schema)
{
    return !schema.isUndefined() && !schema.isNull();
}

// is-xml's required elements: "root.child" paths, as a list, a comma-separated
// string or {"requiredElements": [...]}.
std::optional<QStringList> requiredXmlElements(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (value.isObject())
        return valueList(value.toObject().value(QLatin1String("requiredElements")));
    return valueList(value);
}

std::optional<double> limitOf(const Assertion &assertion)
{
    if (assertion.threshold)
        return assertion.threshold;
    if (assertion.value.isDouble())
        return assertion.value.toDouble();
    if (assertion.value.isString()) {
        bool ok = false;
        const double number = assertion.value.toString().trimmed().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// The outcome of one check before negation. expectation completes "expected
// the output to …" and "expected the output not to …".
struct Check
{
    bool holds = false;
    QString expectation;
    QString finding; // what was seen, when it helps ("the distance is 7")
};

Check checkEquals(const Assertion &assertion, const QString &output)
{
    if (assertion.value.isObject() || assertion.value.isArray()) {
        const std::optional<QJsonValue> parsed = parseJsonValue(output);
        return {parsed && jsonEqual(*parsed, assertion.value),
            QCoreApplication::translate("pw::Graders", "equal the JSON %1").arg(compactJson(assertion.value)), {}};
    }
    const QString expected = scalarText(assertion.value).value_or(QString());
    return {output == expected, QCoreApplication::translate("pw::Graders", "equal %1").arg(quoted(expected)), {}};
}

Check checkContains(const Assertion &assertion, const QString &output, Qt::CaseSensitivity sensitivity)
{
    const QString expected = scalarText(assertion.value).value_or(QString());
    return {output.contains(expected, sensitivity),
        sensitivity == Qt::CaseSensitive
            ? QCoreApplication::translate("pw::Graders", "contain %1").arg(quoted(expected))
            : QCoreApplication::translate("pw::Graders", "contain %1 (ignoring case)").arg(quoted(expected)),
        {}};
}

Check checkContainsList(const Assertion &assertion, const QString &output, Qt::CaseSensitivity sensitivity, bool all)
{
    const QStringList items = valueList(assertion.value).value_or(QStringList());
    QStringList present;
    QStringList absent;
    for (const QString &item : items)
        (output.contains(item, sensitivity) ? present : absent).append(quoted(item));
    Check check;
    check.holds = all ? absent.isEmpty() : !present.isEmpty();
    QString listed;
    for (const QString &item : items)
        listed += (listed.isEmpty() ? QString() : QStringLiteral(", ")) + quoted(item);
    check.expectation = all ? QCoreApplication::translate("pw::Graders", "contain all of %1").arg(listed)
                            : QCoreApplication::translate("pw::Graders", "contain any of %1").arg(listed);
    if (sensitivity == Qt::CaseInsensitive)
        check.expectation += QCoreApplication::translate("pw::Graders", " (ignoring case)");
    if (all && !absent.isEmpty())
        check.finding = QCoreApplication::translate("pw::Graders", "missing %1").arg(absent.join(QStringLiteral(", ")));
    else if (!all && !present.isEmpty())
        check.finding = QCoreApplication::translate("pw::Graders", "found %1").arg(present.join(QStringLiteral(", ")));
    return check;
}

Check checkRegex(const Assertion &assertion, const QString &output)
{
    const QString pattern = assertion.value.toString();
    const QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    return {expression.match(output).hasMatch(),
        QCoreApplication::translate("pw::Graders", "match the regular expression %1").arg(quoted(pattern)), {}};
}

Check checkJsonValue(const QJsonValue &schema, const std::optional<QJsonValue> &value, const QString &parseError)
{
    if (!value)
        return {false, {}, QCoreApplication::translate("pw::Graders", "it is not JSON: %1").arg(parseError)};
    if (hasSchema(schema)) {
        if (std::optional<QString> violation = schemaViolation(schema, *value))
            return {false, {}, QCoreApplication::translate("pw::Graders", "it does not match the schema: %1").arg(*violation)};
    }
    return {true, {}, {}};
}

Check checkIsJson(const Assertion &assertion, const QString &output)
{
    QString error;
    const QJsonValue schema = schemaValue(assertion.value, &error).value_or(QJsonValue());
    const std::optional<QJsonValue> parsed = parseJsonValue(output, &error);
    Check check = checkJsonValue(schema, parsed, error);
    check.expectation = hasSchema(schema) ? QCoreApplication::translate("pw::Graders", "be JSON matching the schema")
                                          : QCoreApplication::translate("pw::Graders", "be JSON");
    return check;
}

// The end of the object that starts with "{" at start (one past its "}"), or
// -1; strings are skipped so braces inside them do not count.
qsizetype balancedEnd(const QString &text, qsizetype start, qsizetype *budget)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start; i < text.size() && *budget > 0; ++i, --*budget) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}') && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

// The JSON objects in text, as promptfoo's contains-json finds them: every
// balanced {...} that parses, outermost first, left to right.
QList<QJsonValue> jsonObjectsIn(const QString &text)
{
    QList<QJsonValue> found;
    qsizetype budget = jsonSearchBudget;
    for (qsizetype start = text.indexOf(QLatin1Char('{')); start >= 0 && budget > 0;
         start = text.indexOf(QLatin1Char('{'), start + 1)) {
        const qsizetype end = balancedEnd(text, start, &budget);
        if (end < 0)
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(text.mid(start, end - start).toUtf8());
        if (document.isObject()) {
            found.append(document.object());
            start = end - 1;
        }
    }
    return found;
}

Check checkContainsJson(const Assertion &assertion, const QString &output)
{
    QString error;
    const QJsonValue schema = schemaValue(assertion.value, &error).value_or(QJsonValue());
    Check check;
    check.expectation = hasSchema(schema) ? QCoreApplication::translate("pw::Graders", "contain JSON matching the schema")
                                          : QCoreApplication::translate("pw::Graders", "contain JSON");
    const QList<QJsonValue> objects = jsonObjectsIn(output);
    if (objects.isEmpty()) {
        check.finding = QCoreApplication::translate("pw::Graders", "no JSON object was found");
        return check;
    }
    for (const QJsonValue &object : objects) {
        const Check one = checkJsonValue(schema, object, {});
        if (one.holds)
            return {true, check.expectation, {}};
        check.finding = one.finding;
    }
    return check;
}

Check checkIsXml(const Assertion &assertion, const QString &output)
{
    const QStringList required = requiredXmlElements(assertion.value).value_or(QStringList());
    Check check;
    check.expectation = required.isEmpty()
        ? QCoreApplication::translate("pw::Graders", "be well-formed XML")
        : QCoreApplication::translate("pw::Graders", "be well-formed XML with %1").arg(required.join(QStringLiteral(", ")));
    QXmlStreamReader reader(output.trimmed());
    QStringList open;
    QSet<QString> paths;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            open.append(reader.name().toString());
            paths.insert(open.join(QLatin1Char('.')));
        } else if (reader.isEndElement()) {
            open.removeLast();
        }
    }
    if (reader.hasError()) {
        check.finding = QCoreApplication::translate("pw::Graders", "line %1, column %2: %3")
                            .arg(reader.lineNumber())
                            .arg(reader.columnNumber())
                            .arg(reader.errorString());
        return check;
    }
    if (paths.isEmpty()) {
        check.finding = QCoreApplication::translate("pw::Graders", "there is no element");
        return check;
    }
    QStringList missing;
    for (const QString &path : required) {
        if (!paths.contains(path))
            missing.append(path);
    }
    check.holds = missing.isEmpty();
    if (!missing.isEmpty())
        check.finding = QCoreApplication::translate("pw::Graders", "missing %1").arg(missing.join(QStringLiteral(", ")));
    return check;
}

// Levenshtein distance in UTF-16 units, computed only within `limit` of the
// diagonal: anything farther is reported as limit + 1.
qsizetype boundedLevenshtein(QStringView a, QStringView b, qsizetype limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    const qsizetype far = limit + 1;
    QList<qsizetype> previous(b.size() + 1, far);
    QList<qsizetype> current(b.size() + 1, far);
    for (qsizetype j = 0; j <= std::min(b.size(), limit); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        const qsizetype from = std::max<qsizetype>(1, i - limit);
        const qsizetype to = std::min(b.size(), i + limit);
        std::fill(current.begin(), current.end(), far);
        if (i <= limit)
            current[0] = i;
        qsizetype best = current[0];
        for (qsizetype j = from; j <= to; ++j) {
            const qsizetype substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({substitute, previous[j] + 1, current[j - 1] + 1, far});
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return far;
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], far);
}

Check checkLevenshtein(const Assertion &assertion, const QString &output)
{
    const QString expected = scalarText(assertion.value).value_or(QString());
    const double threshold = assertion.threshold.value_or(defaultLevenshteinThreshold);
    const auto limit = qsizetype(std::floor(threshold));
    const qsizetype distance = boundedLevenshtein(output, expected, limit);
    Check check;
    check.holds = distance <= limit;
    check.expectation
        = QCoreApplication::translate("pw::Graders", "be within edit distance %1 of %2").arg(limit).arg(quoted(expected));
    check.finding = distance > limit ? QCoreApplication::translate("pw::Graders", "the distance is more than %1").arg(limit)
                                     : QCoreApplication::translate("pw::Graders", "the distance is %1").arg(distance);
    return check;
}

Check checkLatency(const Assertion &assertion, const CellResult &cell)
{
    const double limit = limitOf(assertion).value_or(0);
    Check check {cell.latencyMs >= 0 && double(cell.latencyMs) <= limit,
        QCoreApplication::translate("pw::Graders", "take at most %1 ms").arg(limit), {}};
    check.finding = cell.latencyMs < 0 ? QCoreApplication::translate("pw::Graders", "the latency is unknown")
                                       : QCoreApplication::translate("pw::Graders", "it took %1 ms").arg(cell.latencyMs);
    return check;
}

Check checkCost(const Assertion &assertion, const CellResult &cell)
{
    const double limit = limitOf(assertion).value_or(0);
    Check check {cell.costUsd && *cell.costUsd <= limit,
        QCoreApplication::translate("pw::Graders", "cost at most $%1 (estimated)").arg(limit), {}};
    check.finding = !cell.costUsd
        ? QCoreApplication::translate("pw::Graders", "there is no cost estimate: the price table has no price for the model")
        : QCoreApplication::translate("pw::Graders", "the estimate is $%1").arg(*cell.costUsd, 0, 'g', 6);
    return check;
}

Check check(const Assertion &assertion, const CellResult &cell)
{
    const QString type = assertion.baseType();
    const QString &output = cell.output;
    if (type == QLatin1String("equals"))
        return checkEquals(assertion, output);
    if (type == QLatin1String("contains"))
        return checkContains(assertion, output, Qt::CaseSensitive);
    if (type == QLatin1String("icontains"))
        return checkContains(assertion, output, Qt::CaseInsensitive);
    if (type == QLatin1String("contains-any"))
        return checkContainsList(assertion, output, Qt::CaseSensitive, false);
    if (type == QLatin1String("contains-all"))
        return checkContainsList(assertion, output, Qt::CaseSensitive, true);
    if (type == QLatin1String("icontains-any"))
        return checkContainsList(assertion, output, Qt::CaseInsensitive, false);
    if (type == QLatin1String("icontains-all"))
        return checkContainsList(assertion, output, Qt::CaseInsensitive, true);
    if (type == QLatin1String("starts-with")) {
        const QString expected = scalarText(assertion.value).value_or(QString());
        return {
            output.startsWith(expected), QCoreApplication::translate("pw::Graders", "start with %1").arg(quoted(expected)), {}};
    }
    if (type == QLatin1String("regex"))
        return checkRegex(assertion, output);
    if (type == QLatin1String("is-json"))
        return checkIsJson(assertion, output);
    if (type == QLatin1String("contains-json"))
        return checkContainsJson(assertion, output);
    if (type == QLatin1String("is-xml"))
        return checkIsXml(assertion, output);
    if (type == QLatin1String("levenshtein"))
        return checkLevenshtein(assertion, output);
    if (type == QLatin1String("latency"))
        return checkLatency(assertion, cell);
    if (type == QLatin1String("cost"))
        return checkCost(assertion, cell);
    return {};
}

} // namespace

QStringList deterministicAssertionTypes()
{
    return {QStringLiteral("equals"), QStringLiteral("contains"), QStringLiteral("icontains"), QStringLiteral("contains-any"),
        QStringLiteral("contains-all"), QStringLiteral("icontains-any"), QStringLiteral("icontains-all"),
        QStringLiteral("starts-with"), QStringLiteral("regex"), QStringLiteral("is-json"), QStringLiteral("contains-json"),
        QStringLiteral("is-xml"), QStringLiteral("levenshtein"), QStringLiteral("latency"), QStringLiteral("cost")};
}

QStringList modelGradedAssertionTypes()
{
    return {QStringLiteral("llm-rubric"), QStringLiteral("factuality"), QStringLiteral("model-graded-closedqa")};
}

bool isModelGraded(const Assertion &assertion)
{
    return modelGradedAssertionTypes().contains(assertion.baseType());
}

std::optional<QString> assertionProblem(const Assertion &assertion)
{
    const QString type = assertion.baseType();
    if (!deterministicAssertionTypes().contains(type) && !modelGradedAssertionTypes().contains(type))
        return QCoreApplication::translate("pw::Graders", "unknown assertion type \"%1\" (known: %2)")
            .arg(assertion.type,
                QStringList(deterministicAssertionTypes() + modelGradedAssertionTypes()).join(QStringLiteral(", ")));
    if (!(assertion.weight >= 0) || !std::isfinite(assertion.weight))
        return QCoreApplication::translate("pw::Graders", "the weight must be a number, 0 or more");
    if (assertion.threshold && !std::isfinite(*assertion.threshold))
        return QCoreApplication::translate("pw::Graders", "the threshold must be a number");
    const QJsonValue &value = assertion.value;
    if (type == QLatin1String("equals")) {
        if (!scalarText(value) && !value.isObject() && !value.isArray())
            return QCoreApplication::translate("pw::Graders", "%1 needs a value: a string, a number or JSON").arg(type);
    } else if (type == QLatin1String("contains") || type == QLatin1String("icontains") || type == QLatin1String("starts-with")
        || type == QLatin1String("levenshtein")) {
        if (!scalarText(value) || scalarText(value)->isEmpty())
            return QCoreApplication::translate("pw::Graders", "%1 needs a text value").arg(type);
        if (assertion.threshold && *assertion.threshold < 0)
            return QCoreApplication::translate("pw::Graders", "the threshold must be 0 or more");
    } else if (type.endsWith(QLatin1String("-any")) || type.endsWith(QLatin1String("-all"))) {
        if (!valueList(value))
            return QCoreApplication::translate("pw::Graders", "%1 needs a list of texts, or texts separated by commas").arg(type);
    } else if (type == QLatin1String("regex")) {
        if (!value.isString())
            return QCoreApplication::translate("pw::Graders", "regex needs a regular expression as its value");
        const QRegularExpression expression(value.toString(), QRegularExpression::UseUnicodePropertiesOption);
        if (!expression.isValid())
            return QCoreApplication::translate("pw::Graders", "the regular expression is invalid at offset %1: %2")
                .arg(expression.patternErrorOffset())
                .arg(expression.errorString());
    } else if (type == QLatin1String("is-json") || type == QLatin1String("contains-json")) {
        QString error;
        const std::optional<QJsonValue> schema = schemaValue(value, &error);
        if (!schema)
            return error;
        if (hasSchema(*schema)) {
            if (std::optional<QString> problem = schemaProblem(*schema))
                return QCoreApplication::translate("pw::Graders", "the schema is unusable: %1").arg(*problem);
        }
    } else if (type == QLatin1String("is-xml")) {
        if (!requiredXmlElements(value))
            return QCoreApplication::translate("pw::Graders", "is-xml's value must list element paths (\"root.child\")");
    } else if (type == QLatin1String("latency") || type == QLatin1String("cost")) {
        const std::optional<double> limit = limitOf(assertion);
        if (!limit || *limit < 0)
            return QCoreApplication::translate("pw::Graders", "%1 needs a threshold, 0 or more").arg(type);
    } else if (type == QLatin1String("llm-rubric") || type == QLatin1String("model-graded-closedqa")) {
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return QCoreApplication::translate("pw::Graders", "%1 needs the criteria as its value").arg(type);
    } else if (type == QLatin1String("factuality")) {
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return QCoreApplication::translate(
                "pw::Graders", "factuality's value must be the reference answer (or empty: the case's ideal output)");
    }
    return std::nullopt;
}

GradeResult gradeAssertion(const Assertion &assertion, const CellResult &cell)
{
    GradeResult grade;
    grade.assertionType = assertion.type;
    grade.weight = assertion.weight;
    if (std::optional<QString> problem = assertionProblem(assertion)) {
        grade.reason = *problem;
        return grade;
    }
    if (isModelGraded(assertion)) {
        grade.reason = QCoreApplication::translate("pw::Graders", "%1 needs a grader model").arg(assertion.type);
        return grade;
    }
    const Check result = check(assertion, cell);
    grade.pass = result.holds != assertion.isNegated();
    grade.score = grade.pass ? 1 : 0;
    if (grade.pass) {
        grade.reason = assertion.isNegated()
            ? QCoreApplication::translate("pw::Graders", "the output does not %1").arg(result.expectation)
            : QCoreApplication::translate("pw::Graders", "the output does %1").arg(result.expectation);
    } else {
        grade.reason = assertion.isNegated()
            ? QCoreApplication::translate("pw::Graders", "expected the output not to %1").arg(result.expectation)
            : QCoreApplication::translate("pw::Graders", "expected the output to %1").arg(result.expectation);
    }
    if (!result.finding.isEmpty())
        grade.reason += QStringLiteral(": ") + result.finding;
    return grade;
}

void scoreCell(CellResult &cell, const TestCase &testCase)
{
    if (cell.status != CellResult::Status::Succeeded) {
        cell.pass = false;
        cell.score = 0;
        return;
    }
    double weighted = 0;
    double totalWeight = 0;
    bool everyCountingGradePasses = true;
    for (const GradeResult &grade : std::as_const(cell.grades)) {
        weighted += grade.score * grade.weight;
        totalWeight += grade.weight;
        if (grade.weight > 0 && !grade.pass)
            everyCountingGradePasses = false;
    }
    cell.score = totalWeight > 0 ? weighted / totalWeight : 1.0;
    // A tolerance, so that three grades of 1/3 reach a threshold of 1.
    constexpr double epsilon = 1e-9;
    cell.pass = testCase.threshold ? cell.score + epsilon >= *testCase.threshold : everyCountingGradePasses;
}

void gradeCell(CellResult &cell, const TestCase &testCase)
{
    cell.grades.clear();
    if (cell.status == CellResult::Status::Succeeded) {
        for (const Assertion &assertion : testCase.assertions)
            cell.grades.append(gradeAssertion(assertion, cell));
    }
    scoreCell(cell, testCase);
}

std::optional<QJsonValue> parseJsonValue(const QString &text, QString *error)
{
    // QJsonDocument reads only objects and arrays: wrap the text in an array
    // and demand exactly one element.
    const QByteArray wrapped = '[' + text.toUtf8() + ']';
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("pw::Graders", "%1 at byte %2")
                      .arg(parseError.errorString())
                      .arg(std::max(1, parseError.offset))
                : QCoreApplication::translate("pw::Graders", "expected exactly one JSON value");
        }
        return std::nullopt;
    }
    return document.array().at(0);
}

} // namespace pw
