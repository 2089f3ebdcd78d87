// Benchmark of the word diff: not a test (no pass/fail), run by
// scripts/bench-diff.sh on a Release build.
//
//   bench_diff generate DIR [MIB...]   write DIR/before-<N>m.txt and DIR/after-<N>m.txt
//   bench_diff core A B [RUNS]         time the diff of two files in this process

#include "benchprose.h"
#include "diff/promptdiff.h"
#include "prompt/promptjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace pw;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_diff: " << message << Qt::endl;
    return 2;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(text.toUtf8()) >= 0;
}

std::optional<Prompt> readPrompt(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const PromptFileResult result = readPromptFile(file.readAll(), path);
    if (!result.ok())
        return std::nullopt;
    return result.prompt;
}

int generate(const QStringList &args)
{
    if (args.isEmpty())
        return fail(QStringLiteral("usage: bench_diff generate DIR [MIB...]"));
    const QString dir = args[0];
    QDir().mkpath(dir);
    QList<int> sizes;
    for (qsizetype i = 1; i < args.size(); ++i)
        sizes.append(args[i].toInt());
    if (sizes.isEmpty())
        sizes = {1, 10};
    for (int mib : sizes) {
        const bench::ProsePair pair = bench::generateProsePair(qsizetype(mib) * 1024 * 1024);
        const QString stem = QStringLiteral("%1/%2-%3m.txt");
        if (!writeFile(stem.arg(dir, QStringLiteral("before")).arg(mib), pair.before)
            || !writeFile(stem.arg(dir, QStringLiteral("after")).arg(mib), pair.after))
            return fail(QStringLiteral("cannot write to %1").arg(dir));
        out() << "generated " << mib << " MiB pair, " << pair.changedWords << " words changed" << Qt::endl;
    }
    return 0;
}

int timeCore(const QStringList &args)
{
    if (args.size() < 2)
        return fail(QStringLiteral("usage: bench_diff core A B [RUNS]"));
    const std::optional<Prompt> left = readPrompt(args[0]);
    const std::optional<Prompt> right = readPrompt(args[1]);
    if (!left || !right)
        return fail(QStringLiteral("cannot read %1 or %2").arg(args[0], args[1]));
    const int runs = args.size() > 2 ? std::max(1, args[2].toInt()) : 5;
    QList<double> millis;
    std::optional<PromptDiff> diff;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        diff = diffPrompts(*left, *right);
        millis.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(millis.begin(), millis.end());
    out() << QStringLiteral("core diff: min %1 ms, median %2 ms over %3 runs; %4")
                 .arg(millis.first(), 0, 'f', 1)
                 .arg(millis[millis.size() / 2], 0, 'f', 1)
                 .arg(runs)
                 .arg(diff->summary.toString())
          << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == u"generate")
        return generate(args);
    if (mode == u"core")
        return timeCore(args);
    return fail(QStringLiteral("usage: bench_diff generate DIR [MIB...] | core A B [RUNS]"));
}
