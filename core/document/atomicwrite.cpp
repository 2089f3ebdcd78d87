#include "atomicwrite.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace pw {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    return writeFileAtomically(
        path, [&data](QIODevice &file) { return file.write(data) == data.size(); }, error);
}

bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && write(file) && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("pw::AtomicWrite", "cannot write %1: %2").arg(path, file.errorString());
    file.cancelWriting();
    return false;
}

} // namespace pw
