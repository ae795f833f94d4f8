#include "ui/accessibletable.h"

#include "ui/tableview.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QPointer>

namespace {

QAccessibleInterface *tableFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("TableView") && object && object->isWidgetType())
        return new AccessibleTable(static_cast<TableView *>(object));
    return nullptr;
}

QRect globalRect(const QWidget *widget, const QRect &local)
{
    if (!widget->isVisible() || local.isEmpty())
        return {};
    return {widget->mapToGlobal(local.topLeft()), local.size()};
}

// One cell: its text, its full text as description, its row and column.
class Cell final : public QAccessibleInterface, public QAccessibleTableCellInterface
{
public:
    Cell(TableView *view, const QModelIndex &index)
        : m_view(view)
        , m_index(index)
    {}

    bool isValid() const override { return m_view && m_index.isValid(); }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name: {
            const QVariant text = m_index.data(Qt::AccessibleTextRole);
            return text.isValid() ? text.toString() : m_index.data(Qt::DisplayRole).toString();
        }
        case QAccessible::Description:
            return m_index.data(Qt::AccessibleDescriptionRole).toString();
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!isValid())
            return {};
        return globalRect(m_view->viewport(), m_view->visualRect(m_index));
    }
    QAccessible::Role role() const override { return QAccessible::Cell; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        state.selectable = true;
        state.focusable = true;
        state.selected = isSelected();
        state.focused = m_view->hasFocus() && m_view->currentIndex() == m_index;
        state.invisible = m_view->isColumnHidden(m_index.column()) || rect().isEmpty();
        return state;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::TableCellInterface
                   ? static_cast<QAccessibleTableCellInterface *>(this)
                   : nullptr;
    }

    bool isSelected() const override
    {
        return isValid() && m_view->selectionModel() &&
               m_view->selectionModel()->isSelected(m_index);
    }
    QList<QAccessibleInterface *> columnHeaderCells() const override
    {
        auto *table = static_cast<AccessibleTable *>(parent());
        QAccessibleInterface *header =
            table && isValid() ? table->headerCell(columnIndex()) : nullptr;
        return header ? QList<QAccessibleInterface *>{header} : QList<QAccessibleInterface *>{};
    }
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    int columnIndex() const override { return m_index.column(); }
    int rowIndex() const override { return m_index.row(); }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return parent(); }

private:
    QPointer<TableView> m_view;
    QPersistentModelIndex m_index;
};

// A column's header: its title. Not a child of the table (see AccessibleTable), reached through
// the cells.
class HeaderCell final : public QAccessibleInterface
{
public:
    HeaderCell(TableView *view, int column)
        : m_view(view)
        , m_column(column)
    {}

    bool isValid() const override
    {
        return m_view && m_view->model() &&
               m_column < m_view->model()->columnCount(m_view->rootIndex());
    }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Name || !isValid())
            return {};
        return m_view->model()->headerData(m_column, Qt::Horizontal).toString();
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QHeaderView *header = m_view->horizontalHeader();
        return globalRect(header->viewport(),
                          QRect(header->sectionViewportPosition(m_column), 0,
                                header->sectionSize(m_column), header->height()));
    }
    QAccessible::Role role() const override { return QAccessible::ColumnHeader; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.invalid = !isValid();
        state.invisible = isValid() && m_view->isColumnHidden(m_column);
        return state;
    }

private:
    QPointer<TableView> m_view;
    int m_column;
};

} // namespace

AccessibleTable::AccessibleTable(TableView *view)
    : QAccessibleObject(view)
{}

AccessibleTable::~AccessibleTable()
{
    dropCache();
}

void AccessibleTable::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(&tableFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

TableView *AccessibleTable::view() const
{
    // Null while the view is being destroyed (then only its QWidget part is left), when the
    // accessibility framework still asks about it.
    return qobject_cast<TableView *>(object());
}

void AccessibleTable::dropCache() const
{
    for (QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id);
    for (QAccessible::Id id : std::as_const(m_headers))
        QAccessible::deleteAccessibleInterface(id);
    m_cells.clear();
    m_headers.clear();
}

QAccessibleInterface *AccessibleTable::parent() const
{
    QWidget *parent = view() ? view()->parentWidget() : nullptr;
    return parent ? QAccessible::queryAccessibleInterface(parent) : nullptr;
}

int AccessibleTable::rowCount() const
{
    return view() && view()->model() ? view()->model()->rowCount(view()->rootIndex()) : 0;
}

int AccessibleTable::columnCount() const
{
    return view() && view()->model() ? view()->model()->columnCount(view()->rootIndex()) : 0;
}

QAccessibleInterface *AccessibleTable::cellAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return nullptr;
    const int key = row * columnCount() + column;
    if (const auto id = m_cells.constFind(key); id != m_cells.constEnd()) {
        QAccessibleInterface *cached = QAccessible::accessibleInterface(*id);
        // A cell follows its row when rows move; it answers here only while it is still there.
        if (cached && cached->isValid() && cached->tableCellInterface()->rowIndex() == row &&
            cached->tableCellInterface()->columnIndex() == column)
            return cached;
        QAccessible::deleteAccessibleInterface(*id);
        m_cells.remove(key);
    }
    const QModelIndex index = view()->model()->index(row, column, view()->rootIndex());
    auto *cell = new Cell(view(), index);
    m_cells.insert(key, QAccessible::registerAccessibleInterface(cell));
    return cell;
}

QAccessibleInterface *AccessibleTable::headerCell(int column) const
{
    if (column < 0 || column >= columnCount())
        return nullptr;
    if (const auto id = m_headers.constFind(column); id != m_headers.constEnd())
        return QAccessible::accessibleInterface(*id);
    auto *header = new HeaderCell(view(), column);
    m_headers.insert(column, QAccessible::registerAccessibleInterface(header));
    return header;
}

QAccessibleInterface *AccessibleTable::child(int index) const
{
    const int columns = columnCount();
    if (index < 0 || columns == 0)
        return nullptr;
    return cellAt(index / columns, index % columns);
}

int AccessibleTable::childCount() const
{
    return rowCount() * columnCount();
}

int AccessibleTable::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || child->role() != QAccessible::Cell || child->parent() != this)
        return -1;
    auto *cell = const_cast<QAccessibleInterface *>(child)->tableCellInterface();
    return cell ? cell->rowIndex() * columnCount() + cell->columnIndex() : -1;
}

QAccessibleInterface *AccessibleTable::childAt(int x, int y) const
{
    if (!view())
        return nullptr;
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = view()->indexAt(local);
    return index.isValid() ? cellAt(index.row(), index.column()) : nullptr;
}

QAccessibleInterface *AccessibleTable::focusChild() const
{
    if (!view() || !view()->hasFocus())
        return nullptr;
    const QModelIndex current = view()->currentIndex();
    return current.isValid() ? cellAt(current.row(), current.column()) : nullptr;
}

QString AccessibleTable::text(QAccessible::Text t) const
{
    if (!view())
        return {};
    if (t == QAccessible::Description)
        return view()->accessibleDescription();
    if (t == QAccessible::Name)
        return view()->accessibleName();
    return {};
}

QRect AccessibleTable::rect() const
{
    return view() ? globalRect(view(), view()->rect()) : QRect();
}

QAccessible::Role AccessibleTable::role() const
{
    return QAccessible::Table;
}

QAccessible::State AccessibleTable::state() const
{
    QAccessible::State state;
    if (!view()) {
        state.invalid = true;
        return state;
    }
    state.focusable = view()->focusPolicy() != Qt::NoFocus;
    state.focused = view()->hasFocus();
    state.invisible = !view()->isVisible();
    state.disabled = !view()->isEnabled();
    state.multiSelectable = view()->selectionMode() == QAbstractItemView::MultiSelection;
    state.extSelectable = view()->selectionMode() == QAbstractItemView::ExtendedSelection;
    return state;
}

void *AccessibleTable::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::TableInterface ? static_cast<QAccessibleTableInterface *>(this)
                                               : nullptr;
}

QAccessibleInterface *AccessibleTable::caption() const
{
    return nullptr;
}

QAccessibleInterface *AccessibleTable::summary() const
{
    return nullptr;
}

QString AccessibleTable::columnDescription(int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    return view()->model()->headerData(column, Qt::Horizontal).toString();
}

QString AccessibleTable::rowDescription(int) const
{
    return {};
}

int AccessibleTable::selectedCellCount() const
{
    return static_cast<int>(selectedCells().size());
}

int AccessibleTable::selectedColumnCount() const
{
    return static_cast<int>(selectedColumns().size());
}

int AccessibleTable::selectedRowCount() const
{
    return static_cast<int>(selectedRows().size());
}

QList<QAccessibleInterface *> AccessibleTable::selectedCells() const
{
    QList<QAccessibleInterface *> cells;
    if (!view() || !view()->selectionModel())
        return cells;
    const QModelIndexList indexes = view()->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes) {
        if (QAccessibleInterface *cell = cellAt(index.row(), index.column()))
            cells.append(cell);
    }
    return cells;
}

QList<int> AccessibleTable::selectedColumns() const
{
    QList<int> columns;
    if (!view() || !view()->selectionModel())
        return columns;
    for (const QModelIndex &index : view()->selectionModel()->selectedColumns(0))
        columns.append(index.column());
    return columns;
}

QList<int> AccessibleTable::selectedRows() const
{
    QList<int> rows;
    if (!view() || !view()->selectionModel())
        return rows;
    for (const QModelIndex &index : view()->selectionModel()->selectedRows(0))
        rows.append(index.row());
    return rows;
}

bool AccessibleTable::isColumnSelected(int column) const
{
    return view() && view()->selectionModel() &&
           view()->selectionModel()->isColumnSelected(column, view()->rootIndex());
}

bool AccessibleTable::isRowSelected(int row) const
{
    return view() && view()->selectionModel() &&
           view()->selectionModel()->isRowSelected(row, view()->rootIndex());
}

bool AccessibleTable::selectRow(int row)
{
    if (!view() || !view()->selectionModel() || row < 0 || row >= rowCount() ||
        view()->selectionMode() == QAbstractItemView::NoSelection)
        return false;
    const QModelIndex index = view()->model()->index(row, 0, view()->rootIndex());
    const auto mode = view()->selectionMode() == QAbstractItemView::SingleSelection
                          ? QItemSelectionModel::ClearAndSelect
                          : QItemSelectionModel::Select;
    view()->selectionModel()->select(index, mode | QItemSelectionModel::Rows);
    return true;
}

bool AccessibleTable::selectColumn(int)
{
    return false; // rows are what these tables select
}

bool AccessibleTable::unselectRow(int row)
{
    if (!view() || !view()->selectionModel() || row < 0 || row >= rowCount())
        return false;
    const QModelIndex index = view()->model()->index(row, 0, view()->rootIndex());
    view()->selectionModel()->select(index,
                                     QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    return true;
}

bool AccessibleTable::unselectColumn(int)
{
    return false;
}

void AccessibleTable::modelChange(QAccessibleTableModelChangeEvent *event)
{
    // Cells are keyed by position: any change of rows or columns moves them.
    if (event->modelChangeType() != QAccessibleTableModelChangeEvent::DataChanged)
        dropCache();
}
