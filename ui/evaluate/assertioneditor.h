#pragma once

#include "model/testcase.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace pw {

// Edits one test case's assertions and its pass threshold: a list of the
// assertions, and for the chosen one its type (the types the graders know),
// "not", value, weight and threshold, with what is wrong with it as written
// (assertionProblem) below.
class AssertionEditor : public QDialog
{
    Q_OBJECT

public:
    explicit AssertionEditor(const TestCase &testCase, QWidget *parent = nullptr);

    const QList<Assertion> &assertions() const { return m_assertions; }
    std::optional<double> caseThreshold() const;

    // The value an assertion of this type takes from the text typed for it:
    // a number for latency and cost, a JSON Schema object for is-json and
    // contains-json when the text is one, otherwise the text; nothing when empty.
    static QJsonValue valueFromText(const QString &baseType, const QString &text);
    static QString textOfValue(const QJsonValue &value);

private:
    void addAssertion();
    void removeAssertion();
    void showCurrent();
    void storeCurrent();
    void refreshList();

    QList<Assertion> m_assertions;
    bool m_showing = false;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_type;
    QCheckBox *m_negated;
    QLineEdit *m_value;
    QDoubleSpinBox *m_weight;
    QCheckBox *m_hasThreshold;
    QDoubleSpinBox *m_threshold;
    QLabel *m_problem;
    QCheckBox *m_hasCaseThreshold;
    QDoubleSpinBox *m_caseThreshold;
};

} // namespace pw
