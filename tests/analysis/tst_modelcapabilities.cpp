#include "analysis/modelcapabilities.h"

#include <QTest>

using namespace pw;

class TestModelCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void acceptsPrefill_data();
    void acceptsPrefill();
    void acceptsSamplingParameters_data();
    void acceptsSamplingParameters();
};

void TestModelCapabilities::acceptsPrefill_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<bool>("accepts");
    QTest::addColumn<bool>("claude");

    const auto row = [](const char *id, bool accepts, bool claude = true) {
        QTest::newRow(id) << QString::fromUtf8(id) << accepts << claude;
    };
    // Claude 3 family and 2.x: accept.
    row("claude-3-opus-20240229", true);
    row("claude-3-sonnet-20240229", true);
    row("claude-3-haiku-20240307", true);
    row("claude-3-5-sonnet-20240620", true);
    row("claude-3-5-sonnet-20241022", true);
    row("claude-3-5-sonnet-latest", true);
    row("claude-3-5-haiku-20241022", true);
    row("claude-3-7-sonnet-20250219", true);
    row("claude-3-7-sonnet-latest", true);
    row("claude-2.1", true);
    row("claude-instant-1.2", true);
    // Claude 4 up to 4.5: accept.
    row("claude-sonnet-4-20250514", true);
    row("claude-opus-4-20250514", true);
    row("claude-opus-4-1-20250805", true);
    row("claude-opus-4-1", true);
    row("claude-sonnet-4-5-20250929", true);
    row("claude-sonnet-4-5", true);
    row("claude-opus-4-5-20251101", true);
    row("claude-haiku-4-5-20251001", true);
    row("claude-haiku-4-5", true);
    // 4.6 and later: reject.
    row("claude-opus-4-6", false);
    row("claude-sonnet-4-6", false);
    row("claude-opus-4-6-20260205", false);
    row("claude-opus-4-7", false);
    row("claude-sonnet-4-7", false);
    row("claude-opus-4-8", false);
    row("claude-sonnet-4-8-20261001", false);
    row("claude-opus-5", false);
    row("claude-sonnet-5", false);
    row("claude-opus-5-5", false);
    row("claude-sonnet-5-5", false);
    row("claude-haiku-5-5", false);
    row("claude-fable-5", false);
    row("claude-fable-5-1", false);
    row("claude-mythos-5-1", false);
    row("fable-5-1", false);
    row("mythos-5", false);
    // Unknown Claude ids: newest behaviour.
    row("claude-next", false);
    row("claude-opus", false);
    row("claude", false);
    // Provider spellings.
    row("CLAUDE-OPUS-4-6", false);
    row("anthropic/claude-3.5-sonnet", true);
    row("anthropic/claude-sonnet-4.5", true);
    row("anthropic/claude-opus-4.6", false);
    row("anthropic.claude-3-5-sonnet-20241022-v2:0", true);
    row("us.anthropic.claude-3-7-sonnet-20250219-v1:0", true);
    row("us.anthropic.claude-opus-4-6-v1:0", false);
    row("claude-3-5-sonnet-v2@20241022", true);
    row("claude-opus-4-1@20250805", true);
    row("claude-sonnet-4-6@20260101", false);
    row("  claude-haiku-4-5  ", true);
    // Not Claude: accept.
    row("gpt-4o", true, false);
    row("gpt-4.1-mini", true, false);
    row("o3-mini", true, false);
    row("llama3.1:8b", true, false);
    row("qwen2.5-coder:32b-instruct", true, false);
    row("mistral-large-latest", true, false);
    row("meta-llama/Llama-3.3-70B-Instruct", true, false);
    row("gemma-3-27b-it", true, false);
    row("", true, false);
}

void TestModelCapabilities::acceptsPrefill()
{
    QFETCH(QString, modelId);
    QFETCH(bool, accepts);
    QFETCH(bool, claude);
    QCOMPARE(modelAcceptsPrefill(modelId), accepts);
    QCOMPARE(isClaudeModel(modelId), claude);
}

void TestModelCapabilities::acceptsSamplingParameters_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<bool>("accepts");

    const auto row = [](const char *id, bool accepts) {
        QTest::newRow(id) << QString::fromUtf8(id) << accepts;
    };
    row("claude-3-7-sonnet-20250219", true);
    row("claude-sonnet-4-5", true);
    // 4.6 rejects a prefill but still takes a temperature.
    row("claude-opus-4-6", true);
    row("anthropic/claude-sonnet-4.6", true);
    row("claude-opus-4-7", false);
    row("claude-opus-4-8", false);
    row("us.anthropic.claude-opus-4-7-v1:0", false);
    row("claude-sonnet-5-5", false);
    row("claude-fable-5-1", false);
    row("mythos-5", false);
    row("claude-next", false);
    row("llama3.2", true);
    row("gpt-4o", true);
}

void TestModelCapabilities::acceptsSamplingParameters()
{
    QFETCH(QString, modelId);
    QFETCH(bool, accepts);
    QCOMPARE(modelAcceptsSamplingParameters(modelId), accepts);
}

QTEST_GUILESS_MAIN(TestModelCapabilities)
#include "tst_modelcapabilities.moc"
