#pragma once

#include "api/modelinfo.h"

#include <QComboBox>

namespace pw {

// An editable choice of model: the list shows each model's display name
// with its id, the field holds the id, and any other id can be typed.
class ModelComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ModelComboBox(QWidget *parent = nullptr);

    // Replaces the list and keeps the model currently entered.
    void setModels(const QList<ModelInfo> &models);
    QString modelId() const;
    void setModelId(const QString &id);

    static constexpr int DisplayNameRole = Qt::UserRole + 1;
};

} // namespace pw
