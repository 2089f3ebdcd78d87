#include "postprocess.h"

#include "analysis/modelcapabilities.h"
#include "analysis/templateverifier.h"
#include "analysis/variablecheck.h"
#include "prompt/validation.h"

#include <QCoreApplication>

namespace pw {

namespace {

Diagnostic note(Severity severity, const Location &location, const QString &code, const QString &message)
{
    return {severity, location, message, code};
}

void foldPrefill(const ToolRequest &request, ToolResult &result)
{
    if (!result.prompt.hasPrefill() || request.targetModel.isEmpty() || modelAcceptsPrefill(request.targetModel))
        return;
    const Message prefill = result.prompt.messages.takeLast();
    const int last = int(result.prompt.messages.size()) - 1;
    const QString prefillText = prefill.text();
    if (last >= 0 && !prefillText.trimmed().isEmpty()) {
        QList<ContentBlock> &blocks = result.prompt.messages[last].content;
        if (blocks.isEmpty())
            blocks.append(ContentBlock::fromText(QString()));
        blocks.last().text += foldedPrefillInstruction(prefillText);
    }
    result.notes.append(
        // Where the user finds the folded text; the prefill's own index no longer exists.
        note(Severity::Info, last >= 0 ? Location::ofMessage(last) : Location::prompt(), QStringLiteral("prefill-folded"),
            QCoreApplication::translate("pw::ToolRun",
                "%1 rejects a trailing assistant prefill, so the suggested prefill was folded into the last user message")
                .arg(request.targetModel)));
}

} // namespace

QString foldedPrefillInstruction(const QString &prefill)
{
    return QStringLiteral("\n\nBegin your answer with exactly this text:\n<answer_start>\n%1\n</answer_start>")
        .arg(prefill.trimmed());
}

std::optional<ToolError> finalizeToolResult(const ToolRequest &request, PromptRules rules, ToolResult &result)
{
    const QList<Diagnostic> invalid = validatePrompt(result.prompt, rules);
    if (!invalid.isEmpty()) {
        ToolError error;
        error.kind = ToolError::Kind::InvalidOutput;
        error.message = QCoreApplication::translate("pw::ToolRun", "The result is not a usable prompt: %1")
                            .arg(invalid.constFirst().toString());
        error.details = invalid;
        error.requestId = result.requestId;
        return error;
    }

    switch (request.tool) {
    case Tool::Templatize: {
        VerifiedTemplate verified
            = verifyTemplate(request.prompt, result.prompt, result.variableValues.value_or(VariableValues()));
        if (!verified.ok) {
            ToolError error;
            error.kind = ToolError::Kind::InvalidOutput;
            error.message = QCoreApplication::translate("pw::ToolRun", "The template does not match the original prompt: %1")
                                .arg(verified.errors.isEmpty() ? QString() : verified.errors.constFirst().toString());
            error.details = verified.errors;
            error.requestId = result.requestId;
            return error;
        }
        result.prompt = verified.templ;
        result.variableValues = verified.values;
        result.notes += verified.notes;
        break;
    }
    case Tool::Improve:
        result.notes += droppedVariables(request.prompt, result.prompt);
        foldPrefill(request, result);
        break;
    case Tool::Generate:
        foldPrefill(request, result);
        break;
    }
    return std::nullopt;
}

} // namespace pw
