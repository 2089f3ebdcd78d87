// The real OS keychain through QtKeychain. Run by run-with-keyring.sh inside
// a private D-Bus session with gnome-keyring's Secret Service (the "real"
// case), and once with no D-Bus at all (the session-only fallback).

#include "secrets/keychainstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace pw;

namespace {

struct Answer
{
    bool done = false;
    SecretStore::ReadResult read;
    QString error;
};

Answer readSecret(SecretStore &store, const QString &name)
{
    Answer answer;
    QObject context;
    store.read(name, &context, [&](const SecretStore::ReadResult &r) {
        answer.read = r;
        answer.done = true;
    });
    (void)QTest::qWaitFor([&] { return answer.done; }, 20000);
    return answer;
}

Answer writeSecret(SecretStore &store, const QString &name, const QString &value)
{
    Answer answer;
    QObject context;
    store.write(name, value, &context, [&](const QString &error) {
        answer.error = error;
        answer.done = true;
    });
    (void)QTest::qWaitFor([&] { return answer.done; }, 20000);
    return answer;
}

Answer removeSecret(SecretStore &store, const QString &name)
{
    Answer answer;
    QObject context;
    store.remove(name, &context, [&](const QString &error) {
        answer.error = error;
        answer.done = true;
    });
    (void)QTest::qWaitFor([&] { return answer.done; }, 20000);
    return answer;
}

bool expectSecretService()
{
    return qEnvironmentVariable("PROMPTWERK_EXPECT_KEYRING") == QLatin1String("1");
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void callbackSkippedWhenContextIsGone();
    void refusedWriteKeepsTheKeyForTheSession();
};

void TestKeychain::roundTrip()
{
    KeychainSecretStore store(QStringLiteral("io.github.promptwerk.Promptwerk.test"));
    const QString name = QStringLiteral("anthropic-api-key");
    const QString key = QStringLiteral("sk-ant-test-ünïcode-%1").arg(QCoreApplication::applicationPid());

    // As the settings dialog does: read first, which finds out whether there is a keychain.
    QVERIFY(readSecret(store, name).done);
    const Answer written = writeSecret(store, name, key);
    QVERIFY(written.done);
    QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
    QCOMPARE(store.keepsForSessionOnly(name), !expectSecretService());
    if (expectSecretService()) {
        QVERIFY2(store.isPersistent(), qPrintable(store.persistenceProblem()));
    } else {
        // No D-Bus: the key lives for this session only, and the store says so.
        QVERIFY(!store.isPersistent());
        QVERIFY(store.persistenceProblem().contains(QLatin1String("session only")));
    }

    Answer read = readSecret(store, name);
    QVERIFY(read.done);
    QVERIFY(read.read.error.isEmpty());
    QVERIFY(read.read.found);
    QCOMPARE(read.read.value, key);

    if (expectSecretService()) {
        // A second store, as the CLI would open it, sees the same key.
        KeychainSecretStore other(QStringLiteral("io.github.promptwerk.Promptwerk.test"));
        QCOMPARE(readSecret(other, name).read.value, key);
    }

    const Answer removed = removeSecret(store, name);
    QVERIFY(removed.done);
    QVERIFY(removed.error.isEmpty());
    read = readSecret(store, name);
    QVERIFY(read.done);
    QVERIFY(!read.read.found);
    QVERIFY(read.read.error.isEmpty());
}

void TestKeychain::callbackSkippedWhenContextIsGone()
{
    KeychainSecretStore store(QStringLiteral("io.github.promptwerk.Promptwerk.test"));
    bool called = false;
    {
        QObject context;
        store.read(QStringLiteral("openai-api-key"), &context, [&](const SecretStore::ReadResult &) { called = true; });
    }
    // The keychain answers in order: once a later read is answered, the first was too.
    bool later = false;
    store.read(QStringLiteral("openai-api-key"), this, [&](const SecretStore::ReadResult &) { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, 10000);
    QVERIFY(!called);
}

// A write the keychain refuses (a canceled prompt answers like a broken
// D-Bus connection; here, there is none): the caller hears why, and the key
// is still there for this session. It used to answer success and give the
// whole keychain up for the session.
void TestKeychain::refusedWriteKeepsTheKeyForTheSession()
{
    if (expectSecretService())
        QSKIP("The Secret Service of this test takes every write; the refusal needs the run without D-Bus.");
    KeychainSecretStore store(QStringLiteral("io.github.promptwerk.Promptwerk.test"));
    const QString name = QStringLiteral("openai-api-key");
    const Answer written = writeSecret(store, name, QStringLiteral("sk-kept"));
    QVERIFY(written.done);
    QVERIFY(!written.error.isEmpty());
    QVERIFY(store.keepsForSessionOnly(name));
    QVERIFY(!store.keepsForSessionOnly(QStringLiteral("anthropic-api-key")));
    const Answer read = readSecret(store, name);
    QVERIFY(read.read.found);
    QCOMPARE(read.read.value, QStringLiteral("sk-kept"));

    QVERIFY(removeSecret(store, name).done);
    QVERIFY(!store.keepsForSessionOnly(name));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
