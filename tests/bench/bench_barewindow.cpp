// The start-up peer: a bare Qt Widgets window with a table, the least a Qt desktop app can
// show. It announces its first frame the way importdesk does (after the window system exposes
// the window and the expose has been painted), on stderr as "first frame shown", so that
// tests/bench/run.sh times both programs identically from process start.
#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

class FirstFrameWatch final : public QObject
{
public:
    explicit FirstFrameWatch(QWindow *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed() && !m_announced) {
            m_announced = true;
            QMetaObject::invokeMethod(
                this,
                [] {
                    std::fputs("first frame shown\n", stderr);
                    std::fflush(stderr);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_announced = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(20, 8);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("cell %1").arg(column)));
    }
    auto *table = new QTableView;
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1280, 800);
    window.show();
    new FirstFrameWatch(window.windowHandle());
    return QApplication::exec();
}
