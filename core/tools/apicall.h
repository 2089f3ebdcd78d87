#pragma once

#include "modeltoolrun.h"

#include "api/apierror.h"
#include "api/apijob.h"

namespace pw {

// What a failed API job means for a tool run.
ToolError toolErrorFromApi(const ApiError &error);

// A status line for a scheduled retry: "HTTP 529 overloaded_error; retrying in 2 s (attempt 2)".
QString retryStatus(const ApiError &reason, int delayMs, int nextAttempt);

// The CompletionCall of both model backends: wraps one streaming API job and
// leaves reading its final answer to a function of the backend.
class ApiCompletionCall : public CompletionCall
{
    Q_OBJECT

public:
    using OutcomeReader = std::function<CompletionOutcome(StreamingApiJob &job, Usage *usage)>;

    ApiCompletionCall(StreamingApiJob *job, OutcomeReader reader, QObject *parent);

    bool succeeded() const override { return m_job->succeeded(); }
    CompletionOutcome outcome() const override { return m_outcome; }
    ToolError error() const override;
    void abort() override { m_job->cancel(); }

private:
    void onJobFinished();

    StreamingApiJob *m_job;
    OutcomeReader m_reader;
    CompletionOutcome m_outcome;
};

} // namespace pw
