// The Evaluate view: the test-case table (edits, undo, paste, import and
// export, the assertion editor) and its place in the document.

#include "guitestsupport.h"
#include "testfiles.h"

#include "dialogs.h"
#include "evaluate/assertioneditor.h"
#include "evaluate/evalrunner.h"
#include "evaluate/evaluateview.h"
#include "evaluate/generatecasesdialog.h"
#include "evaluate/resultspanel.h"
#include "evaluate/scorechart.h"
#include "evaluate/testcasemodel.h"
#include "messagebanner.h"
#include "promptworkspace.h"

#include "document/documentfile.h"
#include "eval/casefiles.h"
#include "eval/prices.h"
#include "fakes/modelanswers.h"
#include "tools/toolsession.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QUndoStack>

using namespace pw;
using namespace pw::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

Assertion makeAssertion(const QString &type, const QString &value)
{
    Assertion assertion;
    assertion.type = type;
    assertion.value = value;
    return assertion;
}

// The second version asks differently: the fake server echoes the last user message.
Prompt reworded()
{
    Prompt prompt = samplePrompt();
    prompt.messages = {Message::user(QStringLiteral("Reply to this in one sentence: {{QUESTION}}"))};
    return prompt;
}

// A cell of a run: passed or failed with score, or only a status (no score).
CellResult makeCell(const QString &caseId, CellResult::Status status, bool pass = false, double score = 0)
{
    CellResult cell;
    cell.caseId = caseId;
    cell.status = status;
    cell.pass = pass;
    cell.score = score;
    return cell;
}

TestCase makeCase(const QString &company, const QString &question, const QString &description = {})
{
    TestCase testCase;
    testCase.vars = {{QStringLiteral("COMPANY"), company}, {QStringLiteral("QUESTION"), question}};
    testCase.description = description;
    return testCase;
}

} // namespace

class TestEvaluate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkbenchSetup> m_setup;
    std::unique_ptr<MainWindow> m_window;

    DocumentPage *page() const { return m_window->currentPage(); }
    DocumentController *documents() const { return page()->documents(); }
    EvaluateView *view() const { return page()->evaluateView(); }
    TestCaseModel *cases() const { return view()->cases(); }
    QUndoStack *undoStack() const { return page()->workspace()->undoStack(); }
    QString path(const QString &name) const { return m_setup->directory.filePath(name); }
    MessageBanner *banner() const { return child<MessageBanner>(m_window.get(), QStringLiteral("banner")); }
    void trigger(const QString &action) { child<QAction>(view(), action)->trigger(); }

    QStringList column(int column) const
    {
        QStringList texts;
        for (int row = 0; row < cases()->rowCount(); ++row)
            texts.append(cases()->index(row, column).data(Qt::EditRole).toString());
        return texts;
    }
    // The QUESTION column (the prompt's second variable).
    QStringList questions() const { return column(1); }

    void selectRow(int row)
    {
        QTableView *table = view()->caseTable();
        table->setCurrentIndex(cases()->index(row, 0));
        table->selectRow(row);
    }

    void fillThreeCases()
    {
        cases()->insertCases(0,
            {makeCase(QStringLiteral("Larder & Co."), QStringLiteral("Where is my box?")),
                makeCase(QStringLiteral("Larder & Co."), QStringLiteral("Can I skip a week?")),
                makeCase(QStringLiteral("Larder & Co."), QStringLiteral("Do you deliver on Sundays?"))},
            QStringLiteral("Fill"));
    }

    // Two versions (the sample prompt as revision 1, a reworded one as 2) and
    // four cases: one passes in both, one fails in both, one passes only in
    // the first version, one has no assertions (passes).
    void makeTwoVersionsAndFourCases()
    {
        page()->workspace()->setTargetModel(QStringLiteral("claude-opus-4-6"));
        TestCase both = makeCase(QStringLiteral("Larder"), QStringLiteral("Where is my box?"), QStringLiteral("both pass"));
        both.assertions = {makeAssertion(QStringLiteral("icontains"), QStringLiteral("box"))};
        TestCase neither = makeCase(QStringLiteral("Larder"), QStringLiteral("Can I skip?"), QStringLiteral("both fail"));
        neither.assertions = {makeAssertion(QStringLiteral("contains"), QStringLiteral("zebra"))};
        TestCase first = makeCase(QStringLiteral("Larder"), QStringLiteral("Vegan?"), QStringLiteral("first only"));
        first.assertions = {makeAssertion(QStringLiteral("contains"), QStringLiteral("<question>"))};
        TestCase none = makeCase(QStringLiteral("Larder"), QStringLiteral("Sundays?"), QStringLiteral("no checks"));
        cases()->insertCases(0, {both, neither, first, none}, QStringLiteral("Fill"));
        // The second version, as accepting an improved prompt makes it.
        Revision second;
        second.prompt = reworded();
        second.values = page()->workspace()->values();
        second.targetModel = page()->workspace()->targetModel();
        second.origin = Origin::Improved;
        documents()->recordToolResult(second);
        page()->workspace()->applyPrompt(second.prompt, second.values, QStringLiteral("Accept"));
        QCOMPARE(documents()->revisions().size(), 2);
        QCOMPARE(view()->versions(), QList<int>({1, 2}));
    }

    void waitForRun()
    {
        QSignalSpy finished(view()->runner(), &EvalRunner::finished);
        if (view()->isRunning())
            QVERIFY(finished.wait(20000));
        QVERIFY(!view()->isRunning());
    }

    // Generate Cases… opened, count cases asked for, the fake's answer streamed back.
    GenerateCasesDialog *generate(int count, const QString &answer)
    {
        return generate(count, FakeResponse::anthropicStream(inPieces(answer, 16)));
    }

    GenerateCasesDialog *generate(int count, const FakeResponse &answer)
    {
        trigger(QStringLiteral("generateCases"));
        auto *dialog = view()->findChild<GenerateCasesDialog *>();
        if (!dialog)
            return nullptr;
        m_setup->server.enqueue("/v1/messages", answer);
        child<QSpinBox>(dialog, QStringLiteral("generateCount"))->setValue(count);
        child<QPushButton>(dialog, QStringLiteral("generateStart"))->click();
        return dialog;
    }

    static QList<GeneratedCase> threeGeneratedCases()
    {
        const auto row = [](const QString &company, const QString &question, const QString &description) {
            return GeneratedCase {
                {{QStringLiteral("COMPANY"), company}, {QStringLiteral("QUESTION"), question}}, QString(), description};
        };
        return {row(QStringLiteral("Larder & Co."), QStringLiteral("My box came with a broken jar, what now?"),
                    QStringLiteral("damaged delivery")),
            row(QStringLiteral("Kochbox GmbH"), QStringLiteral("Kann ich auf Deutsch fragen?"), QStringLiteral("other language")),
            row(QStringLiteral("Larder & Co."), QStringLiteral("cancel!!!"), QStringLiteral("terse, angry"))};
    }

    // Batches that end soon after they are made, polled often.
    void fastBatches(int processingMs)
    {
        FakeBatchSettings batches;
        batches.processingMs = processingMs;
        m_setup->server.setBatchSettings(batches);
        view()->runner()->setBatchPollIntervals(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
    }

    int cancelRequests() const
    {
        const QList<RecordedRequest> requests = m_setup->server.requests();
        return int(std::count_if(
            requests.cbegin(), requests.cend(), [](const RecordedRequest &request) { return request.path.endsWith("/cancel"); }));
    }

    // Every cell of both versions answered, each in its own case's cell, and graded as a live run grades it.
    void checkFourCasesAnswered()
    {
        for (int column = 0; column < 2; ++column) {
            for (int row = 0; row < 4; ++row) {
                const CellResult *cell = results()->cellAt(row, column);
                QVERIFY(cell);
                QCOMPARE(cell->status, CellResult::Status::Succeeded);
                QVERIFY2(
                    cell->output.contains(cases()->caseAt(row).vars.value(QStringLiteral("QUESTION"))), qPrintable(cell->output));
            }
        }
        QCOMPARE(verdict(0, 0), 1);
        QCOMPARE(verdict(1, 0), 0);
        QCOMPARE(verdict(2, 0), 1);
        QCOMPARE(verdict(2, 1), 0);
    }

    // A document of caseCount cases and one run of its one revision: the case in row i passes unless i % 3 == 2.
    static PromptDocument suiteWithRun(int caseCount)
    {
        PromptDocument document;
        Revision revision;
        revision.prompt = samplePrompt();
        document.addRevision(revision);
        TestSuite suite;
        EvalRun run;
        run.id = QStringLiteral("run-1");
        run.revisionId = document.revisions().constFirst().id;
        for (int i = 0; i < caseCount; ++i) {
            TestCase testCase = makeCase(QStringLiteral("Larder"), QStringLiteral("Question %1?").arg(i));
            testCase.id = QStringLiteral("case-%1").arg(i + 1);
            suite.append(testCase);
            CellResult cell = makeCell(testCase.id, CellResult::Status::Succeeded, i % 3 != 2, i % 3 != 2 ? 1 : 0);
            cell.output = QStringLiteral("Answer %1").arg(i);
            run.cells.append(cell);
        }
        document.setTestCases(suite);
        document.putRun(run);
        return document;
    }

    QString saveSuite(const QString &name, int caseCount)
    {
        const QString file = path(name);
        QString error;
        if (!saveDocumentFile(suiteWithRun(caseCount), file, &error))
            qFatal("%s", qPrintable(error));
        return file;
    }

    ResultsModel *results() const { return view()->results()->model(); }
    int verdict(int row, int column) const { return ResultsModel::verdictOf(results()->cellAt(row, column)); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_setup = std::make_unique<WorkbenchSetup>();
        QVERIFY(m_setup->start());
        m_window = std::make_unique<MainWindow>(m_setup->context());
        documents()->setAutosaveDirectory(path(QStringLiteral("autosave")));
        newDocument(*m_window, samplePrompt());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        page()->focusEvaluate();
        // The columns follow the prompt's variables once the analysis has run.
        QTRY_COMPARE(cases()->variables(), QStringList({QStringLiteral("COMPANY"), QStringLiteral("QUESTION")}));
        QTRY_VERIFY(view()->isFilled());
    }

    void cleanup()
    {
        MessageBox::clearNextAnswers();
        FileDialog::clearNextFileNames();
        m_window.reset();
        m_setup.reset();
    }

    void columnsAreVariablesThenIdealAssertionsDescription()
    {
        QCOMPARE(cases()->columnCount(), 5);
        QCOMPARE(cases()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("COMPANY"));
        QCOMPARE(cases()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Ideal output"));
        QCOMPARE(cases()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Assertions"));
        QCOMPARE(cases()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Description"));
    }

    void mnemonicsAreUniqueWithTheViewShown()
    {
        QHash<QKeySequence, QString> seen;
        QStringList texts;
        for (QAction *menu : m_window->menuBar()->actions())
            texts.append(menu->text());
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(m_window.get()))
                texts.append(button->text());
        }
        for (const QString &text : std::as_const(texts)) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                continue;
            QVERIFY2(!seen.contains(key), qPrintable(text + QStringLiteral(" and ") + seen.value(key)));
            seen.insert(key, text);
        }
        QVERIFY(seen.size() > 10);
    }

    void editingACellIsOneUndoableStep()
    {
        fillThreeCases();
        QVERIFY(cases()->setData(cases()->index(1, 1), QStringLiteral("Can I pause?")));
        QCOMPARE(questions().at(1), QStringLiteral("Can I pause?"));
        QVERIFY(m_window->isWindowModified());
        undoStack()->undo();
        QCOMPARE(questions().at(1), QStringLiteral("Can I skip a week?"));
        undoStack()->redo();
        QCOMPARE(questions().at(1), QStringLiteral("Can I pause?"));
        // Typing in the table goes through the view's editor like any cell.
        QTableView *table = view()->caseTable();
        table->setCurrentIndex(cases()->index(2, 4));
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("weekend"));
        QCOMPARE(editor->text(), QStringLiteral("weekend"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits from the event loop.
        QTRY_COMPARE(cases()->caseAt(2).description, QStringLiteral("weekend"));
    }

    void addDuplicateDeleteAndMoveAreUndoable()
    {
        fillThreeCases();
        const QStringList original = questions();
        selectRow(0);
        trigger(QStringLiteral("addCase"));
        QCOMPARE(cases()->rowCount(), 4);
        QCOMPARE(questions().at(1), QString());
        QCOMPARE(cases()->caseAt(1).id, QStringLiteral("case-4"));

        selectRow(2);
        trigger(QStringLiteral("duplicateCases"));
        QCOMPARE(cases()->rowCount(), 5);
        QCOMPARE(questions().at(3), original.at(1));
        QVERIFY(cases()->caseAt(3).id != cases()->caseAt(2).id);

        selectRow(3);
        trigger(QStringLiteral("moveCaseUp"));
        QCOMPARE(questions().at(2), original.at(1));
        trigger(QStringLiteral("deleteCases"));
        QCOMPARE(cases()->rowCount(), 4);

        // Four steps back: the three cases as they were.
        for (int i = 0; i < 4; ++i)
            undoStack()->undo();
        QCOMPARE(questions(), original);
        for (int i = 0; i < 4; ++i)
            undoStack()->redo();
        QCOMPARE(cases()->rowCount(), 4);
    }

    void firstCaseHoldsTheTestValues()
    {
        fillThreeCases();
        QCOMPARE(page()->workspace()->values().value(QStringLiteral("QUESTION")), QStringLiteral("Where is my box?"));
        // Moving another case first makes its values the test values, and undo brings them back.
        selectRow(1);
        trigger(QStringLiteral("moveCaseUp"));
        QCOMPARE(page()->workspace()->values().value(QStringLiteral("QUESTION")), QStringLiteral("Can I skip a week?"));
        undoStack()->undo();
        QCOMPARE(page()->workspace()->values().value(QStringLiteral("QUESTION")), QStringLiteral("Where is my box?"));
        // The variables dock edits the first case.
        page()->workspace()->setValue(QStringLiteral("QUESTION"), QStringLiteral("Is it vegan?"));
        QCOMPARE(questions().at(0), QStringLiteral("Is it vegan?"));
        QCOMPARE(documents()->document().testCases().size(), 3);
        QCOMPARE(documents()->document().testCases().at(1).vars.value(QStringLiteral("QUESTION")),
            QStringLiteral("Can I skip a week?"));
    }

    void pasteRows_data()
    {
        QTest::addColumn<QString>("clipboard");
        QTest::addColumn<QStringList>("expectedQuestions");
        QTest::addColumn<QStringList>("expectedDescriptions");
        QTest::addColumn<int>("expectedAssertions");
        QTest::newRow("columns in the table's order")
            << QStringLiteral("Larder\tWhere is my box?\t\tcontains:box\tfirst\nLarder\tSkip?\n")
            << QStringList {QStringLiteral("Where is my box?"), QStringLiteral("Skip?")}
            << QStringList {QStringLiteral("first"), QString()} << 1;
        QTest::newRow("a header names the columns")
            << QStringLiteral("description\tQUESTION\r\nrefund\tI want my money back\r\n")
            << QStringList {QStringLiteral("I want my money back")} << QStringList {QStringLiteral("refund")} << 0;
        QTest::newRow("quoted cells keep tabs and line breaks")
            << QStringLiteral("QUESTION\t__expected\n\"two\nlines\"\t\"icontains:a\ncontains:b\"\n")
            << QStringList {QStringLiteral("two\nlines")} << QStringList {QString()} << 2;
    }

    void pasteRows()
    {
        QFETCH(QString, clipboard);
        QFETCH(QStringList, expectedQuestions);
        QFETCH(QStringList, expectedDescriptions);
        QFETCH(int, expectedAssertions);
        QApplication::clipboard()->setText(clipboard);
        trigger(QStringLiteral("pasteCases"));
        QCOMPARE(questions(), expectedQuestions);
        QCOMPARE(column(4), expectedDescriptions);
        QCOMPARE(cases()->caseAt(0).assertions.size(), expectedAssertions);
        // One paste, one step.
        undoStack()->undo();
        QCOMPARE(cases()->rowCount(), 0);
    }

    void pastingABadAssertionSaysWhere()
    {
        QApplication::clipboard()->setText(QStringLiteral("QUESTION\t__expected\nHi\tregex:(\n"));
        trigger(QStringLiteral("pasteCases"));
        QCOMPARE(cases()->rowCount(), 0);
        QCOMPARE(banner()->type(), MessageBanner::Type::Error);
        QVERIFY2(banner()->details().contains(QStringLiteral("Row 2, column 2")), qPrintable(banner()->details()));
    }

    void importAndExportCsv()
    {
        const QString csv = path(QStringLiteral("cases.csv"));
        QVERIFY(writeFile(csv,
            "COMPANY,QUESTION,__expected,__description\n"
            "Larder,Where is my box?,icontains:box,tracking\n"
            "Larder,Can I skip?,contains-any:skip,pausing\n"
            "Larder,Vegan?,,diet\n"));
        FileDialog::setNextFileName(csv);
        trigger(QStringLiteral("importCases"));
        QCOMPARE(cases()->rowCount(), 3);
        QCOMPARE(column(4), QStringList({QStringLiteral("tracking"), QStringLiteral("pausing"), QStringLiteral("diet")}));
        QCOMPARE(cases()->index(0, 3).data().toString(), QStringLiteral("icontains:box"));

        const QString exported = path(QStringLiteral("out.csv"));
        FileDialog::setNextFileName(exported);
        trigger(QStringLiteral("exportCases"));
        const CaseImport back = importCasesFromCsv(readFile(exported), QStringLiteral("out.csv"));
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.cases.size(), 3);
        QCOMPARE(back.cases.at(1).assertions, cases()->caseAt(1).assertions);
        QCOMPARE(back.cases.at(2).description, QStringLiteral("diet"));

        undoStack()->undo();
        QCOMPARE(cases()->rowCount(), 0);
    }

    void importingABrokenFileSaysWhy()
    {
        const QString csv = path(QStringLiteral("broken.csv"));
        QVERIFY(writeFile(csv, "QUESTION,__expected\nHi,\"unterminated\n"));
        QVERIFY(!view()->importFile(csv));
        QCOMPARE(cases()->rowCount(), 0);
        QCOMPARE(banner()->type(), MessageBanner::Type::Error);
        QVERIFY2(banner()->details().contains(QStringLiteral("broken.csv")), qPrintable(banner()->details()));
    }

    void assertionEditorKnowsTheTypes()
    {
        TestCase testCase = makeCase(QStringLiteral("Larder"), QStringLiteral("Hi"));
        AssertionEditor editor(testCase);
        auto *type = child<QComboBox>(&editor, QStringLiteral("assertionType"));
        QVERIFY(type->findText(QStringLiteral("icontains-any")) >= 0);
        QVERIFY(type->findText(QStringLiteral("llm-rubric")) >= 0);
        child<QPushButton>(&editor, QStringLiteral("addAssertion"))->click();
        type->setCurrentText(QStringLiteral("regex"));
        child<QLineEdit>(&editor, QStringLiteral("assertionValue"))->setText(QStringLiteral("(unclosed"));
        // The problem shows as it is typed.
        QVERIFY(!child<QLabel>(&editor, QStringLiteral("assertionProblem"))->text().isEmpty());
        child<QLineEdit>(&editor, QStringLiteral("assertionValue"))->setText(QStringLiteral("^Hello"));
        QCOMPARE(child<QLabel>(&editor, QStringLiteral("assertionProblem"))->text(), QString());
        child<QCheckBox>(&editor, QStringLiteral("assertionNegated"))->setChecked(true);
        QCOMPARE(editor.assertions().size(), 1);
        QCOMPARE(editor.assertions().at(0).type, QStringLiteral("not-regex"));
        QCOMPARE(editor.assertions().at(0).value.toString(), QStringLiteral("^Hello"));

        // Accepted in the view, it is one undoable step on the case.
        fillThreeCases();
        selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<AssertionEditor *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            child<QPushButton>(dialog, QStringLiteral("addAssertion"))->click();
            child<QLineEdit>(dialog, QStringLiteral("assertionValue"))->setText(QStringLiteral("box"));
            dialog->accept();
        });
        trigger(QStringLiteral("editAssertions"));
        QCOMPARE(cases()->caseAt(0).assertions.size(), 1);
        QCOMPARE(cases()->caseAt(0).assertions.at(0).type, QStringLiteral("contains"));
        undoStack()->undo();
        QVERIFY(cases()->caseAt(0).assertions.isEmpty());
    }

    // The cases of an opened document come a turn later; an action taken before
    // that works on all of them, and none is lost from the document.
    void anActionRightAfterOpeningSeesEveryCase()
    {
        const QString file = saveSuite(QStringLiteral("suite.promptwerk"), 5);
        QVERIFY(documents()->open(file));
        QVERIFY(!view()->isFilled());
        view()->addCase();
        QVERIFY(view()->isFilled());
        QCOMPARE(cases()->rowCount(), 6);
        QCOMPARE(documents()->document().testCases().size(), 6);
        QCOMPARE(results()->rowCount(), 6);
    }

    void casesAreSavedAndOpened()
    {
        fillThreeCases();
        TestCase edited = cases()->caseAt(2);
        edited.idealOutput = QStringLiteral("Yes, on Sundays too.");
        Assertion sunday;
        sunday.type = QStringLiteral("icontains");
        sunday.value = QStringLiteral("sunday");
        edited.assertions = {sunday};
        cases()->setCase(2, edited, QStringLiteral("Edit"));
        const QString file = path(QStringLiteral("suite.promptwerk"));
        QVERIFY(documents()->saveTo(file));
        QVERIFY(!m_window->isWindowModified());

        QVERIFY(documents()->open(file));
        QTRY_VERIFY(view()->isFilled());
        QCOMPARE(cases()->rowCount(), 3);
        QCOMPARE(cases()->caseAt(2), edited);
        QCOMPARE(questions().at(0), QStringLiteral("Where is my box?"));
    }
    void runAllForTwoVersions()
    {
        makeTwoVersionsAndFourCases();
        trigger(QStringLiteral("runAll"));
        QVERIFY(view()->isRunning());
        waitForRun();
        QVERIFY2(banner()->text().isEmpty() || banner()->type() != MessageBanner::Type::Error,
            qPrintable(banner()->text() + QLatin1Char(' ') + banner()->details()));
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 8);
        QCOMPARE(results()->columnCount(), 2);
        QCOMPARE(documents()->runs().size(), 2);
        for (int column = 0; column < 2; ++column) {
            for (int row = 0; row < 4; ++row) {
                const CellResult *cell = results()->cellAt(row, column);
                QVERIFY(cell);
                QCOMPARE(cell->status, CellResult::Status::Succeeded);
                QVERIFY(cell->output.startsWith(QStringLiteral("Echo: ")));
            }
        }
        QVERIFY(results()->cellAt(0, 1)->output.contains(QStringLiteral("Reply to this")));
        QCOMPARE(verdict(0, 0), 1);
        QCOMPARE(verdict(0, 1), 1);
        QCOMPARE(verdict(1, 0), 0);
        QCOMPARE(verdict(2, 0), 1);
        QCOMPARE(verdict(2, 1), 0);
        QCOMPARE(verdict(3, 1), 1);
        const QString summary = view()->results()->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("3 of 4 passed")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("2 of 4 passed")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("p50")), qPrintable(summary));
        // The chart beside it: a bar per version, passed share and mean score.
        const QList<ScoreChart::Bar> &bars = view()->results()->chart()->bars();
        QCOMPARE(bars.size(), 2);
        QCOMPARE(bars.at(0).label, QStringLiteral("#1"));
        QVERIFY(bars.at(0).ran && bars.at(1).ran);
        QCOMPARE(bars.at(0).passRate + bars.at(1).passRate, 0.75 + 0.5);
        QVERIFY(view()->results()->chart()->toolTip().contains(QStringLiteral("% passed")));
        // The runs are the document's: modified until saved.
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(child<QProgressBar>(view(), QStringLiteral("runProgress"))->value(), 8);
    }

    void filtersAndSortByScore()
    {
        makeTwoVersionsAndFourCases();
        view()->runAll();
        waitForRun();
        ResultsFilterModel *filter = view()->results()->filterModel();
        QCOMPARE(filter->rowCount(), 4);
        // Unsorted until asked: the cases' order.
        QCOMPARE(filter->headerData(0, Qt::Vertical).toString(), QStringLiteral("both pass"));
        QCOMPARE(filter->headerData(3, Qt::Vertical).toString(), QStringLiteral("no checks"));
        view()->results()->setFilter(ResultsFilterModel::Filter::Failures);
        QCOMPARE(filter->rowCount(), 2);
        view()->results()->setFilter(ResultsFilterModel::Filter::Disagreements);
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->headerData(0, Qt::Vertical).toString(), QStringLiteral("first only"));
        view()->results()->setFilter(ResultsFilterModel::Filter::All);
        // Sorting the second version by score, lowest first: its failures come first.
        view()->results()->table()->sortByColumn(1, Qt::AscendingOrder);
        QCOMPARE(filter->index(0, 1).data(ResultsModel::VerdictRole).toInt(), 0);
        QCOMPARE(filter->index(1, 1).data(ResultsModel::VerdictRole).toInt(), 0);
        QCOMPARE(filter->index(3, 1).data(ResultsModel::VerdictRole).toInt(), 1);
    }

    void openingInTheBackgroundShowsTheResultsOnceRead()
    {
        const QString file = saveSuite(QStringLiteral("large.promptwerk"), 3000);
        QSignalSpy loaded(documents(), &DocumentController::loaded);
        documents()->openInBackground(file);
        QVERIFY(documents()->isOpening());
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Opening large.promptwerk…"));
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY(view()->isFilled());
        QVERIFY(!documents()->isOpening());
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
        QCOMPARE(documents()->filePath(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(documents()->recentFiles().value(0), QFileInfo(file).absoluteFilePath());
        QCOMPARE(cases()->rowCount(), 3000);
        QCOMPARE(view()->results()->filterModel()->rowCount(), 3000);
        QCOMPARE(results()->columnCount(), 1);
        QCOMPARE(results()->cellAt(2999, 0)->output, QStringLiteral("Answer 2999"));
        QCOMPARE(verdict(0, 0), 1);
        QCOMPARE(verdict(2, 0), 0);
    }

    void openingABrokenFileInTheBackgroundSaysWhy()
    {
        fillThreeCases();
        const int before = cases()->rowCount();
        const QString file = path(QStringLiteral("broken.promptwerk"));
        QVERIFY(writeFile(file, "{\"format\": \"promptwerk\", \"version\": 2, \"revisions\": ["));
        QSignalSpy failed(documents(), &DocumentController::failed);
        documents()->openInBackground(file);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("broken.promptwerk could not be read."));
        QVERIFY2(failed.at(0).at(1).toString().startsWith(QStringLiteral("broken.promptwerk:")),
            qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(!documents()->isOpening());
        QCOMPARE(cases()->rowCount(), before);
    }

    void whatReplacesTheDocumentFirstWinsOverABackgroundOpen_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("rows");
        QTest::newRow("another background open") << QStringLiteral("background") << 3;
        QTest::newRow("an open at once") << QStringLiteral("open") << 3;
        QTest::newRow("a new document") << QStringLiteral("new") << 0;
    }

    void whatReplacesTheDocumentFirstWinsOverABackgroundOpen()
    {
        QFETCH(QString, how);
        QFETCH(int, rows);
        const QString large = saveSuite(QStringLiteral("large.promptwerk"), 3000);
        const QString small = saveSuite(QStringLiteral("small.promptwerk"), 3);
        QSignalSpy loaded(documents(), &DocumentController::loaded);
        documents()->openInBackground(large);
        if (how == QLatin1String("background"))
            documents()->openInBackground(small);
        else if (how == QLatin1String("open"))
            QVERIFY(documents()->open(small));
        else
            documents()->newDocument();
        QTRY_VERIFY_WITH_TIMEOUT(!documents()->isOpening(), 20000);
        // The large file's reading ends and its result is delivered to nobody.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(loaded.count(), 1);
        QTRY_VERIFY(view()->isFilled());
        QCOMPARE(cases()->rowCount(), rows);
        QCOMPARE(documents()->filePath(), how == QLatin1String("new") ? QString() : QFileInfo(small).absoluteFilePath());
    }

    void filtersAndSortGiveTheRows_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<int>>("rows");
        const int all = int(ResultsFilterModel::Filter::All);
        const int failures = int(ResultsFilterModel::Filter::Failures);
        const int disagreements = int(ResultsFilterModel::Filter::Disagreements);
        const int up = Qt::AscendingOrder;
        const int down = Qt::DescendingOrder;
        QTest::newRow("all") << all << -1 << up << QList<int>({0, 1, 2, 3, 4, 5});
        QTest::newRow("failures") << failures << -1 << up << QList<int>({1, 2, 3, 4});
        QTest::newRow("disagreements") << disagreements << -1 << up << QList<int>({1, 2, 4});
        // Unscored cells (not run, error, pending) sort as -1; equal scores keep the cases' order.
        QTest::newRow("all by B, lowest first") << all << 1 << up << QList<int>({5, 3, 2, 0, 4, 1});
        QTest::newRow("all by B, highest first") << all << 1 << down << QList<int>({1, 0, 4, 2, 3, 5});
        QTest::newRow("failures by B, highest first") << failures << 1 << down << QList<int>({1, 4, 2, 3});
        QTest::newRow("disagreements by A, lowest first") << disagreements << 0 << up << QList<int>({4, 1, 2});
    }

    void filtersAndSortGiveTheRows()
    {
        QFETCH(int, filter);
        QFETCH(int, sortColumn);
        QFETCH(int, order);
        QFETCH(QList<int>, rows);
        cases()->insertCases(
            0, QList<TestCase>(6, makeCase(QStringLiteral("Larder"), QStringLiteral("?"))), QStringLiteral("Fill"));
        QCOMPARE(cases()->rowCount(), 6);
        const auto id = [this](int row) {
            return cases()->caseAt(row).id;
        };
        using Status = CellResult::Status;
        // Row by row, A and B: 0 both pass; 1 A fails; 2 B fails; 3 A never ran, B fails;
        // 4 A errored, B passes; 5 B still waiting.
        ResultColumn a {1, QStringLiteral("A"), EvalRun {}};
        a.run->cells = {makeCell(id(0), Status::Succeeded, true, 1.0), makeCell(id(1), Status::Succeeded, false, 0.0),
            makeCell(id(2), Status::Succeeded, true, 0.5), makeCell(id(4), Status::Failed),
            makeCell(id(5), Status::Succeeded, true, 1.0)};
        ResultColumn b {2, QStringLiteral("B"), EvalRun {}};
        b.run->cells = {makeCell(id(0), Status::Succeeded, true, 0.5), makeCell(id(1), Status::Succeeded, true, 1.0),
            makeCell(id(2), Status::Succeeded, false, 0.2), makeCell(id(3), Status::Succeeded, false, 0.0),
            makeCell(id(4), Status::Succeeded, true, 0.5), makeCell(id(5), Status::Pending)};
        view()->results()->setColumns({a, b});
        view()->results()->selectCell(4, 1);

        view()->results()->setFilter(ResultsFilterModel::Filter(filter));
        ResultsFilterModel *shown = view()->results()->filterModel();
        shown->sort(sortColumn, Qt::SortOrder(order));
        QList<int> sourceRows;
        for (int row = 0; row < shown->rowCount(); ++row)
            sourceRows.append(shown->mapToSource(shown->index(row, 1)).row());
        QCOMPARE(sourceRows, rows);
        // The rows' headers and cells follow them.
        QCOMPARE(shown->headerData(0, Qt::Vertical).toString(), results()->headerData(rows.at(0), Qt::Vertical).toString());
        QCOMPARE(shown->index(0, 1).data(ResultsModel::ScoreRole), results()->index(rows.at(0), 1).data(ResultsModel::ScoreRole));
        // The selected cell stays selected while its row is shown.
        QCOMPARE(view()->results()->currentCell(), std::make_pair(4, 1));
    }

    void answersShowInTheCellsAsTheyStreamIn()
    {
        makeTwoVersionsAndFourCases();
        const QString answer = QStringLiteral("Your box leaves the kitchen at seven and arrives before noon.");
        m_setup->server.setAnswerText([answer](const QJsonObject &) { return std::optional<QString>(answer); });
        m_setup->server.setDefaultStreamDelay(150);
        selectRow(0);
        trigger(QStringLiteral("runSelected"));
        // Part of the answer, in the cell and on the screen, while the cell still waits for the rest.
        const auto streaming = [this](int column) {
            const CellResult *cell = results()->cellAt(0, column);
            return cell && cell->status == CellResult::Status::Pending && !cell->output.isEmpty()
                && results()->index(0, column).data().toString() == cell->output;
        };
        QTRY_VERIFY_WITH_TIMEOUT(streaming(0) || streaming(1), 20000);
        const int column = streaming(0) ? 0 : 1;
        QVERIFY2(answer.startsWith(results()->cellAt(0, column)->output), qPrintable(results()->cellAt(0, column)->output));
        waitForRun();
        // The final answer replaces what streamed in: the text once.
        QCOMPARE(results()->cellAt(0, column)->status, CellResult::Status::Succeeded);
        QCOMPARE(results()->cellAt(0, column)->output, answer);
        QCOMPARE(results()->index(0, column).data().toString(), answer);
        QCOMPARE(documents()->runs().at(column).cells.at(0).output, answer);
    }

    void detailShowsTheWholeOutputAndTheDiff()
    {
        makeTwoVersionsAndFourCases();
        view()->runAll();
        waitForRun();
        view()->results()->selectCell(0, 1);
        const QString detail = child<QTextBrowser>(view(), QStringLiteral("resultDetail"))->toPlainText();
        QVERIFY2(detail.contains(results()->cellAt(0, 1)->output), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("From #1 Typed to #2 Improved")), qPrintable(detail));
    }

    void escapeCancelsTheEvaluation()
    {
        // The window's Cancel (Esc) stops whatever runs, an evaluation too.
        makeTwoVersionsAndFourCases();
        FakeFaults slow;
        slow.answerDelayMs = 400;
        m_setup->server.setFaults(slow);
        view()->setMaxConcurrency(1);
        QAction *cancel = m_window->action(MainWindow::ActionId::Cancel);
        QVERIFY(!cancel->isEnabled());
        QSignalSpy cells(view()->runner(), &EvalRunner::cellFinished);
        view()->runAll();
        QVERIFY(cancel->isEnabled());
        QVERIFY(cells.wait(20000));
        QCOMPARE(cancel->shortcut(), QKeySequence(Qt::Key_Escape));
        cancel->trigger();
        waitForRun();
        QVERIFY(!view()->isRunning());
        QVERIFY(!cancel->isEnabled());
        int canceled = 0;
        for (const EvalRun &run : documents()->runs()) {
            for (const CellResult &cell : run.cells)
                canceled += cell.status == CellResult::Status::Canceled;
        }
        QVERIFY(canceled >= 1);
    }

    void cancelMidRunThenRerunFailed()
    {
        makeTwoVersionsAndFourCases();
        FakeFaults slow;
        slow.answerDelayMs = 400;
        m_setup->server.setFaults(slow);
        view()->setMaxConcurrency(1);
        QSignalSpy cells(view()->runner(), &EvalRunner::cellFinished);
        view()->runAll();
        QVERIFY(cells.wait(20000));
        trigger(QStringLiteral("cancelEvaluation"));
        waitForRun();
        int succeeded = 0;
        int canceled = 0;
        for (const EvalRun &run : documents()->runs()) {
            for (const CellResult &cell : run.cells) {
                succeeded += cell.status == CellResult::Status::Succeeded;
                canceled += cell.status == CellResult::Status::Canceled;
                // Nothing is left pending: a canceled run is not offered as a crashed one.
                QVERIFY(cell.status != CellResult::Status::Pending);
            }
        }
        QVERIFY(succeeded >= 1);
        QVERIFY(canceled >= 1);
        QCOMPARE(succeeded + canceled, 8);

        // Rerun failed: the canceled cells and the failing ones, nothing that passed.
        m_setup->server.setFaults({});
        int notPassed = 0;
        for (int column = 0; column < 2; ++column)
            for (int row = 0; row < 4; ++row)
                notPassed += verdict(row, column) != 1;
        const int before = m_setup->server.requestCount("/v1/messages");
        view()->setMaxConcurrency(4);
        trigger(QStringLiteral("rerunFailed"));
        waitForRun();
        QCOMPARE(m_setup->server.requestCount("/v1/messages") - before, notPassed);
        QCOMPARE(documents()->runs().size(), 2);
        for (int column = 0; column < 2; ++column)
            for (int row = 0; row < 4; ++row)
                QVERIFY(verdict(row, column) >= 0);
        // What still fails fails for its assertions: rerunning it again sends just those.
        const int stillFailing = 3;
        const int again = m_setup->server.requestCount("/v1/messages");
        view()->rerunFailed();
        waitForRun();
        QCOMPARE(m_setup->server.requestCount("/v1/messages") - again, stillFailing);
    }

    void runSelectedRunsOnlyThoseCases()
    {
        makeTwoVersionsAndFourCases();
        selectRow(2);
        trigger(QStringLiteral("runSelected"));
        waitForRun();
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 2);
        QVERIFY(results()->cellAt(2, 0));
        QVERIFY(!results()->cellAt(0, 0));
    }

    void gradingFromTheKeyboard()
    {
        makeTwoVersionsAndFourCases();
        view()->runAll();
        waitForRun();
        QTableView *table = view()->results()->table();
        view()->results()->selectCell(1, 0);
        QTest::keyClick(table, Qt::Key_P);
        QTest::keyClick(table, Qt::Key_4);
        QCOMPARE(results()->cellAt(1, 0)->human.pass, std::optional<bool>(true));
        QCOMPARE(results()->cellAt(1, 0)->human.rating, 4);
        view()->results()->selectCell(1, 1);
        QTest::keyClick(table, Qt::Key_F);
        QCOMPARE(results()->cellAt(1, 1)->human.pass, std::optional<bool>(false));
        auto *comment = child<QLineEdit>(view(), QStringLiteral("gradeComment"));
        comment->setFocus();
        comment->setText(QStringLiteral("too short"));
        QVERIFY(QMetaObject::invokeMethod(comment, "editingFinished"));
        QCOMPARE(results()->cellAt(1, 1)->human.comment, QStringLiteral("too short"));
        const QString summary = view()->results()->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("your grades: 1 pass, 0 fail, mean rating 4.0")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("your grades: 0 pass, 1 fail")), qPrintable(summary));

        // The grades are the document's: saved and read back.
        const QString file = path(QStringLiteral("graded.promptwerk"));
        QVERIFY(documents()->saveTo(file));
        QVERIFY(documents()->open(file));
        QTRY_VERIFY(view()->isFilled());
        QCOMPARE(documents()->runs().size(), 2);
        QCOMPARE(results()->cellAt(1, 0)->human.rating, 4);
        QCOMPARE(results()->cellAt(1, 1)->human.comment, QStringLiteral("too short"));
        // 0 clears the grade.
        view()->results()->selectCell(1, 0);
        QTest::keyClick(view()->results()->table(), Qt::Key_0);
        QVERIFY(results()->cellAt(1, 0)->human.isEmpty());
    }

    void generatedCasesAccepted()
    {
        const int steps = undoStack()->count();
        GenerateCasesDialog *dialog = generate(3, generatedCasesAnswer(threeGeneratedCases()));
        QVERIFY(dialog);
        auto *table = child<QTableWidget>(dialog, QStringLiteral("generatedCases"));
        QTRY_COMPARE(table->rowCount(), 3);
        // The request: structured output with one string per variable, and the count asked for.
        const RecordedRequest request = m_setup->server.requests().constLast();
        QJsonValue values = request.json();
        for (const char *key :
            {"output_config", "format", "schema", "properties", "cases", "items", "properties", "values", "properties"})
            values = values.toObject().value(QLatin1String(key));
        QCOMPARE(values.toObject().keys(), QStringList({QStringLiteral("COMPANY"), QStringLiteral("QUESTION")}));
        QVERIFY(QString::fromUtf8(request.body).contains(QStringLiteral("<count>\\n3\\n</count>")));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Kann ich auf Deutsch fragen?"));
        // Nothing is added before the person says so.
        QCOMPARE(cases()->rowCount(), 0);

        // Untick the second, edit a cell of the third, add the two.
        table->item(1, 0)->setCheckState(Qt::Unchecked);
        table->item(2, 2)->setText(QStringLiteral("Cancel my order now."));
        auto *add = child<QPushButton>(dialog, QStringLiteral("addGenerated"));
        QCOMPARE(add->text(), QStringLiteral("&Add 2"));
        QSignalSpy destroyed(dialog, &QObject::destroyed);
        add->click();
        QCOMPARE(cases()->rowCount(), 2);
        QCOMPARE(cases()->caseAt(0).description, QStringLiteral("damaged delivery"));
        QCOMPARE(cases()->caseAt(1).vars.value(QStringLiteral("QUESTION")), QStringLiteral("Cancel my order now."));
        QVERIFY(!cases()->caseAt(1).id.isEmpty());
        QTRY_COMPARE(destroyed.count(), 1);
        // One undoable step.
        QCOMPARE(undoStack()->count(), steps + 1);
        undoStack()->undo();
        QCOMPARE(cases()->rowCount(), 0);
    }

    void generatedCasesRejected()
    {
        fillThreeCases();
        const int steps = undoStack()->count();
        GenerateCasesDialog *dialog = generate(3, generatedCasesAnswer(threeGeneratedCases()));
        QVERIFY(dialog);
        QTRY_COMPARE(child<QTableWidget>(dialog, QStringLiteral("generatedCases"))->rowCount(), 3);
        // The cases the document has were shown to the model, so the new ones differ.
        QVERIFY(m_setup->server.requests().constLast().body.contains("Can I skip a week?"));
        dialog->reject();
        QCOMPARE(cases()->rowCount(), 3);
        QCOMPARE(undoStack()->count(), steps);
    }

    void cancelWhileGenerating()
    {
        FakeResponse slow = FakeResponse::anthropicStream(inPieces(generatedCasesAnswer(threeGeneratedCases()), 16));
        slow.chunkDelayMs = 100;
        GenerateCasesDialog *dialog = generate(3, slow);
        QVERIFY(dialog);
        // The progress counts the cases as the answer streams in; Cancel drops the answer and closes.
        QTRY_VERIFY(child<QProgressBar>(dialog, QStringLiteral("generateProgress"))->value() >= 1);
        QSignalSpy destroyed(dialog, &QObject::destroyed);
        dialog->reject();
        QTRY_COMPARE(destroyed.count(), 1);
        QCOMPARE(cases()->rowCount(), 0);
    }

    void brokenGeneratedCasesSayWhy_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QStringLiteral("Here are your cases: 1. ...") << QStringLiteral("is not JSON");
        QTest::newRow("a variable missing") << QStringLiteral(
            R"({"cases":[{"values":{"COMPANY":"Larder"},"ideal_output":"","description":"x"}]})")
                                            << QStringLiteral("QUESTION");
        QTest::newRow("no cases") << QStringLiteral(R"({"cases":[]})") << QStringLiteral("holds no test cases");
    }

    void brokenGeneratedCasesSayWhy()
    {
        QFETCH(QString, answer);
        QFETCH(QString, message);
        GenerateCasesDialog *dialog = generate(3, answer);
        QVERIFY(dialog);
        auto *status = child<QLabel>(dialog, QStringLiteral("generateStatus"));
        QTRY_VERIFY2(status->text().startsWith(QStringLiteral("No test cases: ")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(message), qPrintable(status->text()));
        QCOMPARE(child<QTableWidget>(dialog, QStringLiteral("generatedCases"))->rowCount(), 0);
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("addGenerated"))->isEnabled());
        // It can be asked again.
        QVERIFY(child<QPushButton>(dialog, QStringLiteral("generateStart"))->isEnabled());
        dialog->reject();
    }

    void generatingNeedsAToolModel()
    {
        QAction *generateCases = child<QAction>(view(), QStringLiteral("generateCases"));
        QVERIFY(generateCases->isEnabled());
        child<QComboBox>(m_window.get(), QStringLiteral("engineBox"))->setCurrentText(QStringLiteral("local"));
        QCOMPARE(page()->session()->engine(), QStringLiteral("local"));
        QVERIFY(!generateCases->isEnabled());
        QVERIFY2(generateCases->toolTip().contains(QStringLiteral("no language model")), qPrintable(generateCases->toolTip()));
        child<QComboBox>(m_window.get(), QStringLiteral("engineBox"))->setCurrentText(QStringLiteral("openai"));
        QVERIFY(generateCases->isEnabled());
    }

    void runAsBatchFillsTheCells()
    {
        makeTwoVersionsAndFourCases();
        fastBatches(300);
        auto *progressText = child<QLabel>(view(), QStringLiteral("runProgressText"));
        QStringList shown;
        connect(view()->runner(), &EvalRunner::batchStatusChanged, this, [&] { shown.append(progressText->text()); });
        QSignalSpy created(view()->runner(), &EvalRunner::batchCreated);
        trigger(QStringLiteral("runAsBatch"));
        QVERIFY(view()->isRunning());
        QVERIFY(created.wait(20000));
        // The batch id is in the document as soon as the batch exists.
        QCOMPARE(documents()->runs().size(), 2);
        QCOMPARE(documents()->runs().at(0).batchIds.size(), 1);
        QVERIFY(documents()->runs().at(0).batch);
        waitForRun();
        QVERIFY2(banner()->text().isEmpty() || banner()->type() != MessageBanner::Type::Error,
            qPrintable(banner()->text() + QLatin1Char(' ') + banner()->details()));
        // One batch for both versions, no live request; the results came shuffled and found their cells.
        QCOMPARE(m_setup->server.batchesCreated(), 1);
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 0);
        checkFourCasesAnswered();
        QVERIFY(documents()->runs().at(0).batchIds.isEmpty());
        // The progress showed the request counts while the batch ran.
        QVERIFY(!shown.isEmpty());
        QVERIFY2(shown.constLast().contains(QStringLiteral("succeeded")), qPrintable(shown.join(QLatin1Char('\n'))));
        // The estimate is at the batch price.
        const CellResult *cell = results()->cellAt(0, 0);
        QVERIFY(cell->costUsd);
        QCOMPARE(*cell->costUsd, *estimateCost(QStringLiteral("claude-opus-4-6"), cell->usage, true));
        QVERIFY(*cell->costUsd < *estimateCost(QStringLiteral("claude-opus-4-6"), cell->usage, false));
    }

    void cancelABatchRunKeepsWhatFinished()
    {
        makeTwoVersionsAndFourCases();
        // Eight requests finishing one a second.
        fastBatches(8000);
        view()->runAsBatch();
        QTRY_VERIFY_WITH_TIMEOUT(view()->runner()->batchTotals().succeeded >= 1, 20000);
        trigger(QStringLiteral("cancelEvaluation"));
        waitForRun();
        QCOMPARE(cancelRequests(), 1);
        QCOMPARE(m_setup->server.batchesCreated(), 1);
        int succeeded = 0;
        int canceled = 0;
        for (const EvalRun &run : documents()->runs()) {
            QVERIFY(run.batchIds.isEmpty());
            for (const CellResult &cell : run.cells) {
                succeeded += cell.status == CellResult::Status::Succeeded;
                canceled += cell.status == CellResult::Status::Canceled;
            }
        }
        QVERIFY(succeeded >= 1);
        QVERIFY(canceled >= 1);
        QCOMPARE(succeeded + canceled, 8);
    }

    void closeAndReopenContinuesTheBatch()
    {
        makeTwoVersionsAndFourCases();
        fastBatches(1500);
        QSignalSpy created(view()->runner(), &EvalRunner::batchCreated);
        view()->runAsBatch();
        QVERIFY(created.wait(20000));
        const QString file = path(QStringLiteral("batch.promptwerk"));
        QVERIFY(documents()->saveTo(file));
        // Closing the window leaves the batch at the provider: nothing is canceled.
        QVERIFY(m_window->close());
        m_window.reset();
        QCOMPARE(cancelRequests(), 0);

        m_window = std::make_unique<MainWindow>(m_setup->context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        view()->runner()->setBatchPollIntervals(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(documents()->open(file));
        QTRY_VERIFY(view()->isFilled());
        QCOMPARE(MessageBox::clearNextAnswers(), 0);
        QVERIFY(view()->isRunning());
        waitForRun();
        // The same batch was read: exactly one create.
        QCOMPARE(m_setup->server.batchesCreated(), 1);
        QCOMPARE(m_setup->server.requestCount("/v1/messages"), 0);
        checkFourCasesAnswered();
        for (const EvalRun &run : documents()->runs())
            QVERIFY(run.batchIds.isEmpty());
    }

    void batchOnAServerWithoutBatchesFallsBack()
    {
        makeTwoVersionsAndFourCases();
        FakeBatchSettings noBatches;
        noBatches.openAiBatches = false;
        m_setup->server.setBatchSettings(noBatches);
        child<QComboBox>(m_window.get(), QStringLiteral("engineBox"))->setCurrentText(QStringLiteral("openai"));
        view()->runAsBatch();
        waitForRun();
        QCOMPARE(m_setup->server.batchesCreated(), 0);
        QCOMPARE(m_setup->server.requestCount("/v1/chat/completions"), 8);
        const QString text = child<QLabel>(view(), QStringLiteral("runProgressText"))->text();
        QVERIFY2(text.contains(QStringLiteral("has no batch API")), qPrintable(text));
        for (int row = 0; row < 4; ++row)
            QCOMPARE(results()->cellAt(row, 1)->status, CellResult::Status::Succeeded);
    }

    void resumeAfterAKilledRun_data()
    {
        QTest::addColumn<bool>("resume");
        QTest::newRow("resumed") << true;
        QTest::newRow("declined") << false;
    }

    void resumeAfterAKilledRun()
    {
        QFETCH(bool, resume);
        makeTwoVersionsAndFourCases();
        view()->runAll();
        waitForRun();
        // As a crash would leave it: two cells of the second version never answered.
        PromptDocument killed = documents()->document();
        EvalRun run = killed.runs().at(1);
        run.cells[0] = CellResult {};
        run.cells[0].caseId = cases()->caseAt(0).id;
        run.cells[3] = CellResult {};
        run.cells[3].caseId = cases()->caseAt(3).id;
        killed.putRun(run);
        const QString file = path(QStringLiteral("killed.promptwerk"));
        QString error;
        QVERIFY2(saveDocumentFile(killed, file, &error), qPrintable(error));

        const int before = m_setup->server.requestCount("/v1/messages");
        MessageBox::setNextAnswer(resume ? QMessageBox::Yes : QMessageBox::No);
        QVERIFY(documents()->open(file));
        QTRY_VERIFY(view()->isFilled());
        QCOMPARE(MessageBox::clearNextAnswers(), 0);
        // The resumed run may be over already: the requests tell whether it ran.
        waitForRun();
        QCOMPARE(m_setup->server.requestCount("/v1/messages") - before, resume ? 2 : 0);
        const CellResult *resumed = results()->cellAt(3, 1);
        QVERIFY(resumed);
        QCOMPARE(resumed->status, resume ? CellResult::Status::Succeeded : CellResult::Status::Pending);
        QCOMPARE(results()->cellAt(1, 1)->status, CellResult::Status::Succeeded);
    }

    void runsReachTheAutosave()
    {
        makeTwoVersionsAndFourCases();
        documents()->setAutosaveDelay(10);
        view()->runAll();
        waitForRun();
        const auto saved = [this] {
            const DocumentReadResult read = documents()->autosaveStore().recover(documents()->autosaveKey());
            return read.ok() ? read.document.runs() : QList<EvalRun>();
        };
        QTRY_COMPARE(saved(), documents()->runs());
        QCOMPARE(saved().size(), 2);
        QCOMPARE(saved().at(0).cells.size(), 4);
    }
};

QTEST_MAIN(TestEvaluate)
#include "tst_evaluate.moc"
