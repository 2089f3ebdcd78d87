#pragma once

#include "async/latesttask.h"
#include "diff/promptdiff.h"

#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTextDocument;
class QToolButton;

namespace pw {

struct DiffDocuments;
struct PlaceholderSpot;

// Two prompts side by side with their word diff: two read-only panes that
// scroll together, changed lines tinted and changed words (or characters)
// highlighted in colours taken from the palette, a heading per section
// ("System", "Message 2 · user"), next/previous change (F8 / Shift+F8,
// Alt+Down / Alt+Up, or the buttons), a summary line and an "Ignore
// whitespace" switch. The comparison and the documents are built on a worker
// thread; the view says "Comparing…" meanwhile and stays responsive on
// megabyte prompts. A newer comparison cancels the running one.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    // Two plain texts, without section headings.
    void setTexts(const QString &left, const QString &right, const QString &leftTitle = {}, const QString &rightTitle = {});
    // System against system, each message against its counterpart.
    void setPrompts(const Prompt &left, const Prompt &right, const QString &leftTitle = {}, const QString &rightTitle = {});

    bool ignoreWhitespace() const;
    void setIgnoreWhitespace(bool ignore);

    bool isComparing() const { return m_comparing; }
    // The last comparison shown.
    const DiffSummary &summary() const { return m_summary; }
    QString summaryText() const;
    int changeCount() const;
    int currentChange() const { return m_currentChange; } // -1 before any navigation

    QPlainTextEdit *leftPane() const { return m_panes[0]; }
    QPlainTextEdit *rightPane() const { return m_panes[1]; }

public slots:
    void nextChange();
    void previousChange();
    void goToChange(int index);

signals:
    // The result of the last setTexts/setPrompts (or whitespace switch) is shown.
    void comparisonFinished();
    void currentChangeChanged(int index);
    // The user clicked a {{PLACEHOLDER}} in either pane.
    void variableActivated(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void stepChange(int direction);
    void compare();
    void showDocuments(std::unique_ptr<DiffDocuments> documents);
    void installDocument(int side, std::unique_ptr<QTextDocument> document);
    void finishShowing(std::unique_ptr<DiffDocuments> documents);
    void syncScroll(int fromSide);
    const PlaceholderSpot *placeholderAt(int side, const QPoint &viewportPosition) const;
    void updateNavigation();

    Prompt m_prompts[2];
    bool m_headings = true;
    bool m_comparing = false;
    bool m_syncing = false;
    DiffSummary m_summary;
    std::unique_ptr<DiffDocuments> m_shown; // changes and placeholders of what is shown
    int m_currentChange = -1;
    LatestTask<std::shared_ptr<DiffDocuments>> m_comparison;

    QPlainTextEdit *m_panes[2] = {};
    QLabel *m_titles[2] = {};
    QLabel *m_summaryLabel = nullptr;
    QCheckBox *m_ignoreWhitespace = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QPoint m_pressPosition;
};

} // namespace pw
