#include "apicall.h"

#include <QCoreApplication>

namespace pw {

ToolError toolErrorFromApi(const ApiError &error)
{
    ToolError result;
    result.httpStatus = error.httpStatus;
    result.errorType = error.type;
    result.requestId = error.requestId;
    result.message = error.message;
    switch (error.kind) {
    case ApiErrorKind::Http:
    case ApiErrorKind::InvalidResponse:
    case ApiErrorKind::ResponseTooLarge:
    case ApiErrorKind::Stream:
        result.kind = ToolError::Kind::Api;
        break;
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
        result.kind = ToolError::Kind::Network;
        break;
    case ApiErrorKind::Canceled:
        result.kind = ToolError::Kind::Canceled;
        break;
    case ApiErrorKind::InsecureUrl:
    case ApiErrorKind::Config:
        result.kind = ToolError::Kind::InvalidInput;
        break;
    }
    // A model that lacks a feature we use answers 400; say what to do about it.
    if (error.httpStatus == 400) {
        const QString lower = error.message.toLower();
        if (lower.contains(QLatin1String("output_config")) || lower.contains(QLatin1String("json_schema"))
            || lower.contains(QLatin1String("response_format")) || lower.contains(QLatin1String("structured"))) {
            QString reason = error.message.trimmed();
            while (reason.endsWith(QLatin1Char('.')))
                reason.chop(1);
            result.message = QCoreApplication::translate(
                "pw::ToolRun", "%1. The tool model does not support structured JSON output: choose another tool model.")
                                 .arg(reason);
        }
    }
    return result;
}

QString retryStatus(const ApiError &reason, int delayMs, int nextAttempt)
{
    const QString why
        = reason.httpStatus > 0 ? QStringLiteral("HTTP %1 %2").arg(reason.httpStatus).arg(reason.type).trimmed() : reason.message;
    return QCoreApplication::translate("pw::ToolRun", "%1; retrying in %2 s (attempt %3)")
        .arg(why, QString::number(double(delayMs) / 1000.0, 'f', 1))
        .arg(nextAttempt);
}

ApiCompletionCall::ApiCompletionCall(StreamingApiJob *job, OutcomeReader reader, QObject *parent)
    : CompletionCall(parent), m_job(job), m_reader(std::move(reader))
{
    m_job->setParent(this);
    connect(m_job, &StreamingApiJob::textDelta, this, &CompletionCall::textReceived);
    connect(m_job, &ApiJob::retryScheduled, this, [this](const ApiError &reason, int delayMs, int nextAttempt) {
        emit statusChanged(retryStatus(reason, delayMs, nextAttempt));
    });
    connect(m_job, &ApiJob::finished, this, &ApiCompletionCall::onJobFinished);
    m_job->start();
}

ToolError ApiCompletionCall::error() const
{
    return m_job->error() ? toolErrorFromApi(*m_job->error()) : ToolError {};
}

void ApiCompletionCall::onJobFinished()
{
    if (m_job->succeeded()) {
        Usage usage;
        m_outcome = m_reader(*m_job, &usage);
        m_outcome.requestId = m_job->requestId();
        emit usageReceived(usage);
    }
    emit finished();
}

} // namespace pw
