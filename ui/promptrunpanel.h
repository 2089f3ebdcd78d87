#pragma once

#include "model/evalrun.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pw {

class RunSettingsPanel;

// "Run Prompt": the model settings, then the answer of the prompt being
// edited as it streams in, and when it is done the figures of the run: stop
// reason, tokens, time to first token, latency and the estimated cost.
class PromptRunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PromptRunPanel(QWidget *parent = nullptr);

    RunSettingsPanel *settingsPanel() const { return m_settings; }
    // The Run button triggers run; Stop asks stopRequested().
    void setRunAction(QAction *run);

    // Clears what the last run left and starts the clock.
    void begin(const QString &model);
    void setStatus(const QString &status);
    void appendText(const QString &delta);
    void clearText();
    // The run is over: its figures, or only the time when it ended without an answer.
    void finish(const CellResult &result);
    void finishWithoutAnswer(const QString &why);

    bool isRunning() const { return m_clock.isActive(); }
    QString outputText() const;
    QString figuresText() const;
    QString statusText() const;

signals:
    void stopRequested();

private:
    void updateClock();
    void setRunning(bool running);

    RunSettingsPanel *m_settings;
    QLabel *m_title;
    QPushButton *m_run;
    QPushButton *m_stop;
    QLabel *m_status;
    QPlainTextEdit *m_output;
    QLabel *m_figures;
    QElapsedTimer m_started;
    QTimer m_clock;
};

// "end_turn · 20 in · 5 out · first token 310 ms · 420 ms · ≈ $0.0001 (estimate)", for people.
QString runFiguresText(const CellResult &result);

} // namespace pw
