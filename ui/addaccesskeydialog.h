#pragma once

#include "desktop/storedkey.h"

#include <QDialog>
#include <QStringList>

class FieldMessage;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

// "Add access key": a name, the access key ID, the secret access key, an optional session
// token and Region, checked as they are typed with what is wrong in plain words. The key goes
// to the system keychain through StoredKeys; this dialog only collects it.
class AddAccessKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddAccessKeyDialog)

public:
    // `existingNames` cannot be used again; `regions` are offered in the Region list.
    AddAccessKeyDialog(const QStringList &existingNames, const QStringList &regions,
                       QWidget *parent = nullptr);
    ~AddAccessKeyDialog() override;

    // Replaces the key stored as `name`: the name is fixed and may be taken.
    void setReplacing(const QString &name);
    // What the fields hold now.
    StoredKey key() const;

Q_SIGNALS:
    // Save was pressed with every field valid.
    void keyEntered(const StoredKey &key);

private:
    void validate();
    void save();

    QStringList m_existingNames;
    bool m_replacing = false;
    QLineEdit *m_name;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QLineEdit *m_token;
    QComboBox *m_region;
    FieldMessage *m_nameMessage;
    FieldMessage *m_keyIdMessage;
    FieldMessage *m_secretMessage;
    FieldMessage *m_tokenMessage;
    FieldMessage *m_regionMessage;
    QDialogButtonBox *m_buttons;
};
