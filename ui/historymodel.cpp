#include "historymodel.h"

#include "documentcontroller.h"

#include "tools/engineregistry.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace pw {

namespace {

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
    case Origin::Optimized:
        return style->standardIcon(QStyle::SP_MediaSeekForward);
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
    return HistoryModel::tr("%1 in · %2 out").arg(locale.toString(usage.inputTokens), locale.toString(usage.outputTokens));
}

QString madeByText(const Revision &revision)
{
    QStringList parts;
    if (!revision.engine.isEmpty())
        parts.append(revision.engine);
    const EngineInfo *engine = findEngine(revision.engine);
    if (!revision.toolModel.isEmpty() && !(engine && engine->runsOffline()))
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

QString suiteScoreText(const SuiteScore &score)
{
    return HistoryModel::tr("%1 % passed (%2 of %3), mean score %4")
        .arg(qRound(score.total > 0 ? 100.0 * score.passed / score.total : 0.0))
        .arg(score.passed)
        .arg(score.total)
        .arg(score.score, 0, 'f', 2);
}

QString revisionToolTip(const Revision &revision)
{
    const QLocale locale;
    QStringList lines {
        HistoryModel::tr("Revision %1: %2, %3")
            .arg(revision.id)
            .arg(HistoryModel::originLabel(revision), locale.toString(revision.time.toLocalTime(), QLocale::LongFormat))};
    const QString madeBy = madeByText(revision);
    if (!madeBy.isEmpty())
        lines.append(madeBy);
    if (!revision.targetModel.isEmpty())
        lines.append(HistoryModel::tr("Written for %1").arg(revision.targetModel));
    if (!revision.task.isEmpty())
        lines.append(HistoryModel::tr("Task: %1").arg(revision.task.left(200)));
    if (!revision.feedback.isEmpty())
        lines.append(HistoryModel::tr("Feedback: %1").arg(revision.feedback.left(200)));
    if (revision.scores) {
        lines.append(HistoryModel::tr("Round %1, candidate %2").arg(revision.scores->round).arg(revision.scores->candidate));
        lines.append(HistoryModel::tr("Training cases: %1").arg(suiteScoreText(revision.scores->training)));
        if (revision.scores->heldOut)
            lines.append(HistoryModel::tr("Held-out cases: %1").arg(suiteScoreText(*revision.scores->heldOut)));
    }
    if (!revision.note.isEmpty())
        lines.append(revision.note);
    return lines.join(u'\n');
}

} // namespace

HistoryModel::HistoryModel(DocumentController *documents, QObject *parent) : QAbstractTableModel(parent), m_documents(documents)
{
    // A new revision or a new document: the list is rebuilt, the views keep their selection by id.
    connect(documents, &DocumentController::documentChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

QString HistoryModel::originLabel(const Revision &revision)
{
    switch (revision.origin) {
    case Origin::Typed:
        return tr("Typed");
    case Origin::Generated:
        return tr("Generated");
    case Origin::Improved:
        return tr("Improved");
    case Origin::Templatized:
        return tr("Templatized");
    case Origin::Imported:
        return tr("Imported");
    case Origin::Optimized:
        return revision.scores ? tr("Optimized %1.%2").arg(revision.scores->round).arg(revision.scores->candidate)
                               : tr("Optimized");
    case Origin::Restored:
        break;
    }
    return tr("Restored #%1").arg(revision.restoredFrom);
}

QString HistoryModel::detailsText(const Revision &revision)
{
    QStringList parts {tr("Revision %1").arg(revision.id), originLabel(revision), timeText(revision.time)};
    const QString madeBy = madeByText(revision);
    if (!madeBy.isEmpty())
        parts.append(madeBy);
    return parts.join(QStringLiteral(" · "));
}

const Revision *HistoryModel::revisionAt(int row) const
{
    const QList<Revision> &revisions = m_documents->revisions();
    if (row < 0 || row >= revisions.size())
        return nullptr;
    return &revisions.at(revisions.size() - 1 - row);
}

int HistoryModel::rowOf(int id) const
{
    const QList<Revision> &revisions = m_documents->revisions();
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        if (revisions.at(i).id == id)
            return int(revisions.size() - 1 - i);
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents->revisions().size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const Revision *revision = index.isValid() ? revisionAt(index.row()) : nullptr;
    if (!revision)
        return {};
    switch (role) {
    case Qt::UserRole:
        return revision->id;
    case Qt::ToolTipRole:
        return revisionToolTip(*revision);
    case Qt::DecorationRole:
        return index.column() == OriginColumn ? QVariant(originIcon(revision->origin)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QString::number(revision->id);
        case OriginColumn:
            return originLabel(*revision);
        case TimeColumn:
            return timeText(revision->time);
        default:
            return madeByText(*revision);
        }
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case OriginColumn:
        return tr("Origin");
    case TimeColumn:
        return tr("Time");
    default:
        return tr("Made with");
    }
}

} // namespace pw
