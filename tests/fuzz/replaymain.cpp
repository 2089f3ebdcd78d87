// The main of a fuzz target in a normal build: runs LLVMFuzzerTestOneInput
// once on every file named on the command line (directories: every file in
// them), so the seed corpus checks the target's property in the normal suite.
// A property that does not hold aborts, as it does under libFuzzer.

#include "fuzzcheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

static bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot read: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    // A copy of exactly size bytes, so ASan notices a read past the end.
    std::unique_ptr<uint8_t[]> bytes(new uint8_t[size_t(data.size())]);
    std::memcpy(bytes.get(), data.constData(), size_t(data.size()));
    LLVMFuzzerTestOneInput(bytes.get(), size_t(data.size()));
    return true;
}

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            QStringList inDir;
            while (it.hasNext())
                inDir.append(it.next());
            inDir.sort();
            files += inDir;
        } else {
            files.append(arg);
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE_OR_DIR...\n", argv[0]);
        return 2;
    }
    for (const QString &path : std::as_const(files)) {
        if (!runFile(path))
            return 2;
    }
    std::printf("%lld inputs ran\n", static_cast<long long>(files.size()));
    return 0;
}
