#pragma once

#include <QWidget>

class QSettings;
class QVBoxLayout;

namespace pw {

// The samples shipped with the app (resource paths), for File > Open Sample and the welcome page.
QStringList bundledSamples();

// What a first launch shows instead of an empty untitled document: a new
// prompt, Open…, the bundled samples, the recent files, where the API key
// goes and which engines need none, and whether to show this page at
// startup (the setting welcome/showAtStartup). Every choice is a button,
// reached with Tab.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QSettings *settings, QWidget *parent = nullptr);

    static bool showsAtStartup(const QSettings &settings);

    void setRecentFiles(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void sampleRequested(const QString &path);
    void recentRequested(const QString &path);
    void settingsRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QSettings *m_settings;
    QWidget *m_first = nullptr;
    QVBoxLayout *m_recent = nullptr;
};

} // namespace pw
