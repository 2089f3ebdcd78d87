#include "runsettingspanel.h"

#include "uicolors.h"

#include "tools/engineregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pw {

namespace {

const QString groupName = QStringLiteral("run");
// The Messages API's smallest thinking budget; the spin box steps by it.
constexpr int thinkingStep = 1024;

} // namespace

QStringList parseStopSequences(const QString &text)
{
    QStringList sequences;
    QString current;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            if (next == QLatin1Char('n'))
                current += QLatin1Char('\n');
            else if (next == QLatin1Char('t'))
                current += QLatin1Char('\t');
            else if (next == QLatin1Char(',') || next == QLatin1Char('\\'))
                current += next;
            else
                current += c + QString(next);
            any = true;
        } else if (c == QLatin1Char(',')) {
            sequences.append(current);
            current.clear();
            any = true;
        } else {
            current += c;
            any = true;
        }
    }
    if (any)
        sequences.append(current);
    // The space after a separating comma is layout, not part of the sequence; a sequence
    // made of nothing is an empty field, not a stop sequence (a blank one is kept: the
    // API refuses it, and the check says so).
    QStringList kept;
    for (QString &sequence : sequences) {
        if (sequence.startsWith(QLatin1Char(' ')) && !sequence.trimmed().isEmpty())
            sequence.remove(0, 1);
        if (!sequence.isEmpty())
            kept.append(sequence);
    }
    return kept;
}

QString formatStopSequences(const QStringList &sequences)
{
    QStringList escaped;
    for (const QString &sequence : sequences) {
        QString text;
        for (const QChar c : sequence) {
            if (c == QLatin1Char('\\'))
                text += QStringLiteral("\\\\");
            else if (c == QLatin1Char(','))
                text += QStringLiteral("\\,");
            else if (c == QLatin1Char('\n'))
                text += QStringLiteral("\\n");
            else if (c == QLatin1Char('\t'))
                text += QStringLiteral("\\t");
            else
                text += c;
        }
        escaped.append(text);
    }
    return escaped.join(QStringLiteral(", "));
}

ModelSettings loadRunSettings(QSettings &settings)
{
    settings.beginGroup(groupName);
    ModelSettings run;
    const QString engine = settings.value(QStringLiteral("engine")).toString();
    const EngineInfo *info = findEngine(engine);
    run.engine = info && info->canRunPrompts ? engine : targetModelEngine().id;
    run.maxTokens = qMax(1, settings.value(QStringLiteral("maxTokens"), run.maxTokens).toInt());
    if (settings.contains(QStringLiteral("temperature")))
        run.temperature = settings.value(QStringLiteral("temperature")).toDouble();
    if (settings.contains(QStringLiteral("topP")))
        run.topP = settings.value(QStringLiteral("topP")).toDouble();
    run.stopSequences = settings.value(QStringLiteral("stopSequences")).toStringList();
    run.thinkingBudget = qMax(0, settings.value(QStringLiteral("thinkingBudget"), 0).toInt());
    settings.endGroup();
    return run;
}

void saveRunSettings(QSettings &settings, const ModelSettings &run)
{
    settings.beginGroup(groupName);
    settings.setValue(QStringLiteral("engine"), run.engine);
    settings.setValue(QStringLiteral("maxTokens"), run.maxTokens);
    for (const auto &[key, value] :
        {std::pair {QStringLiteral("temperature"), run.temperature}, std::pair {QStringLiteral("topP"), run.topP}}) {
        if (value)
            settings.setValue(key, *value);
        else
            settings.remove(key);
    }
    settings.setValue(QStringLiteral("stopSequences"), run.stopSequences);
    settings.setValue(QStringLiteral("thinkingBudget"), run.thinkingBudget);
    settings.endGroup();
}

RunSettingsPanel::RunSettingsPanel(QWidget *parent)
    : QWidget(parent), m_engine(new QComboBox(this)), m_maxTokens(new QSpinBox(this)),
      m_useTemperature(new QCheckBox(tr("Temperat&ure:"), this)), m_temperature(new QDoubleSpinBox(this)),
      m_useTopP(new QCheckBox(tr("Top &p:"), this)), m_topP(new QDoubleSpinBox(this)), m_stopSequences(new QLineEdit(this)),
      m_thinkingBudget(new QSpinBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // What is wrong with the engine, the model or the prompt itself: above the settings.
    QLabel *general = warningLabel(RunSetting::Prompt, this);
    m_warnings.insert(RunSetting::Engine, general);
    m_warnings.insert(RunSetting::Model, general);
    layout->addWidget(general);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(2);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    // The warning under its setting, across the whole width: a narrow dock has no room beside it.
    auto addRow = [this, form](QWidget *label, QWidget *field, RunSetting setting) {
        form->addRow(label, field);
        form->addRow(warningLabel(setting, field));
    };
    auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };

    m_engine->setObjectName(QStringLiteral("runEngineBox"));
    for (const EngineInfo &engine : allEngines()) {
        if (engine.canRunPrompts) {
            m_engine->addItem(engine.displayName, engine.id);
            m_engine->setItemData(m_engine->count() - 1, engine.toolTip(), Qt::ToolTipRole);
        }
    }
    m_engine->setToolTip(tr("Where the prompt runs: the target model is sent this engine's way"));
    addRow(buddyLabel(tr("Run &with:"), m_engine), m_engine, RunSetting::Engine);

    m_maxTokens->setObjectName(QStringLiteral("maxTokensBox"));
    m_maxTokens->setRange(1, 1000000);
    m_maxTokens->setGroupSeparatorShown(true);
    m_maxTokens->setToolTip(tr("The most tokens the answer may have (thinking included)"));
    addRow(buddyLabel(tr("Ma&x tokens:"), m_maxTokens), m_maxTokens, RunSetting::MaxTokens);

    m_useTemperature->setObjectName(QStringLiteral("temperatureCheck"));
    m_temperature->setObjectName(QStringLiteral("temperatureBox"));
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setValue(1.0);
    m_useTemperature->setToolTip(tr("Unticked: not sent, the model's default applies"));
    addRow(m_useTemperature, m_temperature, RunSetting::Temperature);

    m_useTopP->setObjectName(QStringLiteral("topPCheck"));
    m_topP->setObjectName(QStringLiteral("topPBox"));
    m_topP->setRange(0, 1);
    m_topP->setSingleStep(0.05);
    m_topP->setDecimals(2);
    m_topP->setValue(1.0);
    m_useTopP->setToolTip(m_useTemperature->toolTip());
    addRow(m_useTopP, m_topP, RunSetting::TopP);

    m_stopSequences->setObjectName(QStringLiteral("stopSequencesEdit"));
    m_stopSequences->setPlaceholderText(tr("none; separate with commas"));
    m_stopSequences->setToolTip(tr("Text that ends the answer when the model writes it. Separate several with commas; "
                                   "\\n is a line break, \\, a comma, \\\\ a backslash."));
    addRow(buddyLabel(tr("Stop se&quences:"), m_stopSequences), m_stopSequences, RunSetting::StopSequences);

    m_thinkingBudget->setObjectName(QStringLiteral("thinkingBudgetBox"));
    m_thinkingBudget->setRange(0, 1000000);
    m_thinkingBudget->setSingleStep(thinkingStep);
    m_thinkingBudget->setGroupSeparatorShown(true);
    m_thinkingBudget->setSpecialValueText(tr("off"));
    m_thinkingBudget->setToolTip(tr("Tokens the model may spend thinking before it answers (extended thinking); 0: off"));
    addRow(buddyLabel(tr("Thin&king budget:"), m_thinkingBudget), m_thinkingBudget, RunSetting::ThinkingBudget);

    setSettings(ModelSettings {});
    auto emitChanged = [this] {
        updateEnabled();
        if (!m_filling)
            emit changed();
    };
    connect(m_engine, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_useTemperature, &QCheckBox::toggled, this, emitChanged);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, emitChanged);
    connect(m_useTopP, &QCheckBox::toggled, this, emitChanged);
    connect(m_topP, &QDoubleSpinBox::valueChanged, this, emitChanged);
    connect(m_stopSequences, &QLineEdit::textChanged, this, emitChanged);
    connect(m_thinkingBudget, &QSpinBox::valueChanged, this, emitChanged);
}

QLabel *RunSettingsPanel::warningLabel(RunSetting setting, QWidget *field)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    // Breeze's red, darkened towards the text colour so it stays readable as text.
    palette.setColor(QPalette::WindowText, uicolors::blend(uicolors::negative(), palette.color(QPalette::WindowText), 0.35));
    label->setPalette(palette);
    label->hide();
    if (field)
        label->setObjectName(field->objectName() + QStringLiteral("Warning"));
    else
        label->setObjectName(QStringLiteral("runWarning"));
    m_warnings.insert(setting, label);
    return label;
}

ModelSettings RunSettingsPanel::settings() const
{
    ModelSettings settings;
    settings.engine = m_engine->currentData().toString();
    settings.maxTokens = m_maxTokens->value();
    if (m_useTemperature->isChecked())
        settings.temperature = m_temperature->value();
    if (m_useTopP->isChecked())
        settings.topP = m_topP->value();
    settings.stopSequences = parseStopSequences(m_stopSequences->text());
    settings.thinkingBudget = m_thinkingBudget->value();
    return settings;
}

void RunSettingsPanel::setSettings(const ModelSettings &settings)
{
    m_filling = true;
    m_engine->setCurrentIndex(qMax(0, m_engine->findData(settings.engine)));
    m_maxTokens->setValue(settings.maxTokens);
    m_useTemperature->setChecked(settings.temperature.has_value());
    if (settings.temperature)
        m_temperature->setValue(*settings.temperature);
    m_useTopP->setChecked(settings.topP.has_value());
    if (settings.topP)
        m_topP->setValue(*settings.topP);
    if (parseStopSequences(m_stopSequences->text()) != settings.stopSequences)
        m_stopSequences->setText(formatStopSequences(settings.stopSequences));
    m_thinkingBudget->setValue(settings.thinkingBudget);
    m_filling = false;
    updateEnabled();
}

void RunSettingsPanel::showProblems(const QList<RunSettingProblem> &problems)
{
    QMap<QLabel *, QStringList> texts;
    for (QLabel *label : std::as_const(m_warnings))
        texts[label];
    for (const RunSettingProblem &problem : problems)
        texts[m_warnings.value(problem.setting)].append(problem.text);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        it.key()->setText(it.value().join(QLatin1Char('\n')));
        it.key()->setVisible(!it.value().isEmpty());
    }
}

QString RunSettingsPanel::problemText(RunSetting setting) const
{
    const QLabel *label = m_warnings.value(setting);
    return label && !label->isHidden() ? label->text() : QString();
}

void RunSettingsPanel::updateEnabled()
{
    m_temperature->setEnabled(m_useTemperature->isChecked());
    m_topP->setEnabled(m_useTopP->isChecked());
}

} // namespace pw
