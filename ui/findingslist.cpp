#include "findingslist.h"

#include "promptworkspace.h"

#include <QHeaderView>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>

namespace pw {

namespace {

QStyle::StandardPixmap iconOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

FindingsList::FindingsList(const PromptWorkspace *workspace, QWidget *parent) : QTreeWidget(parent), m_workspace(workspace)
{
    setColumnCount(2);
    setHeaderLabels({tr("Finding"), tr("Where")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setWordWrap(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setAccessibleName(tr("Prompt checks"));
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = indexOfTopLevelItem(item);
        if (index >= 0 && index < m_findings.size())
            emit findingActivated(m_findings.at(index));
    });
    connect(this, &QTreeWidget::itemClicked, this, &QTreeWidget::itemActivated);
}

QString FindingsList::placeText(const Location &location) const
{
    const QTextDocument *document = nullptr;
    QString part;
    switch (location.section) {
    case Location::Section::Prompt:
        return tr("Prompt");
    case Location::Section::System:
        document = m_workspace->systemDocument().get();
        part = tr("System");
        break;
    case Location::Section::Message:
        if (location.message < 0 || location.message >= m_workspace->messageCount())
            return tr("Message %1").arg(location.message + 1);
        document = m_workspace->messageDocument(location.message).get();
        part = tr("Message %1").arg(location.message + 1);
        break;
    }
    if (location.offset < 0 || location.offset >= document->characterCount())
        return part;
    const int line = document->findBlock(int(location.offset)).blockNumber() + 1;
    return tr("%1, line %2").arg(part).arg(line);
}

void FindingsList::setFindings(const QList<Diagnostic> &findings)
{
    m_findings = findings;
    clear();
    for (const Diagnostic &finding : findings) {
        auto *item = new QTreeWidgetItem(this);
        item->setIcon(0, style()->standardIcon(iconOf(finding.severity), nullptr, this));
        item->setText(0, finding.message);
        item->setToolTip(0, finding.message);
        item->setText(1, placeText(finding.location));
    }
    if (findings.isEmpty()) {
        // Says the checks ran, rather than leaving an empty box.
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, tr("No problems found."));
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace pw
