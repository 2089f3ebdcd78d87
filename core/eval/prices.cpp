#include "prices.h"

#include "prompt/promptjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cmath>

namespace pw {

namespace {

bool isPrice(const QJsonValue &value)
{
    return value.isDouble() && std::isfinite(value.toDouble()) && value.toDouble() >= 0;
}

bool matches(const QString &model, const QString &match)
{
    if (match.isEmpty() || !model.startsWith(match))
        return false;
    return model.size() == match.size() || !model.at(match.size()).isLetterOrNumber();
}

PriceTable bundled()
{
    QFile file(QStringLiteral(":/promptwerk/prices/prices.json"));
    QString error;
    std::optional<PriceTable> table = file.open(QIODevice::ReadOnly)
        ? PriceTable::fromJson(file.readAll(), QStringLiteral("prices.json"), &error)
        : std::nullopt;
    // The bundled file is tested; without it there would be no estimates at all.
    if (!table)
        qFatal("the bundled price table is unusable: %s", qPrintable(error));
    return *table;
}

} // namespace

std::optional<PriceTable> PriceTable::fromJson(const QByteArray &data, const QString &sourceName, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = jsonParseErrorText(data, parseError, sourceName);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = sourceName + QStringLiteral(": ")
            + QCoreApplication::translate("pw::PriceTable", "expected a JSON object with \"prices\"");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    PriceTable table;
    if (root.contains(QLatin1String("batch_discount"))) {
        const QJsonValue discount = root.value(QLatin1String("batch_discount"));
        if (!isPrice(discount) || discount.toDouble() > 1) {
            *error = sourceName + QStringLiteral(": batch_discount: ")
                + QCoreApplication::translate("pw::PriceTable", "must be a number from 0 to 1");
            return std::nullopt;
        }
        table.m_batchDiscount = discount.toDouble();
    }
    const QJsonValue prices = root.value(QLatin1String("prices"));
    if (!prices.isArray()) {
        *error = sourceName + QStringLiteral(": prices: ")
            + QCoreApplication::translate("pw::PriceTable", "must be an array (found %1)").arg(jsonTypeName(prices));
        return std::nullopt;
    }
    const QJsonArray entries = prices.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("%1: prices[%2]").arg(sourceName).arg(i);
        const QJsonObject entry = entries[i].toObject();
        if (!entries[i].isObject() || !entry.value(QLatin1String("match")).isString()
            || entry.value(QLatin1String("match")).toString().isEmpty()) {
            *error = where + QStringLiteral(": ")
                + QCoreApplication::translate("pw::PriceTable", "must be an object with a non-empty \"match\"");
            return std::nullopt;
        }
        ModelPrice price;
        price.match = entry.value(QLatin1String("match")).toString();
        const std::pair<const char *, double *> fields[] {{"input", &price.input}, {"output", &price.output},
            {"cache_write", &price.cacheWrite}, {"cache_read", &price.cacheRead}};
        for (const auto &[name, target] : fields) {
            const QJsonValue value = entry.value(QLatin1String(name));
            if (!isPrice(value)) {
                *error = where + QStringLiteral(".%1: ").arg(QLatin1String(name))
                    + QCoreApplication::translate("pw::PriceTable", "must be a number, 0 or more");
                return std::nullopt;
            }
            *target = value.toDouble();
        }
        table.m_prices.append(price);
    }
    return table;
}

PriceTable PriceTable::load(const QString &overridePath, QString *problem)
{
    PriceTable table = bundled();
    QFile file(overridePath);
    if (overridePath.isEmpty() || !file.exists())
        return table;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = overridePath + QStringLiteral(": ")
            + QCoreApplication::translate("pw::PriceTable", "cannot read the file: %1").arg(file.errorString());
        return table;
    }
    QString error;
    const std::optional<PriceTable> overrides = fromJson(file.readAll(), overridePath, &error);
    if (!overrides) {
        *problem = error + QStringLiteral(" ") + QCoreApplication::translate("pw::PriceTable", "(the bundled prices are used)");
        return table;
    }
    table.overrideWith(*overrides);
    return table;
}

namespace {

struct StandardTable
{
    PriceTable table;
    QString problem;
};

const StandardTable &standardTable()
{
    static const StandardTable standard = [] {
        StandardTable loaded;
        loaded.table = PriceTable::load(PriceTable::defaultOverridePath(), &loaded.problem);
        return loaded;
    }();
    return standard;
}

} // namespace

const PriceTable &PriceTable::standard()
{
    return standardTable().table;
}

QString PriceTable::standardProblem()
{
    return standardTable().problem;
}

QString PriceTable::defaultOverridePath()
{
    // The folder of Promptwerk.conf, which the window and the CLI share
    // (AppConfigLocation would differ between them: it ends in the application name).
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(QStringLiteral("Promptwerk/prices.json"));
}

void PriceTable::overrideWith(const PriceTable &other)
{
    for (const ModelPrice &price : other.m_prices) {
        auto same
            = std::find_if(m_prices.begin(), m_prices.end(), [&price](const ModelPrice &p) { return p.match == price.match; });
        if (same != m_prices.end())
            *same = price;
        else
            m_prices.append(price);
    }
    m_batchDiscount = other.m_batchDiscount;
}

std::optional<ModelPrice> PriceTable::priceFor(const QString &model) const
{
    const ModelPrice *best = nullptr;
    for (const ModelPrice &price : m_prices) {
        if (matches(model, price.match) && (!best || price.match.size() > best->match.size()))
            best = &price;
    }
    return best ? std::optional<ModelPrice>(*best) : std::nullopt;
}

std::optional<double> PriceTable::cost(const QString &model, const Usage &usage, bool batch) const
{
    const std::optional<ModelPrice> price = priceFor(model);
    if (!price)
        return std::nullopt;
    const double perMillion = double(usage.inputTokens) * price->input + double(usage.outputTokens) * price->output
        + double(usage.cacheCreationInputTokens) * price->cacheWrite + double(usage.cacheReadInputTokens) * price->cacheRead;
    return perMillion / 1e6 * (batch ? m_batchDiscount : 1.0);
}

std::optional<double> estimateCost(const QString &model, const Usage &usage, bool batch)
{
    return PriceTable::standard().cost(model, usage, batch);
}

} // namespace pw
