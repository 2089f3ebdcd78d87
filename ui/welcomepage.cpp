#include "welcomepage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace pw {

namespace {

const QString showAtStartupKey = QStringLiteral("welcome/showAtStartup");

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QPushButton *leftAligned(QPushButton *button)
{
    button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 10px;"));
    return button;
}

} // namespace

QStringList bundledSamples()
{
    const QDir directory(QStringLiteral(":/promptwerk/samples"));
    QStringList paths;
    for (const QString &name : directory.entryList(QDir::Files, QDir::Name))
        paths.append(directory.filePath(name));
    return paths;
}

bool WelcomePage::showsAtStartup(const QSettings &settings)
{
    return settings.value(showAtStartupKey, true).toBool();
}

WelcomePage::WelcomePage(QSettings *settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    // A small window scrolls instead of cutting the page off.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *centered = new QHBoxLayout(content);
    auto *column = new QWidget(content);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 150);
    centered->addStretch(1);
    centered->addWidget(column, 3);
    centered->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(12);
    // What to open on the left, what the tools need on the right.
    auto *sides = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    sides->addLayout(left, 1);
    sides->addLayout(right, 1);

    auto *title = new QLabel(tr("Welcome to Promptwerk"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addWidget(paragraph(tr("Write a system prompt and messages with {{VARIABLES}}, let a model generate, improve "
                                   "or templatize them, run them and evaluate them over test cases. Help > Guide (%1) "
                                   "explains it in ten minutes.")
                                    .arg(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)),
        column));

    auto *start = new QGroupBox(tr("Start"), column);
    auto *startLayout = new QHBoxLayout(start);
    auto *newButton = new QPushButton(tr("New Prompt"), start);
    newButton->setObjectName(QStringLiteral("welcomeNew"));
    auto *openButton = new QPushButton(tr("Open…"), start);
    openButton->setObjectName(QStringLiteral("welcomeOpen"));
    startLayout->addWidget(newButton);
    startLayout->addWidget(openButton);
    startLayout->addStretch(1);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    left->addWidget(start);
    m_first = newButton;

    auto *samples = new QGroupBox(tr("Try a sample"), column);
    auto *samplesLayout = new QVBoxLayout(samples);
    samplesLayout->addWidget(paragraph(
        tr("A finished prompt with variables, test values and history. It opens as an untitled copy: saving asks for a name."),
        samples));
    for (const QString &path : bundledSamples()) {
        auto *button = leftAligned(new QPushButton(tr("Open sample “%1”").arg(QFileInfo(path).completeBaseName()), samples));
        button->setObjectName(QStringLiteral("welcomeSample"));
        connect(button, &QPushButton::clicked, this, [this, path] { emit sampleRequested(path); });
        samplesLayout->addWidget(button, 0, Qt::AlignLeft);
    }
    left->addWidget(samples);

    auto *recent = new QGroupBox(tr("Recent files"), column);
    m_recent = new QVBoxLayout(recent);
    left->addWidget(recent);
    left->addStretch(1);

    auto *engines = new QGroupBox(tr("Models and API keys"), column);
    engines->setObjectName(QStringLiteral("welcomeEngines"));
    auto *enginesLayout = new QVBoxLayout(engines);
    enginesLayout->addWidget(
        paragraph(tr("<p>The tools run on an engine, chosen in the toolbar.</p>"
                     "<ul><li><b>claude</b> needs an Anthropic API key: enter it in Settings (kept in the system keychain) "
                     "or set ANTHROPIC_API_KEY.</li>"
                     "<li><b>openai</b> talks to an OpenAI-compatible server; a local one (Ollama, llama.cpp) needs no key.</li>"
                     "<li><b>local</b> works offline without a key: it templatizes and checks prompts, but cannot "
                     "generate or improve.</li></ul>"),
            engines));
    auto *settingsButton = new QPushButton(tr("Open Settings…"), engines);
    settingsButton->setObjectName(QStringLiteral("welcomeSettings"));
    connect(settingsButton, &QPushButton::clicked, this, &WelcomePage::settingsRequested);
    enginesLayout->addWidget(settingsButton, 0, Qt::AlignLeft);
    right->addWidget(engines);
    right->addStretch(1);
    layout->addLayout(sides);

    auto *atStartup = new QCheckBox(tr("Show this page at startup"), column);
    atStartup->setObjectName(QStringLiteral("welcomeAtStartup"));
    atStartup->setChecked(showsAtStartup(*settings));
    connect(atStartup, &QCheckBox::toggled, this, [this](bool show) { m_settings->setValue(showAtStartupKey, show); });
    layout->addWidget(atStartup);
    layout->addStretch(1);
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *box = m_recent->parentWidget();
    if (paths.isEmpty())
        m_recent->addWidget(paragraph(tr("None yet: the files you open and save appear here."), box));
    for (const QString &path : paths) {
        auto *button = leftAligned(new QPushButton(QFileInfo(path).fileName(), box));
        button->setObjectName(QStringLiteral("welcomeRecent"));
        button->setToolTip(QDir::toNativeSeparators(path));
        connect(button, &QPushButton::clicked, this, [this, path] { emit recentRequested(path); });
        m_recent->addWidget(button, 0, Qt::AlignLeft);
    }
}

void WelcomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_first->setFocus(Qt::OtherFocusReason);
}

} // namespace pw
