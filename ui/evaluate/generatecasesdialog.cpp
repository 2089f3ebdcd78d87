#include "generatecasesdialog.h"

#include "casegenerator.h"

#include "dialogs.h"

#include "eval/casegeneration.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pw {

namespace {

constexpr int defaultCaseCount = 10;

} // namespace

GenerateCasesDialog::GenerateCasesDialog(CaseGenerator *generator, const QString &engine, const Prompt &prompt,
    const QStringList &variables, const TestSuite &existing, QWidget *parent)
    : QDialog(parent), m_generator(generator), m_engine(engine), m_prompt(prompt), m_variables(variables), m_existing(existing),
      m_count(new QSpinBox(this)), m_generate(new QPushButton(tr("&Generate"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_table(new QTableWidget(this)), m_add(new QPushButton(this))
{
    setWindowTitle(tr("Generate Test Cases"));
    m_count->setObjectName(QStringLiteral("generateCount"));
    m_generate->setObjectName(QStringLiteral("generateStart"));
    m_progress->setObjectName(QStringLiteral("generateProgress"));
    m_status->setObjectName(QStringLiteral("generateStatus"));
    m_table->setObjectName(QStringLiteral("generatedCases"));
    m_add->setObjectName(QStringLiteral("addGenerated"));

    m_count->setRange(1, maxGeneratedCases);
    m_count->setValue(defaultCaseCount);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);

    QStringList headers {tr("Add")};
    headers += variables;
    headers << tr("Ideal output") << tr("Description");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Generated test cases"));

    auto *countLabel = new QLabel(tr("&Cases to write:"), this);
    countLabel->setBuddy(m_count);
    auto *top = new QHBoxLayout;
    top->addWidget(countLabel);
    top->addWidget(m_count);
    top->addWidget(m_generate);
    top->addWidget(m_progress, 1);
    top->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GenerateCasesDialog::reject);
    acceptOnCtrlReturn(this, m_add);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 480);

    connect(m_generate, &QPushButton::clicked, this, &GenerateCasesDialog::generate);
    connect(m_generator, &CaseGenerator::progressChanged, this, &GenerateCasesDialog::onProgress);
    connect(m_generator, &CaseGenerator::finished, this, &GenerateCasesDialog::onFinished);
    connect(m_table, &QTableWidget::itemChanged, this, &GenerateCasesDialog::updateAddButton);
    m_status->setText(tr("The tool model writes realistic, varied values for %1. You choose which cases to add.")
                          .arg(variables.join(QStringLiteral(", "))));
    updateAddButton();
}

void GenerateCasesDialog::generate()
{
    m_generate->setEnabled(false);
    m_count->setEnabled(false);
    m_progress->setRange(0, m_count->value());
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setVisible(true);
    m_status->setText(tr("The tool model is writing %n test case(s)…", nullptr, m_count->value()));
    m_table->setRowCount(0);
    updateAddButton();
    m_generator->start(m_engine, m_prompt, m_variables, m_count->value(), m_existing);
}

void GenerateCasesDialog::onProgress(int cases)
{
    m_progress->setValue(cases);
}

void GenerateCasesDialog::onFinished()
{
    m_generate->setEnabled(true);
    m_generate->setText(tr("&Generate Again"));
    m_count->setEnabled(true);
    m_progress->setVisible(false);
    if (!m_generator->error().isEmpty()) {
        m_status->setText(tr("No test cases: %1").arg(m_generator->error()));
        return;
    }
    m_status->setText(tr("Tick the cases to add; a double-click edits a cell."));
    showCases(m_generator->cases());
    m_table->setFocus();
}

void GenerateCasesDialog::showCases(const TestSuite &cases)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(cases.size()));
    for (int row = 0; row < cases.size(); ++row) {
        const TestCase &testCase = cases.at(row);
        auto *tick = new QTableWidgetItem;
        tick->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        tick->setCheckState(Qt::Checked);
        m_table->setItem(row, 0, tick);
        for (int v = 0; v < m_variables.size(); ++v)
            m_table->setItem(row, 1 + v, new QTableWidgetItem(testCase.vars.value(m_variables.at(v))));
        m_table->setItem(row, idealColumn(), new QTableWidgetItem(testCase.idealOutput));
        m_table->setItem(row, descriptionColumn(), new QTableWidgetItem(testCase.description));
    }
    m_table->resizeColumnsToContents();
    for (int column = 1; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    updateAddButton();
}

TestSuite GenerateCasesDialog::acceptedCases() const
{
    TestSuite cases;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->checkState() != Qt::Checked)
            continue;
        TestCase testCase;
        for (int v = 0; v < m_variables.size(); ++v)
            testCase.vars.insert(m_variables.at(v), m_table->item(row, 1 + v)->text());
        testCase.idealOutput = m_table->item(row, idealColumn())->text();
        testCase.description = m_table->item(row, descriptionColumn())->text();
        cases.append(testCase);
    }
    return cases;
}

void GenerateCasesDialog::updateAddButton()
{
    const int count = int(acceptedCases().size());
    m_add->setText(tr("&Add %n", nullptr, count));
    m_add->setEnabled(count > 0);
}

void GenerateCasesDialog::reject()
{
    m_generator->cancel();
    QDialog::reject();
}

} // namespace pw
