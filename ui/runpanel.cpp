#include "runpanel.h"

#include "prompttext.h"
#include "streamedtext.h"
#include "uilayout.h"

#include "prompt/streamedprompt.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pw {

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(new QLabel(this)), m_elapsed(new QLabel(this)),
      m_tokens(new QLabel(this)), m_progress(new QProgressBar(this)), m_text(new QPlainTextEdit(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    QHBoxLayout *header = uilayout::titleRow(m_title);
    // Fixed-width digits keep the clock and the counts from jittering.
    m_elapsed->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_elapsed->setToolTip(tr("Time since the run started"));
    m_tokens->setToolTip(tr("Tokens used so far (≈: estimated from the text received)"));
    header->addWidget(m_tokens);
    header->addSpacing(12);
    header->addWidget(m_elapsed);
    header->addSpacing(12);
    header->addWidget(m_cancel);
    layout->addLayout(header);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    layout->addWidget(m_progress);

    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);

    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("The prompt appears here as the model writes it."));
    m_text->setAccessibleName(tr("Streamed answer"));
    layout->addWidget(m_text, 1);

    m_clock.setInterval(200);
    connect(&m_clock, &QTimer::timeout, this, &RunPanel::updateClock);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(80);
    connect(&m_previewTimer, &QTimer::timeout, this, &RunPanel::updatePreview);
}

namespace {

// The tool's answer is the prompt as JSON: shown as the prompt itself, so
// that nobody reads escaped JSON. Other text as it is.
QString previewOf(const QString &answer)
{
    const std::optional<Prompt> prompt = streamedPrompt(answer);
    return prompt ? promptAsText(*prompt) : answer;
}

} // namespace

void RunPanel::setCancelAction(QAction *cancel)
{
    m_cancel->setToolTip(
        tr("%1 (%2)").arg(cancel->text().remove(QLatin1Char('&')), cancel->shortcut().toString(QKeySequence::NativeText)));
    m_cancel->setIcon(cancel->icon());
    connect(m_cancel, &QPushButton::clicked, cancel, &QAction::trigger);
    connect(cancel, &QAction::changed, m_cancel, [this, cancel] { m_cancel->setEnabled(cancel->isEnabled()); });
    m_cancel->setEnabled(cancel->isEnabled());
}

void RunPanel::begin(const QString &title)
{
    m_title->setText(title);
    m_status->clear();
    m_text->clear();
    m_previewTimer.stop();
    m_streamed.clear();
    m_shown.clear();
    m_usage = {};
    m_progress->setRange(0, 0);
    m_started.start();
    m_clock.start();
    updateClock();
    updateTokens();
}

void RunPanel::setStatus(const QString &status)
{
    m_status->setText(status);
}

void RunPanel::appendText(const QString &delta)
{
    m_streamed += delta;
    if (!m_previewTimer.isActive())
        m_previewTimer.start();
    updateTokens();
}

void RunPanel::clearText()
{
    m_previewTimer.stop();
    m_text->clear();
    m_streamed.clear();
    m_shown.clear();
    updateTokens();
}

void RunPanel::updatePreview()
{
    m_previewTimer.stop();
    const QString preview = previewOf(m_streamed);
    // The text grows at its end as the answer streams in: append, so that a reader scrolled up stays put.
    if (preview.startsWith(m_shown))
        appendStreamedText(m_text, preview.mid(m_shown.size()));
    else
        m_text->setPlainText(preview);
    m_shown = preview;
}

void RunPanel::setUsage(const Usage &usage)
{
    m_usage = usage;
    updateTokens();
}

void RunPanel::end()
{
    updatePreview();
    m_clock.stop();
    updateClock();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
}

QString RunPanel::title() const
{
    return m_title->text();
}

QString RunPanel::status() const
{
    return m_status->text();
}

QString RunPanel::streamedText() const
{
    return m_streamed;
}

QString RunPanel::previewText() const
{
    return m_text->toPlainText();
}

QString RunPanel::elapsedText() const
{
    return m_elapsed->text();
}

QString RunPanel::tokensText() const
{
    return m_tokens->text();
}

void RunPanel::updateClock()
{
    m_elapsed->setText(clockText(m_started.isValid() ? m_started.elapsed() : 0));
}

void RunPanel::updateTokens()
{
    const QLocale locale;
    // Output tokens arrive at the end of a stream; until then about four characters make one.
    const bool estimated = m_usage.outputTokens == 0 && !m_streamed.isEmpty();
    const qint64 output = estimated ? (m_streamed.size() + 3) / 4 : m_usage.outputTokens;
    m_tokens->setText(
        tr("%1 in · %2%3 out")
            .arg(locale.toString(m_usage.inputTokens), estimated ? QStringLiteral("≈") : QString(), locale.toString(output)));
}

} // namespace pw
