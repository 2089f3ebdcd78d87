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
        const QString name = index.data(ModelComboBox::DisplayNameRole).toString();
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (name.isEmpty()) {
            QStyledItemDelegate::paint(painter, opt, index);
            return;
        }
        const QString id = opt.text;
        opt.text = name;
        QStyledItemDelegate::paint(painter, opt, index);

        const bool selected = opt.state & QStyle::State_Selected;
        QColor idColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        idColor.setAlphaF(0.6);
        painter->save();
        painter->setPen(idColor);
        const QRect box = opt.rect.adjusted(0, 0, -8, 0);
        painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, id);
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
