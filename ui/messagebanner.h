#pragma once

#include <QFrame>

#include <array>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace pw {

// A non-modal message above the editors, in the manner of KMessageWidget: a
// tinted frame with an icon, the text, optional details (a request id) and
// action buttons. It never takes the focus from what the user is typing.
//
// It owns every message of its page, one per topic. The most urgent one
// shows; closing it (or clearing its topic) brings back the one below, so
// that, say, starting a tool clears the tool's old error but never throws
// away the offer to recover unsaved work.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Positive, Warning, Error };
    // Who says it, least urgent first: what the user just did comes before
    // what waits from an earlier session.
    enum class Topic { Recovery, Document, Tool };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Replaces topic's message with text and, in smaller print, details.
    // Actions become buttons; they stay owned by the caller.
    void showMessage(
        Topic topic, Type type, const QString &text, const QString &details = {}, const QList<QAction *> &actions = {});
    // Takes topic's message away.
    void clear(Topic topic);
    // Closes the message shown (the close button does the same).
    void dismiss();

    // The message shown.
    Topic topic() const { return m_shown; }
    Type type() const;
    QString text() const;
    QString details() const;
    QList<QAction *> actions() const;

signals:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Message
    {
        bool active = false;
        Type type = Type::Information;
        QString text;
        QString details;
        QList<QAction *> actions;
    };
    const Message &shown() const { return m_messages.at(std::size_t(m_shown)); }
    void showMostUrgent();
    QColor typeColor() const;
    void updateIcon();

    std::array<Message, 3> m_messages;
    Topic m_shown = Topic::Recovery;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
    QList<QWidget *> m_actionButtons;
};

} // namespace pw
