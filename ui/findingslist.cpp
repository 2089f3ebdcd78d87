#include "findingslist.h"

#include "findingsmodel.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace pw {

namespace {

// A long finding wraps onto more lines of its row instead of being cut off.
// QTreeView asks the delegate for a row's height without the column's
// width, so the delegate takes it from the header.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The places keep their width (the column fits them); only the findings wrap.
        if (index.column() != FindingsModel::MessageColumn)
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem sized = option;
        sized.rect = QRect(0, 0, m_view->header()->sectionSize(index.column()), option.fontMetrics.height());
        return QStyledItemDelegate::sizeHint(sized, index);
    }

private:
    QTreeView *m_view;
};

} // namespace

FindingsList::FindingsList(QWidget *parent) : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(false);
    setWordWrap(true);
    setItemDelegate(new WrappingDelegate(this));
    // A narrower column wraps onto more lines: the rows' heights follow.
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
    setAccessibleName(tr("Prompt checks"));
    connect(this, &QTreeView::activated, this, &FindingsList::activate);
    connect(this, &QTreeView::clicked, this, &FindingsList::activate);
}

void FindingsList::setFindingsModel(FindingsModel *model)
{
    setModel(model);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(FindingsModel::PlaceColumn, QHeaderView::ResizeToContents);
}

void FindingsList::activate(const QModelIndex &index)
{
    const auto *findings = qobject_cast<const FindingsModel *>(model());
    if (const Diagnostic *finding = findings ? findings->finding(index.row()) : nullptr)
        emit findingActivated(*finding);
}

} // namespace pw
