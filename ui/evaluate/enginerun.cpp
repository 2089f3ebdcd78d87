#include "enginerun.h"

#include <QTimer>

namespace pw {

EngineRun::EngineRun(const EngineSources &sources, QObject *parent) : QObject(parent), m_sources(sources) { }

EngineRun::~EngineRun() = default;

void EngineRun::lookUp(const QString &engine)
{
    m_running = true;
    m_lookup = std::make_unique<EngineConfigLookup>(engine, m_sources);
    connect(m_lookup.get(), &EngineConfigLookup::finished, this, [this] {
        const std::unique_ptr<EngineConfigLookup> lookup = std::move(m_lookup);
        if (lookup->error().isEmpty())
            configFound(lookup->config());
        else
            finish(lookup->error());
    });
}

bool EngineRun::cancelLookup()
{
    if (!m_lookup)
        return false;
    // Deleting the lookup drops its answer; finished() still comes from the event loop.
    m_lookup.reset();
    QTimer::singleShot(0, this, [this] { finish({}); });
    return true;
}

void EngineRun::stopSilently()
{
    m_running = false;
    m_lookup.reset();
}

void EngineRun::finish(const QString &problem)
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(problem);
}

} // namespace pw
