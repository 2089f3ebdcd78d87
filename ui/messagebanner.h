#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace pw {

// A non-modal message above the editors, in the manner of KMessageWidget: a
// tinted frame with an icon, the text, optional details (a request id) and
// action buttons. It never takes the focus from what the user is typing.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows the banner with text and, in smaller print, details. Actions
    // become buttons; they stay owned by the caller.
    void showMessage(Type type, const QString &text, const QString &details = {}, const QList<QAction *> &actions = {});
    // Hides it (the close button does the same).
    void dismiss();

    Type type() const { return m_type; }
    QString text() const;
    QString details() const;
    QList<QAction *> actions() const { return m_actions; }

signals:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QColor typeColor() const;
    void updateIcon();

    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
    QList<QAction *> m_actions;
    QList<QWidget *> m_actionButtons;
};

} // namespace pw
