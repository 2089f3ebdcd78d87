// Batch runs against the local fake server's Message Batches and OpenAI
// Batch APIs: create, poll, read, cancel, shuffled results, errored,
// canceled and expired entries, splitting, resuming without a second create,
// results read as they arrive, and the fallback to concurrent requests.
#include "eval/batchresults.h"
#include "eval/batchrun.h"
#include "fakeserverclient.h"
#include "wordcases.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace pw;
using pw::test::countCells;
using pw::test::FakeApiServer;
using pw::test::FakeBatchSettings;
using pw::test::FakeResponse;
using pw::test::wordCases;
using pw::test::wordPrompt;
using pw::test::wordRun;

namespace {

using namespace std::chrono_literals;

bool runToEnd(BatchRun &batch)
{
    QSignalSpy finished(&batch, &BatchRun::finished);
    batch.start();
    return finished.wait(60000) && finished.size() == 1;
}

int createRequests(const FakeApiServer &server)
{
    int creates = 0;
    for (const pw::test::RecordedRequest &request : server.requests()) {
        if (request.method == "POST" && (request.path == "/v1/messages/batches" || request.path == "/v1/batches"))
            ++creates;
    }
    return creates;
}

} // namespace

class TestBatchRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        m_server.clear();
        m_client = pw::test::fakeServerClient(m_server);
    }

    void resultLinesSplitTheSameWayInAnyPieces_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QList<QByteArray>>("texts");
        QTest::addColumn<QList<qint64>>("numbers");
        QTest::newRow("lf") << QByteArray("a\nb\n") << QList<QByteArray> {"a", "b"} << QList<qint64> {1, 2};
        QTest::newRow("crlf, blank line skipped")
            << QByteArray("a\r\n\r\nb") << QList<QByteArray> {"a", "b"} << QList<qint64> {1, 3};
        // Found by fuzzing: a file converted to CRLF twice.
        QTest::newRow("cr cr lf") << QByteArray("a\r\r\n\r\r\n") << QList<QByteArray> {"a"} << QList<qint64> {1};
    }

    void resultLinesSplitTheSameWayInAnyPieces()
    {
        QFETCH(QByteArray, body);
        QFETCH(QList<QByteArray>, texts);
        QFETCH(QList<qint64>, numbers);
        for (qsizetype piece = 1; piece <= body.size(); ++piece) {
            LineSplitter splitter;
            QList<LineSplitter::Line> lines;
            for (qsizetype pos = 0; pos < body.size(); pos += piece)
                lines += splitter.feed(QByteArrayView(body).sliced(pos, qMin(piece, body.size() - pos)));
            lines += splitter.finish();
            QList<QByteArray> gotTexts;
            QList<qint64> gotNumbers;
            for (const LineSplitter::Line &line : lines) {
                gotTexts += line.text;
                gotNumbers += line.number;
            }
            QCOMPARE(gotTexts, texts);
            QCOMPARE(gotNumbers, numbers);
        }
    }

    void customIdsAreStableAndValid_data()
    {
        QTest::addColumn<QString>("runId");
        QTest::addColumn<QString>("caseId");
        QTest::addColumn<int>("repeat");
        QTest::addColumn<bool>("readable");
        QTest::newRow("plain") << QStringLiteral("run-1") << QStringLiteral("case-12") << 0 << true;
        QTest::newRow("underscore in case") << QStringLiteral("run-1") << QStringLiteral("a_b") << 2 << true;
        QTest::newRow("underscore in run") << QStringLiteral("run_1") << QStringLiteral("case-1") << 0 << false;
        QTest::newRow("space") << QStringLiteral("run-1") << QStringLiteral("case 1") << 0 << false;
        QTest::newRow("long") << QStringLiteral("run-1") << QString(70, QLatin1Char('x')) << 0 << false;
        QTest::newRow("non-ASCII") << QStringLiteral("run-1") << QStringLiteral("fall-ü") << 0 << false;
    }

    void customIdsAreStableAndValid()
    {
        QFETCH(QString, runId);
        QFETCH(QString, caseId);
        QFETCH(int, repeat);
        QFETCH(bool, readable);
        const QString id = batchCustomId(runId, caseId, repeat);
        QVERIFY2(isValidCustomId(id), qPrintable(id));
        QCOMPARE(batchCustomId(runId, caseId, repeat), id);
        QVERIFY(batchCustomId(runId, caseId, repeat + 1) != id);
        QCOMPARE(id.startsWith(runId + QLatin1Char('_')), readable);
    }

    void shuffledResultsLandInTheirCells()
    {
        FakeBatchSettings settings;
        settings.processingMs = 300;
        settings.shuffle = true;
        m_server.setBatchSettings(settings);

        BatchRun batch(*m_client);
        batch.setPollIntervals(20ms, 100ms);
        batch.setCostEstimator([](const QString &, const Usage &usage, bool isBatch) -> std::optional<double> {
            return isBatch ? std::optional(double(usage.outputTokens)) : std::nullopt;
        });
        batch.addRun(wordRun(), wordPrompt(), wordCases(40));
        QSignalSpy created(&batch, &BatchRun::batchCreated);
        QSignalSpy statuses(&batch, &BatchRun::batchStatusChanged);
        QVERIFY(runToEnd(batch));

        QCOMPARE(batch.outcome(), BatchRun::Outcome::Completed);
        QCOMPARE(created.size(), 1);
        QCOMPARE(m_server.batchesCreated(), 1);
        const EvalRun &run = batch.runs().first();
        QVERIFY(run.batch);
        QCOMPARE(run.cells.size(), 40);
        for (const CellResult &cell : run.cells) {
            QCOMPARE(cell.status, CellResult::Status::Succeeded);
            const QString word = QStringLiteral("word") + cell.caseId.mid(5);
            QCOMPARE(cell.output, QStringLiteral("Echo: Say ") + word);
            QCOMPARE(cell.stopReason, QStringLiteral("end_turn"));
            QVERIFY(cell.usage.outputTokens > 0);
            QCOMPARE(cell.costUsd, std::optional(double(cell.usage.outputTokens))); // the batch price was asked for
        }
        QVERIFY(run.batchIds.isEmpty()); // read completely
        QCOMPARE(batch.progress().done, 40);

        // The counts moved while the batch was processed, and it was polled more than once.
        QVERIFY(statuses.size() >= 3);
        const auto processingOf = [&](qsizetype i) {
            return statuses.at(i).at(0).value<BatchStatus>().processing;
        };
        QCOMPARE(processingOf(0), 40);
        QCOMPARE(processingOf(statuses.size() - 1), 0);
        QCOMPARE(statuses.last().at(0).value<BatchStatus>().succeeded, 40);

        // The request was one batch, none of it streamed, each custom_id unique and valid.
        const QList<pw::test::RecordedRequest> requests = m_server.requests();
        const auto create = std::find_if(requests.cbegin(), requests.cend(),
            [](const pw::test::RecordedRequest &r) { return r.path == "/v1/messages/batches" && r.method == "POST"; });
        QVERIFY(create != requests.cend());
        const QJsonArray sent = create->json().value(QStringLiteral("requests")).toArray();
        QCOMPARE(sent.size(), 40);
        QSet<QString> ids;
        for (const QJsonValue &entry : sent) {
            const QString id = entry.toObject().value(QStringLiteral("custom_id")).toString();
            QVERIFY(isValidCustomId(id));
            ids.insert(id);
            QVERIFY(!entry.toObject().value(QStringLiteral("params")).toObject().contains(QStringLiteral("stream")));
        }
        QCOMPARE(ids.size(), 40);
    }

    void erroredCanceledAndExpiredEntries()
    {
        FakeBatchSettings settings;
        settings.erroredEvery = 3;
        settings.expiredEvery = 5;
        settings.canceledEvery = 7;
        m_server.setBatchSettings(settings);

        BatchRun batch(*m_client);
        batch.setPollIntervals(10ms, 50ms);
        batch.addRun(wordRun(), wordPrompt(), wordCases(21));
        QVERIFY(runToEnd(batch));
        QCOMPARE(batch.outcome(), BatchRun::Outcome::Completed);

        const EvalRun &run = batch.runs().first();
        // Requests go in case order: n = 3, 6, 9, 12, 15, 18, 21 errored; 5, 10, 20 expired; 7, 14 canceled.
        for (int n = 1; n <= 21; ++n) {
            const CellResult &cell = run.cells.at(n - 1);
            QCOMPARE(cell.caseId, QStringLiteral("case-%1").arg(n));
            if (n % 3 == 0) {
                QCOMPARE(cell.status, CellResult::Status::Failed);
                QVERIFY2(
                    cell.error.contains(QStringLiteral("invalid_request_error: fake error for request")), qPrintable(cell.error));
            } else if (n % 5 == 0) {
                QCOMPARE(cell.status, CellResult::Status::Failed);
                QVERIFY2(cell.error.startsWith(QStringLiteral("expired")), qPrintable(cell.error));
            } else if (n % 7 == 0) {
                QCOMPARE(cell.status, CellResult::Status::Canceled);
                QVERIFY2(cell.error.startsWith(QStringLiteral("canceled")), qPrintable(cell.error));
            } else {
                QCOMPARE(cell.status, CellResult::Status::Succeeded);
            }
            QVERIFY(cell.status == CellResult::Status::Succeeded || cell.output.isEmpty());
        }
        QCOMPARE(batch.progress().failed, 7 + 3);
        QCOMPARE(batch.totals().errored, 7);
        QCOMPARE(batch.totals().expired, 3);
        QCOMPARE(batch.totals().canceled, 2);
    }

    void splitsAboveTheLimits_data()
    {
        QTest::addColumn<int>("maxRequests");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<int>("batches");
        QTest::newRow("by count") << 10 << qint64(1000000) << 3; // 25 requests
        QTest::newRow("by size") << 1000 << qint64(2000) << 3; // about 150 bytes a request
    }

    void splitsAboveTheLimits()
    {
        QFETCH(int, maxRequests);
        QFETCH(qint64, maxBytes);
        QFETCH(int, batches);
        BatchRun batch(*m_client);
        batch.setPollIntervals(10ms, 50ms);
        batch.setLimits({maxRequests, maxBytes});
        batch.addRun(wordRun(), wordPrompt(), wordCases(25));
        QSignalSpy created(&batch, &BatchRun::batchCreated);
        QVERIFY(runToEnd(batch));
        QCOMPARE(batch.outcome(), BatchRun::Outcome::Completed);
        QVERIFY2(created.size() >= batches, qPrintable(QString::number(created.size())));
        QCOMPARE(m_server.batchesCreated(), created.size());
        QCOMPARE(countCells(batch.runs().first(), CellResult::Status::Succeeded), 25);
        for (const pw::test::RecordedRequest &request : m_server.requests()) {
            if (request.path == "/v1/messages/batches" && request.method == "POST") {
                QVERIFY(request.body.size() <= maxBytes);
                QVERIFY(request.json().value(QStringLiteral("requests")).toArray().size() <= maxRequests);
            }
        }
    }

    void cancelKeepsWhatFinished()
    {
        FakeBatchSettings settings;
        settings.processingMs = 60000; // far beyond the test: only the cancel ends it
        m_server.setBatchSettings(settings);

        BatchRun batch(*m_client);
        batch.setPollIntervals(10ms, 50ms);
        batch.addRun(wordRun(), wordPrompt(), wordCases(10));
        QSignalSpy created(&batch, &BatchRun::batchCreated);
        QSignalSpy finished(&batch, &BatchRun::finished);
        batch.start();
        QVERIFY(created.wait(10000));
        batch.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(batch.outcome(), BatchRun::Outcome::Canceled);
        QCOMPARE(m_server.requestCount("/v1/messages/batches/" + created.first().first().toString().toUtf8() + "/cancel"), 1);
        const EvalRun &run = batch.runs().first();
        QCOMPARE(countCells(run, CellResult::Status::Canceled) + countCells(run, CellResult::Status::Succeeded), 10);
        QVERIFY(countCells(run, CellResult::Status::Canceled) > 0);
    }

    void cancelBeforeTheBatchExistsSendsNothing()
    {
        BatchRun batch(*m_client);
        batch.addRun(wordRun(), wordPrompt(), wordCases(5));
        QSignalSpy finished(&batch, &BatchRun::finished);
        batch.start();
        batch.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(batch.outcome(), BatchRun::Outcome::Canceled);
        QCOMPARE(countCells(batch.runs().first(), CellResult::Status::Canceled), 5);
        QCOMPARE(m_server.batchesCreated(), 0);
    }

    void resumesSavedBatchesWithoutASecondCreate()
    {
        FakeBatchSettings settings;
        settings.processingMs = 400;
        m_server.setBatchSettings(settings);

        EvalRun saved;
        {
            BatchRun first(*m_client);
            first.setPollIntervals(10ms, 50ms);
            first.setLimits({6, 1000000});
            first.addRun(wordRun(), wordPrompt(), wordCases(15));
            QSignalSpy created(&first, &BatchRun::batchCreated);
            first.start();
            // Gone after the first batch exists: the program was closed.
            QVERIFY(created.wait(10000));
            saved = first.runs().first();
        }
        QCOMPARE(saved.batchIds.size(), 1);
        QCOMPARE(m_server.batchesCreated(), 1);
        QCOMPARE(countCells(saved, CellResult::Status::Succeeded), 0);

        BatchRun resumed(*m_client);
        resumed.setPollIntervals(10ms, 50ms);
        resumed.setLimits({6, 1000000});
        resumed.addRun(saved, wordPrompt(), wordCases(15));
        QVERIFY(runToEnd(resumed));
        QVERIFY2(resumed.outcome() == BatchRun::Outcome::Completed, qPrintable(resumed.stopMessage()));
        QCOMPARE(countCells(resumed.runs().first(), CellResult::Status::Succeeded), 15);
        // The saved batch was read, not sent again; the 9 cells it did not hold went in two new batches.
        QCOMPARE(m_server.batchesCreated(), 3);
        QCOMPARE(createRequests(m_server), 3);
        QVERIFY(resumed.runs().first().batchIds.isEmpty());
    }

    void resultsAreReadAsTheyArrive()
    {
        FakeBatchSettings settings;
        settings.resultsChunkBytes = 512;
        settings.resultsChunkDelayMs = 5;
        m_server.setBatchSettings(settings);

        BatchRun batch(*m_client);
        batch.setPollIntervals(10ms, 50ms);
        batch.addRun(wordRun(), wordPrompt(), wordCases(200));
        int finishedWhileReading = 0;
        connect(&batch, &BatchRun::cellFinished, this, [&] { finishedWhileReading += batch.isReadingResults() ? 1 : 0; });
        QVERIFY(runToEnd(batch));
        QCOMPARE(countCells(batch.runs().first(), CellResult::Status::Succeeded), 200);
        // Cells were graded while the body was still arriving: it was never needed whole.
        QVERIFY2(finishedWhileReading > 100, qPrintable(QString::number(finishedWhileReading)));
    }

    void slowGradersHoldTheResultsBack()
    {
        // Results arrive in large pieces; graders that answer from the event loop must not pile up.
        FakeBatchSettings settings;
        settings.resultsChunkBytes = 1024 * 1024;
        m_server.setBatchSettings(settings);
        BatchRun batch(*m_client);
        batch.setPollIntervals(10ms, 50ms);
        int grading = 0;
        int mostGrading = 0;
        batch.setGradeFunction([&](const TestCase &, const Prompt &, CellResult cell, auto done) {
            mostGrading = std::max(mostGrading, ++grading);
            QTimer::singleShot(0, &batch, [&grading, cell, done]() mutable {
                --grading;
                cell.pass = true;
                done(cell);
            });
        });
        batch.addRun(wordRun(), wordPrompt(), wordCases(2000));
        QVERIFY(runToEnd(batch));
        QCOMPARE(countCells(batch.runs().first(), CellResult::Status::Succeeded), 2000);
        QVERIFY2(mostGrading <= 256, qPrintable(QString::number(mostGrading)));
    }

    void gradesRunAsResultsArrive()
    {
        BatchRun batch(*m_client);
        batch.setPollIntervals(10ms, 50ms);
        QStringList graded;
        batch.setGradeFunction([&](const TestCase &testCase, const Prompt &prompt, CellResult cell, auto done) {
            graded.append(testCase.id);
            cell.pass = prompt.messages.first().text().endsWith(testCase.vars.value(QStringLiteral("WORD")));
            cell.score = cell.pass ? 1 : 0;
            done(cell);
        });
        batch.addRun(wordRun(), wordPrompt(), wordCases(8));
        QVERIFY(runToEnd(batch));
        QCOMPARE(graded.size(), 8);
        QCOMPARE(batch.progress().passed, 8);
    }

    void openAiBatches()
    {
        FakeBatchSettings settings;
        settings.processingMs = 200;
        settings.erroredEvery = 4;
        m_server.setBatchSettings(settings);
        BatchRun batch(*m_client);
        batch.setPollIntervals(10ms, 50ms);
        batch.addRun(wordRun(QStringLiteral("openai")), wordPrompt(), wordCases(12));
        QSignalSpy created(&batch, &BatchRun::batchCreated);
        QVERIFY(runToEnd(batch));
        QCOMPARE(batch.outcome(), BatchRun::Outcome::Completed);
        QCOMPARE(created.size(), 1);
        QCOMPARE(m_server.requestCount("/v1/files"), 1);
        QCOMPARE(m_server.batchFilesStored(), 0); // input, output and error file deleted once read
        const EvalRun &run = batch.runs().first();
        for (int n = 1; n <= 12; ++n) {
            const CellResult &cell = run.cells.at(n - 1);
            if (n % 4 == 0) {
                QCOMPARE(cell.status, CellResult::Status::Failed);
                QVERIFY2(cell.error.contains(QStringLiteral("server_error")), qPrintable(cell.error));
            } else {
                QCOMPARE(cell.status, CellResult::Status::Succeeded);
                QCOMPARE(cell.output, QStringLiteral("Echo: Say word%1").arg(n));
                QCOMPARE(cell.stopReason, QStringLiteral("end_turn"));
            }
        }
    }

    void openAiServerWithoutBatchesFallsBack()
    {
        FakeBatchSettings settings;
        settings.openAiBatches = false;
        m_server.setBatchSettings(settings);
        BatchRun batch(*m_client);
        batch.addRun(wordRun(QStringLiteral("openai")), wordPrompt(), wordCases(5));
        QSignalSpy notes(&batch, &BatchRun::note);
        QVERIFY(runToEnd(batch));
        QVERIFY(batch.fellBack());
        QCOMPARE(batch.outcome(), BatchRun::Outcome::Completed);
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().first().toString().contains(QStringLiteral("no batch API")));
        const EvalRun &run = batch.runs().first();
        QVERIFY(!run.batch);
        QCOMPARE(countCells(run, CellResult::Status::Succeeded), 5);
        QCOMPARE(m_server.requestCount("/v1/chat/completions"), 5);
        QCOMPARE(m_server.batchesCreated(), 0);
    }

    void aResultsUrlOnAnotherServerGetsNoKey()
    {
        QString problem;
        QVERIFY(!checkedResultsUrl(
            QUrl(QStringLiteral("https://api.anthropic.com")), QStringLiteral("https://evil.example/results"), &problem));
        QVERIFY(problem.contains(QStringLiteral("evil.example")));
        QCOMPARE(*checkedResultsUrl(QUrl(QStringLiteral("https://api.anthropic.com")),
                     QStringLiteral("https://api.anthropic.com/v1/messages/batches/b/results"), &problem),
            QUrl(QStringLiteral("https://api.anthropic.com/v1/messages/batches/b/results")));
    }

    void aBrokenResultLineDoesNotLoseTheOthers()
    {
        // A server answer whose results hold a line that is not JSON and one for an unknown cell.
        BatchRun batch(*m_client);
        batch.setPollIntervals(10ms, 50ms);
        batch.addRun(wordRun(), wordPrompt(), wordCases(2));
        const QString first = batchCustomId(QStringLiteral("run-1"), QStringLiteral("case-1"), 0);
        const QJsonObject created {{QStringLiteral("id"), QStringLiteral("msgbatch_x")},
            {QStringLiteral("processing_status"), QStringLiteral("ended")},
            {QStringLiteral("request_counts"), QJsonObject {{QStringLiteral("succeeded"), 2}}},
            {QStringLiteral("results_url"), QString(m_server.baseUrl().toString() + QStringLiteral("/results/x"))}};
        m_server.enqueue("/v1/messages/batches", FakeResponse::json(200, created));
        m_server.enqueue("/v1/messages/batches/msgbatch_x", FakeResponse::json(200, created));
        FakeResponse results;
        results.body = "{\"custom_id\":\"" + first.toUtf8()
            + "\",\"result\":{\"type\":\"succeeded\",\"message\":{\"id\":\"m\",\"type\":\"message\",\"role\":\"assistant\","
              "\"model\":\"claude-sonnet-5-5\",\"content\":[{\"type\":\"text\",\"text\":\"one\"}],\"stop_reason\":\"end_turn\","
              "\"usage\":{\"input_tokens\":1,\"output_tokens\":1}}}}\n"
              "not json\n"
              "{\"custom_id\":\"unknown\",\"result\":{\"type\":\"canceled\"}}\n";
        m_server.enqueue("/results/x", results);
        QSignalSpy notes(&batch, &BatchRun::note);
        QVERIFY(runToEnd(batch));
        const EvalRun &run = batch.runs().first();
        QCOMPARE(run.cells.at(0).status, CellResult::Status::Succeeded);
        QCOMPARE(run.cells.at(0).output, QStringLiteral("one"));
        QCOMPARE(run.cells.at(1).status, CellResult::Status::Failed);
        QVERIFY(run.cells.at(1).error.contains(QStringLiteral("no result")));
        QCOMPARE(notes.size(), 2);
        QVERIFY(notes.at(0).first().toString().contains(QStringLiteral("line 2: invalid JSON")));
        QVERIFY(notes.at(1).first().toString().contains(QStringLiteral("match no cell")));
    }

private:
    FakeApiServer m_server;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
