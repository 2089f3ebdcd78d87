#include "runpanel.h"

#include "uilayout.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
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
    m_text->setPlaceholderText(tr("The model's answer appears here as it streams in."));
    m_text->setAccessibleName(tr("Streamed answer"));
    layout->addWidget(m_text, 1);

    m_clock.setInterval(200);
    connect(&m_clock, &QTimer::timeout, this, &RunPanel::updateClock);
}

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
    m_usage = {};
    m_streamedCharacters = 0;
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
    QScrollBar *bar = m_text->verticalScrollBar();
    // Follow the text unless the reader has scrolled up to read.
    const bool following = bar->value() >= bar->maximum() - 4;
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(delta);
    if (following)
        bar->setValue(bar->maximum());
    m_streamedCharacters += delta.size();
    updateTokens();
}

void RunPanel::clearText()
{
    m_text->clear();
    m_streamedCharacters = 0;
    updateTokens();
}

void RunPanel::setUsage(const Usage &usage)
{
    m_usage = usage;
    updateTokens();
}

void RunPanel::end()
{
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
    const qint64 seconds = m_started.isValid() ? m_started.elapsed() / 1000 : 0;
    m_elapsed->setText(QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void RunPanel::updateTokens()
{
    const QLocale locale;
    // Output tokens arrive at the end of a stream; until then about four characters make one.
    const bool estimated = m_usage.outputTokens == 0 && m_streamedCharacters > 0;
    const qint64 output = estimated ? (m_streamedCharacters + 3) / 4 : m_usage.outputTokens;
    m_tokens->setText(
        tr("%1 in · %2%3 out")
            .arg(locale.toString(m_usage.inputTokens), estimated ? QStringLiteral("≈") : QString(), locale.toString(output)));
}

} // namespace pw
