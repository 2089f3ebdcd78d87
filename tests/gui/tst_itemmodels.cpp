// The item models behind the docks (variables, findings, history): Qt's
// QAbstractItemModelTester watches every change for broken model contracts,
// and the rows say what the views show.

#include "documentcontroller.h"
#include "findingsmodel.h"
#include "historymodel.h"
#include "promptworkspace.h"
#include "variablesmodel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pw;

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void variablesFollowTheWorkspace()
    {
        PromptWorkspace workspace;
        workspace.reset(
            Prompt {{}, {Message::user(QStringLiteral("{{A}} {{B}} {{A}}"))}}, {{QStringLiteral("A"), QStringLiteral("1")}});
        VariablesModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVariables({QStringLiteral("A"), QStringLiteral("B")}, {2, 1});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, VariablesModel::ValueColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, VariablesModel::UsesColumn).data().toInt(), 2);
        QVERIFY(!(model.flags(model.index(0, VariablesModel::NameColumn)) & Qt::ItemIsEditable));

        // Same names: the rows stay (an open editor survives), the numbers change.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setVariables({QStringLiteral("A"), QStringLiteral("B")}, {3, 1});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, VariablesModel::UsesColumn).data().toInt(), 3);

        // A value set in the table is one undoable step; undo shows in the table.
        QVERIFY(model.setData(model.index(1, VariablesModel::ValueColumn), QStringLiteral("two\nlines")));
        QCOMPARE(workspace.values().value(QStringLiteral("B")), QStringLiteral("two\nlines"));
        workspace.undoStack()->undo();
        QVERIFY(model.index(1, VariablesModel::ValueColumn).data().toString().isEmpty());
        // Clearing a value that was never set is no step at all.
        QVERIFY(!model.setData(model.index(1, VariablesModel::ValueColumn), QString()));
        QCOMPARE(workspace.undoStack()->index(), 0);

        model.setVariables({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void findingsSayWhereAndSayNothingFound()
    {
        PromptWorkspace workspace;
        workspace.reset(Prompt {QStringLiteral("line one\nline two"), {Message::user(QStringLiteral("hi"))}});
        FindingsModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, FindingsModel::MessageColumn).data().toString(), QStringLiteral("No problems found."));
        QCOMPARE(model.flags(model.index(0, 0)), Qt::NoItemFlags);
        QVERIFY(!model.finding(0));

        Location second = Location::system(9);
        model.setFindings({{Severity::Warning, second, QStringLiteral("look here"), QStringLiteral("code")},
            {Severity::Error, Location::prompt(), QStringLiteral("and here"), QStringLiteral("other")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FindingsModel::PlaceColumn).data().toString(), QStringLiteral("System, line 2"));
        QCOMPARE(model.index(1, FindingsModel::PlaceColumn).data().toString(), QStringLiteral("Prompt"));
        QVERIFY(!model.index(0, FindingsModel::MessageColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.finding(1)->code, QStringLiteral("other"));
    }

    // A thousand revisions: rows newest first, ids in Qt::UserRole.
    void historyListsRevisionsNewestFirst()
    {
        QTemporaryDir directory;
        QSettings settings(directory.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        PromptWorkspace workspace;
        DocumentController documents(&workspace, &settings);
        documents.setAutosaveDirectory(directory.filePath(QStringLiteral("autosave")));
        HistoryModel model(&documents);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        for (int i = 0; i < 1000; ++i) {
            Revision revision;
            revision.prompt = Prompt {{}, {Message::user(QString::number(i))}};
            revision.origin = i % 2 ? Origin::Improved : Origin::Templatized;
            revision.engine = QStringLiteral("engine");
            revision.toolModel = QStringLiteral("model");
            revision.usage.inputTokens = i;
            revision.usage.outputTokens = 1;
            documents.recordToolResult(revision);
            workspace.applyPrompt(revision.prompt, {}, QStringLiteral("step"));
        }
        const QList<Revision> &revisions = documents.revisions();
        QVERIFY(revisions.size() >= 1000);
        QCOMPARE(model.rowCount(), int(revisions.size()));
        const int newest = revisions.constLast().id;
        QCOMPARE(model.index(0, HistoryModel::IdColumn).data(Qt::UserRole).toInt(), newest);
        QCOMPARE(model.index(model.rowCount() - 1, HistoryModel::IdColumn).data().toString(),
            QString::number(revisions.constFirst().id));
        QCOMPARE(model.rowOf(newest), 0);
        QCOMPARE(model.revisionAt(model.rowCount() - 1)->id, revisions.constFirst().id);
        QCOMPARE(model.index(0, HistoryModel::OriginColumn).data().toString(), QStringLiteral("Improved"));
        QVERIFY(model.index(0, HistoryModel::MadeByColumn).data().toString().startsWith(QStringLiteral("engine · model")));
        QVERIFY(model.index(0, HistoryModel::TimeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Revision %1").arg(newest)));
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
