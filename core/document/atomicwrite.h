#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace pw {

// Writes data to path through QSaveFile: readers see the old file or the new
// one, never a half-written one, even if the process dies while writing.
// On failure returns false and sets error to "cannot write PATH: reason".
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);
// The same for content written piece by piece: write() gets the open file
// and returns false when a write failed (nothing replaces the old file then).
bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error);

} // namespace pw
