#include "jsonschema.h"

#include "prompt/promptjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace pw {

namespace {

const QStringList &supportedKeywords()
{
    static const QStringList keywords {QStringLiteral("type"), QStringLiteral("properties"), QStringLiteral("required"),
        QStringLiteral("additionalProperties"), QStringLiteral("items"), QStringLiteral("enum"), QStringLiteral("const"),
        QStringLiteral("anyOf"), QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("minLength"),
        QStringLiteral("maxLength"), QStringLiteral("pattern"), QStringLiteral("minItems"), QStringLiteral("maxItems")};
    return keywords;
}

// Keywords that only describe and never constrain, so ignoring them is exact.
const QStringList &annotationKeywords()
{
    static const QStringList keywords {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("default"),
        QStringLiteral("examples"), QStringLiteral("$schema"), QStringLiteral("$id"), QStringLiteral("$comment"),
        QStringLiteral("format"), QStringLiteral("deprecated"), QStringLiteral("readOnly"), QStringLiteral("writeOnly")};
    return keywords;
}

const QStringList &typeNames()
{
    static const QStringList names {QStringLiteral("null"), QStringLiteral("boolean"), QStringLiteral("object"),
        QStringLiteral("array"), QStringLiteral("number"), QStringLiteral("integer"), QStringLiteral("string")};
    return names;
}

QString pointerToken(const QString &name)
{
    QString token = name;
    token.replace(QLatin1Char('~'), QLatin1String("~0"));
    token.replace(QLatin1Char('/'), QLatin1String("~1"));
    return QLatin1Char('/') + token;
}

QString at(const QString &pointer, const QString &problem)
{
    return (pointer.isEmpty() ? QStringLiteral("/") : pointer) + QStringLiteral(": ") + problem;
}

bool isSchema(const QJsonValue &value)
{
    return value.isObject() || value.isBool();
}

bool isCount(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    return value.isDouble() && number >= 0 && number == std::floor(number);
}

// ECMA-262 patterns are searched for, not anchored; PCRE2 reads the ones
// schemas use the same way.
QRegularExpression schemaPattern(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

template<typename Visit>
void forEachSubschema(const QJsonObject &schema, const QString &pointer, Visit visit)
{
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        visit(it.value(), pointer + QStringLiteral("/properties") + pointerToken(it.key()));
    for (const QString &single : {QStringLiteral("additionalProperties"), QStringLiteral("items")}) {
        if (isSchema(schema.value(single)))
            visit(schema.value(single), pointer + pointerToken(single));
    }
    const QJsonArray anyOf = schema.value(QLatin1String("anyOf")).toArray();
    for (qsizetype i = 0; i < anyOf.size(); ++i)
        visit(anyOf[i], pointer + QStringLiteral("/anyOf/%1").arg(i));
}

void collectUnsupported(const QJsonValue &schema, QStringList &found)
{
    if (!schema.isObject())
        return;
    const QJsonObject object = schema.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString keyword = it.key();
        if (keyword == QLatin1String("items") && it.value().isArray())
            keyword = QStringLiteral("items (as an array)");
        else if (supportedKeywords().contains(keyword) || annotationKeywords().contains(keyword))
            continue;
        if (!found.contains(keyword))
            found.append(keyword);
    }
    forEachSubschema(object, QString(), [&found](const QJsonValue &sub, const QString &) { collectUnsupported(sub, found); });
}

std::optional<QString> keywordProblem(const QJsonObject &schema, const QString &pointer)
{
    auto problem = [&pointer](const QString &keyword, const QString &what) {
        return at(pointer + pointerToken(keyword), what);
    };
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (!type.isUndefined()) {
        const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray {type};
        for (const QJsonValue &name : types) {
            if (!typeNames().contains(name.toString()))
                return problem(QStringLiteral("type"),
                    QCoreApplication::translate("pw::JsonSchema", "must be one of %1, or an array of them")
                        .arg(typeNames().join(QStringLiteral(", "))));
        }
    }
    if (schema.contains(QLatin1String("properties")) && !schema.value(QLatin1String("properties")).isObject())
        return problem(QStringLiteral("properties"), QCoreApplication::translate("pw::JsonSchema", "must be an object"));
    if (schema.contains(QLatin1String("required"))) {
        const QJsonValue required = schema.value(QLatin1String("required"));
        bool strings = required.isArray();
        for (const QJsonValue &name : required.toArray())
            strings = strings && name.isString();
        if (!strings)
            return problem(
                QStringLiteral("required"), QCoreApplication::translate("pw::JsonSchema", "must be an array of strings"));
    }
    for (const QString &single : {QStringLiteral("additionalProperties"), QStringLiteral("items")}) {
        if (schema.contains(single) && !isSchema(schema.value(single)))
            return problem(single, QCoreApplication::translate("pw::JsonSchema", "must be a schema (an object or a boolean)"));
    }
    if (schema.contains(QLatin1String("enum")) && !schema.value(QLatin1String("enum")).isArray())
        return problem(QStringLiteral("enum"), QCoreApplication::translate("pw::JsonSchema", "must be an array"));
    if (schema.contains(QLatin1String("anyOf"))) {
        const QJsonValue anyOf = schema.value(QLatin1String("anyOf"));
        if (!anyOf.isArray() || anyOf.toArray().isEmpty())
            return problem(
                QStringLiteral("anyOf"), QCoreApplication::translate("pw::JsonSchema", "must be a non-empty array of schemas"));
    }
    for (const QString &bound : {QStringLiteral("minimum"), QStringLiteral("maximum")}) {
        if (schema.contains(bound) && !schema.value(bound).isDouble())
            return problem(bound, QCoreApplication::translate("pw::JsonSchema", "must be a number"));
    }
    for (const QString &count :
        {QStringLiteral("minLength"), QStringLiteral("maxLength"), QStringLiteral("minItems"), QStringLiteral("maxItems")}) {
        if (schema.contains(count) && !isCount(schema.value(count)))
            return problem(count, QCoreApplication::translate("pw::JsonSchema", "must be a whole number, 0 or more"));
    }
    if (schema.contains(QLatin1String("pattern"))) {
        const QJsonValue pattern = schema.value(QLatin1String("pattern"));
        if (!pattern.isString())
            return problem(QStringLiteral("pattern"), QCoreApplication::translate("pw::JsonSchema", "must be a string"));
        const QRegularExpression expression = schemaPattern(pattern.toString());
        if (!expression.isValid())
            return problem(QStringLiteral("pattern"),
                QCoreApplication::translate("pw::JsonSchema", "is not a valid regular expression: %1")
                    .arg(expression.errorString()));
    }
    return std::nullopt;
}

std::optional<QString> schemaProblemAt(const QJsonValue &schema, const QString &pointer)
{
    if (schema.isBool())
        return std::nullopt;
    if (!schema.isObject())
        return at(pointer,
            QCoreApplication::translate("pw::JsonSchema", "a schema must be an object or a boolean (found %1)")
                .arg(jsonTypeName(schema)));
    const QJsonObject object = schema.toObject();
    if (auto problem = keywordProblem(object, pointer))
        return problem;
    // Only this level's keywords here; deeper ones are named at their own level.
    for (const QString &keyword : object.keys()) {
        if (keyword == QLatin1String("items") && object.value(keyword).isArray())
            return at(pointer + pointerToken(keyword),
                QCoreApplication::translate("pw::JsonSchema", "items as an array (tuple validation) is not supported"));
        if (!supportedKeywords().contains(keyword) && !annotationKeywords().contains(keyword))
            return at(pointer + pointerToken(keyword),
                QCoreApplication::translate("pw::JsonSchema", "the keyword is not supported (supported: %1)")
                    .arg(supportedKeywords().join(QStringLiteral(", "))));
    }
    std::optional<QString> deeper;
    forEachSubschema(object, pointer, [&deeper](const QJsonValue &sub, const QString &subPointer) {
        if (!deeper)
            deeper = schemaProblemAt(sub, subPointer);
    });
    return deeper;
}

QString instanceTypeName(const QJsonValue &value)
{
    if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()) && std::isfinite(value.toDouble()))
        return QStringLiteral("integer");
    return jsonTypeName(value);
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("integer"))
        return instanceTypeName(value) == QLatin1String("integer");
    if (type == QLatin1String("number"))
        return value.isDouble();
    return jsonTypeName(value) == type;
}

qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

QString compact(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

std::optional<QString> violationAt(const QJsonValue &schema, const QJsonValue &instance, const QString &pointer);

std::optional<QString> objectViolation(const QJsonObject &schema, const QJsonObject &instance, const QString &pointer)
{
    for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray()) {
        if (!instance.contains(name.toString()))
            return at(pointer,
                QCoreApplication::translate("pw::JsonSchema", "the required property \"%1\" is missing").arg(name.toString()));
    }
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
    for (auto it = instance.begin(); it != instance.end(); ++it) {
        const QString where = pointer + pointerToken(it.key());
        if (properties.contains(it.key())) {
            if (auto problem = violationAt(properties.value(it.key()), it.value(), where))
                return problem;
        } else if (additional.isBool() && !additional.toBool()) {
            return at(pointer, QCoreApplication::translate("pw::JsonSchema", "the property \"%1\" is not allowed").arg(it.key()));
        } else if (additional.isObject()) {
            if (auto problem = violationAt(additional, it.value(), where))
                return problem;
        }
    }
    return std::nullopt;
}

std::optional<QString> violationAt(const QJsonValue &schema, const QJsonValue &instance, const QString &pointer)
{
    if (schema.isBool()) {
        if (schema.toBool())
            return std::nullopt;
        return at(pointer, QCoreApplication::translate("pw::JsonSchema", "no value is allowed here"));
    }
    const QJsonObject object = schema.toObject();
    const QJsonValue type = object.value(QLatin1String("type"));
    if (!type.isUndefined()) {
        const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray {type};
        bool matches = false;
        QStringList names;
        for (const QJsonValue &name : types) {
            matches = matches || hasType(instance, name.toString());
            names.append(name.toString());
        }
        if (!matches)
            return at(pointer,
                QCoreApplication::translate("pw::JsonSchema", "expected %1 (found %2)")
                    .arg(names.join(QStringLiteral(" or ")), instanceTypeName(instance)));
    }
    if (object.contains(QLatin1String("const")) && !jsonEqual(object.value(QLatin1String("const")), instance))
        return at(pointer,
            QCoreApplication::translate("pw::JsonSchema", "expected %1").arg(compact(object.value(QLatin1String("const")))));
    if (object.contains(QLatin1String("enum"))) {
        const QJsonArray allowed = object.value(QLatin1String("enum")).toArray();
        const bool listed = std::any_of(
            allowed.begin(), allowed.end(), [&instance](const QJsonValue &value) { return jsonEqual(value, instance); });
        if (!listed)
            return at(pointer,
                QCoreApplication::translate("pw::JsonSchema", "%1 is not one of %2").arg(compact(instance), compact(allowed)));
    }
    if (object.contains(QLatin1String("anyOf"))) {
        const QJsonArray alternatives = object.value(QLatin1String("anyOf")).toArray();
        const bool any = std::any_of(alternatives.begin(), alternatives.end(),
            [&](const QJsonValue &alternative) { return !violationAt(alternative, instance, pointer); });
        if (!any)
            return at(pointer, QCoreApplication::translate("pw::JsonSchema", "matches none of the anyOf alternatives"));
    }
    if (instance.isDouble()) {
        const double number = instance.toDouble();
        if (object.contains(QLatin1String("minimum")) && number < object.value(QLatin1String("minimum")).toDouble())
            return at(pointer,
                QCoreApplication::translate("pw::JsonSchema", "%1 is less than the minimum %2")
                    .arg(compact(instance), compact(object.value(QLatin1String("minimum")))));
        if (object.contains(QLatin1String("maximum")) && number > object.value(QLatin1String("maximum")).toDouble())
            return at(pointer,
                QCoreApplication::translate("pw::JsonSchema", "%1 is more than the maximum %2")
                    .arg(compact(instance), compact(object.value(QLatin1String("maximum")))));
    }
    if (instance.isString()) {
        const QString text = instance.toString();
        const qsizetype length = codePoints(text);
        if (object.contains(QLatin1String("minLength")) && length < object.value(QLatin1String("minLength")).toDouble())
            return at(pointer,
                QCoreApplication::translate("pw::JsonSchema", "the text is shorter than %1 characters")
                    .arg(compact(object.value(QLatin1String("minLength")))));
        if (object.contains(QLatin1String("maxLength")) && length > object.value(QLatin1String("maxLength")).toDouble())
            return at(pointer,
                QCoreApplication::translate("pw::JsonSchema", "the text is longer than %1 characters")
                    .arg(compact(object.value(QLatin1String("maxLength")))));
        if (object.contains(QLatin1String("pattern"))
            && !schemaPattern(object.value(QLatin1String("pattern")).toString()).match(text).hasMatch())
            return at(pointer,
                QCoreApplication::translate("pw::JsonSchema", "the text does not match the pattern %1")
                    .arg(object.value(QLatin1String("pattern")).toString()));
    }
    if (instance.isArray()) {
        const QJsonArray items = instance.toArray();
        if (object.contains(QLatin1String("minItems")) && items.size() < object.value(QLatin1String("minItems")).toDouble())
            return at(pointer,
                QCoreApplication::translate("pw::JsonSchema", "fewer than %1 items")
                    .arg(compact(object.value(QLatin1String("minItems")))));
        if (object.contains(QLatin1String("maxItems")) && items.size() > object.value(QLatin1String("maxItems")).toDouble())
            return at(pointer,
                QCoreApplication::translate("pw::JsonSchema", "more than %1 items")
                    .arg(compact(object.value(QLatin1String("maxItems")))));
        if (object.contains(QLatin1String("items"))) {
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (auto problem
                    = violationAt(object.value(QLatin1String("items")), items[i], pointer + QStringLiteral("/%1").arg(i)))
                    return problem;
            }
        }
    }
    if (instance.isObject())
        return objectViolation(object, instance.toObject(), pointer);
    return std::nullopt;
}

} // namespace

QStringList unsupportedSchemaKeywords(const QJsonValue &schema)
{
    QStringList found;
    collectUnsupported(schema, found);
    return found;
}

std::optional<QString> schemaProblem(const QJsonValue &schema)
{
    return schemaProblemAt(schema, QString());
}

std::optional<QString> schemaViolation(const QJsonValue &schema, const QJsonValue &instance)
{
    return violationAt(schema, instance, QString());
}

bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::Array: {
        const QJsonArray left = a.toArray();
        const QJsonArray right = b.toArray();
        if (left.size() != right.size())
            return false;
        for (qsizetype i = 0; i < left.size(); ++i) {
            if (!jsonEqual(left[i], right[i]))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject left = a.toObject();
        const QJsonObject right = b.toObject();
        if (left.size() != right.size())
            return false;
        for (auto it = left.begin(); it != left.end(); ++it) {
            if (!right.contains(it.key()) || !jsonEqual(it.value(), right.value(it.key())))
                return false;
        }
        return true;
    }
    default:
        return a == b;
    }
}

} // namespace pw
