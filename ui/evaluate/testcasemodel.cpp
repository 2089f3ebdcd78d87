#include "testcasemodel.h"

#include "promptworkspace.h"

#include "document/promptdocument.h"
#include "eval/casefiles.h"
#include "eval/graders.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace pw {

namespace {

// Cells show one line: line breaks as a visible mark, so nothing hides below.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QChar(0x23CE));
    return line;
}

QList<int> sortedUnique(QList<int> rows, int count)
{
    rows.erase(std::remove_if(rows.begin(), rows.end(), [count](int row) { return row < 0 || row >= count; }), rows.end());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace

QString assertionText(const Assertion &assertion)
{
    if (const std::optional<QString> cell = assertionToCsvCell(assertion))
        return *cell;
    return assertion.type + QStringLiteral(" …");
}

TestCaseModel::TestCaseModel(PromptWorkspace *workspace, QObject *parent) : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &PromptWorkspace::valuesChanged, this, &TestCaseModel::takeWorkspaceValues);
}

void TestCaseModel::setVariables(const QStringList &names)
{
    if (names == m_variables)
        return;
    beginResetModel();
    m_variables = names;
    endResetModel();
}

void TestCaseModel::resetCases(const TestSuite &cases, const QStringList &variables)
{
    beginResetModel();
    m_cases = cases;
    m_variables = variables;
    endResetModel();
}

// --- undoable steps -----------------------------------------------------------

void TestCaseModel::push(const QString &description, std::function<void()> redo, std::function<void()> undo)
{
    m_workspace->pushStep(description, std::move(redo), std::move(undo));
}

void TestCaseModel::insertCases(int row, const TestSuite &cases, const QString &description)
{
    if (cases.isEmpty())
        return;
    row = std::clamp(row, 0, int(m_cases.size()));
    // Ids are chosen once, so that redo brings back the same cases.
    PromptDocument ids;
    ids.setTestCases(m_cases);
    TestSuite added;
    for (TestCase testCase : cases) {
        testCase.id = ids.newTestCaseId();
        TestSuite all = ids.testCases();
        all.append(testCase);
        ids.setTestCases(all);
        added.append(testCase);
    }
    const int count = int(added.size());
    push(
        description, [this, row, added] { storeInsert(row, added); },
        [this, row, count] {
            QList<int> rows;
            for (int i = 0; i < count; ++i)
                rows.append(row + i);
            storeRemove(rows);
        });
}

void TestCaseModel::addCase(int row)
{
    insertCases(row, {TestCase {}}, tr("Add Test Case"));
}

void TestCaseModel::duplicateRows(const QList<int> &rows)
{
    const QList<int> sorted = sortedUnique(rows, int(m_cases.size()));
    if (sorted.isEmpty())
        return;
    TestSuite copies;
    for (int row : sorted)
        copies.append(m_cases.at(row));
    insertCases(sorted.last() + 1, copies, tr("Duplicate Test Cases", nullptr, int(copies.size())));
}

void TestCaseModel::removeCaseRows(const QList<int> &rows)
{
    const QList<int> sorted = sortedUnique(rows, int(m_cases.size()));
    if (sorted.isEmpty())
        return;
    QList<std::pair<int, TestCase>> removed;
    for (int row : sorted)
        removed.append({row, m_cases.at(row)});
    push(
        tr("Delete Test Cases", nullptr, int(sorted.size())), [this, sorted] { storeRemove(sorted); },
        [this, removed] {
            for (const auto &[row, testCase] : removed)
                storeInsert(row, {testCase});
        });
}

void TestCaseModel::moveCase(int from, int to)
{
    if (from < 0 || from >= m_cases.size() || to < 0 || to >= m_cases.size() || from == to)
        return;
    push(
        tr("Move Test Case"), [this, from, to] { storeMove(from, to); }, [this, from, to] { storeMove(to, from); });
}

void TestCaseModel::setCase(int row, const TestCase &testCase, const QString &description)
{
    if (row < 0 || row >= m_cases.size() || m_cases.at(row) == testCase)
        return;
    const TestCase before = m_cases.at(row);
    push(
        description, [this, row, testCase] { storeCase(row, testCase); }, [this, row, before] { storeCase(row, before); });
}

void TestCaseModel::storeInsert(int row, const TestSuite &cases)
{
    beginInsertRows({}, row, row + int(cases.size()) - 1);
    for (int i = 0; i < cases.size(); ++i)
        m_cases.insert(row + i, cases.at(i));
    endInsertRows();
    changed();
}

void TestCaseModel::storeRemove(const QList<int> &ascendingRows)
{
    for (auto it = ascendingRows.crbegin(); it != ascendingRows.crend(); ++it) {
        beginRemoveRows({}, *it, *it);
        m_cases.removeAt(*it);
        endRemoveRows();
    }
    changed();
}

void TestCaseModel::storeMove(int from, int to)
{
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_cases.move(from, to);
    endMoveRows();
    changed();
}

void TestCaseModel::storeCase(int row, const TestCase &testCase)
{
    m_cases[row] = testCase;
    emit dataChanged(index(row, 0), index(row, descriptionColumn()));
    changed();
}

void TestCaseModel::changed()
{
    // The first case holds the test values; the workspace's undo step is the one being done.
    m_workspace->replaceValues(m_cases.isEmpty() ? VariableValues() : m_cases.constFirst().vars);
    emit casesEdited();
}

void TestCaseModel::takeWorkspaceValues()
{
    const VariableValues &values = m_workspace->values();
    if (m_cases.isEmpty()) {
        if (values.isEmpty())
            return;
        // As the document does: test values make the first case.
        PromptDocument ids;
        TestCase first;
        first.id = ids.newTestCaseId();
        first.vars = values;
        beginInsertRows({}, 0, 0);
        m_cases.append(first);
        endInsertRows();
        return;
    }
    if (m_cases.constFirst().vars == values)
        return;
    m_cases.first().vars = values;
    emit dataChanged(index(0, 0), index(0, descriptionColumn()));
}

// --- the table ----------------------------------------------------------------

int TestCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int TestCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : descriptionColumn() + 1;
}

QVariant TestCaseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size())
        return {};
    const TestCase &testCase = m_cases.at(index.row());
    const int column = index.column();
    if (column < idealColumn()) {
        const QString &name = m_variables.at(column);
        const auto it = testCase.vars.constFind(name);
        if (role == Qt::DisplayRole)
            return it == testCase.vars.constEnd() ? QString() : oneLine(*it);
        if (role == Qt::EditRole || role == Qt::ToolTipRole)
            return it == testCase.vars.constEnd() ? QString() : *it;
        return {};
    }
    if (column == idealColumn()) {
        if (role == Qt::DisplayRole)
            return oneLine(testCase.idealOutput);
        if (role == Qt::EditRole || role == Qt::ToolTipRole)
            return testCase.idealOutput;
        return {};
    }
    if (column == assertionsColumn()) {
        QStringList texts;
        QStringList problems;
        for (const Assertion &assertion : testCase.assertions) {
            texts.append(assertionText(assertion));
            if (const std::optional<QString> problem = assertionProblem(assertion))
                problems.append(QStringLiteral("%1: %2").arg(assertion.type, *problem));
        }
        if (role == Qt::DisplayRole)
            return texts.join(QStringLiteral(" · "));
        if (role == Qt::ToolTipRole) {
            QString tip = texts.join(QLatin1Char('\n'));
            if (!problems.isEmpty())
                tip += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
            return tip.isEmpty() ? tr("No assertions. Press Enter to add some.") : tip;
        }
        if (role == Qt::ForegroundRole && !problems.isEmpty())
            return QColor(0xda, 0x44, 0x53);
        return {};
    }
    if (role == Qt::DisplayRole)
        return oneLine(testCase.description);
    if (role == Qt::EditRole || role == Qt::ToolTipRole)
        return testCase.description;
    return {};
}

bool TestCaseModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_cases.size() || index.column() == assertionsColumn())
        return false;
    TestCase edited = m_cases.at(index.row());
    const QString text = value.toString();
    QString description;
    if (index.column() < idealColumn()) {
        edited.vars.insert(m_variables.at(index.column()), text);
        description = tr("Edit Value of %1").arg(m_variables.at(index.column()));
    } else if (index.column() == idealColumn()) {
        edited.idealOutput = text;
        description = tr("Edit Ideal Output");
    } else {
        edited.description = text;
        description = tr("Edit Case Description");
    }
    setCase(index.row(), edited, description);
    return true;
}

QVariant TestCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < idealColumn())
        return m_variables.at(section);
    if (section == idealColumn())
        return tr("Ideal output");
    if (section == assertionsColumn())
        return tr("Assertions");
    return tr("Description");
}

Qt::ItemFlags TestCaseModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != assertionsColumn())
        flags |= Qt::ItemIsEditable;
    return flags;
}

// --- pasting ------------------------------------------------------------------

namespace {

// Rows of cells as spreadsheets put them on the clipboard.
QList<QStringList> tabSeparatedRows(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool cellStart = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (cellStart && c == QLatin1Char('"')) {
            // A quoted cell: up to the quote that is not doubled.
            ++i;
            while (i < n) {
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        cell += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text.at(i++);
            }
            cellStart = false;
            continue;
        }
        cellStart = false;
        if (c == QLatin1Char('\t')) {
            row.append(cell);
            cell.clear();
            cellStart = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            cellStart = true;
        } else {
            cell += c;
        }
        ++i;
    }
    if (!cellStart || !cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    // Blank lines carry no case.
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                   [](const QStringList &cells) {
                       return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
                   }),
        rows.end());
    return rows;
}

enum class PasteField { Variable, Ideal, Assertions, Description, Ignored };

struct PasteColumn
{
    PasteField field = PasteField::Ignored;
    QString variable;
};

std::optional<PasteColumn> headerColumn(const QString &cell, const QStringList &variables)
{
    const QString name = cell.trimmed();
    if (variables.contains(name))
        return PasteColumn {PasteField::Variable, name};
    const QString lower = name.toLower();
    if (lower == QLatin1String("__ideal") || lower == QLatin1String("ideal output") || lower == QLatin1String("ideal")
        || lower == TestCaseModel::tr("Ideal output").toLower())
        return PasteColumn {PasteField::Ideal, {}};
    if (lower.startsWith(QLatin1String("__expected")) || lower == QLatin1String("assertions")
        || lower == TestCaseModel::tr("Assertions").toLower())
        return PasteColumn {PasteField::Assertions, {}};
    if (lower == QLatin1String("__description") || lower == QLatin1String("description")
        || lower == TestCaseModel::tr("Description").toLower())
        return PasteColumn {PasteField::Description, {}};
    return std::nullopt;
}

} // namespace

std::optional<TestSuite> casesFromTabSeparated(const QString &text, const QStringList &variables, QString *error)
{
    QList<QStringList> rows = tabSeparatedRows(text);
    QList<PasteColumn> columns;
    int firstDataRow = 0;
    if (!rows.isEmpty()) {
        QList<PasteColumn> named;
        bool isHeader = true;
        bool namesVariable = false;
        for (const QString &cell : rows.constFirst()) {
            const std::optional<PasteColumn> column = headerColumn(cell, variables);
            if (!column && !cell.trimmed().isEmpty()) {
                isHeader = false;
                break;
            }
            named.append(column.value_or(PasteColumn {}));
            namesVariable = namesVariable || (column && column->field == PasteField::Variable);
        }
        if (isHeader && namesVariable) {
            columns = named;
            firstDataRow = 1;
        }
    }
    if (firstDataRow == 0) {
        for (const QString &name : variables)
            columns.append({PasteField::Variable, name});
        columns.append({PasteField::Ideal, {}});
        columns.append({PasteField::Assertions, {}});
        columns.append({PasteField::Description, {}});
    }
    TestSuite cases;
    for (int r = firstDataRow; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        if (cells.size() > columns.size()) {
            *error = TestCaseModel::tr("Row %1 has %2 cells, but the table has only %3 columns.")
                         .arg(r + 1)
                         .arg(cells.size())
                         .arg(columns.size());
            return std::nullopt;
        }
        TestCase testCase;
        for (int c = 0; c < cells.size(); ++c) {
            const QString &cell = cells.at(c);
            const PasteColumn &column = columns.at(c);
            switch (column.field) {
            case PasteField::Variable:
                testCase.vars.insert(column.variable, cell);
                break;
            case PasteField::Ideal:
                testCase.idealOutput = cell;
                break;
            case PasteField::Description:
                testCase.description = cell;
                break;
            case PasteField::Assertions:
                for (const QString &line : cell.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                    QString problem;
                    const std::optional<Assertion> assertion = assertionFromCsvCell(line.trimmed(), &problem);
                    if (!assertion) {
                        *error = TestCaseModel::tr("Row %1, column %2: %3").arg(r + 1).arg(c + 1).arg(problem);
                        return std::nullopt;
                    }
                    testCase.assertions.append(*assertion);
                }
                break;
            case PasteField::Ignored:
                break;
            }
        }
        cases.append(testCase);
    }
    if (cases.isEmpty()) {
        *error = TestCaseModel::tr("The clipboard holds no rows of cells.");
        return std::nullopt;
    }
    return cases;
}

} // namespace pw
