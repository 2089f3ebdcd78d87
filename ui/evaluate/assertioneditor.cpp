#include "assertioneditor.h"

#include "testcasemodel.h"

#include "eval/graders.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pw {

AssertionEditor::AssertionEditor(const TestCase &testCase, QWidget *parent)
    : QDialog(parent), m_assertions(testCase.assertions), m_list(new QListWidget(this)), m_add(new QPushButton(tr("&Add"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_type(new QComboBox(this)),
      m_negated(new QCheckBox(tr("&Not (passes when the check fails)"), this)), m_value(new QLineEdit(this)),
      m_weight(new QDoubleSpinBox(this)), m_hasThreshold(new QCheckBox(tr("T&hreshold:"), this)),
      m_threshold(new QDoubleSpinBox(this)), m_problem(new QLabel(this)),
      m_hasCaseThreshold(new QCheckBox(tr("The case passes when its &score reaches:"), this)),
      m_caseThreshold(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Assertions of %1").arg(testCase.description.isEmpty() ? testCase.id : testCase.description));
    m_list->setObjectName(QStringLiteral("assertionList"));
    m_type->setObjectName(QStringLiteral("assertionType"));
    m_negated->setObjectName(QStringLiteral("assertionNegated"));
    m_value->setObjectName(QStringLiteral("assertionValue"));
    m_weight->setObjectName(QStringLiteral("assertionWeight"));
    m_hasThreshold->setObjectName(QStringLiteral("assertionHasThreshold"));
    m_threshold->setObjectName(QStringLiteral("assertionThreshold"));
    m_problem->setObjectName(QStringLiteral("assertionProblem"));
    m_add->setObjectName(QStringLiteral("addAssertion"));
    m_remove->setObjectName(QStringLiteral("removeAssertion"));

    m_type->addItems(deterministicAssertionTypes());
    m_type->insertSeparator(m_type->count());
    m_type->addItems(modelGradedAssertionTypes());
    m_value->setPlaceholderText(tr("e.g. Paris; a list: a,b,c; is-json: a JSON Schema"));
    m_weight->setRange(0, 1000);
    m_weight->setDecimals(2);
    m_threshold->setRange(0, 1e9);
    m_threshold->setDecimals(3);
    m_caseThreshold->setRange(0, 1);
    m_caseThreshold->setDecimals(2);
    m_caseThreshold->setSingleStep(0.05);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listColumn->addLayout(listButtons);
    top->addLayout(listColumn, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(QString(), m_negated);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(m_hasThreshold, m_threshold);
    form->addRow(m_problem);
    top->addLayout(form, 2);
    layout->addLayout(top, 1);

    auto *caseRow = new QHBoxLayout;
    caseRow->addWidget(m_hasCaseThreshold);
    caseRow->addWidget(m_caseThreshold);
    caseRow->addStretch(1);
    layout->addLayout(caseRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    m_hasCaseThreshold->setChecked(testCase.threshold.has_value());
    m_caseThreshold->setValue(testCase.threshold.value_or(1.0));
    m_caseThreshold->setEnabled(testCase.threshold.has_value());
    connect(m_hasCaseThreshold, &QCheckBox::toggled, m_caseThreshold, &QWidget::setEnabled);

    connect(m_add, &QPushButton::clicked, this, &AssertionEditor::addAssertion);
    connect(m_remove, &QPushButton::clicked, this, &AssertionEditor::removeAssertion);
    connect(m_list, &QListWidget::currentRowChanged, this, &AssertionEditor::showCurrent);
    connect(m_type, &QComboBox::currentTextChanged, this, &AssertionEditor::storeCurrent);
    connect(m_negated, &QCheckBox::toggled, this, &AssertionEditor::storeCurrent);
    connect(m_value, &QLineEdit::textChanged, this, &AssertionEditor::storeCurrent);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, &AssertionEditor::storeCurrent);
    connect(m_hasThreshold, &QCheckBox::toggled, this, &AssertionEditor::storeCurrent);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &AssertionEditor::storeCurrent);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The tab order is the order the fields were made in: list, buttons, the fields top to bottom.
    refreshList();
    m_list->setCurrentRow(m_assertions.isEmpty() ? -1 : 0);
    showCurrent();
    resize(640, 360);
}

std::optional<double> AssertionEditor::caseThreshold() const
{
    return m_hasCaseThreshold->isChecked() ? std::optional<double>(m_caseThreshold->value()) : std::nullopt;
}

QJsonValue AssertionEditor::valueFromText(const QString &baseType, const QString &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (baseType == QLatin1String("latency") || baseType == QLatin1String("cost")) {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok)
            return number;
    }
    if (baseType == QLatin1String("is-json") || baseType == QLatin1String("contains-json")) {
        const QJsonDocument schema = QJsonDocument::fromJson(text.toUtf8());
        if (schema.isObject())
            return schema.object();
    }
    return text;
}

QString AssertionEditor::textOfValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(textOfValue(item));
        return items.join(QLatin1Char(','));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

void AssertionEditor::addAssertion()
{
    Assertion assertion;
    assertion.type = QStringLiteral("contains");
    m_assertions.append(assertion);
    refreshList();
    m_list->setCurrentRow(int(m_assertions.size()) - 1);
    m_value->setFocus();
}

void AssertionEditor::removeAssertion()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_assertions.size())
        return;
    m_assertions.removeAt(row);
    refreshList();
    m_list->setCurrentRow(std::min(row, int(m_assertions.size()) - 1));
    showCurrent();
}

void AssertionEditor::refreshList()
{
    const QSignalBlocker blocker(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Assertion &assertion : std::as_const(m_assertions))
        m_list->addItem(assertionText(assertion));
    m_list->setCurrentRow(std::min(row, int(m_assertions.size()) - 1));
}

void AssertionEditor::showCurrent()
{
    const int row = m_list->currentRow();
    const bool has = row >= 0 && row < m_assertions.size();
    for (QWidget *field : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_negated), static_cast<QWidget *>(m_value),
             static_cast<QWidget *>(m_weight), static_cast<QWidget *>(m_hasThreshold)})
        field->setEnabled(has);
    m_remove->setEnabled(has);
    m_showing = true;
    if (has) {
        const Assertion &assertion = m_assertions.at(row);
        m_type->setCurrentText(assertion.baseType());
        m_negated->setChecked(assertion.isNegated());
        m_value->setText(textOfValue(assertion.value));
        m_weight->setValue(assertion.weight);
        m_hasThreshold->setChecked(assertion.threshold.has_value());
        m_threshold->setValue(assertion.threshold.value_or(0));
    }
    m_threshold->setEnabled(has && m_hasThreshold->isChecked());
    m_showing = false;
    const std::optional<QString> problem = has ? assertionProblem(m_assertions.at(row)) : std::nullopt;
    m_problem->setText(problem.value_or(QString()));
}

void AssertionEditor::storeCurrent()
{
    const int row = m_list->currentRow();
    if (m_showing || row < 0 || row >= m_assertions.size())
        return;
    Assertion &assertion = m_assertions[row];
    const QString baseType = m_type->currentText();
    assertion.type = m_negated->isChecked() ? QStringLiteral("not-") + baseType : baseType;
    assertion.value = valueFromText(baseType, m_value->text());
    assertion.weight = m_weight->value();
    assertion.threshold = m_hasThreshold->isChecked() ? std::optional<double>(m_threshold->value()) : std::nullopt;
    m_threshold->setEnabled(m_hasThreshold->isChecked());
    m_list->item(row)->setText(assertionText(assertion));
    m_problem->setText(assertionProblem(assertion).value_or(QString()));
}

} // namespace pw
