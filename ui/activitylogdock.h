#pragma once

#include <QDockWidget>

class ActivityLogModel;
class QTableView;

// A dock listing every AWS request of the session (operation, outcome, duration, attempts,
// request id), newest at the bottom, following new rows while scrolled to the end.
class ActivityLogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogDock)

public:
    explicit ActivityLogDock(ActivityLogModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    ActivityLogModel *m_model;
    QTableView *m_view;
};
