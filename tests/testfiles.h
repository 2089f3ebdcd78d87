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

// The whole content of a file a test's subject wrote; missing: empty, which
// the test's comparisons then report.
inline QByteArray readTestFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace pw::test
