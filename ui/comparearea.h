#pragma once

#include "api/prompttoolstypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace pw {

class ComparePanes;

// A tool's result next to the prompt it was made from, with what the tool
// noted about it (dropped variables, a folded prefill, ...) and the Accept
// and Reject buttons (the window's actions).
class CompareArea : public QWidget
{
    Q_OBJECT

public:
    explicit CompareArea(QWidget *parent = nullptr);

    void setActions(QAction *accept, QAction *reject);

    // title: "Improved prompt"; summary: engine, model and tokens in one line.
    void showResult(const QString &title, const QString &summary, const Prompt &original, const ToolResult &result);

    ComparePanes *panes() const { return m_panes; }
    QString title() const;
    QStringList notes() const;
    // Templatize: the values it found, as shown.
    VariableValues foundValues() const;

signals:
    void variableActivated(const QString &name);

private:
    QLabel *m_title;
    QLabel *m_summary;
    QWidget *m_notesBox;
    QVBoxLayout *m_notesLayout;
    QStringList m_notes;
    QTableWidget *m_values;
    ComparePanes *m_panes;
    QPushButton *m_accept;
    QPushButton *m_reject;
};

} // namespace pw
