#pragma once

#include "prompt/prompt.h"
#include "tools/engineconfiglookup.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace pw {

class ApiClient;
class CountTokensJob;

// The input tokens of the prompt being edited, for the status bar. Counted
// by the count_tokens endpoint on an engine that has one (canCountTokens),
// a while after the last edit; a count still under way when the prompt
// changes again is canceled, so only the newest prompt's count arrives.
// Offline, without a key, on other engines or for a prompt the endpoint
// cannot take, it shows an estimate and says it is one.
class InputTokenCounter : public QObject
{
    Q_OBJECT

public:
    // What to count, asked for when the pause in typing is over.
    struct Input
    {
        Prompt prompt; // filled with the test values
        QString engine;
        QString model; // empty: the engine's tool model
    };
    using InputSource = std::function<Input()>;

    InputTokenCounter(const EngineSources &sources, InputSource source, QObject *parent = nullptr);
    ~InputTokenCounter() override;

    // Counts again after a pause (every edit calls it; only the last one counts).
    void schedule();
    // The keys or servers may have changed (Settings saved): look them up again.
    void forgetConfig();
    void setDelay(int ms) { m_timer.setInterval(ms); }

    // -1 before the first count.
    qint64 tokens() const { return m_tokens; }
    bool isEstimate() const { return m_estimate; }
    bool isCounting() const { return m_job != nullptr || m_lookup != nullptr; }
    // "Input: 1,234 tokens" or "Input: ≈1,200 tokens (estimate)"; why it is one in toolTip().
    QString text() const;
    QString toolTip() const { return m_toolTip; }

signals:
    void changed();

private:
    void count();
    void countWith(const EngineConfig &config);
    void showEstimate(const QString &why);
    void cancelCount();

    EngineSources m_sources;
    InputSource m_source;
    QTimer m_timer;
    Input m_input;
    QString m_configEngine; // the engine looked up last: its config, or why there is none
    std::optional<EngineConfig> m_config;
    QString m_configError;
    QPointer<EngineConfigLookup> m_lookup;
    ApiClient *m_client = nullptr; // a child, created with the first count
    QString m_countedModel;
    std::unique_ptr<CountTokensJob> m_job;
    qint64 m_tokens = -1;
    bool m_estimate = true;
    QString m_toolTip;
};

} // namespace pw
