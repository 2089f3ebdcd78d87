#include "enginechooser.h"

#include "documentpage.h"
#include "modelcombobox.h"
#include "promptworkspace.h"

#include "catalog/modelcatalog.h"
#include "tools/engineconfiglookup.h"
#include "tools/engineregistry.h"
#include "tools/toolsession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>

namespace pw {

namespace {

QString modelToolTip()
{
    return EngineChooser::tr("The model the prompt is written for. Any model id can be typed.");
}

} // namespace

EngineChooser::EngineChooser(const QString &modelCacheDirectory, QToolBar *bar, QObject *parent)
    : QObject(parent), m_catalog(new ModelCatalog(modelCacheDirectory, this)), m_engineBox(new QComboBox(bar)),
      m_modelBox(new ModelComboBox(bar))
{
    auto *engineLabel = new QLabel(tr("E&ngine:"), bar);
    m_engineBox->setObjectName(QStringLiteral("engineBox"));
    for (const EngineInfo &engine : allEngines()) {
        m_engineBox->addItem(engine.displayName, engine.id);
        m_engineBox->setItemData(m_engineBox->count() - 1, engine.toolTip(), Qt::ToolTipRole);
    }
    m_engineBox->setToolTip(tr("Where the tools run"));
    engineLabel->setBuddy(m_engineBox);
    connect(m_engineBox, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_page->session()->setEngine(m_engineBox->itemData(index).toString()); });
    bar->addWidget(engineLabel);
    bar->addWidget(m_engineBox);

    auto *modelLabel = new QLabel(tr("Target mode&l:"), bar);
    m_modelBox->setObjectName(QStringLiteral("targetModelBox"));
    m_modelBox->lineEdit()->setPlaceholderText(tr("any model"));
    m_modelBox->setToolTip(modelToolTip());
    modelLabel->setBuddy(m_modelBox);
    // The user's choice: the document's target model, and the default for new documents.
    connect(m_modelBox, &QComboBox::currentTextChanged, this, [this] {
        m_page->workspace()->setTargetModel(m_modelBox->modelId());
        m_page->session()->settings().setTargetModel(m_modelBox->modelId());
    });
    bar->addSeparator();
    bar->addWidget(modelLabel);
    bar->addWidget(m_modelBox);
    for (QLabel *label : {engineLabel, modelLabel})
        label->setContentsMargins(6, 0, 4, 0);

    connect(m_catalog, &ModelCatalog::modelsChanged, this, [this] {
        m_modelBox->setModels(m_catalog->models(m_page->session()->engineConfig(targetModelEngine().id)));
        m_modelBox->setToolTip(modelToolTip());
    });
    connect(m_catalog, &ModelCatalog::refreshFailed, this, [this](const QString &message) {
        m_modelBox->setToolTip(
            tr("The model the prompt is written for. Any model id can be typed.\n%1\nShowing the models known before.")
                .arg(message));
    });
}

void EngineChooser::setPage(DocumentPage *page)
{
    m_page = page;
    connect(page->workspace(), &PromptWorkspace::targetModelChanged, this, &EngineChooser::showTargetModel);
    connect(page->session(), &ToolSession::engineChanged, this, &EngineChooser::showEngine);
    showEngine();
    showTargetModel();
    refreshModels();
}

void EngineChooser::refreshModels()
{
    ToolSession *session = m_page->session();
    const QString listing = targetModelEngine().id;
    m_modelBox->setModels(m_catalog->models(session->engineConfig(listing)));
    auto *lookup = new EngineConfigLookup(listing, session->sources(), this);
    connect(lookup, &EngineConfigLookup::finished, this, [this, lookup] {
        lookup->deleteLater();
        if (lookup->error().isEmpty())
            m_catalog->refresh(lookup->config());
    });
}

void EngineChooser::showEngine()
{
    const QSignalBlocker blocker(m_engineBox);
    m_engineBox->setCurrentIndex(m_engineBox->findData(m_page->session()->engine()));
}

void EngineChooser::showTargetModel()
{
    const QSignalBlocker blocker(m_modelBox);
    m_modelBox->setModelId(m_page->workspace()->targetModel());
}

} // namespace pw
