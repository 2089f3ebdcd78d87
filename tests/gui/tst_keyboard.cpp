// The window from the keyboard, offscreen: unique mnemonics in every
// language the window speaks (each menu, the window's own labels and
// buttons, each dialog), a Tab order through every editor without traps,
// the variables table (arrows inside, Tab out, typing replaces a value),
// Ctrl+Return in dialogs, and a keyboard-only walk from a new document to
// an export.

#include "guitestsupport.h"

#include "dialogs.h"
#include "evaluate/optimizedialog.h"
#include "exportdialog.h"
#include "generatedialog.h"
#include "messagelisteditor.h"
#include "prompteditor.h"
#include "promptworkspace.h"
#include "settingsdialog.h"
#include "translations.h"
#include "variablesmodel.h"
#include "variabletable.h"

#include "tools/toolsession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>

using namespace pw;
using namespace pw::test;

namespace {

// The texts that take part in one level of mnemonics: what Alt+letter can reach at once.
struct MnemonicLevel
{
    QString name;
    QStringList texts;
};

void addText(MnemonicLevel &level, const QString &text)
{
    if (!QKeySequence::mnemonic(text).isEmpty())
        level.texts.append(text);
}

// Labels with a buddy and buttons, visible in root and not inside a menu or another window.
void addWidgets(MnemonicLevel &level, QWidget *root)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != root->window() || !widget->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            addText(level, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            addText(level, button->text());
    }
}

QList<MnemonicLevel> menuLevels(QMenu *menu, const QString &path)
{
    QList<MnemonicLevel> levels;
    MnemonicLevel level {path, {}};
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        addText(level, action->text());
        if (action->menu())
            levels += menuLevels(action->menu(), path + QStringLiteral(" > ") + action->text());
    }
    levels.prepend(level);
    return levels;
}

// A structured answer of the claude engine: an improved few-shot prompt.
QString improvedFewShot()
{
    auto message = [](const char *role, const QString &text) {
        return QJsonObject {{QStringLiteral("role"), QString::fromLatin1(role)},
            {QStringLiteral("content"),
                QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}}}}};
    };
    const QJsonObject answer {
        {QStringLiteral("system"), QStringLiteral("You translate English words into German. Answer with the word only.")},
        {QStringLiteral("messages"),
            QJsonArray {message("user", QStringLiteral("<word>cat</word>")), message("assistant", QStringLiteral("Katze")),
                message("user", QStringLiteral("<word>dog</word>"))}}};
    return QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

QStringList clashes(const MnemonicLevel &level)
{
    QHash<QKeySequence, QString> seen;
    QStringList found;
    for (const QString &text : level.texts) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        const auto it = seen.constFind(key);
        if (it != seen.cend())
            found.append(QStringLiteral("%1: %2 for \"%3\" and \"%4\"").arg(level.name, key.toString(), it.value(), text));
        else
            seen.insert(key, text);
    }
    return found;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkbenchSetup> m_setup;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_setup->context());
        newDocument(*m_window, samplePrompt(), sampleValues());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    DocumentPage *page() const { return m_window->currentPage(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_setup = std::make_unique<WorkbenchSetup>();
        QVERIFY(m_setup->start());
    }

    void cleanup()
    {
        m_window.reset();
        m_setup.reset();
    }

    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "ja", "ru", "id"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        const QList<QTranslator *> translators = installTranslators(*qApp, QLocale(language));
        // Qt has no catalogue of its own for every language; ours must be there.
        if (language != QLatin1String("en"))
            QVERIFY2(!translators.isEmpty() && translators.constLast()->language().startsWith(language), "no translation loaded");
        const auto uninstall = qScopeGuard([&translators] {
            for (QTranslator *translator : translators) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        });
        openWindow();

        QList<MnemonicLevel> levels;
        MnemonicLevel window {QStringLiteral("main window"), {}};
        for (QAction *menu : m_window->menuBar()->actions()) {
            addText(window, menu->text());
            levels += menuLevels(menu->menu(), menu->text());
        }
        // The docks on the right share one place: each of them with the rest of the window.
        for (const char *dock : {"historyDock", "runDock"}) {
            child<QDockWidget>(m_window.get(), QString::fromLatin1(dock))->raise();
            MnemonicLevel withDock = window;
            withDock.name = QStringLiteral("main window with %1").arg(QString::fromLatin1(dock));
            addWidgets(withDock, m_window.get());
            QVERIFY(withDock.texts.size() > 12);
            levels.prepend(withDock);
        }

        GenerateDialog generate(m_window.get());
        generate.show();
        MnemonicLevel generateLevel {QStringLiteral("Generate dialog"), {}};
        addWidgets(generateLevel, &generate);
        QVERIFY(!generateLevel.texts.isEmpty());
        levels.append(generateLevel);

        ExportDialog exportDialog(ExportSource(), QStringLiteral("prompt"), QString(), nullptr, {}, m_window.get());
        exportDialog.show();
        MnemonicLevel exportLevel {QStringLiteral("Export dialog"), {}};
        addWidgets(exportLevel, &exportDialog);
        QVERIFY(exportLevel.texts.size() >= 4);
        levels.append(exportLevel);

        OptimizeDialog optimize(&m_setup->settings, {}, m_window.get());
        optimize.show();
        MnemonicLevel optimizeLevel {QStringLiteral("Optimize dialog"), {}};
        addWidgets(optimizeLevel, &optimize);
        QVERIFY(optimizeLevel.texts.size() >= 6);
        levels.append(optimizeLevel);

        ToolSession *session = page()->session();
        SettingsDialog settings(&session->settings(), session->sources().secrets, session->sources().environment, m_window.get());
        settings.show();
        for (const QString &engine : {QStringLiteral("claude"), QStringLiteral("openai"), QStringLiteral("local")}) {
            settings.selectEngine(engine);
            MnemonicLevel settingsLevel {QStringLiteral("Settings dialog (%1)").arg(engine), {}};
            addWidgets(settingsLevel, &settings);
            levels.append(settingsLevel);
        }

        QStringList found;
        for (const MnemonicLevel &level : std::as_const(levels))
            found += clashes(level);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // Tab from the system prompt goes through every editor, in order, and comes back:
    // no stop that shows nothing, no place it cannot leave.
    void tabOrderGoesThroughEveryEditor()
    {
        openWindow();
        newDocument(*m_window,
            Prompt {QStringLiteral("You translate {{WORD}}."),
                {Message::user(QStringLiteral("cat")), Message::assistant(QStringLiteral("Katze")),
                    Message::user(QStringLiteral("{{WORD}}"))}},
            {{QStringLiteral("WORD"), QStringLiteral("dog")}});
        auto *messages = child<MessageListEditor>(m_window.get(), QStringLiteral("messageList"));
        QCOMPARE(messages->count(), 3);
        QWidget *system = child<QWidget>(m_window.get(), QStringLiteral("systemEditor"));
        QWidget *feedback = child<QWidget>(m_window.get(), QStringLiteral("feedbackEditor"));
        QWidget *variables = child<QWidget>(m_window.get(), QStringLiteral("variableTable"));
        // New cards show once the event loop has run, as it does between a user's keys.
        QTRY_VERIFY(messages->editor(2)->isVisible());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        for (const Qt::KeyboardModifiers direction :
            {Qt::KeyboardModifiers(Qt::NoModifier), Qt::KeyboardModifiers(Qt::ShiftModifier)}) {
            page()->focusSystemPrompt();
            QCOMPARE(QApplication::focusWidget(), system);
            QList<QWidget *> visited;
            for (int step = 0; step < 60; ++step) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, direction);
                QWidget *focused = QApplication::focusWidget();
                QVERIFY(focused);
                if (focused == system)
                    break;
                QVERIFY2(focused->isVisible(), focused->metaObject()->className());
                QVERIFY2(!qobject_cast<QScrollArea *>(focused) && focused->metaObject() != &QWidget::staticMetaObject
                        && focused->metaObject() != &QFrame::staticMetaObject,
                    qPrintable(QStringLiteral("an invisible focus stop: %1 %2")
                                   .arg(QString::fromLatin1(focused->metaObject()->className()), focused->objectName())));
                visited.append(focused);
            }
            QCOMPARE(QApplication::focusWidget(), system); // came back: no trap
            QList<QWidget *> expected {messages->editor(0), messages->editor(1), messages->editor(2), feedback, variables};
            if (direction == Qt::ShiftModifier)
                std::reverse(expected.begin(), expected.end());
            qsizetype at = -1;
            for (QWidget *widget : expected) {
                const qsizetype found = visited.indexOf(widget);
                QVERIFY2(found > at, qPrintable(widget->objectName() + widget->accessibleName()));
                at = found;
            }
            if (direction == Qt::NoModifier) {
                // The message editors come right after the system prompt.
                QCOMPARE(visited.mid(0, 3), expected.mid(0, 3));
            }
        }
    }

    // Arrows move inside the table, typing replaces a value, Tab leaves the table.
    void variableTableFromTheKeyboard()
    {
        openWindow();
        auto *table = child<VariableTable>(m_window.get(), QStringLiteral("variableTable"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(
            QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), table);
        table->setCurrentIndex(table->model()->index(0, VariablesModel::NameColumn));
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentIndex().column(), int(VariablesModel::ValueColumn));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        const QString name = table->currentIndex().siblingAtColumn(VariablesModel::NameColumn).data().toString();
        QVERIFY(!page()->workspace()->values().value(name).isEmpty());

        QTest::keyClick(table, 'A');
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QPlainTextEdit *>(editor));
        QTest::keyClicks(editor, QStringLiteral("cme"));
        QTest::keyClick(editor, Qt::Key_Tab);
        QCOMPARE(page()->workspace()->values().value(name), QStringLiteral("Acme"));
        QVERIFY(QApplication::focusWidget() != table);
        QVERIFY(!table->isAncestorOf(QApplication::focusWidget()));

        // Back into the table, Tab leaves it again at once.
        table->setFocus(Qt::TabFocusReason);
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
        // F2 edits the value without throwing it away.
        table->setFocus(Qt::TabFocusReason);
        QTest::keyClick(table, Qt::Key_F2);
        editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QPlainTextEdit *>(editor));
        QTest::keyClicks(editor, QStringLiteral(" Inc."));
        QTest::keyClick(editor, Qt::Key_Tab);
        QCOMPARE(page()->workspace()->values().value(name), QStringLiteral("Acme Inc."));
    }

    void ctrlReturnAcceptsTheGenerateDialog()
    {
        openWindow();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->focusSystemPrompt();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::ControlModifier);
        auto *dialog = child<GenerateDialog>(m_window.get(), QStringLiteral("generateDialog"));
        // The offscreen platform does not activate a new dialog as a window system does.
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QWidget *task = dialog->focusWidget();
        QVERIFY2(qobject_cast<QPlainTextEdit *>(task), task ? task->metaObject()->className() : "no focus");
        QTest::keyClicks(task, QStringLiteral("a chef"));
        QTest::keyClick(task, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(page()->session()->isBusy() || page()->hasPendingResult());
        QCOMPARE(page()->lastTask(), QStringLiteral("a chef"));
    }

    void ctrlReturnSavesTheSettings()
    {
        openWindow();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->focusSystemPrompt();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Comma, Qt::ControlModifier);
        auto *dialog = child<SettingsDialog>(m_window.get(), QStringLiteral("settingsDialog"));
        // The offscreen platform does not activate a new dialog as a window system does.
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QVERIFY(dialog->focusWidget());
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Settings saved."));
    }

    // From a new document to an export with the keyboard alone.
    void keyboardOnlyWalkThrough()
    {
        openWindow();
        const QString exported = m_setup->directory.filePath(QStringLiteral("few-shot.json"));
        m_setup->server.enqueue("/v1/messages", FakeResponse::anthropicStream({improvedFewShot()}));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The event loop runs between a user's keys (new message cards show then).
        auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QCoreApplication::processEvents();
            QWidget *target = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : QApplication::focusWidget();
            QVERIFY(target);
            QTest::keyClick(target, Qt::Key(key), modifiers);
        };
        auto type = [](const QString &text) {
            QTest::keyClicks(QApplication::focusWidget(), text);
        };

        page()->focusSystemPrompt();
        press(Qt::Key_N, Qt::ControlModifier); // a new, empty document
        press(Qt::Key_1, Qt::ControlModifier);
        type(QStringLiteral("You translate English words into German."));
        press(Qt::Key_Tab);
        type(QStringLiteral("cat"));
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        type(QStringLiteral("Katze"));
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        type(QStringLiteral("dog"));
        const Prompt written {QStringLiteral("You translate English words into German."),
            {Message::user(QStringLiteral("cat")), Message::assistant(QStringLiteral("Katze")),
                Message::user(QStringLiteral("dog"))}};
        QCOMPARE(page()->workspace()->prompt(), written);

        press(Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(page()->hasPendingResult(), 10000);
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(page()->workspace()->prompt().messages.size(), 3);
        QVERIFY(page()->workspace()->prompt().messages.at(0).text().contains(QStringLiteral("<word>cat</word>")));
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page()->workspace()->prompt(), written);

        // File > Export… through the menu's mnemonics, then Save… (Alt+S) in
        // the Export dialog; the ".json" name picks the Messages API format.
        FileDialog::setNextFileName(exported);
        press(Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        press(Qt::Key_E);
        QTRY_VERIFY(qobject_cast<ExportDialog *>(QApplication::activeModalWidget()));
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == QApplication::activeModalWidget());
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(QFile::exists(exported));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("Katze") && text.contains("dog"), text.constData());
        // The focus is still somewhere it can go on from (back in the window
        // once it is active again: the platform does that after the dialog).
        QTRY_VERIFY(QApplication::focusWidget());
        QVERIFY(!QApplication::activePopupWidget());
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
