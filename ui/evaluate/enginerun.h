#pragma once

#include "tools/engineconfiglookup.h"

#include <QObject>

#include <memory>

namespace pw {

// What the window's runs over an engine share (EvalRunner, OptimizeRunner):
// the engine's configuration and key are looked up without blocking
// (EngineConfigLookup) before the work starts; a cancel while looking ends
// the run from the event loop; finished() comes once per start.
class EngineRun : public QObject
{
    Q_OBJECT

public:
    ~EngineRun() override;

    bool isRunning() const { return m_running; }

signals:
    // Done: problem is empty when the work ended or was canceled, else why it stopped.
    void finished(const QString &problem);

protected:
    EngineRun(const EngineSources &sources, QObject *parent);

    // Starts looking up engine (a registry id); then configFound(), or
    // finished() with the reason there is no configuration (a missing key).
    // Only when not running.
    void lookUp(const QString &engine);
    virtual void configFound(const EngineConfig &config) = 0;
    // A cancel while the lookup runs: it is dropped, finished() follows from
    // the event loop, and true is returned; false once the work has started.
    bool cancelLookup();
    // Stops without finished() (the document is closed or replaced).
    void stopSilently();
    void finish(const QString &problem);

private:
    EngineSources m_sources;
    bool m_running = false;
    std::unique_ptr<EngineConfigLookup> m_lookup;
};

} // namespace pw
