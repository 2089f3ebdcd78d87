#pragma once

#include <QObject>

class QComboBox;
class QToolBar;

namespace pw {

class DocumentPage;
class ModelCatalog;
class ModelComboBox;

// The toolbar's two choices: the engine the tools run on (a setting, the
// same for every document) and the model the current document is written
// for, offered from the models known for the engine (from its server,
// cached, or the bundled list). Choosing a target model is an undoable edit
// of the document and becomes the default for new documents.
class EngineChooser : public QObject
{
    Q_OBJECT

public:
    EngineChooser(const QString &modelCacheDirectory, QToolBar *bar, QObject *parent = nullptr);

    void setPage(DocumentPage *page);
    // Asks the server of targetModelEngine() for its models again (after the settings changed).
    void refreshModels();

private:
    void showEngine();
    void showTargetModel();

    DocumentPage *m_page = nullptr;
    ModelCatalog *m_catalog;
    QComboBox *m_engineBox;
    ModelComboBox *m_modelBox;
};

} // namespace pw
