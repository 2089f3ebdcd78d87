#include "documenttestdata.h"

#include "document/autosavestore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace pw;

class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void saveListRecoverDiscard();
    void defaultDirectoryIsInAppData();
    void keysAreNeverPaths();
    void listsNewestFirst();
    void unreadableCopyIsListedWithItsProblem();
    void recoversTheWorkOfAKilledProcess();
    void killedWhileSavingLeavesAWholeCopy();
    void anotherWindowsCopyIsInUse();
    void aRunningProcessKeepsItsCopy();

private:
    // Runs the helper until it has saved, calls whileAlive, then kills it.
    QByteArray startHelperAndKill(const QString &directory, const QString &key, const QStringList &extra, int extraMs,
        const std::function<void()> &whileAlive = {});
};

void TestAutosave::saveListRecoverDiscard()
{
    QTemporaryDir dir;
    AutosaveStore store(dir.filePath(QStringLiteral("autosave")));
    QVERIFY(store.entries().isEmpty());
    const QString key = AutosaveStore::newKey();
    QVERIFY(!QUuid::fromString(key).isNull());
    const PromptDocument document = test::sampleDocument();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QString error;
    QVERIFY2(store.save(key, document, QStringLiteral("/tmp/a.promptwerk"), &error), qPrintable(error));

    const QList<AutosaveStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].key, key);
    QCOMPARE(entries[0].originalPath, QStringLiteral("/tmp/a.promptwerk"));
    QVERIFY(entries[0].savedAt >= before);
    QVERIFY(entries[0].problem.isEmpty());
    QVERIFY(QFile::exists(entries[0].filePath));

    const DocumentReadResult recovered = store.recover(key);
    QVERIFY2(recovered.ok(), qPrintable(recovered.error));
    QVERIFY(recovered.document == document);

    QVERIFY(store.discard(key));
    QVERIFY(store.entries().isEmpty());
    QVERIFY(!store.recover(key).ok());
    QVERIFY(store.discard(key)); // nothing left: still fine
}

void TestAutosave::defaultDirectoryIsInAppData()
{
    AutosaveStore store;
    QCOMPARE(store.directory(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave"));
    QVERIFY(store.directory().contains(QLatin1String(".qttest"))); // test mode: never the user's own
}

void TestAutosave::keysAreNeverPaths()
{
    QTemporaryDir dir;
    AutosaveStore store(dir.path());
    QString error;
    QVERIFY(!store.save(QStringLiteral("../escape"), PromptDocument(), {}, &error));
    QCOMPARE(error, QStringLiteral("autosave: \"../escape\" is not a valid key (use AutosaveStore::newKey())"));
    QVERIFY(!store.recover(QStringLiteral("../escape")).ok());
    QVERIFY(!store.discard(QStringLiteral("../escape")));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestAutosave::listsNewestFirst()
{
    QTemporaryDir dir;
    AutosaveStore store(dir.path());
    const QString older = AutosaveStore::newKey();
    const QString newer = AutosaveStore::newKey();
    QVERIFY(store.save(older, PromptDocument(), {}));
    QTest::qWait(5);
    QVERIFY(store.save(newer, test::sampleDocument(), {}));
    const QList<AutosaveStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].key, newer);
    QCOMPARE(entries[1].key, older);
    QVERIFY(entries[1].originalPath.isEmpty());
}

void TestAutosave::unreadableCopyIsListedWithItsProblem()
{
    QTemporaryDir dir;
    AutosaveStore store(dir.path());
    const QString key = AutosaveStore::newKey();
    QVERIFY(store.save(key, test::sampleDocument(), {}));
    const QString path = store.entries().constFirst().filePath;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray whole = file.readAll();
    file.resize(whole.size() / 2);
    file.close();

    const QList<AutosaveStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries[0].problem.startsWith(path + QStringLiteral(": invalid JSON at byte ")), qPrintable(entries[0].problem));
    const DocumentReadResult recovered = store.recover(key);
    QCOMPARE(recovered.error, entries[0].problem);
    QVERIFY(store.discard(key));
    QVERIFY(store.entries().isEmpty());
}

QByteArray TestAutosave::startHelperAndKill(
    const QString &directory, const QString &key, const QStringList &extra, int extraMs, const std::function<void()> &whileAlive)
{
    QProcess helper;
    helper.setProgram(QStringLiteral(PW_AUTOSAVE_CRASH_HELPER));
    helper.setArguments(QStringList {directory, key} + extra);
    helper.start();
    if (!helper.waitForStarted(5000))
        return "could not start: " + helper.errorString().toUtf8();
    QByteArray said;
    while (!said.contains('\n') && helper.waitForReadyRead(10000))
        said += helper.readAllStandardOutput();
    QTest::qWait(extraMs);
    if (whileAlive)
        whileAlive();
    helper.kill(); // SIGKILL: no destructors, no clean-up, like a crash
    helper.waitForFinished(5000);
    if (helper.exitStatus() != QProcess::CrashExit)
        return "did not die by the signal; stderr: " + helper.readAllStandardError();
    return said.trimmed();
}

void TestAutosave::recoversTheWorkOfAKilledProcess()
{
    QTemporaryDir dir;
    const QString key = AutosaveStore::newKey();
    QCOMPARE(startHelperAndKill(dir.path(), key, {}, 0), QByteArray("saved 1"));

    // What the next start-up sees.
    AutosaveStore store(dir.path());
    const QList<AutosaveStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].key, key);
    QCOMPARE(entries[0].originalPath, QStringLiteral("/home/someone/unsaved.promptwerk"));
    QVERIFY(!entries[0].inUse); // the dead process's lock is stale
    const DocumentReadResult recovered = store.recover(key);
    QVERIFY2(recovered.ok(), qPrintable(recovered.error));
    QCOMPARE(recovered.document.revisions().size(), 1);
    QCOMPARE(recovered.document.prompt().messages.constFirst().text(), QStringLiteral("version 1 ") + QString(10, u'x'));
    QCOMPARE(recovered.document.testValues().value(QStringLiteral("N")), QStringLiteral("1"));
}

void TestAutosave::killedWhileSavingLeavesAWholeCopy()
{
    QTemporaryDir dir;
    const QString key = AutosaveStore::newKey();
    QCOMPARE(startHelperAndKill(dir.path(), key, {QStringLiteral("--busy")}, 150), QByteArray("saved 1"));

    AutosaveStore store(dir.path());
    QCOMPARE(store.entries().size(), 1); // QSaveFile's temporary files are never listed
    const DocumentReadResult recovered = store.recover(key);
    QVERIFY2(recovered.ok(), qPrintable(recovered.error));
    // Whichever save was the last to finish, it is complete and consistent.
    const qsizetype count = recovered.document.revisions().size();
    QVERIFY(count >= 1);
    for (qsizetype i = 0; i < count; ++i)
        QCOMPARE(recovered.document.revisions()[i].values.value(QStringLiteral("N")), QString::number(i + 1));
    QCOMPARE(recovered.document.prompt().messages.constFirst().text(),
        QStringLiteral("version %1 ").arg(count) + QString(int(count) * 10, u'x'));
    qInfo("recovered %lld revisions saved before the kill", qlonglong(count));
}

// Two windows of one process, each with its own store on the same folder.
void TestAutosave::anotherWindowsCopyIsInUse()
{
    QTemporaryDir dir;
    const QString key = AutosaveStore::newKey();
    auto first = std::make_unique<AutosaveStore>(dir.path());
    QVERIFY(first->save(key, test::sampleDocument(), {}));
    QVERIFY(first->entries().constFirst().inUse);

    AutosaveStore second(dir.path());
    QCOMPARE(second.entries().size(), 1);
    QVERIFY(second.entries().constFirst().inUse);
    QVERIFY(!second.discard(key));
    QVERIFY(QFile::exists(second.entries().constFirst().filePath));

    // The first window goes away with its copy still there (the store does
    // not delete copies): now it is the second one's to offer.
    first.reset();
    QVERIFY(!second.entries().constFirst().inUse);
    QVERIFY(second.discard(key));
    QVERIFY(second.entries().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // no lock file left either

    // A store that discards its own key releases it too.
    AutosaveStore third(dir.path());
    QVERIFY(third.save(key, test::sampleDocument(), {}));
    QVERIFY(QFile::exists(dir.filePath(key + QStringLiteral(".lock"))));
    QVERIFY(third.discard(key));
    QVERIFY(!QFile::exists(dir.filePath(key + QStringLiteral(".lock"))));
}

// A copy a live process is writing is in use until that process dies.
void TestAutosave::aRunningProcessKeepsItsCopy()
{
    QTemporaryDir dir;
    const QString key = AutosaveStore::newKey();
    AutosaveStore store(dir.path());
    bool checked = false;
    const QByteArray said = startHelperAndKill(dir.path(), key, {}, 0, [&] {
        const QList<AutosaveStore::Entry> entries = store.entries();
        checked = entries.size() == 1 && entries[0].inUse && !store.discard(key) && QFile::exists(entries[0].filePath);
    });
    QCOMPARE(said, QByteArray("saved 1"));
    QVERIFY(checked);
    const QList<AutosaveStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries[0].inUse);
    QVERIFY(store.discard(key));
}

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
