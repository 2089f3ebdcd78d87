#pragma once

#include "exchange/exporters.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSettings;

namespace pw {

// File > Export…: the formats by name, a preview of the chosen one with
// Copy, and Save…. The format comes from the list, or from the file name's
// extension when it names one ("prompt.yaml" is a promptfoo config); the
// format and the folder last used are remembered in the settings.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // Writes the text to a file; false when it could not (the caller says why).
    using Writer = std::function<bool(const QString &path, ExportFormat format)>;

    // baseName: the file name Save… suggests, without extension; folder: where
    // it suggests it when the settings remember none.
    ExportDialog(const ExportSource &source, const QString &baseName, const QString &folder, QSettings *settings, Writer write,
        QWidget *parent = nullptr);

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QString previewText() const;
    // What the dialog said last ("Copied…", a problem), empty when nothing.
    QString note() const;

    void copy();
    void save();

    // "promptfoo config (YAML)": the name people know a format by.
    static QString formatTitle(ExportFormat format);

private:
    void updatePreview();
    void setNote(const QString &text, bool problem);

    ExportSource m_source;
    QString m_baseName;
    QString m_folder;
    QSettings *m_settings;
    Writer m_write;
    QListWidget *m_formats;
    QPlainTextEdit *m_preview;
    QLabel *m_note;
    QPushButton *m_copy;
    QPushButton *m_save;
};

} // namespace pw
