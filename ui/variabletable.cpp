#include "variabletable.h"

#include "displaytext.h"
#include "variablesmodel.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QStyledItemDelegate>
#include <QTextCursor>

namespace pw {

namespace {

// Values may hold several lines: shown on one line with ⏎ marks, edited in
// a small multi-line editor (Tab or a click elsewhere commits, Esc reverts).
class ValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The next editor starts with its text selected, so the key that opened it replaces the value.
    mutable bool replaceNextValue = false;

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        return oneLineText(QStyledItemDelegate::displayText(value, locale));
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
        auto *text = static_cast<QPlainTextEdit *>(editor);
        text->setPlainText(index.data(Qt::EditRole).toString());
        if (replaceNextValue)
            text->selectAll();
        else
            text->moveCursor(QTextCursor::End);
        replaceNextValue = false;
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

VariableTable::VariableTable(QWidget *parent) : QTableView(parent)
{
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setItemDelegateForColumn(VariablesModel::ValueColumn, new ValueDelegate(this));
    // Arrows move inside the table; Tab leaves it, as from any other field.
    setTabKeyNavigation(false);
    setWordWrap(false);
    setAccessibleName(tr("Variables"));
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != VariablesModel::ValueColumn)
            emit variableActivated(index.siblingAtColumn(VariablesModel::NameColumn).data().toString());
    });
}

bool VariableTable::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    // Typing on a value replaces it, as in a spreadsheet; F2 and a double-click edit it.
    if (auto *delegate = dynamic_cast<ValueDelegate *>(itemDelegateForIndex(index)))
        delegate->replaceNextValue = trigger == AnyKeyPressed;
    return QTableView::edit(index, trigger, event);
}

void VariableTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Tab out of a value leaves the table instead of landing on the read-only Uses column.
    if (hint == QAbstractItemDelegate::EditNextItem || hint == QAbstractItemDelegate::EditPreviousItem) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        if (hint == QAbstractItemDelegate::EditNextItem)
            focusNextChild();
        else
            focusPreviousChild();
        return;
    }
    QTableView::closeEditor(editor, hint);
}

void VariableTable::setVariablesModel(VariablesModel *model)
{
    setModel(model);
    horizontalHeader()->setSectionResizeMode(VariablesModel::NameColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(VariablesModel::ValueColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(VariablesModel::UsesColumn, QHeaderView::ResizeToContents);
}

} // namespace pw
