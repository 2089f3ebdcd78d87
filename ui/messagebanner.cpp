#include "messagebanner.h"

#include "uicolors.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pw {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_details(new QLabel(this)), m_buttons(new QHBoxLayout),
      m_close(new QToolButton(this))
{
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_details->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_details->setFont(small);
    texts->addWidget(m_text);
    texts->addWidget(m_details);
    layout->addLayout(texts, 1);

    m_buttons->setSpacing(6);
    layout->addLayout(m_buttons);

    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setFocusPolicy(Qt::NoFocus);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::details() const
{
    return m_details->text();
}

MessageBanner::Type MessageBanner::type() const
{
    return shown().type;
}

QList<QAction *> MessageBanner::actions() const
{
    return isHidden() ? QList<QAction *>() : shown().actions;
}

void MessageBanner::showMessage(
    Topic topic, Type type, const QString &text, const QString &details, const QList<QAction *> &actions)
{
    m_messages.at(std::size_t(topic)) = {true, type, text, details, actions};
    showMostUrgent();
}

void MessageBanner::clear(Topic topic)
{
    Message &message = m_messages.at(std::size_t(topic));
    if (!message.active)
        return;
    message = {};
    showMostUrgent();
}

void MessageBanner::dismiss()
{
    if (isHidden())
        return;
    m_messages.at(std::size_t(m_shown)) = {};
    showMostUrgent();
    emit dismissed();
}

void MessageBanner::showMostUrgent()
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    const auto urgent = std::find_if(m_messages.crbegin(), m_messages.crend(), [](const Message &m) { return m.active; });
    if (urgent == m_messages.crend()) {
        hide();
        return;
    }
    m_shown = Topic(std::distance(m_messages.cbegin(), urgent.base()) - 1);
    const Message &message = *urgent;
    m_text->setText(message.text);
    m_details->setText(message.details);
    m_details->setVisible(!message.details.isEmpty());
    for (QAction *action : message.actions) {
        // No mnemonics: the banner's buttons come and go, and would take letters
        // the menus and labels of the window need in every language.
        auto *button = new QPushButton(action->icon(), QString(action->text()).remove(QLatin1Char('&')), this);
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
        m_buttons->addWidget(button, 0, Qt::AlignTop);
        m_actionButtons.append(button);
    }
    updateIcon();
    setAccessibleDescription(message.details.isEmpty() ? message.text : message.text + QLatin1Char('\n') + message.details);
    show();
    update();
}

QColor MessageBanner::typeColor() const
{
    switch (shown().type) {
    case Type::Error:
        return uicolors::negative();
    case Type::Positive:
        return uicolors::positive();
    case Type::Warning:
        return uicolors::neutral();
    case Type::Information:
        break;
    }
    return uicolors::active();
}

void MessageBanner::updateIcon()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (shown().type == Type::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (shown().type == Type::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = typeColor();
    const QColor window = palette().color(QPalette::Window);
    painter.setPen(QPen(color, 1));
    painter.setBrush(uicolors::blend(window, color, window.lightness() < 128 ? 0.28 : 0.18));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        updateIcon();
}

} // namespace pw
