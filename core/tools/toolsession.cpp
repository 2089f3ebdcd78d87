#include "toolsession.h"

namespace pw {

namespace {

ToolError toolError(ToolError::Kind kind, const QString &message)
{
    ToolError error;
    error.kind = kind;
    error.message = message;
    return error;
}

} // namespace

ToolSession::ToolSession(const EngineSources &sources, QObject *parent)
    : QObject(parent), m_sources(sources), m_settings(sources.settings), m_engineFactory(createEngine)
{
    Q_ASSERT(sources.settings);
}

ToolSession::~ToolSession()
{
    // A run still going must not report into a half-destroyed session.
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
}

QString ToolSession::engine() const
{
    const QString &chosen = m_sources.overrides.engine;
    return chosen.isEmpty() ? m_settings.currentEngine() : chosen;
}

void ToolSession::setEngine(const QString &engine)
{
    if (!findEngine(engine) || engine == this->engine())
        return;
    m_settings.setCurrentEngine(engine);
    emit engineChanged(engine);
}

EngineConfig ToolSession::engineConfig(const QString &engine, QString *error) const
{
    return engineConfigWithoutKeychain(engine, m_sources, error);
}

void ToolSession::start(const ToolRequest &request)
{
    if (m_state == State::Running)
        return;
    dropRun();
    m_request = request;
    m_hasRequest = true;
    m_result = {};
    m_error = {};
    m_settingsProblem = false;
    const QString engine = this->engine();
    m_config = {};
    m_config.engine = engine;
    setState(State::Running);
    emit statusChanged(tr("Preparing the %1 engine…").arg(engine));
    m_lookup = std::make_unique<EngineConfigLookup>(engine, m_sources);
    connect(m_lookup.get(), &EngineConfigLookup::finished, this, &ToolSession::launch);
}

void ToolSession::retry()
{
    if (canRetry())
        start(m_request);
}

void ToolSession::launch()
{
    const std::unique_ptr<EngineConfigLookup> lookup = std::move(m_lookup);
    m_config = lookup->config();
    if (!lookup->error().isEmpty()) {
        fail(toolError(ToolError::Kind::InvalidInput, lookup->error()), true);
        return;
    }
    QString error;
    m_engine = m_engineFactory(m_config, &error);
    if (!m_engine) {
        fail(toolError(ToolError::Kind::InvalidInput, error), true);
        return;
    }
    m_run = m_engine->start(m_request, this);
    connect(m_run, &ToolRun::textReceived, this, &ToolSession::textReceived);
    connect(m_run, &ToolRun::textCleared, this, &ToolSession::textCleared);
    connect(m_run, &ToolRun::usageChanged, this, &ToolSession::usageChanged);
    connect(m_run, &ToolRun::statusChanged, this, &ToolSession::statusChanged);
    connect(m_run, &ToolRun::finished, this, &ToolSession::onRunFinished);
}

void ToolSession::cancel()
{
    if (m_state != State::Running)
        return;
    if (m_run) {
        m_run->cancel(); // finishes the run, which reports through onRunFinished()
        return;
    }
    // Still looking up the key: that answer is not wanted any more.
    m_lookup.reset();
    fail(toolError(ToolError::Kind::Canceled, ToolRun::tr("Canceled")), false);
}

void ToolSession::accept()
{
    if (m_state == State::ResultPending)
        setState(State::Applied);
}

void ToolSession::reject()
{
    if (m_state != State::ResultPending)
        return;
    m_result = {};
    setState(State::Idle);
}

void ToolSession::onRunFinished()
{
    if (!m_run || m_state != State::Running)
        return;
    if (!m_run->succeeded()) {
        fail(m_run->error(), m_run->error().isAuthentication());
        return;
    }
    m_result = m_run->result();
    setState(State::ResultPending);
    emit succeeded(m_result);
    emit finished();
}

void ToolSession::fail(ToolError error, bool settingsProblem)
{
    m_error = std::move(error);
    m_settingsProblem = settingsProblem;
    setState(State::Failed);
    emit failed(m_error, m_settingsProblem);
    emit finished();
}

void ToolSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ToolSession::dropRun()
{
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_lookup.reset();
}

} // namespace pw
