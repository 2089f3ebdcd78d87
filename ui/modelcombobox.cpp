#include "modelcombobox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>

namespace pw {

namespace {

// "Claude Opus 5.5" on the left, its id in a quieter colour on the right.
class ModelItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The base paint() asks initStyleOption() for the text again: the
        // display name has to come from there, not from a changed copy of option.
        QStyledItemDelegate::paint(painter, option, index);
        if (index.data(ModelComboBox::DisplayNameRole).toString().isEmpty())
            return;
        const bool selected = option.state & QStyle::State_Selected;
        QColor idColor = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        idColor.setAlphaF(0.6);
        painter->save();
        painter->setPen(idColor);
        const QRect box = option.rect.adjusted(0, 0, -8, 0);
        painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, index.data().toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QString name = index.data(ModelComboBox::DisplayNameRole).toString();
        if (!name.isEmpty())
            size.setWidth(option.fontMetrics.horizontalAdvance(name + QStringLiteral("      ") + index.data().toString()) + 24);
        return size;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString name = index.data(ModelComboBox::DisplayNameRole).toString();
        if (!name.isEmpty())
            option->text = name;
    }
};

} // namespace

ModelComboBox::ModelComboBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setItemDelegate(new ModelItemDelegate(this));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

void ModelComboBox::setModels(const QList<ModelInfo> &models)
{
    const QString current = modelId();
    const QSignalBlocker blocker(this);
    clear();
    for (const ModelInfo &model : models) {
        addItem(model.id);
        setItemData(count() - 1, model.displayName, DisplayNameRole);
        setItemData(count() - 1, model.displayName.isEmpty() ? model.id : model.displayName, Qt::ToolTipRole);
    }
    view()->setMinimumWidth(view()->sizeHintForColumn(0));
    setModelId(current);
}

QString ModelComboBox::modelId() const
{
    return currentText().trimmed();
}

void ModelComboBox::setModelId(const QString &id)
{
    const int index = findText(id);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(id);
}

} // namespace pw
