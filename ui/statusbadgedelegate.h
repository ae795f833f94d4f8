#pragma once

#include "personalize/apitypes.h"

#include <QColor>
#include <QIcon>
#include <QStyledItemDelegate>

// Paints a job's status as a rounded badge with an icon and the status text, so that the state
// reads without relying on colour. Reads the status from JobTableModel::StatusRole.
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)

public:
    explicit StatusBadgeDelegate(QObject *parent = nullptr);
    ~StatusBadgeDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge alone, for other widgets (the details pane) that show a status the same way.
    static void paintBadge(QPainter *painter, const QRect &rect, ImportJobStatus status,
                           const QString &text, const QFont &font);
    static QSize badgeSize(const QString &text, const QFont &font);
    static QPixmap badgePixmap(ImportJobStatus status, const QString &text, const QFont &font,
                               qreal devicePixelRatio);
};
