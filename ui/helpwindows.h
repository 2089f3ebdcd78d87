#pragma once

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QSortFilterProxyModel;
class QTreeView;

namespace pw {

// Every command of the window that has a shortcut, read from the actions
// themselves when the list opens, so it never disagrees with the menus: the
// menus' commands first, then the views' own (Evaluate, the diffs). A search
// filters commands, keys and places.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);

    // The rows shown, after the search.
    int visibleCount() const;

private:
    QLineEdit *m_search;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_list;
};

// The short guide (English, from the resources): writing, variables, the
// tools, running, evaluating, exporting.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);
};

// An action's text as a list shows it: without its mnemonic, "&Save" and "保存(&S)" alike.
QString textWithoutMnemonic(const QString &text);

} // namespace pw
