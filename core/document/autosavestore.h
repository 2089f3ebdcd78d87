#pragma once

#include "documentfile.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pw {

// Recovery copies of unsaved work, so that nothing is lost when Promptwerk or
// the machine dies. Each open document has a key (a UUID from newKey()); the
// window saves its document under that key every few seconds while it has
// unsaved changes, discards the entry after a clean save or close, and at
// start-up offers entries() for recovery. Every write is atomic: a copy is
// either the previous one or the new one, never half of each.
//
// One file per key, "<key>.promptwerk-autosave", in directory(): a small JSON
// envelope (original path, time) around a full document (README, "The .promptwerk document format").
class AutosaveStore
{
public:
    // The default directory: QStandardPaths::AppDataLocation + "/autosave".
    AutosaveStore();
    explicit AutosaveStore(const QString &directory);

    static QString defaultDirectory();
    static QString newKey(); // a fresh UUID without braces
    QString directory() const { return m_directory; }

    struct Entry
    {
        QString key;
        QString originalPath; // empty for a document never saved
        QDateTime savedAt;
        QString filePath; // the recovery file itself
        QString problem; // non-empty when the copy cannot be read (then only discard() helps)
    };

    // Writes the recovery copy for key. originalPath is where the document
    // lives (empty when never saved). On failure returns false and sets error.
    bool save(const QString &key, const PromptDocument &document, const QString &originalPath, QString *error = nullptr);
    // Every entry in the directory, newest first.
    QList<Entry> entries() const;
    // The document saved under key; error says why when it cannot be read.
    DocumentReadResult recover(const QString &key) const;
    // Removes the entry (after a clean save or close). True when no entry remains.
    bool discard(const QString &key);

private:
    QString filePath(const QString &key) const;
    Entry readEntry(const QString &key, DocumentReadResult *document) const;

    QString m_directory;
};

} // namespace pw
