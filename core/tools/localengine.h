#pragma once

#include "engine.h"

namespace pw {

// Runs in-process, no network: deterministic templatize (see
// analysis/localtemplatizer.h). Generate and improve need a model and fail
// with ToolError::Kind::Unsupported (the registry says so too).
class LocalEngine : public Engine
{
public:
    using Engine::Engine;
    ToolRun *start(const ToolRequest &request, QObject *parent) override;
};

} // namespace pw
