#include "ui/submittedjobslist.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

SubmittedJobsList::SubmittedJobsList(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("submittedJobsList"));
    auto *title = new QLabel(tr("&Jobs submitted in this session"), this);
    title->setBuddy(m_tree);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_tree->setObjectName(QStringLiteral("submittedJobsTree"));
    m_tree->setAccessibleName(tr("Jobs submitted in this session"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setHeaderLabels({tr("Name"), tr("Submitted"), tr("ARN")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_tree);
}

void SubmittedJobsList::addJob(const QString &name, const QString &arn, const QDateTime &submitted)
{
    auto *item = new QTreeWidgetItem(
        {name, QLocale().toString(submitted.toLocalTime().time(), QLocale::ShortFormat), arn});
    item->setToolTip(2, arn);
    item->setToolTip(1, QLocale().toString(submitted.toLocalTime(), QLocale::LongFormat));
    m_tree->addTopLevelItem(item);
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
}

int SubmittedJobsList::count() const
{
    return m_tree->topLevelItemCount();
}

QString SubmittedJobsList::selectedArn() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->text(2) : QString();
}
