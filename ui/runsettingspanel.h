#pragma once

#include "eval/promptrun.h"
#include "model/evalrun.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace pw {

// Stop sequences in one line: separated by commas; "\n", "\t", "\," and "\\"
// stand for a line break, a tab, a comma and a backslash.
QStringList parseStopSequences(const QString &text);
QString formatStopSequences(const QStringList &sequences);

// The model settings of "Run Prompt" live in the user's settings, not in the
// document: the document format keeps ModelSettings only inside an
// evaluation run, and these are the author's working defaults for every
// prompt. The model is left empty: it is the document's target model.
ModelSettings loadRunSettings(QSettings &settings);
void saveRunSettings(QSettings &settings, const ModelSettings &runSettings);

// The compact form of a run's model settings: the engine that runs the
// prompt, max tokens, temperature and top_p (unset unless ticked), stop
// sequences and a thinking budget. Problems the target model would answer
// with a 400 (runSettingProblems, the rule PromptRun enforces) are shown
// beside the setting they are about, before anything is sent.
class RunSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunSettingsPanel(QWidget *parent = nullptr);

    ModelSettings settings() const;
    void setSettings(const ModelSettings &settings);
    void showProblems(const QList<RunSettingProblem> &problems);
    // The problem texts shown beside setting, one per line; empty when none.
    QString problemText(RunSetting setting) const;

signals:
    void changed();

private:
    QLabel *warningLabel(RunSetting setting, QWidget *field);
    void updateEnabled();

    QComboBox *m_engine;
    QSpinBox *m_maxTokens;
    QCheckBox *m_useTemperature;
    QDoubleSpinBox *m_temperature;
    QCheckBox *m_useTopP;
    QDoubleSpinBox *m_topP;
    QLineEdit *m_stopSequences;
    QSpinBox *m_thinkingBudget;
    QMap<RunSetting, QLabel *> m_warnings;
    bool m_filling = false;
};

} // namespace pw
