#pragma once

#include <QDialog>
#include <QHash>
#include <QProcessEnvironment>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace pw {

class SecretStore;
struct EngineInfo;
class SettingsStore;

// Per engine: base URL, API key, tool model and timeout. Settings go to
// the settings file the CLI reads too; keys go to the keychain (or, without
// one, stay for this session only), never into the settings file. The
// dialog says when an environment variable overrides what is entered here.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(
        SettingsStore *settings, SecretStore *secrets, const QProcessEnvironment &environment, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void selectEngine(const QString &engine);
    QString currentEngine() const;

    // The fields of an engine's page (none for an engine that runs offline).
    QLineEdit *baseUrlEdit(const QString &engine) const;
    QLineEdit *apiKeyEdit(const QString &engine) const;
    QLineEdit *toolModelEdit(const QString &engine) const;
    QSpinBox *timeoutSpin(const QString &engine) const;
    // The notes under the key field: environment override, session-only storage.
    QString keyNote(const QString &engine) const;

    // True until the keychain has answered for every key.
    bool isLoadingKeys() const { return m_pendingReads > 0; }
    // The last save could not store a key in the keychain; it is kept for this session.
    bool keysKeptForSession() const { return !m_writeErrors.isEmpty(); }
    // What the dialog says about the last save, empty when all went well.
    QString problem() const;

    // Saves: checks the URLs, writes the settings, writes the keys that
    // were edited, and closes once the keychain has answered.
    void accept() override;

signals:
    void keysLoaded();
    // After a save: the settings are written and the keys stored, or kept
    // for this session only when the keychain refused (keysKeptForSession()).
    void saved();

private:
    struct Page;

    void addEngine(const EngineInfo &info);
    void loadKeys();
    void keyEdited(const QString &engine, const QString &text);
    void finishSaving();
    void showProblem(const QString &engine, const QString &problem);

    SettingsStore *m_settings;
    SecretStore *m_secrets;
    QProcessEnvironment m_environment;
    QListWidget *m_engineList;
    QStackedWidget *m_pages;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QHash<QString, Page *> m_pageOf;
    QStringList m_engines;
    // Secret name -> the key as edited; only edited keys are written.
    QHash<QString, QString> m_editedKeys;
    int m_pendingReads = 0;
    int m_pendingWrites = 0;
    QStringList m_writeErrors;
};

} // namespace pw
