#pragma once

#include <QAbstractTableModel>

namespace pw {

class DocumentController;
struct Revision;

// A document's revisions as rows, newest first: where each came from (typed,
// generated, improved, ...), when, and on which engine and model with how
// many tokens. Qt::UserRole holds the revision id in every column.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Engine, model and usage share the last column (the history panel shows it above the preview instead).
    enum Column { IdColumn, OriginColumn, TimeColumn, MadeByColumn, ColumnCount };

    explicit HistoryModel(DocumentController *documents, QObject *parent = nullptr);

    DocumentController *documents() const { return m_documents; }
    const Revision *revisionAt(int row) const;
    int rowOf(int id) const;
    // "Improved", "Restored #3": also the diff view's captions.
    static QString originLabel(const Revision &revision);
    // One line with all of it: "Revision 3 · Improved · 15:29 · claude · claude-sonnet-5-5 · 895 in · 447 out".
    static QString detailsText(const Revision &revision);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DocumentController *m_documents;
};

} // namespace pw
