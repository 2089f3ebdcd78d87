#include "comparepanes.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>

namespace pw {

namespace {

// Two read-only text panes that scroll together.
class PlainComparePanes : public ComparePanes
{
public:
    explicit PlainComparePanes(QWidget *parent) : ComparePanes(parent)
    {
        auto *layout = new QGridLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setHorizontalSpacing(6);
        for (int side = 0; side < 2; ++side) {
            auto *title = new QLabel(this);
            QFont bold = title->font();
            bold.setBold(true);
            title->setFont(bold);
            auto *text = new QPlainTextEdit(this);
            text->setReadOnly(true);
            text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout->addWidget(title, 0, side);
            layout->addWidget(text, 1, side);
            m_titles[side] = title;
            m_texts[side] = text;
        }
        layout->setRowStretch(1, 1);
        // Scroll together by proportion: the texts usually differ in length.
        for (int side = 0; side < 2; ++side) {
            QScrollBar *mine = m_texts[side]->verticalScrollBar();
            QScrollBar *other = m_texts[1 - side]->verticalScrollBar();
            connect(mine, &QScrollBar::valueChanged, this, [this, mine, other] {
                if (m_syncing || mine->maximum() == 0)
                    return;
                m_syncing = true;
                other->setValue(int(qint64(mine->value()) * other->maximum() / mine->maximum()));
                m_syncing = false;
            });
        }
    }

    void setTexts(const QString &leftTitle, const QString &left, const QString &rightTitle, const QString &right) override
    {
        m_titles[0]->setText(leftTitle);
        m_titles[1]->setText(rightTitle);
        m_texts[0]->setPlainText(left);
        m_texts[1]->setPlainText(right);
        m_texts[0]->setAccessibleName(leftTitle);
        m_texts[1]->setAccessibleName(rightTitle);
    }
    QString leftText() const override { return m_texts[0]->toPlainText(); }
    QString rightText() const override { return m_texts[1]->toPlainText(); }

private:
    QLabel *m_titles[2] = {};
    QPlainTextEdit *m_texts[2] = {};
    bool m_syncing = false;
};

} // namespace

ComparePanes *createComparePanes(QWidget *parent)
{
    return new PlainComparePanes(parent);
}

} // namespace pw
