#pragma once

#include "documentfile.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <map>
#include <memory>

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
//
// Several windows may run at once. The store that saves a key holds
// "<key>.lock" (a QLockFile) until it discards the key or is destroyed, so the
// others see that copy as in use: not to be offered for recovery, nor
// discarded. A lock left by a process that died is stale and ignored.
class AutosaveStore
{
public:
    // The default directory: QStandardPaths::AppDataLocation + "/autosave".
    AutosaveStore();
    explicit AutosaveStore(const QString &directory);
    AutosaveStore(AutosaveStore &&) noexcept;
    AutosaveStore &operator=(AutosaveStore &&) noexcept;
    ~AutosaveStore(); // releases the locks; the copies stay

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
        bool inUse = false; // a running store (another window, or this one) is keeping it
    };

    // Writes the recovery copy for key. originalPath is where the document
    // lives (empty when never saved). On failure returns false and sets error.
    bool save(const QString &key, const PromptDocument &document, const QString &originalPath, QString *error = nullptr);
    // Every entry in the directory, newest first.
    QList<Entry> entries() const;
    // The document saved under key; error says why when it cannot be read.
    DocumentReadResult recover(const QString &key) const;
    // Removes the entry (after a clean save or close). True when no entry
    // remains; false, and the copy kept, when another running store holds it.
    bool discard(const QString &key);

private:
    QString filePath(const QString &key) const;
    QString lockPath(const QString &key) const;
    bool isHeldElsewhere(const QString &key) const;
    Entry readEntry(const QString &key, DocumentReadResult *document) const;

    QString m_directory;
    std::map<QString, std::unique_ptr<QLockFile>> m_locks; // the keys this store saved
};

} // namespace pw
