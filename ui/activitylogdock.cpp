#include "ui/activitylogdock.h"

#include "desktop/activitylog.h"
#include "ui/tableview.h"

#include <QAction>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

ActivityLogDock::ActivityLogDock(ActivityLogModel *model, QWidget *parent)
    : QDockWidget(tr("Activity log"), parent)
    , m_model(model)
    , m_view(new TableView(this))
{
    setObjectName(QStringLiteral("activityLogDock"));
    m_view->setObjectName(QStringLiteral("activityLogView"));
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Activity log"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    // Widths from typical contents, so that nothing is cut before the first rows arrive.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ActivityLogModel::Time, width(QStringLiteral("00:00:00")));
    header->resizeSection(ActivityLogModel::Operation,
                          width(QStringLiteral("CreateDatasetImportJob")));
    header->resizeSection(ActivityLogModel::Duration, width(QStringLiteral("99999 ms")));
    header->resizeSection(ActivityLogModel::Attempts, width(tr("Attempts")));
    header->resizeSection(ActivityLogModel::RequestId,
                          width(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    header->setSectionResizeMode(ActivityLogModel::Outcome, QHeaderView::Stretch);
    setWidget(m_view);

    auto *clear = new QAction(tr("Clear the activity log"), m_view);
    connect(clear, &QAction::triggered, model, &ActivityLogModel::clear);
    m_view->addAction(clear);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Follow new calls unless the user scrolled up to read older ones.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_view->scrollToBottom();
    });
}
