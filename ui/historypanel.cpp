#include "historypanel.h"

#include "diffview.h"
#include "documentcontroller.h"
#include "historymodel.h"
#include "prompttext.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace pw {

namespace {

// Long enough not to compare between two keystrokes.
constexpr int currentPromptDelayMs = 400;

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent), m_list(new QTreeView(this)), m_hint(new QLabel(this)),
      m_compareCurrent(new QPushButton(tr("Compare with Current"), this)), m_compare(new QPushButton(tr("&Compare"), this)),
      m_restore(new QPushButton(tr("Rest&ore"), this)), m_viewBox(new QWidget(this)), m_viewTitle(new QLabel(m_viewBox)),
      m_close(new QToolButton(m_viewBox)), m_preview(new QPlainTextEdit(m_viewBox)), m_diff(new DiffView(m_viewBox))
{
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setAccessibleName(tr("Revisions"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_hint->setText(tr("Select a revision to see it, two to compare them."));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_compareCurrent->setObjectName(QStringLiteral("compareWithCurrent"));
    m_compareCurrent->setToolTip(tr("Show the selected revision beside the prompt as it is now"));
    m_compare->setToolTip(tr("Show the two selected revisions side by side"));
    m_restore->setToolTip(tr("Make the selected revision the working copy again, as a new revision"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list, 1);
    topLayout->addWidget(m_hint);
    // Three buttons do not fit beside each other in a narrow dock: they wrap into two rows.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_compareCurrent, 0, 0, 1, 2);
    buttons->addWidget(m_compare, 1, 0);
    buttons->addWidget(m_restore, 1, 1);
    topLayout->addLayout(buttons);

    // What made a revision, in full (the list has no room for it), with the preview or comparison below.
    m_viewBox->setObjectName(QStringLiteral("revisionView"));
    m_viewTitle->setObjectName(QStringLiteral("revisionViewTitle"));
    m_viewTitle->setWordWrap(true);
    m_viewTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("closeRevisionView"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close the preview"));
    m_preview->setObjectName(QStringLiteral("revisionPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Revision preview"));
    m_diff->setObjectName(QStringLiteral("revisionDiff"));
    auto *viewLayout = new QVBoxLayout(m_viewBox);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_viewTitle, 1);
    titleRow->addWidget(m_close, 0, Qt::AlignTop);
    viewLayout->addLayout(titleRow);
    viewLayout->addWidget(m_preview, 1);
    viewLayout->addWidget(m_diff, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_viewBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    m_viewBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    m_currentChanged.setSingleShot(true);
    m_currentChanged.setInterval(currentPromptDelayMs);
    connect(&m_currentChanged, &QTimer::timeout, this, [this] {
        if (m_view == View::CompareWithCurrent)
            refresh();
    });
    connect(m_list, &QTreeView::doubleClicked, this, [this] {
        if (selectedRevisions().size() == 2)
            compareSelected();
    });
    connect(m_compareCurrent, &QPushButton::clicked, this, &HistoryPanel::compareWithCurrent);
    connect(m_compare, &QPushButton::clicked, this, &HistoryPanel::compareSelected);
    connect(m_restore, &QPushButton::clicked, this, &HistoryPanel::restoreSelected);
    connect(m_close, &QToolButton::clicked, this, &HistoryPanel::closeView);
    updateButtons();
}

void HistoryPanel::setHistoryModel(HistoryModel *model)
{
    if (m_model) {
        m_model->disconnect(this);
        m_model->documents()->disconnect(this);
    }
    m_model = model;
    m_list->setModel(model);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Made with is shown whole above the preview: in the narrow list it could only be cut off.
    m_list->setColumnHidden(HistoryModel::MadeByColumn, true);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_selected = selectedRevisions();
        updateButtons();
        if (m_selected.size() == 1 && !m_reselecting)
            showView(View::Preview, m_selected);
    });
    // A reset forgets the selection (quietly); by then the rows hold other
    // revisions. What shows below stays what it was, with the new state.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_reselecting = true;
        selectRevisions(m_selected);
        m_reselecting = false;
        refresh();
    });
    connect(model->documents(), &DocumentController::workingCopyChanged, &m_currentChanged, qOverload<>(&QTimer::start));
    closeView();
    updateButtons();
}

QSize HistoryPanel::sizeHint() const
{
    // Wide enough for the number, origin and time of a revision.
    return QWidget::sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 40, 0));
}

void HistoryPanel::selectRevisions(const QList<int> &ids)
{
    if (!m_model)
        return;
    QItemSelection selection;
    for (int id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, HistoryModel::ColumnCount - 1));
    }
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    updateButtons();
}

QList<int> HistoryPanel::selectedRevisions() const
{
    QList<int> ids;
    if (!m_model)
        return ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        ids.append(index.data(Qt::UserRole).toInt());
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool HistoryPanel::compareSelected()
{
    const QList<int> ids = selectedRevisions();
    if (ids.size() != 2)
        return false;
    showView(View::Compare, ids);
    return m_view == View::Compare;
}

bool HistoryPanel::compareWithCurrent()
{
    const QList<int> ids = selectedRevisions();
    if (ids.size() != 1)
        return false;
    showView(View::CompareWithCurrent, ids);
    return m_view == View::CompareWithCurrent;
}

bool HistoryPanel::restoreSelected()
{
    const QList<int> ids = selectedRevisions();
    return m_restoreAllowed && ids.size() == 1 && m_model->documents()->restoreRevision(ids.constFirst());
}

void HistoryPanel::setRestoreAllowed(bool allowed)
{
    m_restoreAllowed = allowed;
    updateButtons();
}

void HistoryPanel::closeView()
{
    m_view = View::None;
    m_viewIds.clear();
    m_viewBox->hide();
}

QString HistoryPanel::viewTitle() const
{
    return m_viewBox->isHidden() ? QString() : m_viewTitle->text();
}

QString HistoryPanel::previewText() const
{
    return m_view == View::Preview ? m_preview->toPlainText() : QString();
}

void HistoryPanel::showView(View view, const QList<int> &ids)
{
    QList<const Revision *> revisions;
    for (int id : ids)
        revisions.append(m_model ? m_model->documents()->revision(id) : nullptr);
    // A new document, or one opened: the revisions shown are gone.
    if (view == View::None || revisions.isEmpty() || revisions.contains(nullptr)) {
        closeView();
        return;
    }
    m_view = view;
    m_viewIds = ids;
    const Revision &first = *revisions.constFirst();
    const QString firstTitle = tr("Revision %1 · %2").arg(first.id).arg(HistoryModel::originLabel(first));
    switch (view) {
    case View::Preview:
        m_viewTitle->setText(HistoryModel::detailsText(first));
        m_preview->setPlainText(promptAsText(first.prompt));
        break;
    case View::CompareWithCurrent:
        m_viewTitle->setText(tr("Revision %1 and the current prompt").arg(first.id));
        m_diff->setPrompts(first.prompt, m_model->documents()->document().prompt(), firstTitle, tr("Current prompt"));
        break;
    case View::Compare: {
        const Revision &second = *revisions.constLast();
        m_viewTitle->setText(tr("Revision %1 and revision %2").arg(first.id).arg(second.id));
        m_diff->setPrompts(first.prompt, second.prompt, firstTitle,
            tr("Revision %1 · %2").arg(second.id).arg(HistoryModel::originLabel(second)));
        break;
    }
    case View::None:
        break;
    }
    m_preview->setVisible(view == View::Preview);
    m_diff->setVisible(view != View::Preview);
    m_viewBox->show();
}

void HistoryPanel::refresh()
{
    showView(m_view, m_viewIds);
}

void HistoryPanel::updateButtons()
{
    const qsizetype count = selectedRevisions().size();
    m_compareCurrent->setEnabled(count == 1);
    m_compare->setEnabled(count == 2);
    m_restore->setEnabled(m_restoreAllowed && count == 1);
}

} // namespace pw
