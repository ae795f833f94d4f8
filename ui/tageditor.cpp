#include "ui/tageditor.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column { KeyColumn, ValueColumn };

// Which cell of a tag row an issue is about: re-checking the row with a harmless value (or key)
// in the other cell tells whether the problem stays with this one.
bool keyHasIssue(const QList<QPair<QString, QString>> &tags, int row)
{
    ImportJobDraft draft;
    draft.tags = tags;
    draft.tags[row].second = QStringLiteral("v");
    const QList<FieldIssue> issues = ImportJobValidator::validate(draft, {});
    return std::any_of(issues.cbegin(), issues.cend(), [row](const FieldIssue &issue) {
        return issue.field == DraftField::Tags && issue.tagRow == row;
    });
}

} // namespace

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_paste(new QToolButton(this))
{
    m_table->setObjectName(QStringLiteral("tagTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    // Room for the header and four rows; more rows scroll.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setMinimumHeight(rowHeight * 3 + m_table->horizontalHeader()->sizeHint().height());
    m_table->setMaximumHeight(rowHeight * 4 + m_table->horizontalHeader()->sizeHint().height() +
                              2 * m_table->frameWidth() + 2);
    m_table->setAccessibleName(tr("Tags"));
    m_table->setAccessibleDescription(
        tr("Key and value pairs. Insert adds a row, Delete removes the selected rows."));
    m_table->installEventFilter(this);

    m_add->setObjectName(QStringLiteral("addTagButton"));
    m_add->setText(tr("Add tag"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add->setToolTip(tr("Add an empty tag row (Insert)"));
    m_remove->setObjectName(QStringLiteral("removeTagButton"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected tag rows (Delete)"));
    m_paste->setObjectName(QStringLiteral("pasteTagsButton"));
    m_paste->setText(tr("Paste key=value lines"));
    m_paste->setToolTip(tr("Add one tag per line of the clipboard, written as key=value"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_paste);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_add, &QToolButton::clicked, this, &TagEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &TagEditor::removeSelectedRows);
    connect(m_paste, &QToolButton::clicked, this,
            [this] { pasteLines(QApplication::clipboard()->text()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT tagsEdited();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TagEditor::updateButtons);
    updateButtons();
}

QList<QPair<QString, QString>> TagEditor::tags() const
{
    QList<QPair<QString, QString>> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, KeyColumn);
        const QTableWidgetItem *value = m_table->item(row, ValueColumn);
        result.append({key ? key->text() : QString(), value ? value->text() : QString()});
    }
    return result;
}

void TagEditor::setTags(const QList<QPair<QString, QString>> &tags)
{
    if (tags == this->tags())
        return;
    m_updating = true;
    m_table->setRowCount(0);
    for (const auto &[key, value] : tags)
        appendRow(key, value);
    m_updating = false;
    updateButtons();
}

void TagEditor::appendRow(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(key));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
}

void TagEditor::addRow()
{
    m_updating = true;
    appendRow({}, {});
    m_updating = false;
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, KeyColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, KeyColumn));
    updateButtons();
    Q_EMIT tagsEdited();
}

void TagEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    m_updating = true;
    for (int row : rows)
        m_table->removeRow(row);
    m_updating = false;
    updateButtons();
    Q_EMIT tagsEdited();
}

int TagEditor::pasteLines(const QString &text)
{
    int added = 0;
    m_updating = true;
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            appendRow(line, {});
        else
            appendRow(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
        ++added;
    }
    m_updating = false;
    updateButtons();
    if (added > 0)
        Q_EMIT tagsEdited();
    return added;
}

void TagEditor::setIssues(const QList<FieldIssue> &issues)
{
    const QList<QPair<QString, QString>> current = tags();
    m_updating = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList errors;
        QStringList warnings;
        for (const FieldIssue &issue : issues) {
            if (issue.field != DraftField::Tags || issue.tagRow != row)
                continue;
            (issue.severity == FieldIssue::Severity::Error ? errors : warnings)
                .append(issue.message);
        }
        const bool any = !errors.isEmpty() || !warnings.isEmpty();
        const bool onKey = any && keyHasIssue(current, row);
        for (int column : {KeyColumn, ValueColumn}) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item)
                continue;
            const bool marked = any && (column == KeyColumn) == onKey;
            const QString tip = (errors + warnings).join(u'\n');
            item->setIcon(!marked            ? QIcon()
                          : errors.isEmpty() ? QIcon(QStringLiteral(":/icons/warning.svg"))
                                             : QIcon(QStringLiteral(":/icons/error.svg")));
            item->setToolTip(marked ? tip : QString());
            item->setData(Qt::AccessibleDescriptionRole, marked ? tip : QString());
        }
    }
    m_updating = false;
}

void TagEditor::updateButtons()
{
    m_remove->setEnabled(m_table->rowCount() > 0 &&
                         (m_table->selectionModel()->hasSelection() || m_table->currentRow() >= 0));
}

bool TagEditor::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its editor has the focus, so these keys reach the table only
    // outside editing.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert) {
            addRow();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeSelectedRows();
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            pasteLines(QApplication::clipboard()->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
