#include "casegenerator.h"

#include "eval/casegeneration.h"
#include "tools/engine.h"
#include "tools/engineregistry.h"

namespace pw {

namespace {

// Each case of the answer has one "values" key: counting them follows the answer as it streams.
const QLatin1String caseKey("\"values\"");

} // namespace

CaseGenerator::CaseGenerator(const EngineSources &sources, QObject *parent) : QObject(parent), m_sources(sources) { }

CaseGenerator::~CaseGenerator()
{
    cancel();
}

QString CaseGenerator::unavailableReason(const QString &engine)
{
    const EngineInfo *info = findEngine(engine);
    if (info && info->answersWithSchema())
        return {};
    return tr("The %1 engine has no language model to ask for test cases. Choose an engine with a tool model in the "
              "toolbar.")
        .arg(info ? info->displayName : engine);
}

void CaseGenerator::start(
    const QString &engine, const Prompt &prompt, const QStringList &variables, int count, const TestSuite &existing)
{
    cancel();
    m_prompt = prompt;
    m_variables = variables;
    m_count = count;
    m_existing = existing;
    m_cases.clear();
    m_error.clear();
    m_text.clear();
    m_seen = 0;
    m_running = true;
    m_lookup = std::make_unique<EngineConfigLookup>(engine, m_sources);
    connect(m_lookup.get(), &EngineConfigLookup::finished, this, &CaseGenerator::onConfigFound);
}

void CaseGenerator::onConfigFound()
{
    const std::unique_ptr<EngineConfigLookup> lookup = std::move(m_lookup);
    if (!lookup->error().isEmpty()) {
        finish(lookup->error());
        return;
    }
    m_backend = createModelBackend(lookup->config());
    if (!m_backend) {
        finish(unavailableReason(lookup->config().engine));
        return;
    }
    m_call = m_backend->start(caseGenerationRequest(m_prompt, m_variables, m_count, m_existing), this);
    connect(m_call, &CompletionCall::textReceived, this, &CaseGenerator::onText);
    connect(m_call, &CompletionCall::finished, this, &CaseGenerator::onCallFinished);
}

void CaseGenerator::onText(const QString &delta)
{
    // Only the new text and the end of the old, where a key may have been cut in two.
    qsizetype from = std::max<qsizetype>(0, m_text.size() - (caseKey.size() - 1));
    m_text += delta;
    int seen = m_seen;
    while ((from = m_text.indexOf(caseKey, from)) >= 0) {
        ++seen;
        from += caseKey.size();
    }
    if (seen != m_seen) {
        m_seen = std::min(seen, m_count);
        emit progressChanged(m_seen);
    }
}

void CaseGenerator::onCallFinished()
{
    CompletionCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    if (!call->succeeded()) {
        finish(call->error().toString());
        return;
    }
    const CompletionOutcome outcome = call->outcome();
    switch (outcome.stop) {
    case CompletionOutcome::Stop::Refusal:
        finish(tr("The tool model refused to write these test cases."));
        return;
    case CompletionOutcome::Stop::Truncated:
    case CompletionOutcome::Stop::ContextExceeded:
        finish(tr("The tool model's answer was cut off before its end: ask for fewer cases."));
        return;
    case CompletionOutcome::Stop::Complete:
        break;
    }
    QString error;
    if (const std::optional<TestSuite> cases = parseGeneratedCases(outcome.text, m_variables, m_count, &error)) {
        m_cases = *cases;
        finish({});
    } else {
        finish(error);
    }
}

void CaseGenerator::finish(const QString &error)
{
    m_error = error;
    m_running = false;
    emit finished();
}

void CaseGenerator::cancel()
{
    m_running = false;
    m_lookup.reset();
    if (CompletionCall *call = m_call) {
        m_call = nullptr;
        call->disconnect(this);
        call->abort();
        call->deleteLater();
    }
}

} // namespace pw
