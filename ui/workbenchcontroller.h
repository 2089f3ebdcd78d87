#pragma once

#include "workbenchcontext.h"

#include "tools/enginesettings.h"

#include <QObject>
#include <QPointer>

namespace pw {

// Runs the tools for the window: resolves how to reach the chosen engine
// (settings, environment, the key from the keychain, all without blocking),
// starts one run at a time, cancels it, and retries the last request. It
// knows nothing of widgets, so it is tested on its own.
class WorkbenchController : public QObject
{
    Q_OBJECT

public:
    explicit WorkbenchController(const WorkbenchContext &context, QObject *parent = nullptr);
    ~WorkbenchController() override;

    SettingsStore &settings() { return m_settings; }
    SecretStore *secrets() const { return m_context.secrets; }
    const QProcessEnvironment &environment() const { return m_context.environment; }
    QNetworkAccessManager *network() const { return m_context.network; }

    // The engine the tools run on; saved in the settings.
    QString engine() const;
    void setEngine(const QString &engine);
    // The model the prompt is written for; saved in the settings.
    QString targetModel() const;
    void setTargetModel(const QString &model);

    // How the engine would be reached, without the keychain's key; error
    // names a bad setting.
    EngineConfig engineConfig(const QString &engine, QString *error = nullptr) const;
    using ConfigCallback = std::function<void(const EngineConfig &config, const QString &error)>;
    // The same with the API key (environment first, then the keychain);
    // done runs from the event loop, and not at all once context is gone.
    void resolveConfig(const QString &engine, QObject *context, ConfigCallback done);

    // Starts request on the current engine. Ignored while busy.
    void start(const ToolRequest &request);
    // Stops the run at once; it fails with ToolError::Kind::Canceled.
    void cancel();
    // Starts the last request again, on the current engine.
    void retry();

    bool isBusy() const { return m_busy; }
    bool canRetry() const { return !m_busy && m_hasRequest; }
    const ToolRequest &lastRequest() const { return m_request; }
    // The engine and tool model of the last run.
    const EngineConfig &lastConfig() const { return m_lastConfig; }
    ToolRun *run() const { return m_run; }

signals:
    void engineChanged(const QString &engine);
    void busyChanged(bool busy);
    // Before the run exists: "Reading the API key…".
    void preparing(const QString &status);
    // Its streamed text, usage and status come from here.
    void runStarted(pw::ToolRun *run);
    void succeeded(const pw::ToolResult &result);
    // settingsProblem: the fix is in the Settings dialog (a missing or refused key, a bad URL).
    void failed(const pw::ToolError &error, bool settingsProblem);

private:
    void launch(const EngineConfig &config, const QString &configError);
    void onRunFinished();
    void fail(const ToolError &error, bool settingsProblem);
    void setBusy(bool busy);

    WorkbenchContext m_context;
    SettingsStore m_settings;
    ToolRequest m_request;
    bool m_hasRequest = false;
    bool m_busy = false;
    // Counts starts and cancels, so a late keychain answer for a canceled start is dropped.
    quint64 m_attempt = 0;
    EngineConfig m_lastConfig;
    std::unique_ptr<Engine> m_engine;
    QPointer<ToolRun> m_run;
};

} // namespace pw
