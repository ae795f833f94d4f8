#pragma once

// Reads a table the way a screen reader does through Qt's AT-SPI bridge, and catches the
// warnings that reading causes. Orca goes through every child index of a table and asks for its
// row and column extents, which the bridge answers with cellAt(index / columns,
// index % columns); it asks a column's header through the column's first cell; and it reads
// each cell's name and description.

#include <QAbstractItemView>
#include <QAccessible>
#include <QStringList>

namespace ScreenReader {

struct Reading
{
    int cells = 0;        // cells read through cellAt()
    int misplaced = 0;    // children whose row and column do not match their index
    QStringList warnings; // what the reading printed about invalid cells
    QStringList names;    // the cells' names, row by row
    QStringList descriptions;
};

namespace detail {
inline QStringList *collected = nullptr;
inline QtMessageHandler previous = nullptr;

inline void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (collected && (message.contains(QLatin1String("QAccessibleTable")) ||
                      message.contains(QLatin1String("invalid index")) ||
                      message.contains(QLatin1String("Cannot create accessible child"))))
        collected->append(message);
    if (previous)
        previous(type, context, message);
}
} // namespace detail

inline Reading read(QAbstractItemView *view)
{
    Reading reading;
    detail::collected = &reading.warnings;
    detail::previous = qInstallMessageHandler(detail::collect);

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QAccessibleTableInterface *table = iface ? iface->tableInterface() : nullptr;
    if (table) {
        const int rows = table->rowCount();
        const int columns = table->columnCount();
        // GetRowColumnExtentsAtIndex for every child, as Orca asks when it meets a table.
        for (int i = 0; i < iface->childCount(); ++i) {
            if (columns > 0)
                table->cellAt(i / columns, i % columns);
            QAccessibleInterface *child = iface->child(i);
            QAccessibleTableCellInterface *cell = child ? child->tableCellInterface() : nullptr;
            if (!cell || columns == 0 || cell->rowIndex() != i / columns ||
                cell->columnIndex() != i % columns)
                ++reading.misplaced;
        }
        // GetColumnHeader: the header of the column's first cell.
        for (int column = 0; column < columns; ++column) {
            if (QAccessibleInterface *first = table->cellAt(0, column)) {
                if (QAccessibleTableCellInterface *cell = first->tableCellInterface())
                    cell->columnHeaderCells();
            }
        }
        // GetAccessibleAt and GetIndexAt for every cell, then its text.
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                QAccessibleInterface *cell = table->cellAt(row, column);
                if (!cell)
                    continue;
                ++reading.cells;
                if (iface->child(iface->indexOfChild(cell)) != cell)
                    ++reading.misplaced;
                reading.names.append(cell->text(QAccessible::Name));
                reading.descriptions.append(cell->text(QAccessible::Description));
            }
        }
    }

    qInstallMessageHandler(detail::previous);
    detail::collected = nullptr;
    return reading;
}

} // namespace ScreenReader
