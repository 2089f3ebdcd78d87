// bench_evaluate: the Evaluate view with 10,000 test cases and three prompt
// versions that have run. Opens the document in the window as File > Open
// does, goes to the Evaluate view and shows the three versions side by side,
// then scrolls the results table a page at a time from top to bottom,
// switches the filters and sorts by score. Everything is driven from the
// event loop while a 1 ms timer beats: the longest gap between two beats is
// the longest the GUI thread was busy (a stall) in that phase. Prints the
// stalls, how long each phase took until its result showed, the scroll steps
// (median, 95th percentile, maximum; each step painted before the clock
// stops) and the process's memory. Target: no stall over 16 ms.
//
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.

#include "documentcontroller.h"
#include "documentpage.h"
#include "evaluate/evaluateview.h"
#include "evaluate/resultspanel.h"
#include "mainwindow.h"

#include "document/documentfile.h"
#include "secrets/secretstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace pw;

namespace {

constexpr int caseCount = 10000;
constexpr int versionCount = 3;

// field: "VmRSS" (resident now) or "VmHWM" (the peak so far).
long memoryKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

PromptDocument largeSuite()
{
    PromptDocument document;
    Prompt prompt;
    prompt.system = QStringLiteral("You answer questions for {{COMPANY}}.");
    prompt.messages = {Message::user(QStringLiteral("<question>{{QUESTION}}</question> Answer in two sentences."))};
    TestSuite cases;
    for (int i = 0; i < caseCount; ++i) {
        TestCase testCase;
        testCase.id = QStringLiteral("case-%1").arg(i + 1);
        testCase.vars = {{QStringLiteral("COMPANY"), QStringLiteral("Larder & Co.")},
            {QStringLiteral("QUESTION"), QStringLiteral("Question number %1 about deliveries, menus and billing?").arg(i)}};
        testCase.description = QStringLiteral("case %1").arg(i + 1);
        Assertion contains;
        contains.type = QStringLiteral("icontains");
        contains.value = QStringLiteral("delivery");
        testCase.assertions = {contains};
        cases.append(testCase);
    }
    for (int version = 1; version <= versionCount; ++version) {
        Revision revision;
        prompt.system += QStringLiteral(" Be brief.");
        revision.prompt = prompt;
        revision.values = cases.constFirst().vars;
        document.addRevision(revision);
    }
    document.setTestCases(cases);
    for (int version = 1; version <= versionCount; ++version) {
        EvalRun run;
        run.id = QStringLiteral("run-%1").arg(version);
        run.revisionId = version;
        run.label = QStringLiteral("#%1").arg(version);
        for (int i = 0; i < caseCount; ++i) {
            CellResult cell;
            cell.caseId = cases.at(i).id;
            cell.status = CellResult::Status::Succeeded;
            cell.output = QStringLiteral("Your delivery for question %1 leaves the kitchen at 07:40 and arrives before noon. "
                                         "If it does not, write to us again and we will ask the driver.")
                              .arg(i);
            cell.usage.inputTokens = 420;
            cell.usage.outputTokens = 60;
            cell.latencyMs = 800 + (i * 37 + version * 101) % 900;
            cell.pass = (i + version) % 5 != 0;
            cell.score = cell.pass ? 1 : 0;
            cell.grades = {GradeResult {QStringLiteral("icontains"), cell.pass, cell.score, QStringLiteral("reason"), 1.0}};
            run.cells.append(cell);
        }
        document.putRun(run);
    }
    return document;
}

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures figures(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    return {
        samples.at(samples.size() / 2), samples.at(std::min(samples.size() - 1, samples.size() * 95 / 100)), samples.constLast()};
}

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// The longest gap between two beats of a 1 ms timer since restart(): how
// long the GUI thread did not get back to its event loop. On a loaded
// machine that includes time the process waited for a core, so the CPU time
// the GUI thread spent within the gap is kept too: the work it did at a stretch.
class StallWatch
{
public:
    StallWatch()
    {
        m_beat.setTimerType(Qt::PreciseTimer);
        m_beat.setInterval(1);
        QObject::connect(&m_beat, &QTimer::timeout, [this] {
            const qint64 cpu = threadCpuNs();
            m_longest = std::max(m_longest, m_sinceBeat.nsecsElapsed());
            m_longestCpu = std::max(m_longestCpu, cpu - m_cpuAtBeat);
            m_sinceBeat.restart();
            m_cpuAtBeat = cpu;
        });
        restart();
        m_beat.start();
    }
    void restart()
    {
        m_longest = 0;
        m_longestCpu = 0;
        m_sinceBeat.start();
        m_cpuAtBeat = threadCpuNs();
    }
    // "12.3 ms (CPU 4.5 ms)"
    QByteArray text() const
    {
        return QByteArray::number(double(m_longest) / 1e6, 'f', 1) + " ms (CPU "
            + QByteArray::number(double(m_longestCpu) / 1e6, 'f', 1) + " ms)";
    }

private:
    QTimer m_beat;
    QElapsedTimer m_sinceBeat;
    qint64 m_cpuAtBeat = 0;
    qint64 m_longest = 0;
    qint64 m_longestCpu = 0;
};

// Runs the event loop until done() holds (checked after every event batch) or timeoutMs passed.
void spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

void spinFor(int ms)
{
    spinUntil([] { return false; }, ms);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir directory;
    QSettings settings(directory.filePath(QStringLiteral("Promptwerk.ini")), QSettings::IniFormat);
    MemorySecretStore secrets;
    WorkbenchContext context;
    context.settings = &settings;
    context.secrets = &secrets;
    context.modelCacheDirectory = directory.filePath(QStringLiteral("cache"));

    const QString file = directory.filePath(QStringLiteral("large.promptwerk"));
    QString error;
    if (!saveDocumentFile(largeSuite(), file, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const long before = memoryKiB("VmRSS");
    MainWindow window(context);
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    DocumentController *documents = window.currentPage()->documents();
    EvaluateView *view = window.currentPage()->evaluateView();
    QTableView *table = view->results()->table();
    StallWatch stalls;
    spinFor(100);

    // Open as File > Open does; once loaded, show the three versions in the Evaluate view.
    QElapsedTimer clock;
    bool loaded = false;
    QObject::connect(documents, &DocumentController::loaded, &window, [&] { loaded = true; });
    stalls.restart();
    clock.start();
    QTimer::singleShot(0, documents, [&] { documents->openInBackground(file); });
    spinUntil([&] { return loaded && table->model()->rowCount() == caseCount; }, 60000);
    const double openMs = double(clock.nsecsElapsed()) / 1e6;
    spinFor(200); // painted
    const QByteArray openStall = stalls.text();

    // Each change from the event loop; then the loop runs until its result shows (and a while more, to paint).
    struct Phase
    {
        double untilShownMs = 0;
        QByteArray stall;
    };
    const auto phase = [&](auto &&what, auto &&shown) {
        stalls.restart();
        clock.restart();
        bool started = false;
        QTimer::singleShot(0, table, [&] {
            what();
            started = true;
        });
        spinUntil([&] { return started && shown(); }, 60000);
        Phase result;
        result.untilShownMs = double(clock.nsecsElapsed()) / 1e6;
        spinFor(200);
        result.stall = stalls.text();
        return result;
    };
    // As a person would once the suite is in: to the Evaluate view, then the
    // three versions side by side (from the Versions menu).
    QAbstractItemModel *rows = table->model();
    const Phase focus = phase([&] { window.currentPage()->focusEvaluate(); }, [&] { return table->isVisible(); });
    const Phase versions = phase([&] { view->setVersions({1, 2, 3}); }, [&] { return rows->columnCount() == versionCount; });

    // A page at a time, each step from the event loop and painted before the next.
    QList<double> steps;
    QScrollBar *bar = table->verticalScrollBar();
    stalls.restart();
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
        QTimer::singleShot(0, table, [&, value] {
            clock.restart();
            bar->setValue(value);
            table->viewport()->repaint();
            steps.append(double(clock.nsecsElapsed()) / 1e6);
        });
        const qsizetype done = steps.size() + 1;
        spinUntil([&] { return steps.size() == done; }, 10000);
    }
    const QByteArray scrollStall = stalls.text();
    const Figures scroll = figures(steps);

    const auto filterTo = [&](ResultsFilterModel::Filter filter, int expectedRows) {
        return phase([&] { view->results()->setFilter(filter); }, [&] { return rows->rowCount() == expectedRows; });
    };
    // Version v fails case i when (i + v) % 5 == 0: each case fails in at most one of the three
    // versions, 3 in 5 cases fail in one, and all of those disagree.
    const int failing = caseCount * 3 / 5;
    const Phase failures = filterTo(ResultsFilterModel::Filter::Failures, failing);
    const Phase disagreements = filterTo(ResultsFilterModel::Filter::Disagreements, failing);
    const Phase all = filterTo(ResultsFilterModel::Filter::All, caseCount);
    // Sorted ascending by score, the failures (score 0) come first.
    const auto firstRowScore = [&] {
        return rows->index(0, 1).data(ResultsModel::ScoreRole).toDouble();
    };
    const Phase sort = phase([&] { table->sortByColumn(1, Qt::AscendingOrder); }, [&] { return firstRowScore() == 0.0; });
    const long after = memoryKiB("VmRSS");
    const long peak = memoryKiB("VmHWM");

    std::printf(
        "Evaluate view, %d cases x %d versions (%s)\n", caseCount, versionCount, qPrintable(QApplication::platformName()));
    std::printf("  longest GUI-thread stall: open %s, to the Evaluate view %s, show %d versions %s, scroll %s, filter to "
                "failures %s, to disagreements %s, back to all %s, sort by score %s\n",
        openStall.constData(), focus.stall.constData(), versionCount, versions.stall.constData(), scrollStall.constData(),
        failures.stall.constData(), disagreements.stall.constData(), all.stall.constData(), sort.stall.constData());
    std::printf("  until shown: open %.0f ms, %d versions %.1f ms, filter to failures %.1f ms, to disagreements %.1f ms, "
                "back to all %.1f ms, sort by score %.1f ms\n",
        openMs, versionCount, versions.untilShownMs, failures.untilShownMs, disagreements.untilShownMs, all.untilShownMs,
        sort.untilShownMs);
    std::printf("  scroll a page: median %.1f ms, p95 %.1f ms, max %.1f ms over %lld steps\n", scroll.median, scroll.p95,
        scroll.max, qlonglong(steps.size()));
    std::printf("  memory: %ld MiB resident before the window, %ld MiB with the suite open, peak %ld MiB\n", before / 1024,
        after / 1024, peak / 1024);
    return 0;
}
