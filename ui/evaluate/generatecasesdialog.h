#pragma once

#include "model/testcase.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pw {

class CaseGenerator;

// Generate Cases: how many to ask for, the tool model writing them (progress
// and Cancel), then the cases for review: tick the ones to keep, edit any
// cell, Add N. Nothing reaches the document before Add; the view adds the
// accepted cases as one undoable step.
class GenerateCasesDialog : public QDialog
{
    Q_OBJECT

public:
    // variables: the prompt's, one column each.
    GenerateCasesDialog(CaseGenerator *generator, const QString &engine, const Prompt &prompt, const QStringList &variables,
        const TestSuite &existing, QWidget *parent = nullptr);

    void generate();
    // The ticked rows as they are now, edits included.
    TestSuite acceptedCases() const;

    void reject() override;

private:
    void onProgress(int cases);
    void onFinished();
    void showCases(const TestSuite &cases);
    void updateAddButton();
    int idealColumn() const { return 1 + int(m_variables.size()); }
    int descriptionColumn() const { return idealColumn() + 1; }

    CaseGenerator *m_generator;
    QString m_engine;
    Prompt m_prompt;
    QStringList m_variables;
    TestSuite m_existing;
    QSpinBox *m_count;
    QPushButton *m_generate;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_add;
};

} // namespace pw
