#pragma once

#include <QByteArray>
#include <QString>

namespace pw {

// Writes data to path through QSaveFile: readers see the old file or the new
// one, never a half-written one, even if the process dies while writing.
// On failure returns false and sets error to "cannot write PATH: reason".
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace pw
