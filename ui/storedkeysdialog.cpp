#include "ui/storedkeysdialog.h"

#include "desktop/connectionmanager.h"
#include "desktop/storedkeys.h"
#include "ui/addaccesskeydialog.h"
#include "ui/fieldmessage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int kNameRole = Qt::UserRole + 1;

} // namespace

StoredKeysDialog::StoredKeysDialog(StoredKeys *keys, QWidget *parent)
    : QDialog(parent)
    , m_keys(keys)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_replace(new QPushButton(tr("&Replace…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_message(new FieldMessage(this))
{
    setObjectName(QStringLiteral("storedKeysDialog"));
    setWindowTitle(tr("Stored Keys"));
    m_list->setObjectName(QStringLiteral("storedKeysList"));
    m_list->setAccessibleName(tr("Stored keys"));
    m_add->setObjectName(QStringLiteral("addKeyButton"));
    m_replace->setObjectName(QStringLiteral("replaceKeyButton"));
    m_remove->setObjectName(QStringLiteral("removeKeyButton"));
    m_message->setObjectName(QStringLiteral("storedKeysMessage"));

    auto *intro = new QLabel(tr("Access keys kept in the system keychain. Choose one in the "
                                "Profile list to connect with it."),
                             this);
    intro->setWordWrap(true);
    auto *listLabel = new QLabel(tr("&Keys:"), this);
    listLabel->setBuddy(m_list);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_replace);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(480, 320);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &StoredKeysDialog::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] { openKeyDialog(m_keys, this); });
    connect(m_replace, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            openKeyDialog(m_keys, this, item->data(kNameRole).toString());
    });
    connect(m_remove, &QPushButton::clicked, this, &StoredKeysDialog::confirmRemove);
    connect(m_keys, &StoredKeys::changed, this, &StoredKeysDialog::reload);
    connect(m_keys, &StoredKeys::saved, this, [this](const QString &name, const QString &warning) {
        if (warning.isEmpty())
            m_message->setMessage(FieldMessage::Kind::Success,
                                  tr("The key “%1” is stored in the system keychain.").arg(name));
        else
            m_message->setMessage(FieldMessage::Kind::Warning, warning);
    });
    connect(m_keys, &StoredKeys::removed, this, [this](const QString &name) {
        m_message->setMessage(FieldMessage::Kind::Success,
                              tr("The key “%1” was removed.").arg(name));
    });
    connect(m_keys, &StoredKeys::failed, this, [this](const QString &, const QString &message) {
        m_message->setMessage(FieldMessage::Kind::Error, message);
    });
    reload();
}

StoredKeysDialog::~StoredKeysDialog() = default;

void StoredKeysDialog::openKeyDialog(StoredKeys *keys, QWidget *parent, const QString &replacing)
{
    auto *dialog = new AddAccessKeyDialog(keys->names(), ConnectionManager::regions(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!replacing.isEmpty())
        dialog->setReplacing(replacing);
    connect(dialog, &AddAccessKeyDialog::keyEntered, keys, &StoredKeys::save);
    dialog->open();
}

void StoredKeysDialog::reload()
{
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(kNameRole).toString() : QString();
    m_list->clear();
    for (const QString &name : m_keys->names()) {
        auto *item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/key.svg")),
            m_keys->isSessionOnly(name) ? tr("%1 (until Import Desk closes)").arg(name) : name,
            m_list);
        item->setData(kNameRole, name);
        if (name == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void StoredKeysDialog::updateButtons()
{
    const bool chosen = m_list->currentItem() != nullptr;
    m_replace->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void StoredKeysDialog::confirmRemove()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->data(kNameRole).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove stored key"),
                                tr("Remove the key “%1” from Import Desk and the system keychain? "
                                   "The key itself stays valid in AWS.")
                                    .arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeKeyBox"));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Keep"), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().constLast()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, name](QAbstractButton *clicked) {
        if (clicked == remove)
            m_keys->remove(name);
    });
    box->open();
}
