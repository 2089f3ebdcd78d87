#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace pw::test {

// Writes a test's input file and returns its path. A test cannot go on
// without its input, so a failure ends the run with the path named.
inline QString writeTestFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace pw::test
