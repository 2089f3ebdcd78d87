#pragma once

#include "model/usage.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pw {

// What a model costs, in US dollars per million tokens.
struct ModelPrice
{
    QString match; // the model ids it applies to: this text, then the end or a character that is not a letter or digit
    double input = 0;
    double output = 0;
    double cacheWrite = 0;
    double cacheRead = 0;

    friend bool operator==(const ModelPrice &, const ModelPrice &) = default;
};

// The price table behind every cost estimate (resources/prices.json, plus
// the user's prices.json in the configuration folder). Costs are estimates:
// list prices, no volume discounts, no long-context surcharges, and every
// text that shows one says so.
class PriceTable
{
public:
    // The JSON shape of resources/prices.json. nullopt with *error naming the
    // source and the place ("prices.json: prices[2].input: must be a number, 0 or more").
    static std::optional<PriceTable> fromJson(const QByteArray &data, const QString &sourceName, QString *error);

    // The bundled table with overridePath's entries on top (same "match"
    // replaces, new ones add; its batch_discount wins). A missing file is no
    // problem; an unreadable or invalid one leaves the bundled table and sets *problem.
    static PriceTable load(const QString &overridePath, QString *problem);
    // load(defaultOverridePath()), once per process.
    static const PriceTable &standard();
    // Why the user's file was not used, or empty (for the CLI and the window to show).
    static QString standardProblem();
    // prices.json beside Promptwerk.conf: <GenericConfigLocation>/Promptwerk/prices.json
    // (~/.config/Promptwerk/prices.json on Linux), the same for the window and the CLI.
    static QString defaultOverridePath();

    // The entry with the longest match for the model, or nullopt.
    std::optional<ModelPrice> priceFor(const QString &model) const;
    // The estimated cost of a request in US dollars; batch requests at the
    // batch discount. nullopt when the model has no price.
    std::optional<double> cost(const QString &model, const Usage &usage, bool batch = false) const;

    double batchDiscount() const { return m_batchDiscount; }
    const QList<ModelPrice> &prices() const { return m_prices; }

private:
    void overrideWith(const PriceTable &other);

    QList<ModelPrice> m_prices;
    double m_batchDiscount = 0.5;
};

// PriceTable::standard().cost(...): the one call the run queue makes per cell.
std::optional<double> estimateCost(const QString &model, const Usage &usage, bool batch = false);

} // namespace pw
