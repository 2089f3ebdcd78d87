#pragma once

#include "model/evalrun.h"
#include "prompt/prompt.h"
#include "tools/engineconfiglookup.h"
#include "tools/toolrun.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace pw {

class ApiClient;
class PromptRun;

// "Run Prompt" without widgets: resolves the engine's configuration and key
// (EngineConfigLookup, never blocking), then sends the filled prompt once
// through core's PromptRun, which streams the answer and measures it. One
// run at a time; starting another cancels nothing, it is refused while busy.
class PromptRunner : public QObject
{
    Q_OBJECT

public:
    explicit PromptRunner(const EngineSources &sources, QObject *parent = nullptr);
    ~PromptRunner() override;

    bool isRunning() const { return m_running; }
    // prompt: filled with the test values already. Check runSettingProblems()
    // first: a run with problems fails without sending anything.
    void start(const Prompt &prompt, const ModelSettings &settings);
    // Ends the run at once, whatever it is waiting for; canceled() follows.
    void cancel();

    const ModelSettings &settings() const { return m_settings; }
    // The last run's cell (output, stop reason, tokens, timings, cost estimate).
    const CellResult &result() const { return m_result; }

signals:
    void started();
    void textReceived(const QString &delta);
    // The text so far is void: a failed attempt is sent again.
    void textCleared();
    void statusChanged(const QString &status);
    void succeeded(const pw::CellResult &result);
    // settingsProblem: the fix is in the settings (no key, a bad base URL).
    void failed(const pw::ToolError &error, bool settingsProblem);
    void canceled();
    // After each of succeeded, failed and canceled.
    void finished();

private:
    void launch(const EngineConfig &config);
    void onRunFinished();
    void end();

    EngineSources m_sources;
    Prompt m_prompt;
    ModelSettings m_settings;
    CellResult m_result;
    QPointer<EngineConfigLookup> m_lookup;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PromptRun> m_run;
    bool m_running = false;
};

} // namespace pw
