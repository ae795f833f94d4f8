#pragma once

#include <QDateTime>
#include <QString>
#include <QWidget>

class QTreeWidget;

// The jobs area until the job table arrives: the jobs submitted in this session, with name,
// ARN and time; the newest is selected.
class SubmittedJobsList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmittedJobsList)

public:
    explicit SubmittedJobsList(QWidget *parent = nullptr);

    void addJob(const QString &name, const QString &arn, const QDateTime &submitted);
    int count() const;
    QString selectedArn() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};
