#pragma once

#include "engineregistry.h"
#include "toolrun.h"

#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

namespace pw {

// Shared by the settings, the command line and the engines.
constexpr int defaultTimeoutSeconds = 600; // the longest a server may stay silent
constexpr int defaultMaxRetries = 2; // after the first attempt

// How to reach an engine: resolved from command-line options, environment,
// settings and the registry's defaults (see enginesettings.h and
// engineconfiglookup.h) before an engine is made.
struct EngineConfig
{
    QString engine = defaultEngine().id; // an id from the registry
    QUrl baseUrl; // empty: the engine's default
    QString apiKey; // never logged, never in an error text
    QString toolModel; // the model that runs the tool; empty: default
    int timeoutSeconds = defaultTimeoutSeconds;
    int maxRetries = defaultMaxRetries;
    QNetworkAccessManager *network = nullptr; // optional, shared
};

// The one conversion from an engine's configuration to its HTTP client's:
// an empty base URL becomes the engine's default from the registry.
ApiConfig toApiConfig(const EngineConfig &config);

// Generate, improve and templatize behind one interface. Every engine
// returns the same ToolResult shape, so callers never care which ran.
class Engine
{
public:
    explicit Engine(const EngineInfo &info) : m_info(info) { }
    virtual ~Engine() = default;

    const EngineInfo &info() const { return m_info; }
    QString name() const { return m_info.id; }
    bool supports(Tool tool) const { return m_info.supports(tool); }
    // Starts the tool; the run belongs to parent. Invalid requests fail
    // asynchronously like any other error.
    virtual ToolRun *start(const ToolRequest &request, QObject *parent) = 0;

private:
    const EngineInfo &m_info;
};

// Null with *error set for an unknown engine or an unusable configuration.
std::unique_ptr<Engine> createEngine(const EngineConfig &config, QString *error);

class ModelBackend;
// The model behind a model engine (claude, openai) with config's tool model:
// what the tools run on, and what grades model-graded assertions. Null for
// engines without a model of their own (prompt-tools, local).
std::shared_ptr<ModelBackend> createModelBackend(const EngineConfig &config);

} // namespace pw
