#include "localengine.h"

#include "analysis/localtemplatizer.h"

#include <QTimer>

namespace pw {

namespace {

class LocalToolRun : public ToolRun
{
public:
    LocalToolRun(const ToolRequest &request, PromptRules rules, QObject *parent) : ToolRun(request, rules, parent)
    {
        // Answer from the event loop, like every engine, so callers can connect first.
        QTimer::singleShot(0, this, [this] { run(); });
    }

private:
    void run()
    {
        if (isFinished() || failIfInvalidRequest())
            return;
        if (request().tool != Tool::Templatize) {
            ToolError error;
            error.kind = ToolError::Kind::Unsupported;
            error.message = tr("The local engine works offline and can only templatize and check prompts; %1 needs a model. "
                               "Choose the claude or openai engine.")
                                .arg(toolName(request().tool));
            fail(error);
            return;
        }
        const TemplatizeOutcome outcome = templatizeLocally(request().prompt);
        ToolResult result;
        result.prompt = outcome.templ;
        result.variableValues = outcome.values;
        complete(result);
    }
};

} // namespace

ToolRun *LocalEngine::start(const ToolRequest &request, QObject *parent)
{
    return new LocalToolRun(request, info().promptRules, parent);
}

} // namespace pw
