// Benchmark of the word diff: not a test (no pass/fail), run by
// scripts/bench-diff.sh on a Release build.
//
//   bench_diff generate DIR [MIB...]   write DIR/before-<N>m.txt and DIR/after-<N>m.txt
//   bench_diff core A B [RUNS]         time the diff of two files in this process
//   bench_diff view A B                time the diff view (offscreen unless a display is set):
//                                      first paint, result shown, longest GUI stall

#include "benchprose.h"
#include "diff/promptdiff.h"
#include "diffview.h"
#include "prompt/promptjson.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>

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

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Watches the GUI thread with a timer that should fire every 2 ms: the
// longest wall-clock gap between two firings (the event loop was busy, or
// the machine gave the thread no CPU), and the most CPU time the thread used
// between two firings (its own work alone, whatever the machine's load).
// Paints of the view's widgets are timestamped.
class GuiMonitor : public QObject
{
public:
    explicit GuiMonitor(QWidget *view) : m_view(view)
    {
        m_clock.start();
        m_ticker.setInterval(2);
        connect(&m_ticker, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestStall = std::max(m_longestStall, now - m_lastTick);
            m_lastTick = now;
            const double cpu = threadCpuMs();
            m_longestBusy = std::max(m_longestBusy, cpu - m_lastTickCpu);
            m_lastTickCpu = cpu;
        });
        qApp->installEventFilter(this);
    }

    void start()
    {
        m_longestBusy = 0;
        m_longestStall = 0;
        m_lastTick = m_clock.nsecsElapsed();
        m_lastTickCpu = threadCpuMs();
        m_ticker.start();
    }
    double longestStallMs() const { return double(m_longestStall) / 1e6; }
    double longestBusyMs() const { return m_longestBusy; }
    double nowMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    double lastPaintMs() const { return m_lastPaint; }
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && m_view->isAncestorOf(static_cast<QWidget *>(watched))) {
            ++m_paints;
            m_lastPaint = nowMs();
        }
        return false;
    }

private:
    QWidget *m_view;
    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_lastTick = 0;
    qint64 m_longestStall = 0;
    double m_lastPaint = -1;
    int m_paints = 0;
    double m_lastTickCpu = 0;
    double m_longestBusy = 0;
};

// Runs the event loop (sleeping while idle, so the worker threads get the
// CPU) until condition holds or ten minutes pass.
template<typename Condition>
void spinUntil(Condition condition)
{
    QEventLoop loop;
    QTimer check;
    QElapsedTimer timer;
    timer.start();
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (condition() || timer.elapsed() > 600000)
            loop.quit();
    });
    check.start(1);
    if (!condition())
        loop.exec();
}

int timeView(const QStringList &args)
{
    if (args.size() < 2)
        return fail(QStringLiteral("usage: bench_diff view A B"));
    const std::optional<Prompt> left = readPrompt(args[0]);
    const std::optional<Prompt> right = readPrompt(args[1]);
    if (!left || !right)
        return fail(QStringLiteral("cannot read %1 or %2").arg(args[0], args[1]));

    DiffView view;
    view.resize(1400, 900);
    view.show();
    GuiMonitor monitor(&view);
    spinUntil([&] { return monitor.paints() > 0; });
    QCoreApplication::processEvents();

    monitor.start();
    const double start = monitor.nowMs();
    const int paintsBefore = monitor.paints();
    view.setPrompts(*left, *right, QStringLiteral("A"), QStringLiteral("B"));
    spinUntil([&] { return monitor.paints() > paintsBefore; });
    const double firstPaint = monitor.lastPaintMs() - start;
    spinUntil([&] { return !view.isComparing(); });
    const double finished = monitor.nowMs() - start;
    const int paintsAfter = monitor.paints();
    spinUntil([&] { return monitor.paints() > paintsAfter; });
    const double shown = monitor.lastPaintMs() - start;
    QTimer::singleShot(100, [] {}); // let a few more ticks land after the paint
    spinUntil([&] { return monitor.nowMs() - start > shown + 100; });
    const double compareStall = monitor.longestStallMs();
    const double compareBusy = monitor.longestBusyMs();

    // Then use it: step through changes and jump to the end.
    monitor.start();
    for (int i = 0; i < 20; ++i) {
        view.nextChange();
        QCoreApplication::processEvents();
    }
    view.leftPane()->verticalScrollBar()->setValue(view.leftPane()->verticalScrollBar()->maximum());
    const double scrollStart = monitor.nowMs();
    spinUntil([&] { return monitor.nowMs() - scrollStart > 200; });
    const double useStall = monitor.longestStallMs();
    const double useBusy = monitor.longestBusyMs();

    // And compare again ignoring whitespace: the old documents go too.
    monitor.start();
    view.setIgnoreWhitespace(true);
    spinUntil([&] { return !view.isComparing(); });
    const double again = monitor.nowMs();
    spinUntil([&] { return monitor.nowMs() - again > 200; });
    const double recompareStall = monitor.longestStallMs();
    const double recompareBusy = monitor.longestBusyMs();

    out() << QStringLiteral("view: first paint %1 ms, result computed %2 ms, result shown %3 ms, "
                            "longest GUI stall %4 ms while comparing, %5 ms while navigating, %6 ms comparing again; "
                            "longest GUI busy (CPU) %7 ms while comparing, %8 ms while navigating, %9 ms comparing again; ")
                 .arg(firstPaint, 0, 'f', 1)
                 .arg(finished, 0, 'f', 1)
                 .arg(shown, 0, 'f', 1)
                 .arg(compareStall, 0, 'f', 1)
                 .arg(useStall, 0, 'f', 1)
                 .arg(recompareStall, 0, 'f', 1)
                 .arg(compareBusy, 0, 'f', 1)
                 .arg(useBusy, 0, 'f', 1)
                 .arg(recompareBusy, 0, 'f', 1)
          << view.changeCount() << " changes" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool view = argc > 1 && qstrcmp(argv[1], "view") == 0;
    if (view && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app
        = view ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == u"generate")
        return generate(args);
    if (mode == u"core")
        return timeCore(args);
    if (mode == u"view")
        return timeView(args);
    return fail(QStringLiteral("usage: bench_diff generate DIR [MIB...] | core A B [RUNS] | view A B"));
}
