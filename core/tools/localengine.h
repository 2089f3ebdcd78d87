#pragma once

#include "engine.h"

namespace pw {

// Runs in-process, no network: deterministic templatize (see
// analysis/localtemplatizer.h). Generate and improve need a model and fail
// with ToolError::Kind::Unsupported.
class LocalEngine : public Engine
{
public:
    QString name() const override { return QStringLiteral("local"); }
    bool supports(Tool tool) const override { return tool == Tool::Templatize; }
    ToolRun *start(const ToolRequest &request, QObject *parent) override;
};

} // namespace pw
