#pragma once

#include "personalize/importjobvalidator.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QTableWidget;
class QToolButton;

// Edits the tags of an import job as a key/value table: add and remove rows, paste "key=value"
// lines, and see which cell a validation message is about (icon and tool tip on the cell).
class TagEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagEditor)

public:
    explicit TagEditor(QWidget *parent = nullptr);

    QList<QPair<QString, QString>> tags() const;
    void setTags(const QList<QPair<QString, QString>> &tags);

    // Marks the cells the tag issues point at; issues for the whole list are left to the form.
    void setIssues(const QList<FieldIssue> &issues);

    // Adds one row per "key=value" line (a line without "=" is a key with an empty value);
    // returns how many rows were added.
    int pasteLines(const QString &text);
    void addRow();
    void removeSelectedRows();

    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void tagsEdited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void appendRow(const QString &key, const QString &value);
    void updateButtons();

    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_paste;
    bool m_updating = false;
};
