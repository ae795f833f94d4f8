#pragma once

#include <QTableView>

// A table read as a whole: one Tab stop (arrows move inside, Tab leaves), and for screen
// readers a table whose children are its cells only, row by row, so that a child's index gives
// its row and column the way AT-SPI computes them (index / columns). QTableView's own accessible
// table also lists its corner button and header sections, hidden ones included, among its
// children; a screen reader going through them by index then asked for rows past the last one.
class TableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableView)

public:
    explicit TableView(QWidget *parent = nullptr);
    ~TableView() override;

    // The accessible child index of a cell: row * columns + column.
    int accessibleIndexOf(const QModelIndex &index) const;

protected:
    // QTableView announces the current and selected cells by its own child numbering; these
    // announce them by the cells-only numbering of the accessible table.
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;
};
