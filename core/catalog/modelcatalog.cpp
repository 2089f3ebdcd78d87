#include "modelcatalog.h"

#include "api/anthropicjobs.h"
#include "api/apiclient.h"
#include "api/openaijobs.h"
#include "prompt/jsonwrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace pw {

namespace {

// A model list is as slow to fetch as any small GET: never wait on it long.
constexpr int modelListTimeoutSeconds = 30;

// The engine whose server lists the models. An engine without a model list
// (local) shows the default engine's: prompts written offline are still
// usually for Claude models.
const EngineInfo &listingEngine(const EngineConfig &config)
{
    const EngineInfo *info = findEngine(config.engine);
    return info && info->canListModels ? *info : defaultEngine();
}

bool speaksOpenAi(const EngineConfig &config)
{
    return listingEngine(config).apiProtocol() == ApiProtocol::OpenAi;
}

QUrl listServer(const EngineConfig &config)
{
    const EngineInfo &listing = listingEngine(config);
    return listing.id == config.engine ? toApiConfig(config).baseUrl : listing.defaultBaseUrl;
}

QJsonObject modelToJson(const ModelInfo &model)
{
    QJsonObject object {{QStringLiteral("type"), QStringLiteral("model")}, {QStringLiteral("id"), model.id}};
    if (!model.displayName.isEmpty())
        object.insert(QStringLiteral("display_name"), model.displayName);
    if (model.createdAt.isValid())
        object.insert(QStringLiteral("created_at"), model.createdAt.toUTC().toString(Qt::ISODate));
    if (model.maxInputTokens > 0)
        object.insert(QStringLiteral("max_input_tokens"), model.maxInputTokens);
    if (model.maxOutputTokens > 0)
        object.insert(QStringLiteral("max_tokens"), model.maxOutputTokens);
    return object;
}

} // namespace

QByteArray serializeModelList(const QList<ModelInfo> &models, const QDateTime &fetchedAt)
{
    QJsonArray data;
    for (const ModelInfo &model : models)
        data.append(modelToJson(model));
    const QJsonObject root {
        {QStringLiteral("fetched_at"), fetchedAt.toUTC().toString(Qt::ISODate)}, {QStringLiteral("data"), data}};
    return toJsonBytes(root);
}

std::optional<QList<ModelInfo>> parseModelList(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? QStringLiteral("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)
                : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonValue data = document.object().value(QStringLiteral("data"));
    if (!data.isArray()) {
        if (error)
            *error = QStringLiteral("data: must be an array");
        return std::nullopt;
    }
    QList<ModelInfo> models;
    const QJsonArray array = data.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        std::optional<ModelInfo> model = ModelInfo::fromJson(array.at(i), QStringLiteral("data[%1]").arg(i), error);
        if (!model)
            return std::nullopt;
        models.append(*model);
    }
    return models;
}

ModelCatalog::ModelCatalog(const QString &cacheDirectory, QObject *parent)
    : QObject(parent), m_cacheDirectory(cacheDirectory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                                                 : cacheDirectory)
{ }

ModelCatalog::~ModelCatalog() = default;

QList<ModelInfo> ModelCatalog::bundledModels()
{
    QFile file(QStringLiteral(":/promptwerk/models/fallback-models.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseModelList(file.readAll()).value_or(QList<ModelInfo>());
}

QString ModelCatalog::key(const EngineConfig &config) const
{
    const QString family = apiProtocolId(listingEngine(config).apiProtocol().value_or(ApiProtocol::Anthropic));
    return family + QLatin1Char('-')
        + QString::fromLatin1(
            QCryptographicHash::hash(listServer(config).toString().toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

QString ModelCatalog::cacheFile(const EngineConfig &config) const
{
    return m_cacheDirectory + QStringLiteral("/models-") + key(config) + QStringLiteral(".json");
}

const ModelCatalog::Entry &ModelCatalog::entry(const EngineConfig &config) const
{
    const QString k = key(config);
    auto it = m_entries.find(k);
    if (it != m_entries.end())
        return *it;
    Entry fresh;
    QFile file(cacheFile(config));
    // A cache file that cannot be read is only a cache: fall back quietly.
    if (file.open(QIODevice::ReadOnly)) {
        if (std::optional<QList<ModelInfo>> cached = parseModelList(file.readAll()); cached && !cached->isEmpty())
            fresh = {*cached, Source::Cache};
    }
    if (fresh.source == Source::None && !speaksOpenAi(config))
        fresh = {bundledModels(), Source::Bundled};
    return *m_entries.insert(k, fresh);
}

QList<ModelInfo> ModelCatalog::models(const EngineConfig &config) const
{
    return entry(config).models;
}

ModelCatalog::Source ModelCatalog::source(const EngineConfig &config) const
{
    return entry(config).source;
}

void ModelCatalog::refresh(const EngineConfig &config)
{
    const EngineInfo *info = findEngine(config.engine);
    if (!info || !info->canListModels)
        return;
    const QString k = key(config);
    if (m_running.contains(k))
        return;

    ApiConfig api = toApiConfig(config);
    api.timeout = std::chrono::seconds(qMin(config.timeoutSeconds, modelListTimeoutSeconds));
    auto *client = new ApiClient(api, config.network, this);
    m_running.insert(k, client);

    ApiJob *job = nullptr;
    std::function<QList<ModelInfo>()> listed;
    if (speaksOpenAi(config)) {
        auto *openAi = new OpenAiModelsJob(*client, client);
        listed = [openAi] {
            return openAi->models();
        };
        job = openAi;
    } else {
        auto *anthropic = new ModelsJob(*client, 100, client);
        listed = [anthropic] {
            return anthropic->models();
        };
        job = anthropic;
    }
    connect(job, &ApiJob::finished, this, [this, config, k, job, client, listed] {
        m_running.remove(k);
        client->deleteLater();
        if (!job->succeeded()) {
            emit refreshFailed(tr("Could not list the models of %1: %2").arg(displayUrl(listServer(config)), job->errorString()));
            return;
        }
        store(config, listed());
        emit modelsChanged();
    });
    job->start();
}

void ModelCatalog::store(const EngineConfig &config, const QList<ModelInfo> &models)
{
    m_entries.insert(key(config), {models, Source::Server});
    if (!QDir().mkpath(m_cacheDirectory))
        return;
    QSaveFile file(cacheFile(config));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(serializeModelList(models, QDateTime::currentDateTimeUtc()));
        file.commit();
    }
}

} // namespace pw
