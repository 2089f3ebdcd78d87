#pragma once

// Internal to pw_document: strict reading of JSON values by path, shared by
// the document format's parts (documentfile.cpp, evaljson.cpp).

#include "model/usage.h"
#include "prompt/prompt.h"
#include "prompt/promptjson.h"
#include "prompt/variables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <climits>
#include <cmath>
#include <optional>

namespace pw {

inline QString joinPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

// Reads values by JSON path and keeps the first problem found. Absent or null
// optional values read as empty; a present value of the wrong type is an error.
class Reader
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }

    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + message;
    }

    QString string(const QJsonObject &object, const QString &key, const QString &parent, bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isString())
            return value.toString();
        if (isAbsent(value) && !required)
            return {};
        failType(joinPath(parent, key), value, QCoreApplication::translate("pw::DocumentFile", "a string"));
        return {};
    }

    // A whole number from 1 to INT_MAX; 0 when absent and not required.
    int positiveInt(const QJsonObject &object, const QString &key, const QString &parent, bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (isAbsent(value) && !required)
            return 0;
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number || number < 1 || number > INT_MAX) {
            const QString found = value.isDouble() ? QString::number(number) : jsonTypeName(value);
            fail(joinPath(parent, key),
                isAbsent(value)
                    ? QCoreApplication::translate("pw::DocumentFile", "is required")
                    : QCoreApplication::translate("pw::DocumentFile", "must be a whole number from 1 up (found %1)").arg(found));
            return 0;
        }
        return int(number);
    }

    QJsonObject object(const QJsonObject &parentObject, const QString &key, const QString &parent, bool required)
    {
        const QJsonValue value = parentObject.value(key);
        if (value.isObject())
            return value.toObject();
        if (!isAbsent(value) || required)
            failType(joinPath(parent, key), value, QCoreApplication::translate("pw::DocumentFile", "an object"));
        return {};
    }

    VariableValues values(const QJsonObject &parentObject, const QString &key, const QString &parent)
    {
        VariableValues values;
        const QString path = joinPath(parent, key);
        const QJsonObject object = this->object(parentObject, key, parent, false);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString nameProblem = variableNameProblem(it.key());
            if (!nameProblem.isEmpty()) {
                fail(path, nameProblem);
                break;
            }
            if (!it.value().isString()) {
                failType(
                    path + QLatin1Char('.') + it.key(), it.value(), QCoreApplication::translate("pw::DocumentFile", "a string"));
                break;
            }
            values.insert(it.key(), it.value().toString());
        }
        return values;
    }

    Prompt prompt(const QJsonObject &parentObject, const QString &key, const QString &parent)
    {
        const QString path = joinPath(parent, key);
        const QJsonObject object = this->object(parentObject, key, parent, true);
        if (failed())
            return {};
        const PromptParseResult parsed = promptFromJson(object);
        if (!parsed.ok()) {
            error = path + QLatin1Char('.') + parsed.errors.constFirst().toString();
            return {};
        }
        return parsed.prompt;
    }

    Usage usage(const QJsonObject &parentObject, const QString &key, const QString &parent)
    {
        const QJsonValue value = parentObject.value(key);
        if (isAbsent(value))
            return {};
        QString usageError;
        const std::optional<Usage> usage = Usage::fromJson(value, &usageError);
        if (!usage) {
            // Usage::fromJson names its paths from "usage".
            if (error.isEmpty())
                error = joinPath(parent, usageError);
            return {};
        }
        return *usage;
    }

    // A finite number; nullopt when absent.
    std::optional<double> number(const QJsonObject &object, const QString &key, const QString &parent)
    {
        const QJsonValue value = object.value(key);
        if (isAbsent(value))
            return std::nullopt;
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            failType(joinPath(parent, key), value, QCoreApplication::translate("pw::DocumentFile", "a number"));
            return std::nullopt;
        }
        return value.toDouble();
    }

    // A whole number from 0 up; absentValue when absent.
    qint64 count(const QJsonObject &object, const QString &key, const QString &parent, qint64 absentValue = 0)
    {
        const QJsonValue value = object.value(key);
        if (isAbsent(value))
            return absentValue;
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number || number < 0 || number > 9e15) {
            const QString found = value.isDouble() ? QString::number(number) : jsonTypeName(value);
            fail(joinPath(parent, key),
                QCoreApplication::translate("pw::DocumentFile", "must be a whole number from 0 up (found %1)").arg(found));
            return absentValue;
        }
        return qint64(number);
    }

    bool boolean(const QJsonObject &object, const QString &key, const QString &parent)
    {
        const QJsonValue value = object.value(key);
        if (value.isBool() || isAbsent(value))
            return value.toBool();
        failType(joinPath(parent, key), value, QCoreApplication::translate("pw::DocumentFile", "true or false"));
        return false;
    }

    QJsonArray array(const QJsonObject &object, const QString &key, const QString &parent)
    {
        const QJsonValue value = object.value(key);
        if (value.isArray())
            return value.toArray();
        if (!isAbsent(value))
            failType(joinPath(parent, key), value, QCoreApplication::translate("pw::DocumentFile", "an array"));
        return {};
    }

    QStringList strings(const QJsonObject &object, const QString &key, const QString &parent)
    {
        QStringList strings;
        const QJsonArray items = array(object, key, parent);
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            if (!items.at(i).isString())
                failType(QStringLiteral("%1[%2]").arg(joinPath(parent, key)).arg(i), items.at(i),
                    QCoreApplication::translate("pw::DocumentFile", "a string"));
            strings.append(items.at(i).toString());
        }
        return strings;
    }

    // An element of an array that must be an object.
    QJsonObject element(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            failType(path, value, QCoreApplication::translate("pw::DocumentFile", "an object"));
        return value.toObject();
    }

    static bool isAbsent(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }

    void failType(const QString &path, const QJsonValue &value, const QString &expected)
    {
        fail(path,
            value.isUndefined()
                ? QCoreApplication::translate("pw::DocumentFile", "is required")
                : QCoreApplication::translate("pw::DocumentFile", "must be %1 (found %2)").arg(expected, jsonTypeName(value)));
    }
};

} // namespace pw
