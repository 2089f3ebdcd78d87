#pragma once

#include "model/tool.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace pw {

// What a running tool is doing: its status line, the text the model has
// streamed so far, the time since it started, the tokens so far, and a
// Cancel button (the window's Cancel action, also on Esc).
class RunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunPanel(QWidget *parent = nullptr);

    void setCancelAction(QAction *cancel);

    // Starts the clock and clears what a previous run left.
    void begin(const QString &title);
    void setStatus(const QString &status);
    void appendText(const QString &delta);
    // The text so far is void (the model answers again); new text follows.
    void clearText();
    void setUsage(const Usage &usage);
    // Stops the clock.
    void end();

    QString title() const;
    QString status() const;
    // The answer as it came in (for a tool: JSON).
    QString streamedText() const;
    // What the panel shows of it: the prompt as it forms, in plain text.
    QString previewText() const;
    QString elapsedText() const;
    QString tokensText() const;
    bool isRunning() const { return m_clock.isActive(); }

private:
    void updateClock();
    void updateTokens();
    void updatePreview();

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_elapsed;
    QLabel *m_tokens;
    QProgressBar *m_progress;
    QPlainTextEdit *m_text;
    QPushButton *m_cancel;
    QElapsedTimer m_started;
    QTimer m_clock;
    // Redrawing the prompt a few times a second is live enough, however fast the pieces come.
    QTimer m_previewTimer;
    Usage m_usage;
    QString m_streamed;
    QString m_shown;
};

} // namespace pw
