#include "inputtokencounter.h"

#include "api/anthropicjobs.h"
#include "api/apiclient.h"
#include "diff/promptdiff.h"
#include "prompt/promptjson.h"
#include "tools/engine.h"
#include "tools/engineregistry.h"

#include <QLocale>

namespace pw {

namespace {

// Long enough not to send a request per keystroke, short enough to follow the typing.
constexpr int countDelayMs = 600;

qint64 estimatedTokens(const Prompt &prompt)
{
    qint64 tokens = estimateModelTokens(prompt.system);
    for (const Message &message : prompt.messages)
        tokens += estimateModelTokens(message.text());
    return tokens;
}

} // namespace

InputTokenCounter::InputTokenCounter(const EngineSources &sources, InputSource source, QObject *parent)
    : QObject(parent), m_sources(sources), m_source(std::move(source))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(countDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &InputTokenCounter::count);
}

InputTokenCounter::~InputTokenCounter()
{
    m_job.reset(); // before the client (a child) it refers to
}

void InputTokenCounter::schedule()
{
    m_timer.start();
}

void InputTokenCounter::forgetConfig()
{
    m_config.reset();
    m_configError.clear();
    m_configEngine.clear();
    schedule();
}

QString InputTokenCounter::text() const
{
    if (m_tokens < 0)
        return {};
    const QString number = QLocale().toString(m_tokens);
    return m_estimate ? tr("Input: ≈%1 tokens (estimate)").arg(number) : tr("Input: %1 tokens").arg(number);
}

void InputTokenCounter::count()
{
    cancelCount();
    m_input = m_source();
    const EngineInfo *engine = findEngine(m_input.engine);
    if (!engine || !engine->canCountTokens) {
        showEstimate(tr("About four characters per token: the %1 engine has no token counter.")
                         .arg(engine ? engine->displayName : m_input.engine));
        return;
    }
    // The endpoint refuses what the Messages API refuses; the run explains that, here it is only a count.
    if (m_input.prompt.messages.isEmpty()) {
        showEstimate(tr("About four characters per token: a prompt without messages cannot be counted."));
        return;
    }
    // Looked up once per engine, failure included: a locked keychain must not ask again at every pause in typing.
    if (m_configEngine == m_input.engine && (m_config || !m_configError.isEmpty())) {
        if (m_config)
            countWith(*m_config);
        else
            showEstimate(m_configError);
        return;
    }
    m_lookup = new EngineConfigLookup(m_input.engine, m_sources, this);
    connect(m_lookup, &EngineConfigLookup::finished, this, [this, lookup = m_lookup.data()] {
        lookup->deleteLater();
        if (lookup != m_lookup)
            return;
        m_lookup.clear();
        m_configEngine = m_input.engine;
        if (!lookup->error().isEmpty()) {
            m_config.reset();
            m_configError = tr("About four characters per token: %1").arg(lookup->error());
            showEstimate(m_configError);
            return;
        }
        m_config = lookup->config();
        m_configError.clear();
        countWith(*m_config);
    });
}

void InputTokenCounter::countWith(const EngineConfig &config)
{
    QJsonObject body {{QStringLiteral("model"), m_input.model.isEmpty() ? config.toolModel : m_input.model},
        {QStringLiteral("messages"), messagesToJson(m_input.prompt.messages)}};
    if (!m_input.prompt.system.isEmpty())
        body.insert(QStringLiteral("system"), m_input.prompt.system);
    ApiConfig api = toApiConfig(config);
    // A count that is late is worth little: no retries for the status bar.
    api.retry.maxRetries = 0;
    // One client for the counter's life: jobs canceled earlier may still refer to it.
    if (!m_client)
        m_client = new ApiClient(api, m_sources.network, this);
    m_client->setConfig(api);
    m_countedModel = body.value(QStringLiteral("model")).toString();
    m_job = std::make_unique<CountTokensJob>(*m_client, body);
    connect(m_job.get(), &ApiJob::finished, this, [this] {
        // Deleted later: this runs inside the job's own signal.
        CountTokensJob *job = m_job.release();
        job->deleteLater();
        if (!job->succeeded()) {
            showEstimate(tr("About four characters per token: the count failed (%1).").arg(job->error()->toString()));
            return;
        }
        m_tokens = job->inputTokens();
        m_estimate = false;
        m_toolTip = tr("Counted by the %1 engine's count_tokens for %2").arg(m_input.engine, m_countedModel);
        emit changed();
    });
    m_job->start();
}

void InputTokenCounter::showEstimate(const QString &why)
{
    m_tokens = estimatedTokens(m_input.prompt);
    m_estimate = true;
    m_toolTip = why;
    emit changed();
}

void InputTokenCounter::cancelCount()
{
    delete m_lookup.data();
    if (m_job) {
        // cancel() finishes the job from the event loop; it must not find us then.
        m_job->disconnect(this);
        m_job->cancel();
        m_job.release()->deleteLater();
    }
}

} // namespace pw
