#include "helpwindows.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace pw {

namespace {

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void addRow(QStandardItemModel *model, const QAction *action, const QString &where)
{
    QList<QStandardItem *> row {
        new QStandardItem(textWithoutMnemonic(action->text())), new QStandardItem(keysOf(action)), new QStandardItem(where)};
    for (QStandardItem *item : row)
        item->setEditable(false);
    model->appendRow(row);
}

void addMenu(QStandardItemModel *model, const QMenu *menu, const QString &path, QSet<const QAction *> &listed)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            addMenu(model, action->menu(), ShortcutsDialog::tr("%1 > %2").arg(path, textWithoutMnemonic(action->text())), listed);
        else if (!action->isSeparator() && !action->shortcuts().isEmpty() && !listed.contains(action))
            addRow(model, action, path);
        listed.insert(action);
    }
}

// Where an action outside the menus works: the tab of the window it belongs to.
QString placeOf(const QAction *action)
{
    for (const QObject *object = action->parent(); object; object = object->parent()) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        const QWidget *stack = widget ? widget->parentWidget() : nullptr;
        if (const auto *tabs = qobject_cast<const QTabWidget *>(stack ? stack->parentWidget() : nullptr)) {
            if (const int index = tabs->indexOf(const_cast<QWidget *>(widget)); index >= 0)
                return textWithoutMnemonic(tabs->tabText(index));
        }
    }
    return ShortcutsDialog::tr("Window");
}

} // namespace

QString textWithoutMnemonic(const QString &text)
{
    // "保存(&S)": the letter in brackets exists only for the mnemonic.
    static const QRegularExpression bracketed(QStringLiteral("\\(&[^&]\\)"));
    QString plain = QString(text).remove(bracketed);
    QString result;
    result.reserve(plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) != u'&') {
            result.append(plain.at(i));
        } else if (i + 1 < plain.size() && plain.at(i + 1) == u'&') {
            // "&&" is a literal ampersand.
            result.append(u'&');
            ++i;
        }
    }
    return result;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *model = new QStandardItemModel(this);
    model->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut"), tr("Where")});
    QSet<const QAction *> listed;
    for (QAction *entry : window->menuBar()->actions()) {
        if (entry->menu())
            addMenu(model, entry->menu(), textWithoutMnemonic(entry->text()), listed);
    }
    // The views' own keys (the Evaluate view's F5, a diff's F8): one row each, though a view may exist twice.
    QSet<QString> seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        const QString key = action->text() + u'\n' + keysOf(action);
        if (listed.contains(action) || action->shortcuts().isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        addRow(model, action, placeOf(action));
    }

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("shortcutSearch"));
    m_search->setPlaceholderText(tr("Search commands, keys and menus"));
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setClearButtonEnabled(true);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setModel(m_filter);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 32);
}

int ShortcutsDialog::visibleCount() const
{
    return m_filter->rowCount();
}

GuideDialog::GuideDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Promptwerk Guide"));
    auto *layout = new QVBoxLayout(this);
    if (QLocale().language() != QLocale::English && QLocale().language() != QLocale::C) {
        auto *note = new QLabel(tr("This guide is in English only."), this);
        note->setObjectName(QStringLiteral("guideLanguageNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("guideBrowser"));
    browser->setOpenExternalLinks(true);
    browser->setSource(QUrl(QStringLiteral("qrc:/promptwerk/help/guide.html")));
    layout->addWidget(browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 36);
}

} // namespace pw
