#include "autosavestore.h"

#include "atomicwrite.h"
#include "prompt/jsonwrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace pw {

namespace {

const QLatin1String envelopeFormat("promptwerk-autosave");
const QLatin1String fileSuffix(".promptwerk-autosave");
constexpr int envelopeVersion = 1;

bool isValidKey(const QString &key)
{
    // Keys become file names: only what newKey() makes, never a path.
    return !QUuid::fromString(key).isNull() && !key.startsWith(QLatin1Char('{'));
}

} // namespace

AutosaveStore::AutosaveStore() : AutosaveStore(defaultDirectory()) { }

AutosaveStore::AutosaveStore(const QString &directory) : m_directory(directory) { }

AutosaveStore::AutosaveStore(AutosaveStore &&) noexcept = default;
AutosaveStore &AutosaveStore::operator=(AutosaveStore &&) noexcept = default;
AutosaveStore::~AutosaveStore() = default;

QString AutosaveStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString AutosaveStore::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString AutosaveStore::filePath(const QString &key) const
{
    return m_directory + QLatin1Char('/') + key + fileSuffix;
}

QString AutosaveStore::lockPath(const QString &key) const
{
    return m_directory + QLatin1Char('/') + key + QStringLiteral(".lock");
}

bool AutosaveStore::isHeldElsewhere(const QString &key) const
{
    if (m_locks.contains(key))
        return false;
    QLockFile probe(lockPath(key));
    probe.setStaleLockTime(0); // held for as long as its process lives, however long that is
    if (probe.tryLock(0))
        return false; // nobody's, or left by a process that died: the probe removes it again
    return probe.error() == QLockFile::LockFailedError;
}

bool AutosaveStore::save(const QString &key, const PromptDocument &document, const QString &originalPath, QString *error)
{
    if (!isValidKey(key)) {
        if (error)
            *error = QCoreApplication::translate(
                "pw::AutosaveStore", "autosave: \"%1\" is not a valid key (use AutosaveStore::newKey())")
                         .arg(key);
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("pw::AutosaveStore", "cannot create the autosave folder %1").arg(m_directory);
        return false;
    }
    // The lock before the first write, so that no other window ever sees the
    // copy unlocked. Without a lock (a read-only folder fails below anyway)
    // the copy is still worth writing.
    if (!m_locks.contains(key)) {
        auto lock = std::make_unique<QLockFile>(lockPath(key));
        lock->setStaleLockTime(0);
        if (lock->tryLock(0))
            m_locks.emplace(key, std::move(lock));
    }
    const QJsonObject envelope {
        {QStringLiteral("format"), envelopeFormat},
        {QStringLiteral("version"), envelopeVersion},
        {QStringLiteral("key"), key},
        {QStringLiteral("original_path"), originalPath},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("document"), documentToJson(document)},
    };
    return writeFileAtomically(filePath(key), toJsonBytes(envelope, QJsonDocument::Compact), error);
}

AutosaveStore::Entry AutosaveStore::readEntry(const QString &key, DocumentReadResult *document) const
{
    Entry entry;
    entry.key = key;
    entry.filePath = filePath(key);
    const auto setProblem = [&](const QString &problem) {
        entry.problem = entry.filePath + QStringLiteral(": ") + problem;
        entry.savedAt = QFileInfo(entry.filePath).lastModified().toUTC();
        if (document)
            document->error = entry.problem;
        return entry;
    };

    QFile file(entry.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return setProblem(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return setProblem(QCoreApplication::translate("pw::AutosaveStore", "invalid JSON at byte %1: %2")
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
    const QJsonObject envelope = json.object();
    if (envelope.value(QLatin1String("format")) != QJsonValue(envelopeFormat))
        return setProblem(QCoreApplication::translate("pw::AutosaveStore", "not a Promptwerk recovery file"));
    const int version = envelope.value(QLatin1String("version")).toInt();
    if (version != envelopeVersion)
        return setProblem(
            QCoreApplication::translate("pw::AutosaveStore", "recovery file version %1 is not one this Promptwerk reads (%2)")
                .arg(version)
                .arg(envelopeVersion));

    entry.originalPath = envelope.value(QLatin1String("original_path")).toString();
    entry.savedAt = QDateTime::fromString(envelope.value(QLatin1String("saved_at")).toString(), Qt::ISODateWithMs);
    if (!entry.savedAt.isValid())
        entry.savedAt = QFileInfo(entry.filePath).lastModified().toUTC();
    const QJsonValue documentJson = envelope.value(QLatin1String("document"));
    if (!documentJson.isObject())
        return setProblem(
            QCoreApplication::translate("pw::AutosaveStore", "%1: must be an object").arg(QLatin1String("document")));
    if (document) {
        *document = documentFromJson(documentJson.toObject());
        if (!document->ok())
            return setProblem(QStringLiteral("document.") + document->error);
    }
    return entry;
}

QList<AutosaveStore::Entry> AutosaveStore::entries() const
{
    QList<Entry> result;
    const QStringList names
        = QDir(m_directory).entryList({QLatin1Char('*') + fileSuffix}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        const QString key = name.chopped(fileSuffix.size());
        if (!isValidKey(key))
            continue;
        DocumentReadResult document;
        Entry entry = readEntry(key, &document);
        entry.inUse = m_locks.contains(key) || isHeldElsewhere(key);
        result.append(std::move(entry));
    }
    std::stable_sort(result.begin(), result.end(), [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return result;
}

DocumentReadResult AutosaveStore::recover(const QString &key) const
{
    DocumentReadResult document;
    if (!isValidKey(key)) {
        document.error = QCoreApplication::translate("pw::AutosaveStore", "autosave: \"%1\" is not a valid key").arg(key);
        return document;
    }
    readEntry(key, &document);
    return document;
}

bool AutosaveStore::discard(const QString &key)
{
    if (!isValidKey(key) || isHeldElsewhere(key))
        return false;
    QFile file(filePath(key));
    const bool gone = !file.exists() || file.remove();
    if (gone)
        m_locks.erase(key); // unlocks and removes the lock file
    return gone;
}

} // namespace pw
