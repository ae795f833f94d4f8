#pragma once

#include <QDialog>

class FieldMessage;
class QListWidget;
class QPushButton;
class StoredKeys;

// "Stored keys": the access keys kept in Import Desk by name, with Add, Replace and Remove.
// Shows no secret: the keys stay in the system keychain.
class StoredKeysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoredKeysDialog)

public:
    // Borrows `keys`, which must outlive the dialog.
    explicit StoredKeysDialog(StoredKeys *keys, QWidget *parent = nullptr);
    ~StoredKeysDialog() override;

    // Opens "Add access key" (or, with a name, "Replace stored key") over `parent`; the key
    // entered there is saved to `keys`.
    static void openKeyDialog(StoredKeys *keys, QWidget *parent, const QString &replacing = {});

private:
    void reload();
    void updateButtons();
    void confirmRemove();

    StoredKeys *m_keys;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_replace;
    QPushButton *m_remove;
    FieldMessage *m_message;
};
