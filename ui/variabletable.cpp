#include "variabletable.h"

#include "promptworkspace.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QStyledItemDelegate>

namespace pw {

namespace {

// Values may hold several lines: shown on one line with ⏎ marks, edited in
// a small multi-line editor (Tab or a click elsewhere commits, Esc reverts).
class ValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        QString text = QStyledItemDelegate::displayText(value, locale);
        text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        return text;
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *editor = new QPlainTextEdit(parent);
        editor->setTabChangesFocus(true);
        editor->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QPlainTextEdit *>(editor)->setPlainText(index.data(Qt::EditRole).toString());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QPlainTextEdit *>(editor)->toPlainText(), Qt::EditRole);
    }

    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        // Room for a few lines, over the rows below.
        QRect rect = option.rect;
        rect.setHeight(qMax(rect.height(), option.fontMetrics.lineSpacing() * 4 + 10));
        editor->setGeometry(rect);
    }
};

} // namespace

VariableTable::VariableTable(PromptWorkspace *workspace, QWidget *parent) : QTableWidget(0, 3, parent), m_workspace(workspace)
{
    setHorizontalHeaderLabels({tr("Variable"), tr("Test value"), tr("Uses")});
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(UsesColumn, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setItemDelegateForColumn(ValueColumn, new ValueDelegate(this));
    setWordWrap(false);
    setAccessibleName(tr("Variables"));

    connect(this, &QTableWidget::itemChanged, this, &VariableTable::onItemChanged);
    connect(this, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *item) {
        if (item->column() != ValueColumn)
            emit variableActivated(m_names.value(item->row()));
    });
    connect(workspace, &PromptWorkspace::valuesChanged, this, &VariableTable::refreshValues);
}

void VariableTable::setVariables(const QStringList &names, const QList<int> &uses)
{
    const bool sameNames = names == m_names;
    m_filling = true;
    if (!sameNames) {
        m_names = names;
        setRowCount(int(names.size()));
        for (int row = 0; row < names.size(); ++row) {
            auto *name = new QTableWidgetItem(names.at(row));
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            name->setToolTip(tr("Double-click to find {{%1}} in the prompt").arg(names.at(row)));
            setItem(row, NameColumn, name);
            setItem(row, ValueColumn, new QTableWidgetItem);
            auto *count = new QTableWidgetItem;
            count->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, UsesColumn, count);
        }
    }
    for (int row = 0; row < names.size(); ++row)
        item(row, UsesColumn)->setData(Qt::DisplayRole, uses.value(row));
    m_filling = false;
    refreshValues();
}

void VariableTable::refreshValues()
{
    m_filling = true;
    const VariableValues &values = m_workspace->values();
    for (int row = 0; row < m_names.size(); ++row) {
        QTableWidgetItem *value = item(row, ValueColumn);
        const auto it = values.constFind(m_names.at(row));
        const bool has = it != values.constEnd();
        value->setData(Qt::EditRole, has ? *it : QString());
        value->setToolTip(has ? *it : tr("No test value yet: double-click to enter one"));
    }
    m_filling = false;
}

void VariableTable::onItemChanged(QTableWidgetItem *changed)
{
    if (m_filling || changed->column() != ValueColumn || changed->row() >= m_names.size())
        return;
    const QString &name = m_names.at(changed->row());
    const QString value = changed->data(Qt::EditRole).toString();
    if (value.isEmpty() && !m_workspace->values().contains(name))
        return;
    m_workspace->setValue(name, value);
}

} // namespace pw
