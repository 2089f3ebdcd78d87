// The settings dialog: a round trip through a temporary settings file and an
// in-memory key store; keys never reach the settings file; the dialog says
// when the environment overrides and when keys last for the session only.

#include "settingsdialog.h"

#include "secrets/secretstore.h"
#include "tools/enginesettings.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace pw;

namespace {

// A keychain that works, for the note about where keys go.
class PersistentMemoryStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    bool isPersistent() const override { return true; }
    QString persistenceProblem() const override { return {}; }
};

// A keychain that refuses to store (its prompt was canceled): as the real
// store does, the key is kept for the session and the write reports why.
class RefusingStore : public PersistentMemoryStore
{
public:
    using PersistentMemoryStore::PersistentMemoryStore;
    void write(const QString &name, const QString &value, QObject *context, WriteCallback done) override
    {
        m_refused.insert(name);
        MemorySecretStore::write(name, value, context, [done = std::move(done)](const QString &) {
            done(QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod: Prompt dismissed"));
        });
    }
    bool keepsForSessionOnly(const QString &name) const override { return m_refused.contains(name); }

private:
    QSet<QString> m_refused;
};

// A settings file in a temporary folder.
struct ScratchSettings
{
    QTemporaryDir directory;
    QSettings settings {directory.filePath(QStringLiteral("Promptwerk.ini")), QSettings::IniFormat};
    SettingsStore store {&settings};
};

QString readSecret(SecretStore &store, const QString &name)
{
    QString value;
    bool done = false;
    QObject context;
    store.read(name, &context, [&](const SecretStore::ReadResult &result) {
        value = result.value;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 2000))
        return QStringLiteral("<no answer from the store>");
    return value;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("Promptwerk.ini"));
        const QString key = QStringLiteral("sk-ant-secret-0123456789");
        PersistentMemoryStore secrets;
        {
            QSettings settings(file, QSettings::IniFormat);
            SettingsStore store(&settings);
            SettingsDialog dialog(&store, &secrets, QProcessEnvironment());
            QSignalSpy loaded(&dialog, &SettingsDialog::keysLoaded);
            QVERIFY(loaded.wait(2000));
            QVERIFY(dialog.apiKeyEdit(QStringLiteral("claude"))->isEnabled());
            QCOMPARE(dialog.apiKeyEdit(QStringLiteral("claude"))->echoMode(), QLineEdit::Password);

            dialog.baseUrlEdit(QStringLiteral("claude"))->setText(QStringLiteral("https://gateway.example/anthropic"));
            QTest::keyClicks(dialog.apiKeyEdit(QStringLiteral("claude")), key);
            // claude and prompt-tools share the Anthropic key.
            QCOMPARE(dialog.apiKeyEdit(QStringLiteral("prompt-tools"))->text(), key);
            dialog.toolModelEdit(QStringLiteral("claude"))->setText(QStringLiteral("claude-opus-5-5"));
            dialog.timeoutSpin(QStringLiteral("claude"))->setValue(120);
            dialog.baseUrlEdit(QStringLiteral("openai"))->setText(QStringLiteral("http://localhost:8080/v1"));
            QTest::keyClicks(dialog.apiKeyEdit(QStringLiteral("openai")), QStringLiteral("local-key"));

            QSignalSpy saved(&dialog, &SettingsDialog::saved);
            dialog.accept();
            QVERIFY(saved.wait(2000));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }

        // Read back as the CLI would: a fresh QSettings on the same file.
        QSettings settings(file, QSettings::IniFormat);
        SettingsStore store(&settings);
        const EngineSettings claude = store.engineSettings(QStringLiteral("claude"));
        QCOMPARE(claude.baseUrl, QUrl(QStringLiteral("https://gateway.example/anthropic")));
        QCOMPARE(claude.toolModel, QStringLiteral("claude-opus-5-5"));
        QCOMPARE(claude.timeoutSeconds, 120);
        QCOMPARE(store.engineSettings(QStringLiteral("openai")).baseUrl, QUrl(QStringLiteral("http://localhost:8080/v1")));
        QCOMPARE(readSecret(secrets, findEngine(QStringLiteral("claude"))->keychainEntry), key);
        QCOMPARE(readSecret(secrets, findEngine(QStringLiteral("openai"))->keychainEntry), QStringLiteral("local-key"));

        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray contents = raw.readAll();
        QVERIFY(contents.contains("gateway.example"));
        QVERIFY(!contents.contains(key.toUtf8()));
        QVERIFY(!contents.contains("local-key"));

        // Opening again shows what was saved, the key included.
        SettingsDialog again(&store, &secrets, QProcessEnvironment());
        QSignalSpy loaded(&again, &SettingsDialog::keysLoaded);
        QVERIFY(loaded.wait(2000));
        QCOMPARE(again.apiKeyEdit(QStringLiteral("claude"))->text(), key);
        QCOMPARE(again.timeoutSpin(QStringLiteral("claude"))->value(), 120);
    }

    // A canceled keychain prompt: the dialog says at once, in plain words,
    // that the key is kept for this session only (it used to say "Settings
    // saved." and show the raw D-Bus error only when opened again).
    void keychainRefusalIsSaidAtOnce()
    {
        ScratchSettings scratch;
        SettingsStore &store = scratch.store;
        RefusingStore secrets;
        SettingsDialog dialog(&store, &secrets, QProcessEnvironment());
        QSignalSpy loaded(&dialog, &SettingsDialog::keysLoaded);
        QVERIFY(loaded.wait(2000));
        const QString key = QStringLiteral("sk-ant-refused-0123");
        QTest::keyClicks(dialog.apiKeyEdit(QStringLiteral("claude")), key);
        dialog.timeoutSpin(QStringLiteral("claude"))->setValue(77);

        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.accept();
        QVERIFY(saved.wait(2000));
        QVERIFY(dialog.keysKeptForSession());
        QVERIFY2(dialog.problem().contains(QStringLiteral("kept for this session only")), qPrintable(dialog.problem()));
        QVERIFY2(!dialog.problem().contains(QStringLiteral("DBus")), qPrintable(dialog.problem()));
        QVERIFY(dialog.keyNote(QStringLiteral("claude")).contains(QStringLiteral("kept for this session only")));
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Close"));
        // The settings are written and the key is in use for the session.
        QCOMPARE(store.engineSettings(QStringLiteral("claude")).timeoutSeconds, 77);
        QCOMPARE(readSecret(secrets, findEngine(QStringLiteral("claude"))->keychainEntry), key);
    }

    // Labels whose field is a row of widgets name their field, so the
    // mnemonic works instead of showing a literal "&"; Show turns into Hide.
    void labelsHaveBuddiesAndShowToggles()
    {
        ScratchSettings scratch;
        SettingsStore &store = scratch.store;
        PersistentMemoryStore secrets;
        SettingsDialog dialog(&store, &secrets, QProcessEnvironment());
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        int mnemonics = 0;
        for (const QLabel *label : labels) {
            if (label->textFormat() == Qt::PlainText || !label->text().contains(QLatin1Char('&')))
                continue;
            ++mnemonics;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QVERIFY(mnemonics >= 4);
        QCOMPARE(dialog.apiKeyEdit(QStringLiteral("claude"))->parentWidget(),
            dialog.baseUrlEdit(QStringLiteral("claude"))->parentWidget());

        dialog.selectEngine(QStringLiteral("claude"));
        QToolButton *show = nullptr;
        for (QToolButton *button : dialog.findChildren<QToolButton *>(QStringLiteral("showKeyButton")))
            if (button->parentWidget() == dialog.apiKeyEdit(QStringLiteral("claude"))->parentWidget())
                show = button;
        QVERIFY(show);
        QCOMPARE(show->text(), QStringLiteral("Show"));
        show->click();
        QCOMPARE(show->text(), QStringLiteral("Hide"));
        QCOMPARE(dialog.apiKeyEdit(QStringLiteral("claude"))->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(show->text(), QStringLiteral("Show"));
        QCOMPARE(dialog.apiKeyEdit(QStringLiteral("claude"))->echoMode(), QLineEdit::Password);
    }

    void clearingAKeyRemovesIt()
    {
        ScratchSettings scratch;
        SettingsStore &store = scratch.store;
        PersistentMemoryStore secrets;
        bool written = false;
        secrets.write(QStringLiteral("openai-api-key"), QStringLiteral("old"), this, [&](const QString &) { written = true; });
        QTRY_VERIFY(written);
        SettingsDialog dialog(&store, &secrets, QProcessEnvironment());
        QSignalSpy loaded(&dialog, &SettingsDialog::keysLoaded);
        QVERIFY(loaded.wait(2000));
        QCOMPARE(dialog.apiKeyEdit(QStringLiteral("openai"))->text(), QStringLiteral("old"));
        dialog.apiKeyEdit(QStringLiteral("openai"))->selectAll();
        QTest::keyClick(dialog.apiKeyEdit(QStringLiteral("openai")), Qt::Key_Delete);
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.accept();
        QVERIFY(saved.wait(2000));
        QCOMPARE(readSecret(secrets, QStringLiteral("openai-api-key")), QString());
    }

    void badUrlSavesNothing_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("not a URL") << QStringLiteral("gateway example");
        QTest::newRow("ftp") << QStringLiteral("ftp://gateway.example");
        QTest::newRow("plain http to another host") << QStringLiteral("http://gateway.example");
    }

    void badUrlSavesNothing()
    {
        QFETCH(QString, url);
        ScratchSettings scratch;
        SettingsStore &store = scratch.store;
        PersistentMemoryStore secrets;
        SettingsDialog dialog(&store, &secrets, QProcessEnvironment());
        dialog.selectEngine(QStringLiteral("claude"));
        dialog.baseUrlEdit(QStringLiteral("prompt-tools"))->setText(url);
        dialog.timeoutSpin(QStringLiteral("claude"))->setValue(42);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.currentEngine(), QStringLiteral("prompt-tools"));
        QCOMPARE(store.engineSettings(QStringLiteral("claude")).timeoutSeconds, 600);
        QVERIFY(store.engineSettings(QStringLiteral("prompt-tools")).baseUrl.isEmpty());
    }

    // Ollama on another machine of the network: plain http is fine while no
    // key would travel with it.
    void plainHttpToAServerOnTheNetworkOnlyWithoutAKey()
    {
        ScratchSettings scratch;
        SettingsStore &store = scratch.store;
        PersistentMemoryStore secrets;
        const QUrl lan(QStringLiteral("http://192.168.1.20:11434/v1"));
        {
            SettingsDialog dialog(&store, &secrets, QProcessEnvironment());
            QSignalSpy loaded(&dialog, &SettingsDialog::keysLoaded);
            QVERIFY(loaded.wait(2000));
            dialog.baseUrlEdit(QStringLiteral("openai"))->setText(lan.toString());
            QTest::keyClicks(dialog.apiKeyEdit(QStringLiteral("openai")), QStringLiteral("sk-would-travel"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(store.engineSettings(QStringLiteral("openai")).baseUrl.isEmpty());

            dialog.apiKeyEdit(QStringLiteral("openai"))->clear();
            QSignalSpy saved(&dialog, &SettingsDialog::saved);
            dialog.accept();
            QVERIFY(saved.wait(2000));
            QCOMPARE(store.engineSettings(QStringLiteral("openai")).baseUrl, lan);
        }
        {
            QProcessEnvironment environment;
            environment.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-from-env"));
            SettingsDialog dialog(&store, &secrets, environment);
            QSignalSpy loaded(&dialog, &SettingsDialog::keysLoaded);
            QVERIFY(loaded.wait(2000));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
    }

    void notesNameOverridesAndSessionOnlyKeys()
    {
        ScratchSettings scratch;
        SettingsStore &store = scratch.store;
        MemorySecretStore sessionOnly;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("from-env"));
        SettingsDialog dialog(&store, &sessionOnly, environment);
        const QString claudeNote = dialog.keyNote(QStringLiteral("claude"));
        QVERIFY2(claudeNote.contains(QStringLiteral("ANTHROPIC_API_KEY is set")), qPrintable(claudeNote));
        QVERIFY(claudeNote.contains(sessionOnly.persistenceProblem()));
        QVERIFY(!claudeNote.contains(QStringLiteral("from-env")));
        QVERIFY(!dialog.keyNote(QStringLiteral("openai")).contains(QStringLiteral("OPENAI_API_KEY")));
        QVERIFY(!dialog.apiKeyEdit(QStringLiteral("local")));

        PersistentMemoryStore keychain;
        SettingsDialog withKeychain(&store, &keychain, QProcessEnvironment());
        QVERIFY(withKeychain.keyNote(QStringLiteral("openai")).contains(QStringLiteral("keychain")));
        QVERIFY(!withKeychain.keyNote(QStringLiteral("claude")).contains(QStringLiteral("ANTHROPIC_API_KEY")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
