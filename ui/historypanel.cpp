#include "historypanel.h"

#include "diffview.h"
#include "documentcontroller.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pw {

namespace {

// Engine, model and usage share the last column: the dock is narrow, and the tooltip has it all.
enum Column { IdColumn, OriginColumn, TimeColumn, MadeByColumn, ColumnCount };

QString originLabel(const Revision &revision)
{
    switch (revision.origin) {
    case Origin::Typed:
        return HistoryPanel::tr("Typed");
    case Origin::Generated:
        return HistoryPanel::tr("Generated");
    case Origin::Improved:
        return HistoryPanel::tr("Improved");
    case Origin::Templatized:
        return HistoryPanel::tr("Templatized");
    case Origin::Imported:
        return HistoryPanel::tr("Imported");
    case Origin::Restored:
        break;
    }
    return HistoryPanel::tr("Restored #%1").arg(revision.restoredFrom);
}

// Standard style icons, so that the origins are told apart without an icon theme.
QIcon originIcon(Origin origin)
{
    QStyle *style = QApplication::style();
    switch (origin) {
    case Origin::Typed:
        return style->standardIcon(QStyle::SP_FileIcon);
    case Origin::Generated:
        return style->standardIcon(QStyle::SP_FileDialogNewFolder);
    case Origin::Improved:
        return style->standardIcon(QStyle::SP_ArrowUp);
    case Origin::Templatized:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    case Origin::Imported:
        return style->standardIcon(QStyle::SP_DialogOpenButton);
    case Origin::Restored:
        break;
    }
    return style->standardIcon(QStyle::SP_BrowserReload);
}

QString usageText(const Usage &usage)
{
    if (usage.inputTokens == 0 && usage.outputTokens == 0)
        return {};
    const QLocale locale;
    return HistoryPanel::tr("%1 in · %2 out").arg(locale.toString(usage.inputTokens), locale.toString(usage.outputTokens));
}

QString madeByText(const Revision &revision)
{
    QStringList parts;
    if (!revision.engine.isEmpty())
        parts.append(revision.engine);
    if (!revision.toolModel.isEmpty() && revision.engine != QLatin1String("local"))
        parts.append(revision.toolModel);
    const QString usage = usageText(revision.usage);
    if (!usage.isEmpty())
        parts.append(usage);
    return parts.join(QStringLiteral(" · "));
}

// Today's revisions by the time alone: the list is narrow.
QString timeText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    const QString clock = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == QDate::currentDate())
        return clock;
    return locale.toString(local.date(), QLocale::NarrowFormat) + u' ' + clock;
}

QString revisionToolTip(const Revision &revision)
{
    const QLocale locale;
    QStringList lines {HistoryPanel::tr("Revision %1: %2, %3")
                           .arg(revision.id)
                           .arg(originLabel(revision), locale.toString(revision.time.toLocalTime(), QLocale::LongFormat))};
    const QString madeBy = madeByText(revision);
    if (!madeBy.isEmpty())
        lines.append(madeBy);
    if (!revision.targetModel.isEmpty())
        lines.append(HistoryPanel::tr("Written for %1").arg(revision.targetModel));
    if (!revision.task.isEmpty())
        lines.append(HistoryPanel::tr("Task: %1").arg(revision.task.left(200)));
    if (!revision.feedback.isEmpty())
        lines.append(HistoryPanel::tr("Feedback: %1").arg(revision.feedback.left(200)));
    if (!revision.note.isEmpty())
        lines.append(revision.note);
    return lines.join(u'\n');
}

} // namespace

HistoryPanel::HistoryPanel(DocumentController *documents, QWidget *parent)
    : QWidget(parent), m_documents(documents), m_list(new QTreeWidget(this)), m_hint(new QLabel(this)),
      m_compare(new QPushButton(tr("&Compare"), this)), m_restore(new QPushButton(tr("Res&tore"), this)),
      m_diff(new DiffView(this))
{
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("#"), tr("Origin"), tr("Time"), tr("Made with")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Revisions"));
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(MadeByColumn, QHeaderView::Stretch);
    // The dock starts narrow: "Made with" is elided to what is left (its
    // tooltip has it whole) rather than the list scrolling sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_hint->setText(tr("Select two revisions to compare them, one to restore it."));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_compare->setToolTip(tr("Show the two selected revisions side by side"));
    m_restore->setToolTip(tr("Make the selected revision the working copy again, as a new revision"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list, 1);
    topLayout->addWidget(m_hint);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_restore);
    topLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    m_diff->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (selectedRevisions().size() == 2)
            compareSelected();
    });
    connect(m_compare, &QPushButton::clicked, this, &HistoryPanel::compareSelected);
    connect(m_restore, &QPushButton::clicked, this, &HistoryPanel::restoreSelected);
    connect(m_documents, &DocumentController::documentChanged, this, &HistoryPanel::refresh);
    refresh();
}

QSize HistoryPanel::sizeHint() const
{
    // Wide enough for the time and "engine · model · tokens" of a tool run.
    return QWidget::sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 64, 0));
}

void HistoryPanel::refresh()
{
    const QList<int> selected = selectedRevisions();
    m_list->clear();
    const QList<Revision> &revisions = m_documents->revisions();
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        const Revision &revision = *it;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(IdColumn, Qt::UserRole, revision.id);
        item->setText(IdColumn, QString::number(revision.id));
        item->setIcon(OriginColumn, originIcon(revision.origin));
        item->setText(OriginColumn, originLabel(revision));
        item->setText(TimeColumn, timeText(revision.time));
        item->setText(MadeByColumn, madeByText(revision));
        const QString toolTip = revisionToolTip(revision);
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, toolTip);
    }
    if (revisions.isEmpty())
        m_diff->hide();
    selectRevisions(selected);
    updateButtons();
}

void HistoryPanel::selectRevisions(const QList<int> &ids)
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (ids.contains(item->data(IdColumn, Qt::UserRole).toInt()))
            item->setSelected(true);
    }
    updateButtons();
}

QList<int> HistoryPanel::selectedRevisions() const
{
    QList<int> ids;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        ids.append(item->data(IdColumn, Qt::UserRole).toInt());
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool HistoryPanel::compareSelected()
{
    const QList<int> ids = selectedRevisions();
    if (ids.size() != 2)
        return false;
    const Revision *older = m_documents->revision(ids.at(0));
    const Revision *newer = m_documents->revision(ids.at(1));
    if (!older || !newer)
        return false;
    m_diff->setPrompts(older->prompt, newer->prompt, tr("Revision %1 · %2").arg(older->id).arg(originLabel(*older)),
        tr("Revision %1 · %2").arg(newer->id).arg(originLabel(*newer)));
    m_diff->show();
    return true;
}

bool HistoryPanel::restoreSelected()
{
    const QList<int> ids = selectedRevisions();
    return ids.size() == 1 && m_documents->restoreRevision(ids.constFirst());
}

void HistoryPanel::updateButtons()
{
    const qsizetype count = m_list->selectedItems().size();
    m_compare->setEnabled(count == 2);
    m_restore->setEnabled(count == 1);
}

} // namespace pw
