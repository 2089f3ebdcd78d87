#include "eval/prices.h"

#include "testfiles.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pw;

class TestPrices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsFindTheirFamily_data();
    void modelsFindTheirFamily();
    void costIsPerMillionTokens();
    void userFileOverridesAndAdds();
    void badUserFileKeepsTheBundledPrices_data();
    void badUserFileKeepsTheBundledPrices();
};

void TestPrices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPrices::modelsFindTheirFamily_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("input"); // -1: no price

    QTest::newRow("opus 4.6") << QStringLiteral("claude-opus-4-6") << 5.0;
    QTest::newRow("opus 5.5") << QStringLiteral("claude-opus-5-5") << 5.0;
    QTest::newRow("opus 4.1 dated") << QStringLiteral("claude-opus-4-1-20250805") << 15.0;
    QTest::newRow("opus 4 dated") << QStringLiteral("claude-opus-4-20250514") << 15.0;
    QTest::newRow("sonnet 5.5") << QStringLiteral("claude-sonnet-5-5") << 3.0;
    QTest::newRow("haiku 4.5") << QStringLiteral("claude-haiku-4-5") << 1.0;
    QTest::newRow("haiku 3.5") << QStringLiteral("claude-3-5-haiku-20241022") << 0.8;
    QTest::newRow("gpt-4o-mini") << QStringLiteral("gpt-4o-mini-2024-07-18") << 0.15;
    QTest::newRow("gpt-4o") << QStringLiteral("gpt-4o") << 2.5;
    QTest::newRow("gpt-5.1 as gpt-5") << QStringLiteral("gpt-5.1") << 1.25;
    QTest::newRow("local model") << QStringLiteral("llama3.2") << -1.0;
    QTest::newRow("no word boundary") << QStringLiteral("claude-opusx") << -1.0;
    QTest::newRow("unknown family") << QStringLiteral("claude-mythos-5-1") << -1.0;
}

void TestPrices::modelsFindTheirFamily()
{
    QFETCH(QString, model);
    QFETCH(double, input);
    const std::optional<ModelPrice> price = PriceTable::standard().priceFor(model);
    QCOMPARE(price.has_value(), input >= 0);
    if (price)
        QCOMPARE(price->input, input);
    QCOMPARE(estimateCost(model, Usage {1000, 0, 0, 0}).has_value(), input >= 0);
}

void TestPrices::costIsPerMillionTokens()
{
    const PriceTable &table = PriceTable::standard();
    QVERIFY(PriceTable::standardProblem().isEmpty());
    QCOMPARE(table.batchDiscount(), 0.5);
    const Usage usage {1'000'000, 200'000, 100'000, 2'000'000};
    // 3 + 0.2 * 15 + 0.1 * 3.75 + 2 * 0.3
    const double expected = 3 + 3 + 0.375 + 0.6;
    QVERIFY(std::abs(*table.cost(QStringLiteral("claude-sonnet-4-5"), usage) - expected) < 1e-9);
    QVERIFY(std::abs(*table.cost(QStringLiteral("claude-sonnet-4-5"), usage, true) - expected / 2) < 1e-9);
    QCOMPARE(table.cost(QStringLiteral("llama3.2"), usage), std::nullopt);
    QCOMPARE(*table.cost(QStringLiteral("claude-sonnet-4-5"), Usage {}), 0.0);
}

void TestPrices::userFileOverridesAndAdds()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = test::writeTestFile(dir.filePath(QStringLiteral("prices.json")),
        R"({"batch_discount": 0.4, "prices": [
             {"match": "claude-sonnet", "input": 2, "output": 10, "cache_write": 2.5, "cache_read": 0.2},
             {"match": "llama3.2", "input": 0, "output": 0, "cache_write": 0, "cache_read": 0}]})");
    QString problem;
    const PriceTable table = PriceTable::load(path, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(table.priceFor(QStringLiteral("claude-sonnet-5-5"))->output, 10.0);
    QCOMPARE(table.priceFor(QStringLiteral("claude-haiku-4-5"))->output, 5.0); // untouched
    QCOMPARE(table.cost(QStringLiteral("llama3.2"), Usage {5000, 5000, 0, 0}), 0.0);
    QVERIFY(std::abs(*table.cost(QStringLiteral("claude-sonnet-5-5"), Usage {1'000'000, 0, 0, 0}, true) - 0.8) < 1e-9);
    QCOMPARE(table.prices().size(), PriceTable::standard().prices().size() + 1);
    QVERIFY(PriceTable::defaultOverridePath().endsWith(QLatin1String("/Promptwerk/prices.json")));

    QVERIFY(PriceTable::load(dir.filePath(QStringLiteral("absent.json")), &problem).priceFor(QStringLiteral("claude-sonnet-5")));
    QVERIFY(problem.isEmpty());
}

void TestPrices::badUserFileKeepsTheBundledPrices_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("problem");

    QTest::newRow("syntax") << QByteArray("{\n  \"prices\": [,]\n}")
                            << QStringLiteral("prices.json:2:15: invalid JSON: illegal value");
    QTest::newRow("negative") << QByteArray(
        R"({"prices": [{"match": "x", "input": -1, "output": 1, "cache_write": 1, "cache_read": 1}]})")
                              << QStringLiteral("prices.json: prices[0].input: must be a number, 0 or more");
    QTest::newRow("missing field") << QByteArray(R"({"prices": [{"match": "x", "input": 1, "output": 1, "cache_write": 1}]})")
                                   << QStringLiteral("prices.json: prices[0].cache_read: must be a number, 0 or more");
    QTest::newRow("no match") << QByteArray(R"({"prices": [{"input": 1}]})")
                              << QStringLiteral("prices.json: prices[0]: must be an object with a non-empty \"match\"");
    QTest::newRow("discount") << QByteArray(R"({"batch_discount": 2, "prices": []})")
                              << QStringLiteral("prices.json: batch_discount: must be a number from 0 to 1");
    QTest::newRow("no prices") << QByteArray("{}") << QStringLiteral("prices.json: prices: must be an array (found nothing)");
}

void TestPrices::badUserFileKeepsTheBundledPrices()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = test::writeTestFile(dir.filePath(QStringLiteral("prices.json")), data);
    QString found;
    const PriceTable table = PriceTable::load(path, &found);
    QCOMPARE(found, dir.path() + QLatin1Char('/') + problem + QStringLiteral(" (the bundled prices are used)"));
    QCOMPARE(table.prices(), PriceTable::standard().prices());
}

QTEST_GUILESS_MAIN(TestPrices)
#include "tst_prices.moc"
