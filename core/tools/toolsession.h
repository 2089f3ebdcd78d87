#pragma once

#include "engineconfiglookup.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace pw {

using EngineFactory = std::function<std::unique_ptr<Engine>(const EngineConfig &config, QString *error)>;

// One tool at a time for one document, without widgets: resolves how to
// reach the engine (EngineConfigLookup), runs the request, holds the result
// until it is accepted or rejected, and retries. The window shows it; the
// CLI drives it the same way.
//
//   Idle --start--> Running --+--> ResultPending --accept--> Applied
//     ^                ^      |          |
//     |                |      +--> Failed (canceled, refused, ...)
//     +----reject------+----------retry / start (from any state but Running)
//
// The request is stored here only: request() is what runs, ran, or is
// retried, and what a failure, a cancel or a result belongs to.
class ToolSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Running, ResultPending, Applied, Failed };
    Q_ENUM(State)

    // sources.settings is required; the engine is sources.overrides.engine
    // when given (the CLI's --engine), else the one saved in the settings.
    explicit ToolSession(const EngineSources &sources, QObject *parent = nullptr);
    ~ToolSession() override;

    // Tests put fake engines here; default: createEngine.
    void setEngineFactory(EngineFactory factory) { m_engineFactory = std::move(factory); }

    const EngineSources &sources() const { return m_sources; }
    SettingsStore &settings() { return m_settings; }

    // The engine the next start() runs on.
    QString engine() const;
    // Saves the choice in the settings (the window's engine selector).
    void setEngine(const QString &engine);
    // How an engine would be reached, without the keychain; error names a bad setting.
    EngineConfig engineConfig(const QString &engine, QString *error = nullptr) const;

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Running; }
    bool hasPendingResult() const { return m_state == State::ResultPending; }
    bool canRetry() const { return m_state != State::Running && m_hasRequest; }

    const ToolRequest &request() const { return m_request; }
    // The engine and tool model the request ran on (known once the key lookup ended).
    const EngineConfig &config() const { return m_config; }
    // ResultPending and Applied: what the tool made.
    const ToolResult &result() const { return m_result; }
    // Failed: why. settingsProblem(): the fix is in the settings (a missing or
    // refused key, a bad URL).
    const ToolError &error() const { return m_error; }
    bool settingsProblem() const { return m_settingsProblem; }
    // Running: the run once the engine started it (null during the key lookup).
    ToolRun *run() const { return m_run; }

    // Starts request on engine(), dropping a result not yet accepted.
    // Ignored while running.
    void start(const ToolRequest &request);
    // Starts request() again, on engine() as it is now.
    void retry();
    // Stops at once; the session fails with ToolError::Kind::Canceled.
    void cancel();
    // ResultPending -> Applied: the caller has put result() into the document.
    void accept();
    // ResultPending -> Idle: the result is dropped.
    void reject();

signals:
    void engineChanged(const QString &engine);
    void stateChanged(pw::ToolSession::State state);
    // While running: a short status ("Preparing the claude engine…",
    // "Waiting for claude-sonnet-5-5…"), the streamed text, the tokens so far.
    void statusChanged(const QString &status);
    void textReceived(const QString &delta);
    // What was streamed so far is void: the model answers again.
    void textCleared();
    void usageChanged(const pw::Usage &usage);
    // The run ended: exactly one of these follows every start(), then finished().
    void succeeded(const pw::ToolResult &result);
    void failed(const pw::ToolError &error, bool settingsProblem);
    void finished();

private:
    void launch();
    void onRunFinished();
    void fail(ToolError error, bool settingsProblem);
    void setState(State state);
    void dropRun();

    EngineSources m_sources;
    SettingsStore m_settings;
    EngineFactory m_engineFactory;
    State m_state = State::Idle;
    ToolRequest m_request;
    bool m_hasRequest = false;
    EngineConfig m_config;
    ToolResult m_result;
    ToolError m_error;
    bool m_settingsProblem = false;
    std::unique_ptr<EngineConfigLookup> m_lookup;
    std::unique_ptr<Engine> m_engine;
    QPointer<ToolRun> m_run;
};

} // namespace pw
