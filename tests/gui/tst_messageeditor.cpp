// Editing a prompt: messages added, removed, moved and switched by the same
// actions the shortcuts trigger; one undo history for typing and structure;
// editors that grow with their text.

#include "messagelisteditor.h"
#include "prompteditor.h"
#include "promptworkspace.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace pw;

class TestMessageEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PromptWorkspace> m_workspace;
    std::unique_ptr<MessageListEditor> m_list;

    QStringList texts() const
    {
        QStringList result;
        for (const Message &message : m_workspace->prompt().messages)
            result.append(message.text());
        return result;
    }
    QList<Role> roles() const
    {
        QList<Role> result;
        for (const Message &message : m_workspace->prompt().messages)
            result.append(message.role);
        return result;
    }

private slots:
    void init()
    {
        m_workspace = std::make_unique<PromptWorkspace>();
        m_workspace->reset(
            Prompt {QStringLiteral("system"), {Message::user(QStringLiteral("one")), Message::assistant(QStringLiteral("two"))}});
        m_list = std::make_unique<MessageListEditor>(m_workspace.get());
        m_list->resize(600, 500);
        m_list->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_list.get()));
    }

    void cleanup()
    {
        m_list.reset();
        m_workspace.reset();
    }

    void shortcutsAreTheDocumentedOnes()
    {
        QCOMPARE(m_list->addMessageAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QCOMPARE(m_list->removeMessageAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
        QCOMPARE(m_list->moveUpAction()->shortcut(), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
        QCOMPARE(m_list->moveDownAction()->shortcut(), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
        QCOMPARE(m_list->toggleRoleAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    }

    void addInsertsAfterTheCurrentMessageWithTheNextRole()
    {
        m_list->setCurrentIndex(0);
        m_list->addMessageAction()->trigger();
        QCOMPARE(m_list->count(), 3);
        QCOMPARE(texts(), (QStringList {QStringLiteral("one"), QString(), QStringLiteral("two")}));
        QCOMPARE(roles(), (QList<Role> {Role::User, Role::Assistant, Role::Assistant}));
        QCOMPARE(m_list->currentIndex(), 1);
        QVERIFY(m_list->editor(1)->hasFocus() || !QApplication::focusWindow());
        QTest::keyClicks(m_list->editor(1), QStringLiteral("new"));
        QCOMPARE(texts().at(1), QStringLiteral("new"));
    }

    void removeTakesTheCurrentMessageAndUndoBringsItBack()
    {
        m_list->setCurrentIndex(0);
        m_list->removeMessageAction()->trigger();
        QCOMPARE(texts(), QStringList {QStringLiteral("two")});
        QCOMPARE(m_list->count(), 1);
        QCOMPARE(m_list->currentIndex(), 0);
        m_workspace->undoStack()->undo();
        QCOMPARE(texts(), (QStringList {QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(m_list->count(), 2);
        QCOMPARE(m_list->editor(0)->toPlainText(), QStringLiteral("one"));
    }

    void moveAndToggleRole()
    {
        m_list->setCurrentIndex(0);
        QVERIFY(!m_list->moveUpAction()->isEnabled());
        QVERIFY(m_list->moveDownAction()->isEnabled());
        m_list->moveDownAction()->trigger();
        QCOMPARE(texts(), (QStringList {QStringLiteral("two"), QStringLiteral("one")}));
        QCOMPARE(m_list->currentIndex(), 1);
        QCOMPARE(m_list->editor(1)->toPlainText(), QStringLiteral("one"));
        m_list->moveUpAction()->trigger();
        QCOMPARE(texts(), (QStringList {QStringLiteral("one"), QStringLiteral("two")}));

        m_list->setCurrentIndex(1);
        m_list->toggleRoleAction()->trigger();
        QCOMPARE(roles(), (QList<Role> {Role::User, Role::User}));
        m_workspace->undoStack()->undo();
        QCOMPARE(roles(), (QList<Role> {Role::User, Role::Assistant}));
        m_workspace->undoStack()->undo(); // the move up
        m_workspace->undoStack()->undo(); // the move down
        QCOMPARE(texts(), (QStringList {QStringLiteral("one"), QStringLiteral("two")}));
        QVERIFY(!m_workspace->undoStack()->canUndo());
    }

    void keyboardShortcutsReachTheActions()
    {
        // The actions live in the window's menu; here the list is the window.
        m_list->addActions({m_list->addMessageAction(), m_list->toggleRoleAction(), m_list->moveUpAction()});
        m_list->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_list.get()));
        m_list->setCurrentIndex(1);
        QTest::keyClick(m_list->editor(1), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(roles().at(1), Role::User);
        QTest::keyClick(m_list->editor(1), Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(texts(), (QStringList {QStringLiteral("two"), QStringLiteral("one")}));
        QTest::keyClick(m_list->editor(0), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_list->count(), 3);
    }

    // Typing, structure and values share one history, undone in order.
    void oneHistoryForEverything()
    {
        QUndoStack *stack = m_workspace->undoStack();
        QTest::keyClicks(m_list->editor(0), QStringLiteral("abc"));
        m_list->setCurrentIndex(1);
        m_list->toggleRoleAction()->trigger();
        m_workspace->setValue(QStringLiteral("X"), QStringLiteral("1"));
        QCOMPARE(stack->count(), 3);

        stack->undo();
        QVERIFY(m_workspace->values().isEmpty());
        stack->undo();
        QCOMPARE(m_workspace->role(1), Role::Assistant);
        stack->undo();
        QCOMPARE(texts().at(0), QStringLiteral("one"));
        stack->redo();
        QCOMPARE(texts().at(0), QStringLiteral("abcone"));
    }

    // The editor leaves Ctrl+Z to the window: its own document never undoes
    // behind the window's history.
    void editorLeavesUndoToTheWindow()
    {
        QTest::keyClicks(m_list->editor(0), QStringLiteral("x"));
        QTest::keyClick(m_list->editor(0), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(texts().at(0), QStringLiteral("xone"));
        QCOMPARE(m_workspace->undoStack()->count(), 1);
    }

    void applyingAPromptIsOneStepThatKeepsTheOldTypingHistory()
    {
        QUndoStack *stack = m_workspace->undoStack();
        QTest::keyClicks(m_list->editor(1), QStringLiteral("!"));
        const Prompt typed = m_workspace->prompt();
        m_workspace->applyPrompt(Prompt {{}, {Message::user(QStringLiteral("replaced {{A}}"))}},
            {{QStringLiteral("A"), QStringLiteral("a")}}, QStringLiteral("Accept"));
        QCOMPARE(m_list->count(), 1);
        QCOMPARE(m_list->editor(0)->toPlainText(), QStringLiteral("replaced {{A}}"));
        QCOMPARE(m_workspace->values().value(QStringLiteral("A")), QStringLiteral("a"));
        stack->undo();
        QCOMPARE(m_workspace->prompt(), typed);
        QVERIFY(m_workspace->values().isEmpty());
        QCOMPARE(m_list->count(), 2);
        stack->undo();
        QCOMPARE(texts().at(1), QStringLiteral("two"));
    }

    // Highlighted text (bold variables, fences) keeps every line in view.
    void highlightedTextFitsItsEditor()
    {
        PromptEditor *editor = m_list->editor(0);
        editor->setPlainText(
            QStringLiteral("<order>\nOrder: {{ORDER_ID}}\nPlan: {{PLAN_NAME}}\n</order>\n\n{{MESSAGE}}\n\nFormat:\n\n```\n"
                           "category: <one word>\nreply: <text>\n```"));
        QTextCursor end(editor->document());
        end.movePosition(QTextCursor::End);
        QTRY_VERIFY2(editor->cursorRect(end).bottom() < editor->viewport()->height(),
            qPrintable(QStringLiteral("last line ends at %1, the view at %2")
                           .arg(editor->cursorRect(end).bottom())
                           .arg(editor->viewport()->height())));
    }

    void editorGrowsWithItsTextUpToALimit()
    {
        PromptEditor *editor = m_list->editor(0);
        const int small = editor->height();
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, QStringLiteral("line"));
        }
        QTRY_VERIFY(editor->height() > small);
        QCOMPARE(editor->verticalScrollBar()->maximum(), 0); // all of it shows
        QApplication::processEvents();
        QTextCursor end(editor->document());
        end.movePosition(QTextCursor::End);
        const QRect lastLine = editor->cursorRect(end);
        QVERIFY2(lastLine.bottom() < editor->viewport()->height(),
            qPrintable(
                QStringLiteral("last line ends at %1, the view at %2").arg(lastLine.bottom()).arg(editor->viewport()->height())));
        QString many;
        for (int i = 0; i < 300; ++i)
            many += QStringLiteral("line %1\n").arg(i);
        editor->setPlainText(many);
        QTRY_VERIFY(editor->height() <= m_list->viewport()->height());
        QVERIFY(editor->verticalScrollBar()->maximum() > 0); // the rest scrolls inside
    }

    void addButtonStaysInViewBelowALongMessage_data()
    {
        QTest::addColumn<qreal>("fontScale");
        QTest::newRow("default font") << 1.0;
        QTest::newRow("tall font (as CJK fonts are)") << 1.6;
    }

    void addButtonStaysInViewBelowALongMessage()
    {
        QFETCH(qreal, fontScale);
        QFont font = m_list->font();
        font.setPointSizeF(font.pointSizeF() * fontScale);
        m_list->setFont(font);
        m_workspace->reset(Prompt {QString(), {Message::user(QStringLiteral("line\n").repeated(200))}});
        m_list->resize(600, 360);
        auto *addButton = m_list->findChild<QPushButton *>();
        QVERIFY(addButton);
        QTRY_VERIFY(m_list->editor(0)->verticalScrollBar()->maximum() > 0); // the message scrolls inside its card
        m_list->verticalScrollBar()->setValue(0);
        QApplication::processEvents();
        const QRect button(addButton->mapTo(m_list->viewport(), QPoint(0, 0)), addButton->size());
        QVERIFY2(m_list->viewport()->rect().contains(button),
            qPrintable(QStringLiteral("the Add button spans y %1 to %2, the view ends at %3")
                           .arg(button.top())
                           .arg(button.bottom())
                           .arg(m_list->viewport()->height())));
    }
};

QTEST_MAIN(TestMessageEditor)
#include "tst_messageeditor.moc"
