#include "settingsdialog.h"

#include "dialogs.h"
#include "uicolors.h"

#include "api/apiconfig.h"
#include "secrets/secretstore.h"
#include "tools/enginesettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pw {

namespace {

QLabel *makeNote(QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->hide();
    return note;
}

// A form row whose field is a layout gets no buddy from QFormLayout, and
// its label would show the ampersand instead of underlining a mnemonic.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

void setNote(QLabel *label, const QStringList &lines)
{
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}

} // namespace

struct SettingsDialog::Page
{
    QWidget *widget = nullptr;
    QLineEdit *baseUrl = nullptr;
    QLabel *baseUrlNote = nullptr;
    QLineEdit *apiKey = nullptr;
    QLabel *keyNote = nullptr;
    QLineEdit *toolModel = nullptr;
    QSpinBox *timeout = nullptr;
};

SettingsDialog::SettingsDialog(
    SettingsStore *settings, SecretStore *secrets, const QProcessEnvironment &environment, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_secrets(secrets), m_environment(environment), m_engineList(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    m_engineList->setAccessibleName(tr("Engines"));
    body->addWidget(m_engineList);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, uicolors::negative());
    m_problem->setPalette(problemPalette);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    acceptOnCtrlReturn(this, m_buttons->button(QDialogButtonBox::Save));

    for (const EngineInfo &engine : allEngines())
        addEngine(engine);
    m_engineList->setFixedWidth(m_engineList->sizeHintForColumn(0) + 2 * m_engineList->frameWidth() + 24);
    connect(m_engineList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    selectEngine(m_settings->currentEngine());

    connect(m_secrets, &SecretStore::persistenceChanged, this, [this] {
        for (const QString &engine : std::as_const(m_engines))
            if (Page *page = m_pageOf.value(engine); page->keyNote)
                setNote(page->keyNote, {keyNote(engine)});
    });
    loadKeys();
    resize(720, 440);
}

SettingsDialog::~SettingsDialog()
{
    qDeleteAll(m_pageOf);
}

void SettingsDialog::addEngine(const EngineInfo &info)
{
    const QString &engine = info.id;
    auto *page = new Page;
    m_pageOf.insert(engine, page);
    m_engines.append(engine);
    m_engineList->addItem(info.displayName);

    page->widget = new QWidget(m_pages);
    auto *form = new QFormLayout(page->widget);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *description = new QLabel(info.description(), page->widget);
    description->setWordWrap(true);
    form->addRow(description);
    m_pages->addWidget(page->widget);
    if (info.runsOffline())
        return;
    const EngineSettings saved = m_settings->engineSettings(engine);

    page->baseUrl = new QLineEdit(saved.baseUrl.toString(), page->widget);
    page->baseUrl->setPlaceholderText(info.defaultBaseUrl.toString());
    page->baseUrl->setClearButtonEnabled(true);
    page->baseUrlNote = makeNote(page->widget);
    const QString &baseVariable = info.baseUrlVariable;
    if (!m_environment.value(baseVariable).isEmpty())
        setNote(page->baseUrlNote,
            {tr("%1 is set in the environment (%2) and is used instead of this URL.")
                    .arg(baseVariable, m_environment.value(baseVariable))});
    auto *urlBox = new QVBoxLayout;
    urlBox->addWidget(page->baseUrl);
    urlBox->addWidget(page->baseUrlNote);
    form->addRow(buddyLabel(tr("&Base URL:"), page->baseUrl), urlBox);

    page->apiKey = new QLineEdit(page->widget);
    page->apiKey->setEchoMode(QLineEdit::Password);
    page->apiKey->setPlaceholderText(tr("Reading the keychain…"));
    page->apiKey->setEnabled(false);
    page->apiKey->setAccessibleName(tr("API key for %1").arg(engine));
    connect(page->apiKey, &QLineEdit::textEdited, this, [this, engine](const QString &text) { keyEdited(engine, text); });
    auto *show = new QToolButton(page->widget);
    show->setObjectName(QStringLiteral("showKeyButton"));
    show->setCheckable(true);
    auto showKey = [edit = page->apiKey, show](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(shown ? tr("Hide") : tr("Show"));
        show->setToolTip(shown ? tr("Hide the key") : tr("Show the key as text"));
    };
    showKey(false);
    connect(show, &QToolButton::toggled, page->apiKey, showKey);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(page->apiKey, 1);
    keyRow->addWidget(show);
    page->keyNote = makeNote(page->widget);
    setNote(page->keyNote, {keyNote(engine)});
    auto *keyBox = new QVBoxLayout;
    keyBox->addLayout(keyRow);
    keyBox->addWidget(page->keyNote);
    form->addRow(buddyLabel(tr("API &key:"), page->apiKey), keyBox);

    page->toolModel = new QLineEdit(saved.toolModel, page->widget);
    page->toolModel->setPlaceholderText(tr("%1 (default)").arg(info.defaultToolModel));
    page->toolModel->setToolTip(
        tr("The model that runs Generate, Improve and Templatize; the target model is chosen in the window."));
    if (!info.choosesToolModel) {
        page->toolModel->setPlaceholderText(tr("chosen by the server"));
        page->toolModel->setEnabled(false);
    }
    form->addRow(tr("&Tool model:"), page->toolModel);

    page->timeout = new QSpinBox(page->widget);
    page->timeout->setRange(5, 3600);
    page->timeout->setSuffix(tr(" s"));
    page->timeout->setValue(saved.timeoutSeconds);
    page->timeout->setToolTip(tr("How long the server may stay silent before the request fails"));
    form->addRow(tr("T&imeout:"), page->timeout);
}

QString SettingsDialog::keyNote(const QString &engine) const
{
    QStringList lines;
    const EngineInfo &info = *findEngine(engine);
    const QString &variable = info.keyVariable;
    if (!variable.isEmpty() && !m_environment.value(variable).isEmpty())
        lines.append(tr("%1 is set in the environment: that key is used, not the one entered here.").arg(variable));
    if (info.needsKey())
        lines.append(tr("The claude and prompt-tools engines share this Anthropic key."));
    else
        lines.append(tr("Local servers such as Ollama need no key."));
    if (!m_secrets->isPersistent())
        lines.append(m_secrets->persistenceProblem());
    else if (m_secrets->keepsForSessionOnly(info.keychainEntry))
        lines.append(tr("The system keychain did not store this key: it is kept for this session only."));
    else
        lines.append(tr("Keys are stored in the system keychain, never in the settings file."));
    return lines.join(QLatin1Char('\n'));
}

void SettingsDialog::loadKeys()
{
    QStringList names;
    for (const QString &engine : std::as_const(m_engines)) {
        if (m_pageOf.value(engine)->apiKey && !names.contains(findEngine(engine)->keychainEntry))
            names.append(findEngine(engine)->keychainEntry);
    }
    m_pendingReads = int(names.size());
    for (const QString &name : std::as_const(names)) {
        m_secrets->read(name, this, [this, name](const SecretStore::ReadResult &result) {
            for (const QString &engine : std::as_const(m_engines)) {
                Page *page = m_pageOf.value(engine);
                if (!page->apiKey || findEngine(engine)->keychainEntry != name)
                    continue;
                if (!m_editedKeys.contains(name))
                    page->apiKey->setText(result.value);
                page->apiKey->setEnabled(true);
                page->apiKey->setPlaceholderText(tr("Not set"));
                if (!result.error.isEmpty())
                    setNote(page->keyNote, {tr("The keychain could not be read: %1").arg(result.error), keyNote(engine)});
            }
            if (--m_pendingReads == 0)
                emit keysLoaded();
        });
    }
}

void SettingsDialog::keyEdited(const QString &engine, const QString &text)
{
    const QString name = findEngine(engine)->keychainEntry;
    m_editedKeys.insert(name, text);
    // Engines sharing the key show the same text.
    for (const QString &other : std::as_const(m_engines)) {
        Page *page = m_pageOf.value(other);
        if (other != engine && page->apiKey && findEngine(other)->keychainEntry == name)
            page->apiKey->setText(text);
    }
}

void SettingsDialog::selectEngine(const QString &engine)
{
    const int row = int(m_engines.indexOf(engine));
    if (row >= 0)
        m_engineList->setCurrentRow(row);
}

QString SettingsDialog::currentEngine() const
{
    return m_engines.value(m_engineList->currentRow());
}

QLineEdit *SettingsDialog::baseUrlEdit(const QString &engine) const
{
    const Page *page = m_pageOf.value(engine);
    return page ? page->baseUrl : nullptr;
}

QLineEdit *SettingsDialog::apiKeyEdit(const QString &engine) const
{
    const Page *page = m_pageOf.value(engine);
    return page ? page->apiKey : nullptr;
}

QLineEdit *SettingsDialog::toolModelEdit(const QString &engine) const
{
    const Page *page = m_pageOf.value(engine);
    return page ? page->toolModel : nullptr;
}

QSpinBox *SettingsDialog::timeoutSpin(const QString &engine) const
{
    const Page *page = m_pageOf.value(engine);
    return page ? page->timeout : nullptr;
}

QString SettingsDialog::problem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void SettingsDialog::showProblem(const QString &engine, const QString &problem)
{
    if (!engine.isEmpty())
        selectEngine(engine);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void SettingsDialog::accept()
{
    if (m_pendingWrites > 0)
        return;
    showProblem({}, {});

    // Check every URL before saving anything, so a mistake saves nothing.
    for (const QString &engine : std::as_const(m_engines)) {
        const Page *page = m_pageOf.value(engine);
        const QString text = page->baseUrl ? page->baseUrl->text().trimmed() : QString();
        if (text.isEmpty())
            continue;
        const QUrl url(text, QUrl::StrictMode);
        // As ApiJob decides: the Anthropic engines always send a key, the
        // openai engine only when one is entered or in the environment.
        const EngineInfo &info = *findEngine(engine);
        const bool sendsKey = info.needsKey() || (page->apiKey && !page->apiKey->text().isEmpty())
            || (!info.keyVariable.isEmpty() && !m_environment.value(info.keyVariable).isEmpty());
        if (const std::optional<ApiError> problem = checkBaseUrl(url, sendsKey)) {
            showProblem(engine, tr("Base URL of %1: %2").arg(engine, problem->message));
            page->baseUrl->setFocus();
            return;
        }
    }

    for (const QString &engine : std::as_const(m_engines)) {
        const Page *page = m_pageOf.value(engine);
        if (!page->baseUrl)
            continue;
        EngineSettings settings = m_settings->engineSettings(engine);
        const QString url = page->baseUrl->text().trimmed();
        settings.baseUrl = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
        settings.toolModel = page->toolModel->text().trimmed();
        settings.timeoutSeconds = page->timeout->value();
        m_settings->setEngineSettings(engine, settings);
    }
    m_settings->settings()->sync();
    if (m_settings->settings()->status() != QSettings::NoError) {
        showProblem({}, tr("The settings could not be written to %1.").arg(m_settings->settings()->fileName()));
        return;
    }

    m_writeErrors.clear();
    m_pendingWrites = int(m_editedKeys.size());
    if (m_pendingWrites == 0) {
        finishSaving();
        return;
    }
    m_buttons->setEnabled(false);
    for (auto it = m_editedKeys.constBegin(); it != m_editedKeys.constEnd(); ++it) {
        const QString value = it.value().trimmed();
        auto done = [this](const QString &error) {
            if (!error.isEmpty())
                m_writeErrors.append(error);
            if (--m_pendingWrites == 0)
                finishSaving();
        };
        if (value.isEmpty())
            m_secrets->remove(it.key(), this, done);
        else
            m_secrets->write(it.key(), value, this, done);
    }
}

void SettingsDialog::finishSaving()
{
    m_buttons->setEnabled(true);
    for (const QString &engine : std::as_const(m_engines))
        if (Page *page = m_pageOf.value(engine); page->keyNote)
            setNote(page->keyNote, {keyNote(engine)});
    if (m_writeErrors.isEmpty()) {
        m_editedKeys.clear();
        emit saved();
        QDialog::accept();
        return;
    }
    // The settings are written and the key is in use: say so at once, and
    // let Save try the keychain again (the edited keys stay edited).
    emit saved();
    showProblem({},
        tr("The system keychain did not store the API key (its prompt was canceled or it refused). The key is kept for "
           "this session only: Promptwerk forgets it when it quits. Save again to retry, or Close to go on with it."));
    m_problem->setToolTip(m_writeErrors.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

} // namespace pw
