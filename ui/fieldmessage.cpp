#include "ui/fieldmessage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QResizeEvent>
#include <QStyle>

FieldMessage::FieldMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->setSpacing(6);
    m_icon->setObjectName(QStringLiteral("icon"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

QString FieldMessage::iconPath(Kind kind)
{
    switch (kind) {
    case Kind::Error:
        return QStringLiteral(":/icons/error.svg");
    case Kind::Warning:
        return QStringLiteral(":/icons/warning.svg");
    case Kind::Info:
        return QStringLiteral(":/icons/info.svg");
    case Kind::Success:
        return QStringLiteral(":/icons/ok.svg");
    case Kind::None:
        break;
    }
    return {};
}

void FieldMessage::setMessage(Kind kind, const QString &text)
{
    if (text.isEmpty())
        kind = Kind::None;
    if (kind == m_kind && text == m_text->text())
        return;
    m_kind = kind;
    m_text->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(kind == Kind::None ? QPixmap()
                                         : QIcon(iconPath(kind)).pixmap(size, size, QIcon::Normal));
    m_icon->setFixedSize(size, qMax(size, m_text->fontMetrics().height()));
    // Shades with enough contrast on the palette's background; the icon carries the meaning.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QString colour;
    if (kind == Kind::Error)
        colour = dark ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #b71c1c;");
    else if (kind == Kind::Warning)
        colour = dark ? QStringLiteral("color: #ffd180;") : QStringLiteral("color: #7a4f00;");
    m_text->setStyleSheet(colour);
    m_icon->setAccessibleName(kind == Kind::Error     ? tr("Error")
                              : kind == Kind::Warning ? tr("Warning")
                              : kind == Kind::Success ? tr("Done")
                                                      : tr("Note"));
    m_text->setAccessibleName(accessibleText());
    setVisible(kind != Kind::None);
    updateHeight();
}

void FieldMessage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Not from inside the resize: the layout applies this event's size after the handler.
    if (!m_heightPending) {
        m_heightPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_heightPending = false;
                updateHeight();
            },
            Qt::QueuedConnection);
    }
}

void FieldMessage::updateHeight()
{
    const QMargins margins = layout()->contentsMargins() + contentsMargins();
    const int textWidth =
        width() - m_icon->width() - layout()->spacing() - margins.left() - margins.right();
    if (textWidth <= 0)
        return;
    const int height = qMax(m_text->heightForWidth(textWidth), m_icon->height()) + margins.top() +
                       margins.bottom();
    if (height != maximumHeight())
        setFixedHeight(height);
}

QString FieldMessage::text() const
{
    return m_text->text();
}

QString FieldMessage::accessibleText() const
{
    switch (m_kind) {
    case Kind::Error:
        return tr("Error: %1").arg(m_text->text());
    case Kind::Warning:
        return tr("Warning: %1").arg(m_text->text());
    case Kind::Info:
    case Kind::Success:
        return m_text->text();
    case Kind::None:
        break;
    }
    return {};
}

void FieldMessage::setTextSelectable(bool selectable)
{
    m_text->setTextInteractionFlags(selectable
                                        ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                        : Qt::NoTextInteraction);
}
