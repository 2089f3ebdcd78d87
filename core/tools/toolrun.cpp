#include "toolrun.h"

#include "postprocess.h"
#include "prompt/validation.h"

#include <QCoreApplication>

namespace pw {

QString ToolError::toString() const
{
    QStringList context;
    // A failure inside a 200 stream (an error event, a dropped connection):
    // "HTTP 200" next to an error would only confuse.
    const bool successStatus = httpStatus >= 200 && httpStatus < 300;
    if (httpStatus > 0 && !successStatus)
        context.append(errorType.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
                                           : QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(errorType));
    else if (!errorType.isEmpty())
        context.append(errorType);
    if (!requestId.isEmpty())
        context.append(QStringLiteral("request %1").arg(requestId));
    return context.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, context.join(QStringLiteral(", ")));
}

QStringList ToolError::detailTexts(qsizetype limit) const
{
    QStringList texts;
    for (const Diagnostic &detail : details) {
        if (limit >= 0 && texts.size() >= limit)
            break;
        const QString text = detail.toString();
        if (!message.contains(text))
            texts.append(text);
    }
    return texts;
}

ToolRun::ToolRun(ToolRequest request, PromptRules rules, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_rules(rules)
{ }

void ToolRun::cancel()
{
    if (m_finished)
        return;
    abort();
    ToolError error;
    error.kind = ToolError::Kind::Canceled;
    error.message = tr("Canceled");
    fail(error);
}

std::optional<ToolError> invalidRequestError(const ToolRequest &request, PromptRules rules)
{
    ToolError error;
    error.kind = ToolError::Kind::InvalidInput;
    if (request.tool == Tool::Generate) {
        if (request.task.trimmed().isEmpty())
            error.message = QCoreApplication::translate("pw::ToolRun", "Describe the task the prompt is for.");
    } else {
        const QList<Diagnostic> problems = validatePrompt(request.prompt, rules);
        if (!problems.isEmpty()) {
            error.message = problems.constFirst().toString();
            error.details = problems;
        } else if (request.prompt.isEmpty()) {
            error.message = QCoreApplication::translate("pw::ToolRun", "The prompt is empty.");
        }
    }
    if (error.message.isEmpty())
        return std::nullopt;
    return error;
}

bool ToolRun::failIfInvalidRequest()
{
    std::optional<ToolError> error = invalidRequestError(m_request, m_rules);
    if (!error)
        return false;
    fail(std::move(*error));
    return true;
}

void ToolRun::appendText(const QString &delta)
{
    if (m_finished || delta.isEmpty())
        return;
    m_streamedText += delta;
    emit textReceived(delta);
}

void ToolRun::resetText()
{
    m_streamedText.clear();
    emit textCleared();
}

void ToolRun::addUsage(const Usage &usage)
{
    m_usage += usage;
    emit usageChanged(m_usage);
}

void ToolRun::setStatus(const QString &status)
{
    if (!m_finished)
        emit statusChanged(status);
}

void ToolRun::complete(ToolResult result)
{
    if (m_finished)
        return;
    if (const std::optional<ToolError> error = finalizeToolResult(m_request, m_rules, result)) {
        fail(*error);
        return;
    }
    m_result = std::move(result);
    finish();
}

void ToolRun::fail(ToolError error)
{
    if (m_finished)
        return;
    m_error = std::move(error);
    m_failed = true;
    finish();
}

void ToolRun::finish()
{
    m_finished = true;
    emit finished();
}

} // namespace pw
