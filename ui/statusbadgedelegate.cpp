#include "ui/statusbadgedelegate.h"

#include "jobs/jobtablemodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

constexpr int kIconSize = 12;
constexpr int kPadding = 6;
constexpr int kSpacing = 4;
constexpr int kVerticalPadding = 2;

struct Palette
{
    QColor fill;   // badge background, light so that dark text stays legible
    QColor accent; // border and icon
    QColor text;
};

Palette paletteFor(ImportJobStatus status)
{
    switch (status) {
    case ImportJobStatus::CreatePending:
        return {QColor(0xef, 0xf1, 0xf5), QColor(0x5f, 0x6b, 0x7a), QColor(0x2b, 0x33, 0x3d)};
    case ImportJobStatus::CreateInProgress:
        return {QColor(0xe3, 0xee, 0xfb), QColor(0x15, 0x65, 0xc0), QColor(0x0d, 0x3c, 0x73)};
    case ImportJobStatus::Active:
        return {QColor(0xe6, 0xf4, 0xe7), QColor(0x2e, 0x7d, 0x32), QColor(0x1b, 0x4d, 0x1e)};
    case ImportJobStatus::CreateFailed:
        return {QColor(0xfd, 0xe8, 0xe7), QColor(0xc6, 0x28, 0x28), QColor(0x8a, 0x1a, 0x1a)};
    case ImportJobStatus::Unknown:
        break;
    }
    return {QColor(0xf3, 0xf3, 0xf3), QColor(0x75, 0x75, 0x75), QColor(0x30, 0x30, 0x30)};
}

// The glyphs are drawn rather than loaded so that each state has its own shape: a clock for
// pending, a circular arrow for in progress, a check for active, a cross for failed.
void paintIcon(QPainter *painter, const QRectF &r, ImportJobStatus status, const QColor &accent)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawEllipse(r);
    QPen pen(Qt::white, r.width() / 7.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QPointF c = r.center();
    const qreal u = r.width() / 12.0;
    switch (status) {
    case ImportJobStatus::CreatePending:
        painter->drawLine(c, QPointF(c.x(), c.y() - 3.6 * u));
        painter->drawLine(c, QPointF(c.x() + 2.6 * u, c.y()));
        break;
    case ImportJobStatus::CreateInProgress: {
        const QRectF arc = r.adjusted(3 * u, 3 * u, -3 * u, -3 * u);
        painter->drawArc(arc, 90 * 16, 270 * 16);
        QPainterPath head;
        const QPointF tip(arc.center().x(), arc.top());
        head.moveTo(tip + QPointF(-2.2 * u, -1.8 * u));
        head.lineTo(tip + QPointF(0.6 * u, 0));
        head.lineTo(tip + QPointF(-2.2 * u, 1.8 * u));
        painter->drawPath(head);
        break;
    }
    case ImportJobStatus::Active: {
        QPainterPath check;
        check.moveTo(c + QPointF(-3.2 * u, 0.2 * u));
        check.lineTo(c + QPointF(-0.9 * u, 2.5 * u));
        check.lineTo(c + QPointF(3.3 * u, -2.4 * u));
        painter->drawPath(check);
        break;
    }
    case ImportJobStatus::CreateFailed:
        painter->drawLine(c + QPointF(-2.5 * u, -2.5 * u), c + QPointF(2.5 * u, 2.5 * u));
        painter->drawLine(c + QPointF(2.5 * u, -2.5 * u), c + QPointF(-2.5 * u, 2.5 * u));
        break;
    case ImportJobStatus::Unknown:
        painter->drawPoint(c);
        break;
    }
    painter->restore();
}

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

StatusBadgeDelegate::~StatusBadgeDelegate() = default;

QSize StatusBadgeDelegate::badgeSize(const QString &text, const QFont &font)
{
    const QFontMetrics metrics(font);
    const int height = qMax(kIconSize, metrics.height()) + 2 * kVerticalPadding;
    // One pixel of slack: the advance is rounded, and eliding measures the unrounded width.
    const int width =
        kPadding + kIconSize + kSpacing + metrics.horizontalAdvance(text) + 1 + kPadding;
    return {width, height};
}

void StatusBadgeDelegate::paintBadge(QPainter *painter, const QRect &rect, ImportJobStatus status,
                                     const QString &text, const QFont &font)
{
    const Palette colours = paletteFor(status);
    const QSize size = badgeSize(text, font);
    // Left-aligned and vertically centred in the cell; clipped to the cell if it is narrower.
    const QRect badge(rect.left(), rect.top() + (rect.height() - size.height()) / 2,
                      qMin(size.width(), rect.width()), size.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(rect);
    const qreal radius = badge.height() / 2.0;
    painter->setPen(QPen(colours.accent, 1));
    painter->setBrush(colours.fill);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    const QRectF iconRect(badge.left() + kPadding, badge.center().y() - kIconSize / 2.0 + 0.5,
                          kIconSize, kIconSize);
    paintIcon(painter, iconRect, status, colours.accent);

    painter->setFont(font);
    painter->setPen(colours.text);
    const QRect textRect = badge.adjusted(kPadding + kIconSize + kSpacing, 0, -kPadding, 0);
    const QString shown =
        QFontMetrics(font).elidedText(text, Qt::ElideRight, qMax(0, textRect.width()));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, shown);
    painter->restore();
}

QPixmap StatusBadgeDelegate::badgePixmap(ImportJobStatus status, const QString &text,
                                         const QFont &font, qreal devicePixelRatio)
{
    const QSize size = badgeSize(text, font);
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintBadge(&painter, QRect(QPoint(0, 0), size), status, text, font);
    return pixmap;
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The style draws the selection and focus background; the badge goes on top.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant statusValue = index.data(JobTableModel::StatusRole);
    const auto status = statusValue.isValid() ? static_cast<ImportJobStatus>(statusValue.toInt())
                                              : ImportJobStatus::Unknown;
    const QRect cell = option.rect.adjusted(4, 0, -4, 0);
    paintBadge(painter, cell, status, text, option.font);
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QSize badge = badgeSize(index.data(Qt::DisplayRole).toString(), option.font);
    return {qMax(base.width(), badge.width() + 8), qMax(base.height(), badge.height() + 2)};
}
