#include "casefiles.h"

#include "csv.h"
#include "graders.h"
#include "jsonschema.h"

#include "model/testcasejson.h"
#include "prompt/jsonwrite.h"
#include "prompt/promptjson.h"
#include "prompt/variables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace pw {

namespace {

// Types promptfoo grades that Promptwerk does not (code, embeddings, ...):
// refused by name, so that "javascript:..." never becomes an equals check.
const QStringList &promptfooOnlyTypes()
{
    static const QStringList types {QStringLiteral("javascript"), QStringLiteral("python"), QStringLiteral("fn"),
        QStringLiteral("eval"), QStringLiteral("file"), QStringLiteral("webhook"), QStringLiteral("similar"),
        QStringLiteral("rouge-n"), QStringLiteral("bleu"), QStringLiteral("gleu"), QStringLiteral("meteor"),
        QStringLiteral("perplexity"), QStringLiteral("perplexity-score"), QStringLiteral("classifier"),
        QStringLiteral("moderation"), QStringLiteral("answer-relevance"), QStringLiteral("context-faithfulness"),
        QStringLiteral("context-recall"), QStringLiteral("context-relevance"), QStringLiteral("select-best"),
        QStringLiteral("g-eval"), QStringLiteral("model-graded-factuality"), QStringLiteral("is-sql"),
        QStringLiteral("contains-sql"), QStringLiteral("contains-xml"), QStringLiteral("is-valid-openai-tools-call"),
        QStringLiteral("is-valid-openai-function-call"), QStringLiteral("is-refusal"), QStringLiteral("guardrails"),
        QStringLiteral("assert-set"), QStringLiteral("human"), QStringLiteral("pi"), QStringLiteral("trace-span-count")};
    return types;
}

bool isGradable(const QString &baseType)
{
    return deterministicAssertionTypes().contains(baseType) || modelGradedAssertionTypes().contains(baseType);
}

void numberCases(TestSuite &cases)
{
    for (qsizetype i = 0; i < cases.size(); ++i)
        cases[i].id = QStringLiteral("case-%1").arg(i + 1);
}

CaseImport failure(const QString &error)
{
    CaseImport result;
    result.error = error;
    return result;
}

// --- YAML ------------------------------------------------------------------

// Aliases can make a small file expand into a huge tree ("billion laughs").
constexpr qsizetype maxYamlNodes = 1'000'000;
// Deeper than any test file needs, shallow enough for the stack; it also ends
// an alias that contains itself ("- &v [*v]"), which yaml-cpp builds as a cycle.
constexpr int maxYamlDepth = 64;

QJsonValue yamlScalar(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    const std::string &tag = node.Tag();
    // Quoted scalars ("!") and explicit strings stay text; plain ones follow
    // YAML 1.2's core schema, as promptfoo's YAML reader does.
    if (tag != "?")
        return text;
    static const QRegularExpression nullForm(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression trueForm(QStringLiteral("^(true|True|TRUE)$"));
    static const QRegularExpression falseForm(QStringLiteral("^(false|False|FALSE)$"));
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression octal(QStringLiteral("^0o[0-7]+$"));
    if (nullForm.match(text).hasMatch())
        return QJsonValue(QJsonValue::Null);
    if (trueForm.match(text).hasMatch())
        return true;
    if (falseForm.match(text).hasMatch())
        return false;
    if (number.match(text).hasMatch()) {
        const double value = text.toDouble();
        if (std::isfinite(value))
            return value;
    }
    if (hex.match(text).hasMatch())
        return double(text.mid(2).toULongLong(nullptr, 16));
    if (octal.match(text).hasMatch())
        return double(text.mid(2).toULongLong(nullptr, 8));
    return text;
}

std::optional<QJsonValue> yamlToJson(const YAML::Node &node, qsizetype *budget, int depth, QString *error)
{
    if (depth > maxYamlDepth) {
        *error = QCoreApplication::translate(
            "pw::CaseFiles", "line %1: the YAML nests deeper than %2 levels (or an alias refers to itself)")
                     .arg(node.Mark().line + 1)
                     .arg(maxYamlDepth);
        return std::nullopt;
    }
    if (--*budget < 0) {
        *error = QCoreApplication::translate("pw::CaseFiles", "the YAML expands to more than %1 values").arg(maxYamlNodes);
        return std::nullopt;
    }
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar:
        return yamlScalar(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node) {
            std::optional<QJsonValue> value = yamlToJson(item, budget, depth + 1, error);
            if (!value)
                return std::nullopt;
            array.append(*value);
        }
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node) {
            if (!entry.first.IsScalar()) {
                *error = QCoreApplication::translate("pw::CaseFiles", "line %1: a key must be a plain value")
                             .arg(entry.first.Mark().line + 1);
                return std::nullopt;
            }
            std::optional<QJsonValue> value = yamlToJson(entry.second, budget, depth + 1, error);
            if (!value)
                return std::nullopt;
            object.insert(QString::fromStdString(entry.first.Scalar()), *value);
        }
        return object;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

std::optional<QJsonValue> parseYaml(const QByteArray &data, const QString &sourceName, QString *error)
{
    QString text;
    if (!decodeTextFile(data, &text, error)) {
        *error = sourceName + QLatin1Char(':') + *error;
        return std::nullopt;
    }
    const QByteArray bytes = text.toUtf8();
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        qsizetype budget = maxYamlNodes;
        QString problem;
        std::optional<QJsonValue> value = yamlToJson(root, &budget, 0, &problem);
        if (!value)
            *error = sourceName + QStringLiteral(": ") + problem;
        return value;
    } catch (const YAML::Exception &exception) {
        *error = QStringLiteral("%1:%2:%3: ").arg(sourceName).arg(exception.mark.line + 1).arg(exception.mark.column + 1)
            + QCoreApplication::translate("pw::CaseFiles", "invalid YAML: %1").arg(QString::fromStdString(exception.msg));
        return std::nullopt;
    }
}

// A test object in the one shape (model/testcasejson.h) whose assertions
// Promptwerk can grade.
std::optional<TestCase> gradableCase(const QJsonValue &value, const QString &path, QString *error)
{
    std::optional<TestCase> testCase = testCaseFromJson(value, path, error);
    if (!testCase)
        return std::nullopt;
    for (qsizetype i = 0; i < testCase->assertions.size(); ++i) {
        if (const std::optional<QString> problem = assertionProblem(testCase->assertions.at(i))) {
            const QString at = QStringLiteral("assert[%1]").arg(i);
            *error = (path.isEmpty() ? at : path + QLatin1Char('.') + at) + QStringLiteral(": ") + *problem;
            return std::nullopt;
        }
    }
    return testCase;
}

// defaultTest's vars and metadata under the test's own, its asserts first,
// its threshold when the test has none: as promptfoo merges them.
QJsonObject withDefaults(QJsonObject test, const QJsonObject &defaults)
{
    for (const QString &key : {QStringLiteral("vars"), QStringLiteral("metadata")}) {
        QJsonObject merged = defaults.value(key).toObject();
        const QJsonValue own = test.value(key);
        if (!own.isObject() && !own.isUndefined() && !own.isNull())
            continue; // a wrong type: reported by testCaseFromJson
        const QJsonObject ownObject = own.toObject();
        for (auto it = ownObject.begin(); it != ownObject.end(); ++it)
            merged.insert(it.key(), it.value());
        if (!merged.isEmpty())
            test.insert(key, merged);
    }
    if (defaults.value(QLatin1String("assert")).isArray() && !test.contains(QLatin1String("assert")))
        test.insert(QStringLiteral("assert"), defaults.value(QLatin1String("assert")));
    else if (defaults.value(QLatin1String("assert")).isArray() && test.value(QLatin1String("assert")).isArray()) {
        QJsonArray merged = defaults.value(QLatin1String("assert")).toArray();
        for (const QJsonValue &own : test.value(QLatin1String("assert")).toArray())
            merged.append(own);
        test.insert(QStringLiteral("assert"), merged);
    }
    if (!test.contains(QLatin1String("threshold")) && defaults.contains(QLatin1String("threshold")))
        test.insert(QStringLiteral("threshold"), defaults.value(QLatin1String("threshold")));
    return test;
}

// The cases of a "file://" reference, read relative to baseDirectory.
CaseImport referencedCases(const QString &reference, const QString &path, const QString &sourceName, const QString &baseDirectory)
{
    if (!reference.startsWith(QLatin1String("file://")))
        return failure(QStringLiteral("%1: %2: ").arg(sourceName, path)
            + QCoreApplication::translate("pw::CaseFiles", "a test must be an object or a \"file://\" reference (found \"%1\")")
                  .arg(reference));
    if (baseDirectory.isEmpty())
        return failure(QStringLiteral("%1: %2: ").arg(sourceName, path)
            + QCoreApplication::translate("pw::CaseFiles", "file references are not followed here (\"%1\")").arg(reference));
    const QString relative = reference.mid(7);
    if (relative.contains(QLatin1Char('*')) || relative.contains(QLatin1Char('?')))
        return failure(QStringLiteral("%1: %2: ").arg(sourceName, path)
            + QCoreApplication::translate("pw::CaseFiles", "file patterns are not supported (\"%1\")").arg(reference));
    return readCaseFile(QDir(baseDirectory).filePath(relative));
}

CaseImport importCasesFromJsonArray(const QJsonValue &tests, const QJsonObject &defaults, const QString &arrayPath,
    const QString &sourceName, const QString &baseDirectory)
{
    CaseImport result;
    const QJsonArray array = tests.isArray() ? tests.toArray() : QJsonArray {tests};
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = tests.isArray() ? QStringLiteral("%1[%2]").arg(arrayPath).arg(i) : arrayPath;
        if (array[i].isString()) {
            const CaseImport referenced = referencedCases(array[i].toString(), path, sourceName, baseDirectory);
            if (!referenced.ok())
                return referenced;
            for (const TestCase &testCase : referenced.cases) {
                // promptfoo merges defaultTest into tests from files, too.
                std::optional<TestCase> merged
                    = gradableCase(withDefaults(testCaseToJson(testCase), defaults), path, &result.error);
                if (!merged)
                    return failure(QStringLiteral("%1: ").arg(sourceName) + result.error);
                result.cases.append(*merged);
            }
            continue;
        }
        if (!array[i].isObject())
            return failure(QStringLiteral("%1: %2: ").arg(sourceName, path)
                + QCoreApplication::translate("pw::CaseFiles", "must be an object (found %1)").arg(jsonTypeName(array[i])));
        QString error;
        std::optional<TestCase> testCase = gradableCase(withDefaults(array[i].toObject(), defaults), path, &error);
        if (!testCase)
            return failure(QStringLiteral("%1: %2").arg(sourceName, error));
        result.cases.append(*testCase);
    }
    numberCases(result.cases);
    return result;
}

// --- CSV export ------------------------------------------------------------

QString thresholdText(double threshold)
{
    return QString::number(threshold, 'f', QLocale::FloatingPointShortest);
}

// Whether a cell read back means the same assertion (the metric travels in
// its own column; 42 and "42" grade alike).
bool readsBackAs(const Assertion &back, const Assertion &original)
{
    const bool sameValue = jsonEqual(back.value, original.value)
        || (jsonScalarText(back.value) && jsonScalarText(original.value) && back.value.isString() != original.value.isString()
            && jsonScalarText(back.value) == jsonScalarText(original.value) && !original.value.isBool());
    return sameValue && back.type == original.type && back.threshold == original.threshold && back.weight == original.weight
        && back.provider == original.provider && back.rubricPrompt == original.rubricPrompt;
}

} // namespace

std::optional<QString> assertionToCsvCell(const Assertion &assertion)
{
    const QString type = assertion.baseType();
    QString value;
    if (assertion.value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : assertion.value.toArray())
            items.append(jsonScalarText(item).value_or(QString()));
        value = items.join(QLatin1Char(','));
    } else if (assertion.value.isObject()) {
        value = QString::fromUtf8(toJsonBytes(assertion.value.toObject(), QJsonDocument::Compact));
    } else if (assertion.value.isBool()) {
        value = assertion.value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else {
        value = jsonScalarText(assertion.value).value_or(QString());
    }
    QStringList candidates;
    if (type == QLatin1String("equals") && !assertion.isNegated() && !assertion.threshold)
        candidates.append(value);
    QString head = assertion.type;
    if (assertion.threshold)
        head += QLatin1Char('(') + thresholdText(*assertion.threshold) + QLatin1Char(')');
    candidates.append(assertion.value.isUndefined() || assertion.value.isNull() ? head : head + QLatin1Char(':') + value);
    for (const QString &candidate : std::as_const(candidates)) {
        QString ignored;
        const std::optional<Assertion> back = assertionFromCsvCell(candidate, &ignored);
        if (back && readsBackAs(*back, assertion))
            return candidate;
    }
    return std::nullopt;
}

std::optional<Assertion> assertionFromCsvCell(const QString &cell, QString *error)
{
    Assertion assertion;
    for (const QString &rubric : {QStringLiteral("grade:"), QStringLiteral("llm-rubric:")}) {
        if (cell.startsWith(rubric)) {
            assertion.type = QStringLiteral("llm-rubric");
            assertion.value = cell.mid(rubric.size()).trimmed();
        }
    }
    static const QRegularExpression pattern(QStringLiteral("^(not-)?([a-z][a-z0-9-]*)(?:\\((\\d+(?:\\.\\d+)?)\\))?(?::(.*))?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(cell);
    if (assertion.type.isEmpty() && match.hasMatch() && promptfooOnlyTypes().contains(match.captured(2))) {
        *error = QCoreApplication::translate("pw::CaseFiles", "promptfoo's assertion type \"%1\" is not supported by Promptwerk")
                     .arg(match.captured(2));
        return std::nullopt;
    }
    if (assertion.type.isEmpty() && match.hasMatch() && isGradable(match.captured(2))) {
        const QString type = match.captured(2);
        assertion.type = match.captured(1) + type;
        if (match.hasCaptured(3))
            assertion.threshold = match.captured(3).toDouble();
        if (match.hasCaptured(4)) {
            const QString value = match.captured(4);
            if (type.endsWith(QLatin1String("-any")) || type.endsWith(QLatin1String("-all"))) {
                QJsonArray items;
                for (const QString &item : value.split(QLatin1Char(',')))
                    items.append(item.trimmed());
                assertion.value = items;
            } else if (type == QLatin1String("is-json") || type == QLatin1String("contains-json")) {
                // A schema written as JSON; anything else stays text and is reported below.
                const std::optional<QJsonValue> schema = parseJsonValue(value);
                assertion.value = schema && schema->isObject() ? *schema : QJsonValue(value);
            } else {
                assertion.value = value.trimmed();
            }
        }
    }
    if (assertion.type.isEmpty()) {
        assertion.type = QStringLiteral("equals");
        assertion.value = cell;
    }
    if (std::optional<QString> problem = assertionProblem(assertion)) {
        *error = *problem;
        return std::nullopt;
    }
    return assertion;
}

CaseImport importCasesFromCsv(const QByteArray &data, const QString &sourceName)
{
    const CsvTable table = parseCsv(data);
    if (!table.ok())
        return failure(sourceName + QLatin1Char(':') + table.error);
    if (table.records.isEmpty())
        return failure(sourceName + QStringLiteral(": ")
            + QCoreApplication::translate("pw::CaseFiles", "the file is empty: there is no header row"));
    auto cellError = [&sourceName](const CsvField &field, const QString &column, const QString &problem) {
        return QStringLiteral("%1:%2:%3: %4: %5").arg(sourceName).arg(field.line).arg(field.column).arg(column, problem);
    };
    static const QRegularExpression expectedColumn(QStringLiteral("^__expected[0-9]*$"));
    const QList<CsvField> &header = table.records.first();
    QStringList names;
    for (const CsvField &field : header) {
        const QString name = field.text;
        QString problem;
        if (name.isEmpty())
            problem = QCoreApplication::translate("pw::CaseFiles", "a column has no name");
        else if (names.contains(name))
            problem = QCoreApplication::translate("pw::CaseFiles", "the column \"%1\" appears twice").arg(name);
        else if (name == QLatin1String("__prefix") || name == QLatin1String("__suffix"))
            problem = QCoreApplication::translate("pw::CaseFiles",
                "the column \"%1\" changes the prompt, which Promptwerk does not support; add the text to the prompt instead")
                          .arg(name);
        else if (name.startsWith(QLatin1String("__")) && !expectedColumn.match(name).hasMatch()
            && !QStringList {QStringLiteral("__description"), QStringLiteral("__threshold"), QStringLiteral("__metric"),
                QStringLiteral("__ideal")}
                    .contains(name)
            && !name.startsWith(QLatin1String("__metadata:")))
            problem = QCoreApplication::translate("pw::CaseFiles", "unknown column \"%1\"").arg(name);
        else if (!name.startsWith(QLatin1String("__")))
            problem = variableNameProblem(name); // as every other reader of cases requires
        if (!problem.isEmpty())
            return failure(QStringLiteral("%1:%2:%3: %4").arg(sourceName).arg(field.line).arg(field.column).arg(problem));
        names.append(name);
    }
    CaseImport result;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const QList<CsvField> &record = table.records[r];
        TestCase testCase;
        QString metric;
        for (qsizetype c = 0; c < record.size(); ++c) {
            const QString &name = names[c];
            const CsvField &field = record[c];
            if (!name.startsWith(QLatin1String("__"))) {
                testCase.vars.insert(name, field.text);
            } else if (expectedColumn.match(name).hasMatch()) {
                if (field.text.isEmpty())
                    continue;
                QString problem;
                std::optional<Assertion> assertion = assertionFromCsvCell(field.text, &problem);
                if (!assertion)
                    return failure(cellError(field, name, problem));
                testCase.assertions.append(*assertion);
            } else if (name == QLatin1String("__description")) {
                testCase.description = field.text;
            } else if (name == QLatin1String("__ideal")) {
                testCase.idealOutput = field.text;
            } else if (name == QLatin1String("__metric")) {
                metric = field.text;
            } else if (name == QLatin1String("__threshold")) {
                if (field.text.trimmed().isEmpty())
                    continue;
                bool ok = false;
                const double threshold = field.text.trimmed().toDouble(&ok);
                if (!ok || !std::isfinite(threshold))
                    return failure(cellError(field, name,
                        QCoreApplication::translate("pw::CaseFiles", "must be a number (found \"%1\")").arg(field.text)));
                testCase.threshold = threshold;
            } else if (!field.text.isEmpty()) {
                testCase.metadata.insert(name.mid(int(qstrlen("__metadata:"))), field.text);
            }
        }
        for (Assertion &assertion : testCase.assertions)
            assertion.metric = metric;
        result.cases.append(testCase);
    }
    numberCases(result.cases);
    return result;
}

CaseImport importCasesFromJsonLines(const QByteArray &data, const QString &sourceName)
{
    QString text;
    QString error;
    if (!decodeTextFile(data, &text, &error))
        return failure(sourceName + QLatin1Char(':') + error);
    const QByteArray bytes = text.toUtf8();
    CaseImport result;
    qsizetype lineStart = 0;
    for (int line = 1; lineStart < bytes.size(); ++line) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = bytes.size();
        const QByteArray lineBytes = bytes.mid(lineStart, lineEnd - lineStart);
        const qsizetype start = lineStart;
        lineStart = lineEnd + 1;
        if (lineBytes.trimmed().isEmpty())
            continue;
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(lineBytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            parseError.offset += int(start);
            return failure(jsonParseErrorText(bytes, parseError, sourceName));
        }
        if (!document.isObject())
            return failure(QStringLiteral("%1:%2: ").arg(sourceName).arg(line)
                + QCoreApplication::translate("pw::CaseFiles", "each line must be a JSON object (a test case)"));
        std::optional<TestCase> testCase = gradableCase(document.object(), QString(), &error);
        if (!testCase)
            return failure(QStringLiteral("%1:%2: %3").arg(sourceName).arg(line).arg(error));
        result.cases.append(*testCase);
    }
    numberCases(result.cases);
    return result;
}

CaseImport importCasesFromPromptfooYaml(const QByteArray &data, const QString &sourceName, const QString &baseDirectory)
{
    QString error;
    const std::optional<QJsonValue> root = parseYaml(data, sourceName, &error);
    if (!root)
        return failure(error);
    if (root->isArray())
        return importCasesFromJsonArray(*root, {}, QStringLiteral("tests"), sourceName, baseDirectory);
    if (!root->isObject())
        return failure(sourceName + QStringLiteral(": ")
            + QCoreApplication::translate("pw::CaseFiles", "expected a promptfoo config or a list of tests"));
    const QJsonObject config = root->toObject();
    const QJsonValue tests = config.value(QLatin1String("tests"));
    if (tests.isUndefined() || tests.isNull())
        return failure(
            sourceName + QStringLiteral(": ") + QCoreApplication::translate("pw::CaseFiles", "the config has no tests"));
    if (!tests.isArray() && !tests.isString())
        return failure(sourceName + QStringLiteral(": tests: ")
            + QCoreApplication::translate("pw::CaseFiles", "must be a list of tests or a \"file://\" reference (found %1)")
                  .arg(jsonTypeName(tests)));
    const QJsonValue defaults = config.value(QLatin1String("defaultTest"));
    if (!defaults.isUndefined() && !defaults.isNull() && !defaults.isObject())
        return failure(sourceName + QStringLiteral(": defaultTest: ")
            + QCoreApplication::translate("pw::CaseFiles", "must be an object (found %1)").arg(jsonTypeName(defaults)));
    return importCasesFromJsonArray(tests, defaults.toObject(), QStringLiteral("tests"), sourceName, baseDirectory);
}

CaseImport readCaseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path + QStringLiteral(": ")
            + QCoreApplication::translate("pw::CaseFiles", "cannot read the file: %1").arg(file.errorString()));
    const QByteArray data = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return importCasesFromCsv(data, path);
    if (suffix == QLatin1String("jsonl"))
        return importCasesFromJsonLines(data, path);
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return importCasesFromPromptfooYaml(data, path, QFileInfo(path).absolutePath());
    if (suffix == QLatin1String("json")) {
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return failure(jsonParseErrorText(data, parseError, path));
        if (!document.isArray())
            return failure(
                path + QStringLiteral(": ") + QCoreApplication::translate("pw::CaseFiles", "expected a JSON array of tests"));
        // File references inside a referenced file are not followed.
        return importCasesFromJsonArray(document.array(), {}, QString(), path, QString());
    }
    return failure(path + QStringLiteral(": ")
        + QCoreApplication::translate("pw::CaseFiles", "unknown kind of test case file (use .csv, .jsonl, .yaml or .json)"));
}

QByteArray exportCasesToCsv(const TestSuite &cases, QString *error)
{
    QStringList vars;
    QStringList metadataKeys;
    qsizetype expectedColumns = 0;
    bool anyDescription = false;
    bool anyIdeal = false;
    bool anyThreshold = false;
    bool anyMetric = false;
    for (const TestCase &testCase : cases) {
        for (auto it = testCase.vars.begin(); it != testCase.vars.end(); ++it) {
            if (!vars.contains(it.key()))
                vars.append(it.key());
        }
        for (auto it = testCase.metadata.begin(); it != testCase.metadata.end(); ++it) {
            if (!metadataKeys.contains(it.key()))
                metadataKeys.append(it.key());
        }
        expectedColumns = std::max(expectedColumns, testCase.assertions.size());
        anyDescription = anyDescription || !testCase.description.isEmpty();
        anyIdeal = anyIdeal || !testCase.idealOutput.isEmpty();
        anyThreshold = anyThreshold || testCase.threshold.has_value();
        for (const Assertion &assertion : testCase.assertions)
            anyMetric = anyMetric || !assertion.metric.isEmpty();
    }
    QStringList header = vars;
    // Without any column the rows would be blank lines, which read back as no cases.
    anyDescription = anyDescription
        || (header.isEmpty() && !anyIdeal && !anyThreshold && !anyMetric && metadataKeys.isEmpty() && expectedColumns == 0);
    if (anyDescription)
        header.append(QStringLiteral("__description"));
    if (anyIdeal)
        header.append(QStringLiteral("__ideal"));
    if (anyThreshold)
        header.append(QStringLiteral("__threshold"));
    if (anyMetric)
        header.append(QStringLiteral("__metric"));
    for (const QString &key : std::as_const(metadataKeys))
        header.append(QStringLiteral("__metadata:") + key);
    for (qsizetype i = 0; i < expectedColumns; ++i)
        header.append(expectedColumns == 1 ? QStringLiteral("__expected") : QStringLiteral("__expected%1").arg(i + 1));
    for (const QString &var : std::as_const(vars)) {
        if (var.startsWith(QLatin1String("__"))) {
            *error = QCoreApplication::translate(
                "pw::CaseFiles", "the variable \"%1\" cannot be a CSV column: names starting with \"__\" are reserved there")
                         .arg(var);
            return {};
        }
    }
    QString csv = csvRecord(header);
    for (const TestCase &testCase : cases) {
        const QString name = testCase.id.isEmpty() ? testCase.description : testCase.id;
        QStringList record;
        for (const QString &var : std::as_const(vars))
            record.append(testCase.vars.value(var));
        if (anyDescription)
            record.append(testCase.description);
        if (anyIdeal)
            record.append(testCase.idealOutput);
        if (anyThreshold)
            record.append(testCase.threshold ? thresholdText(*testCase.threshold) : QString());
        const QString metric = testCase.assertions.isEmpty() ? QString() : testCase.assertions.first().metric;
        if (anyMetric)
            record.append(metric);
        for (const QString &key : std::as_const(metadataKeys))
            record.append(testCase.metadata.value(key));
        for (qsizetype i = 0; i < expectedColumns; ++i) {
            if (i >= testCase.assertions.size()) {
                record.append(QString());
                continue;
            }
            const Assertion &assertion = testCase.assertions[i];
            std::optional<QString> cell = assertion.metric == metric ? assertionToCsvCell(assertion) : std::nullopt;
            if (!cell) {
                *error = QCoreApplication::translate("pw::CaseFiles",
                    "%1: assertion %2 (%3) cannot be written as a CSV cell: its weight, grader, rubric prompt, "
                    "metric or value has no CSV form; export to JSON Lines instead")
                             .arg(name)
                             .arg(i + 1)
                             .arg(assertion.type);
                return {};
            }
            record.append(*cell);
        }
        csv += csvRecord(record);
    }
    return csv.toUtf8();
}

QByteArray exportCasesToJsonLines(const TestSuite &cases)
{
    QByteArray lines;
    for (const TestCase &testCase : cases)
        lines += toJsonBytes(testCaseToJson(testCase), QJsonDocument::Compact) + '\n';
    return lines;
}

} // namespace pw
