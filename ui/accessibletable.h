#pragma once

#include <QAccessibleObject>
#include <QHash>

class TableView;

// The accessible interface of a TableView: a table of rowCount() × columnCount() cells, which
// are its only children (child i is the cell at row i / columns, column i % columns), each with
// its column header, its text and, as description, what the model gives for
// Qt::AccessibleDescriptionRole (the full text of a cut cell). Questions about cells that do not
// exist are answered with nothing rather than with warnings.
class AccessibleTable final : public QAccessibleObject, public QAccessibleTableInterface
{
public:
    explicit AccessibleTable(TableView *view);
    ~AccessibleTable() override;

    // Makes QAccessible build this interface for every TableView; called once by TableView.
    static void installFactory();

    // QAccessibleInterface
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTableInterface
    QAccessibleInterface *caption() const override;
    QAccessibleInterface *summary() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int row) const override;
    int columnCount() const override;
    int rowCount() const override;
    int selectedCellCount() const override;
    int selectedColumnCount() const override;
    int selectedRowCount() const override;
    QList<QAccessibleInterface *> selectedCells() const override;
    QList<int> selectedColumns() const override;
    QList<int> selectedRows() const override;
    bool isColumnSelected(int column) const override;
    bool isRowSelected(int row) const override;
    bool selectRow(int row) override;
    bool selectColumn(int column) override;
    bool unselectRow(int row) override;
    bool unselectColumn(int column) override;
    QAccessibleInterface *cellAt(int row, int column) const override;
    void modelChange(QAccessibleTableModelChangeEvent *event) override;

    // The header cell of a column, for the cells' columnHeaderCells().
    QAccessibleInterface *headerCell(int column) const;

private:
    TableView *view() const;
    void dropCache() const;

    mutable QHash<int, QAccessible::Id> m_cells;   // by child index
    mutable QHash<int, QAccessible::Id> m_headers; // by column
};
