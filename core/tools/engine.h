#pragma once

#include "toolrun.h"

#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

namespace pw {

// How to reach an engine: resolved from command-line options, environment,
// settings and defaults (see enginesettings.h) before an engine is made.
struct EngineConfig
{
    QString engine = QStringLiteral("claude"); // claude | prompt-tools | openai | local
    QUrl baseUrl; // empty: the engine's default
    QString apiKey; // never logged, never in an error text
    QString toolModel; // the model that runs the tool; empty: default
    int timeoutSeconds = 600;
    int maxRetries = 2;
    QNetworkAccessManager *network = nullptr; // optional, shared
};

// Generate, improve and templatize behind one interface. Every engine
// returns the prompt-tools result shape, so callers never care which ran.
class Engine
{
public:
    virtual ~Engine() = default;

    virtual QString name() const = 0;
    virtual bool supports(Tool tool) const = 0;
    // Starts the tool; the run belongs to parent. Invalid requests fail
    // asynchronously like any other error.
    virtual ToolRun *start(const ToolRequest &request, QObject *parent) = 0;
};

QStringList engineNames(); // claude, prompt-tools, openai, local
bool isEngineName(const QString &name);
// Null with *error set for an unknown engine or an unusable configuration.
std::unique_ptr<Engine> createEngine(const EngineConfig &config, QString *error);

QString defaultToolModel(const QString &engine);
QUrl defaultBaseUrl(const QString &engine);

} // namespace pw
