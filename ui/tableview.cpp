#include "ui/tableview.h"

#include "ui/accessibletable.h"

#include <QAccessible>

TableView::TableView(QWidget *parent)
    : QTableView(parent)
{
    AccessibleTable::installFactory();
    setTabKeyNavigation(false);
}

TableView::~TableView() = default;

int TableView::accessibleIndexOf(const QModelIndex &index) const
{
    if (!index.isValid() || !model())
        return -1;
    return index.row() * model()->columnCount(rootIndex()) + index.column();
}

void TableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QAbstractItemView::currentChanged(current, previous);
    if (QAccessible::isActive() && current.isValid() && hasFocus()) {
        QAccessibleEvent event(this, QAccessible::Focus);
        event.setChild(accessibleIndexOf(current));
        QAccessible::updateAccessibility(&event);
    }
}

void TableView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    QAbstractItemView::selectionChanged(selected, deselected);
    if (!QAccessible::isActive())
        return;
    const QModelIndex added = selected.indexes().value(0);
    if (added.isValid()) {
        QAccessibleEvent event(this, QAccessible::SelectionAdd);
        event.setChild(accessibleIndexOf(added));
        QAccessible::updateAccessibility(&event);
    }
    const QModelIndex removed = deselected.indexes().value(0);
    if (removed.isValid() && removed.model() == model()) {
        QAccessibleEvent event(this, QAccessible::SelectionRemove);
        event.setChild(accessibleIndexOf(removed));
        QAccessible::updateAccessibility(&event);
    }
}
