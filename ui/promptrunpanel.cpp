#include "promptrunpanel.h"

#include "runsettingspanel.h"
#include "streamedtext.h"
#include "uilayout.h"

#include <QAction>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pw {

namespace {

QString milliseconds(qint64 ms)
{
    const QLocale locale;
    return ms < 10000 ? PromptRunPanel::tr("%1 ms").arg(locale.toString(ms))
                      : PromptRunPanel::tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace

QString runFiguresText(const CellResult &result)
{
    const QLocale locale;
    QStringList parts;
    if (!result.stopReason.isEmpty())
        parts.append(result.stopReason);
    parts.append(PromptRunPanel::tr("%1 in · %2 out")
                     .arg(locale.toString(result.usage.inputTokens), locale.toString(result.usage.outputTokens)));
    if (result.firstTokenMs >= 0)
        parts.append(PromptRunPanel::tr("first token %1").arg(milliseconds(result.firstTokenMs)));
    if (result.latencyMs >= 0)
        parts.append(PromptRunPanel::tr("total %1").arg(milliseconds(result.latencyMs)));
    if (result.costUsd) {
        // Small requests cost fractions of a cent: show enough digits to see one.
        const int decimals = *result.costUsd >= 0.01 ? 4 : 6;
        parts.append(PromptRunPanel::tr("≈ $%1 (estimate)").arg(locale.toString(*result.costUsd, 'f', decimals)));
    } else {
        parts.append(PromptRunPanel::tr("cost unknown (no price for this model)"));
    }
    return parts.join(QStringLiteral(" · "));
}

PromptRunPanel::PromptRunPanel(QWidget *parent)
    : QWidget(parent), m_settings(new RunSettingsPanel(this)), m_title(new QLabel(tr("Answer"), this)),
      m_run(new QPushButton(tr("&Run"), this)), m_stop(new QPushButton(tr("Stop"), this)), m_status(new QLabel(this)),
      m_output(new QPlainTextEdit(this)), m_figures(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    QHBoxLayout *header = uilayout::titleRow(m_title);
    m_run->setObjectName(QStringLiteral("runPromptButton"));
    m_stop->setObjectName(QStringLiteral("stopPromptButton"));
    m_stop->setEnabled(false);
    m_stop->setToolTip(tr("Stop the run (Esc)"));
    connect(m_stop, &QPushButton::clicked, this, &PromptRunPanel::stopRequested);
    header->addWidget(m_run);
    header->addWidget(m_stop);
    layout->addLayout(header);

    m_settings->setObjectName(QStringLiteral("runSettings"));
    layout->addWidget(m_settings);

    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);

    m_output->setObjectName(QStringLiteral("runOutput"));
    m_output->setReadOnly(true);
    m_output->setTabChangesFocus(true);
    m_output->setPlaceholderText(tr("The answer of the prompt, filled with the variables' test values, appears here."));
    m_output->setAccessibleName(tr("Answer of the prompt"));
    layout->addWidget(m_output, 1);

    m_figures->setObjectName(QStringLiteral("runFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setToolTip(tr("Stop reason, input and output tokens, time to first token, total time and the cost "
                             "estimated from list prices"));
    layout->addWidget(m_figures);

    m_clock.setInterval(200);
    connect(&m_clock, &QTimer::timeout, this, &PromptRunPanel::updateClock);
}

void PromptRunPanel::setRunAction(QAction *run)
{
    m_run->setToolTip(
        tr("%1 (%2)").arg(run->text().remove(QLatin1Char('&')), run->shortcut().toString(QKeySequence::NativeText)));
    connect(m_run, &QPushButton::clicked, run, &QAction::trigger);
}

void PromptRunPanel::begin(const QString &model)
{
    m_title->setText(tr("Answer of %1").arg(model));
    m_output->clear();
    m_figures->clear();
    m_status->clear();
    m_started.start();
    m_clock.start();
    setRunning(true);
    updateClock();
}

void PromptRunPanel::setStatus(const QString &status)
{
    m_status->setText(status);
}

void PromptRunPanel::appendText(const QString &delta)
{
    appendStreamedText(m_output, delta);
}

void PromptRunPanel::clearText()
{
    m_output->clear();
}

void PromptRunPanel::finish(const CellResult &result)
{
    m_clock.stop();
    setRunning(false);
    m_status->clear();
    // The assembled answer is the one that counts (a retried stream starts over).
    if (m_output->toPlainText() != result.output)
        m_output->setPlainText(result.output);
    m_figures->setText(runFiguresText(result));
}

void PromptRunPanel::finishWithoutAnswer(const QString &why)
{
    m_clock.stop();
    setRunning(false);
    m_status->setText(why);
}

QString PromptRunPanel::outputText() const
{
    return m_output->toPlainText();
}

QString PromptRunPanel::figuresText() const
{
    return m_figures->text();
}

QString PromptRunPanel::statusText() const
{
    return m_status->text();
}

void PromptRunPanel::updateClock()
{
    m_figures->setText(tr("Running… %1").arg(clockText(m_started.isValid() ? m_started.elapsed() : 0)));
}

void PromptRunPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
}

} // namespace pw
