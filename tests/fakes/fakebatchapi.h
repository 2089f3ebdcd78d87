#pragma once

// Internal to pw_fakes: Anthropic's Message Batches API and OpenAI's Files +
// Batches API, with state (the batches and files created since the last clear()).

#include "fakes/fakeapiserver.h"
#include "fakes/fakedefaultapi.h"

#include <QElapsedTimer>
#include <QHash>

#include <optional>

namespace pw::test {

class FakeBatchApi
{
public:
    void setSettings(const FakeBatchSettings &settings) { m_settings = settings; }
    const FakeBatchSettings &settings() const { return m_settings; }
    void clear();

    // The answer for a batch or file endpoint, or nullopt for any other path
    // (and for the OpenAI paths when the settings turn them off).
    std::optional<FakeResponse> respond(const RecordedRequest &request, const DefaultApiSettings &api);

    int createdCount() const { return m_created; }
    qsizetype fileCount() const { return m_files.size(); }

private:
    struct Entry
    {
        QString customId;
        QByteArray answer; // the model endpoint's JSON body (a message, a completion or an error)
        int status = 200; // of that answer
        enum class Fate { Answer, Errored, Canceled, Expired } fate = Fate::Answer;
    };
    struct Batch
    {
        bool openAi = false;
        QString id;
        QString inputFileId;
        QList<Entry> entries;
        QElapsedTimer clock;
        qint64 createdAt = 0; // seconds since the epoch
        qsizetype doneAtCancel = -1; // >= 0 once canceled
        bool cancelSeen = false; // the canceling state was reported once
        QString outputFileId;
        QString errorFileId;
    };

    std::optional<FakeResponse> anthropic(const RecordedRequest &request, const DefaultApiSettings &api);
    std::optional<FakeResponse> openAi(const RecordedRequest &request, const DefaultApiSettings &api);
    FakeResponse createMessageBatch(const RecordedRequest &request, const DefaultApiSettings &api);
    FakeResponse uploadFile(const RecordedRequest &request);
    FakeResponse createOpenAiBatch(const RecordedRequest &request, const DefaultApiSettings &api);
    // Starts the batch's clock and keeps it; counts a create.
    Batch &store(Batch batch);
    void addEntry(Batch &batch, const QString &customId, const RecordedRequest &modelRequest, const DefaultApiSettings &api);
    qsizetype doneCount(const Batch &batch) const;
    bool isEnded(Batch &batch) const;
    QJsonObject messageBatchJson(Batch &batch, const QByteArray &host) const;
    QJsonObject openAiBatchJson(Batch &batch);
    FakeResponse linesResponse(const QList<QByteArray> &lines, int seed) const;
    QList<QByteArray> messageBatchResultLines(const Batch &batch) const;
    Entry::Fate fateOf(const Batch &batch, qsizetype index) const;

    FakeBatchSettings m_settings;
    QHash<QString, Batch> m_batches;
    QHash<QString, QByteArray> m_files; // OpenAI: uploaded and output files by id
    int m_nextId = 0;
    int m_created = 0;
};

} // namespace pw::test
