#pragma once

#include "prompt/location.h"

#include <QAbstractTableModel>

namespace pw {

class PromptWorkspace;

// The prompt checks' findings as rows: severity and message, and where
// ("Message 2, line 4"). With no finding there is one row that says so, so
// an empty list reads as "checked" rather than "not yet".
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, PlaceColumn, ColumnCount };

    explicit FindingsModel(const PromptWorkspace *workspace, QObject *parent = nullptr);

    void setFindings(const QList<Diagnostic> &findings);
    const QList<Diagnostic> &findings() const { return m_findings; }
    // The finding shown in row, or nullptr (the "no problems" row).
    const Diagnostic *finding(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const PromptWorkspace *m_workspace;
    QList<Diagnostic> m_findings;
    // Worked out when the findings arrive: the text they point into may change later.
    QStringList m_places;
};

} // namespace pw
