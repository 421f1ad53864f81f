#include "pages/wraplabel.h"

#include <QEvent>

namespace facturos::pages {

WrapLabel::WrapLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

int WrapLabel::heightForWidth(int width) const
{
    if (m_heightsText != text()) { // setText() is not virtual: a new text is noticed here
        m_heights.clear();
        m_heightsText = text();
    }
    if (const auto known = m_heights.constFind(width); known != m_heights.cend())
        return *known;
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrapLabel::changeEvent(QEvent *event)
{
    // What changes the text's height besides the text itself.
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LanguageChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace facturos::pages
