#pragma once

#include "prompt/location.h"

#include <QTreeView>

namespace pw {

class FindingsModel;

// Shows a FindingsModel: severity, message and where. Activating a finding
// (click, Enter) asks for its place to be shown.
class FindingsList : public QTreeView
{
    Q_OBJECT

public:
    explicit FindingsList(QWidget *parent = nullptr);

    void setFindingsModel(FindingsModel *model);

signals:
    void findingActivated(const pw::Diagnostic &finding);

private:
    void activate(const QModelIndex &index);
};

} // namespace pw
