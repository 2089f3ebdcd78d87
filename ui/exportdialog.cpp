#include "exportdialog.h"

#include "dialogs.h"
#include "uicolors.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace pw {

namespace {

const QString formatKey = QStringLiteral("export/format");
const QString folderKey = QStringLiteral("export/folder");

} // namespace

QString ExportDialog::formatTitle(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Text:
        return tr("Text with sections (Markdown)");
    case ExportFormat::MessagesJson:
        return tr("Messages API request (JSON)");
    case ExportFormat::Python:
        return tr("Python (Anthropic SDK)");
    case ExportFormat::TypeScript:
        return tr("TypeScript (Anthropic SDK)");
    case ExportFormat::Curl:
        return tr("curl command (shell)");
    case ExportFormat::Jinja:
        return tr("Jinja template");
    case ExportFormat::Promptfoo:
        return tr("promptfoo config (YAML)");
    case ExportFormat::PromptTools:
        return tr("prompt-tools request (JSON)");
    }
    return exportFormatName(format);
}

ExportDialog::ExportDialog(const ExportSource &source, const QString &baseName, const QString &folder, QSettings *settings,
    Writer write, QWidget *parent)
    : QDialog(parent), m_source(source), m_baseName(baseName), m_folder(folder), m_settings(settings), m_write(std::move(write)),
      m_formats(new QListWidget(this)), m_preview(new QPlainTextEdit(this)), m_note(new QLabel(this))
{
    setWindowTitle(tr("Export Prompt"));
    auto *layout = new QVBoxLayout(this);
    auto *body = new QGridLayout;
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_formats);
    auto *previewLabel = new QLabel(tr("Pre&view:"), this);
    previewLabel->setBuddy(m_preview);
    body->addWidget(formatLabel, 0, 0);
    body->addWidget(previewLabel, 0, 1);
    body->addWidget(m_formats, 1, 0);
    body->addWidget(m_preview, 1, 1);
    body->setColumnStretch(1, 1);
    layout->addLayout(body, 1);

    for (ExportFormat format : allExportFormats()) {
        auto *item = new QListWidgetItem(formatTitle(format), m_formats);
        item->setToolTip(tr("%1, saved as .%2").arg(exportFormatName(format), exportFileSuffix(format)));
    }
    m_formats->setAccessibleName(tr("Export formats"));
    m_formats->setFixedWidth(m_formats->sizeHintForColumn(0) + 2 * m_formats->frameWidth() + 24);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("Preview of the export"));

    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setToolTip(tr("Copy the preview to the clipboard"));
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_save->setDefault(true);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    acceptOnCtrlReturn(this, m_save);

    connect(m_formats, &QListWidget::currentRowChanged, this, &ExportDialog::updatePreview);
    const std::optional<ExportFormat> remembered
        = exportFormatFromName(m_settings ? m_settings->value(formatKey).toString() : QString());
    setFormat(remembered.value_or(ExportFormat::Text));
    m_formats->setFocus(Qt::OtherFocusReason);
    resize(820, 480);
}

ExportFormat ExportDialog::format() const
{
    return allExportFormats().value(qMax(0, m_formats->currentRow()), ExportFormat::Text);
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_formats->setCurrentRow(int(allExportFormats().indexOf(format)));
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportDialog::note() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

void ExportDialog::setNote(const QString &text, bool problem)
{
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, uicolors::negative());
    m_note->setPalette(palette);
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void ExportDialog::updatePreview()
{
    const ExportResult result = exportPrompt(m_source, format());
    m_preview->setPlainText(result.ok() ? result.text : QString());
    m_copy->setEnabled(result.ok());
    m_save->setEnabled(result.ok());
    setNote(result.ok() ? QString() : tr("This prompt cannot be exported as %1: %2").arg(formatTitle(format()), result.error),
        !result.ok());
}

void ExportDialog::copy()
{
    QGuiApplication::clipboard()->setText(previewText());
    setNote(tr("Copied to the clipboard as %1.").arg(formatTitle(format())), false);
}

void ExportDialog::save()
{
    const ExportFormat chosen = format();
    const QString folder = m_settings ? m_settings->value(folderKey, m_folder).toString() : m_folder;
    const QString suggested = QDir(folder).filePath(m_baseName + u'.' + exportFileSuffix(chosen));
    const QString filter
        = tr("%1 (*.%2)").arg(formatTitle(chosen), exportFileSuffix(chosen)) + QStringLiteral(";;") + tr("All files (*)");
    QString path = FileDialog::saveFileName(this, tr("Export Prompt"), suggested, filter);
    if (path.isEmpty())
        return;
    const std::optional<ExportFormat> named = exportFormatForFileName(path, chosen);
    const ExportFormat format = named.value_or(chosen);
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + exportFileSuffix(format);
    if (format != chosen)
        setFormat(format); // the preview shows what was written
    if (!m_write(path, format))
        return;
    if (m_settings) {
        m_settings->setValue(formatKey, exportFormatName(format));
        m_settings->setValue(folderKey, QFileInfo(path).absolutePath());
    }
    accept();
}

} // namespace pw
