#pragma once

#include "prompt/location.h"

#include <QTreeWidget>

namespace pw {

class PromptWorkspace;

// The prompt checks' findings: severity, message and where ("Message 2,
// line 4"). Activating one (click, Enter) asks the window to show its place.
class FindingsList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FindingsList(const PromptWorkspace *workspace, QWidget *parent = nullptr);

    void setFindings(const QList<Diagnostic> &findings);
    const QList<Diagnostic> &findings() const { return m_findings; }

    // "System, line 3", "Message 2, line 4", "Prompt".
    QString placeText(const Location &location) const;

signals:
    void findingActivated(const pw::Diagnostic &finding);

private:
    const PromptWorkspace *m_workspace;
    QList<Diagnostic> m_findings;
};

} // namespace pw
