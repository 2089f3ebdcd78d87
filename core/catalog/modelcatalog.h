#pragma once

#include "api/modelinfo.h"
#include "tools/engine.h"

#include <QHash>
#include <QObject>

namespace pw {

// The models an engine's server offers, for choosing a target model:
// Anthropic's Models API (claude, prompt-tools) or an OpenAI-compatible
// /v1/models (openai). A fetched list is cached on disk per server, so the
// next start has it at once and offline; before anything was ever fetched
// the Anthropic list falls back to a bundled one. Any other id can still be
// typed: the list only suggests.
class ModelCatalog : public QObject
{
    Q_OBJECT

public:
    enum class Source {
        None, // nothing known (an OpenAI-compatible server never reached)
        Bundled, // the list shipped with Promptwerk
        Cache, // fetched earlier, read from disk
        Server, // fetched in this session
    };

    // cacheDirectory: where fetched lists are kept; empty for
    // QStandardPaths::CacheLocation.
    explicit ModelCatalog(const QString &cacheDirectory = {}, QObject *parent = nullptr);
    ~ModelCatalog() override;

    // The best list known now for this engine and server, without waiting.
    QList<ModelInfo> models(const EngineConfig &config) const;
    Source source(const EngineConfig &config) const;

    // Fetches the list in the background and caches it. On success emits
    // modelsChanged(); on failure refreshFailed() with the reason, and the
    // list stays what it was (cache or bundled). The local engine has no
    // server: its list is Anthropic's as last known.
    void refresh(const EngineConfig &config);
    bool isRefreshing() const { return !m_running.isEmpty(); }

    static QList<ModelInfo> bundledModels();
    QString cacheDirectory() const { return m_cacheDirectory; }
    // The file a server's list is cached in.
    QString cacheFile(const EngineConfig &config) const;

signals:
    void modelsChanged();
    void refreshFailed(const QString &message);

private:
    struct Entry
    {
        QList<ModelInfo> models;
        Source source = Source::None;
    };
    QString key(const EngineConfig &config) const;
    const Entry &entry(const EngineConfig &config) const;
    void store(const EngineConfig &config, const QList<ModelInfo> &models);

    QString m_cacheDirectory;
    mutable QHash<QString, Entry> m_entries;
    QHash<QString, QObject *> m_running; // key -> the client of the fetch under way
};

// A cache file's contents: {"fetched_at": ..., "data": [model, ...]} in the
// Models API's own shape. Reading returns nullopt (and *error) for anything else.
QByteArray serializeModelList(const QList<ModelInfo> &models, const QDateTime &fetchedAt);
std::optional<QList<ModelInfo>> parseModelList(const QByteArray &json, QString *error = nullptr);

} // namespace pw
