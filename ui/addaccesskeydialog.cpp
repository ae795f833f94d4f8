#include "ui/addaccesskeydialog.h"

#include "ui/fieldmessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// A field with its message under it, as one row of the form.
QWidget *withMessage(QWidget *field, FieldMessage *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

// Shown once the user has typed in the field (or tried to save), not on an empty form.
void showProblem(FieldMessage *message, QWidget *field, const QString &problem, bool force)
{
    if (problem.isEmpty() || (!force && !field->property("touched").toBool())) {
        message->clear();
        field->setAccessibleDescription(QString());
        return;
    }
    message->setMessage(FieldMessage::Kind::Error, problem);
    field->setAccessibleDescription(message->accessibleText());
}

} // namespace

AddAccessKeyDialog::AddAccessKeyDialog(const QStringList &existingNames, const QStringList &regions,
                                       QWidget *parent)
    : QDialog(parent)
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(this))
    , m_keyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_nameMessage(new FieldMessage(this))
    , m_keyIdMessage(new FieldMessage(this))
    , m_secretMessage(new FieldMessage(this))
    , m_tokenMessage(new FieldMessage(this))
    , m_regionMessage(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addAccessKeyDialog"));
    setWindowTitle(tr("Add Access Key"));

    m_name->setObjectName(QStringLiteral("keyNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("for example: analytics account"));
    m_keyId->setObjectName(QStringLiteral("accessKeyIdEdit"));
    m_keyId->setAccessibleName(tr("Access key ID"));
    m_keyId->setPlaceholderText(QStringLiteral("AKIA…"));
    m_secret->setObjectName(QStringLiteral("secretKeyEdit"));
    m_secret->setAccessibleName(tr("Secret access key"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_token->setObjectName(QStringLiteral("sessionTokenEdit"));
    m_token->setAccessibleName(tr("Session token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("only for temporary keys (ASIA…)"));
    m_region->setObjectName(QStringLiteral("keyRegionCombo"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->addItem(QString());
    m_region->addItems(regions);
    m_region->lineEdit()->setPlaceholderText(tr("the Region in use"));
    m_nameMessage->setObjectName(QStringLiteral("keyNameMessage"));
    m_keyIdMessage->setObjectName(QStringLiteral("accessKeyIdMessage"));
    m_secretMessage->setObjectName(QStringLiteral("secretKeyMessage"));
    m_tokenMessage->setObjectName(QStringLiteral("sessionTokenMessage"));
    m_regionMessage->setObjectName(QStringLiteral("keyRegionMessage"));

    auto *intro = new QLabel(tr("The key is kept in the system keychain, never in a file. Use "
                                "it by choosing it in the Profile list."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [this, form](const QString &label, QWidget *field, FieldMessage *message) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, withMessage(field, message, this));
    };
    addRow(tr("&Name:"), m_name, m_nameMessage);
    addRow(tr("Access &key ID:"), m_keyId, m_keyIdMessage);
    addRow(tr("&Secret access key:"), m_secret, m_secretMessage);
    addRow(tr("Session &token:"), m_token, m_tokenMessage);
    addRow(tr("&Region:"), m_region, m_regionMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    for (QLineEdit *edit : {m_name, m_keyId, m_secret, m_token, m_region->lineEdit()}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            edit->setProperty("touched", true);
            validate();
        });
    }
    connect(m_region, &QComboBox::activated, this, [this] {
        m_region->lineEdit()->setProperty("touched", true);
        validate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddAccessKeyDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

AddAccessKeyDialog::~AddAccessKeyDialog() = default;

void AddAccessKeyDialog::setReplacing(const QString &name)
{
    m_replacing = true;
    setWindowTitle(tr("Replace Stored Key"));
    m_name->setText(name);
    m_name->setReadOnly(true);
    m_keyId->setFocus(Qt::OtherFocusReason);
    validate();
}

StoredKey AddAccessKeyDialog::key() const
{
    StoredKey key;
    key.name = m_name->text().trimmed();
    key.accessKeyId = m_keyId->text().trimmed();
    key.secretAccessKey = m_secret->text();
    key.sessionToken = m_token->text().trimmed();
    key.region = m_region->currentText().trimmed();
    return key;
}

void AddAccessKeyDialog::validate()
{
    const StoredKey current = key();
    const QStringList taken = m_replacing ? QStringList() : m_existingNames;
    showProblem(m_nameMessage, m_name, StoredKey::nameProblem(current.name, taken), false);
    showProblem(m_keyIdMessage, m_keyId, StoredKey::accessKeyIdProblem(current.accessKeyId), false);
    showProblem(m_secretMessage, m_secret, StoredKey::secretProblem(current.secretAccessKey),
                false);
    // A missing token is worth saying as soon as the key ID shows it is temporary.
    showProblem(m_tokenMessage, m_token,
                StoredKey::sessionTokenProblem(current.accessKeyId, current.sessionToken),
                m_keyId->property("touched").toBool() &&
                    StoredKey::accessKeyIdProblem(current.accessKeyId).isEmpty());
    showProblem(m_regionMessage, m_region->lineEdit(), StoredKey::regionProblem(current.region),
                false);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(current.isValid(taken));
}

void AddAccessKeyDialog::save()
{
    const StoredKey current = key();
    if (!current.isValid(m_replacing ? QStringList() : m_existingNames)) {
        for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_keyId),
                               static_cast<QWidget *>(m_secret), static_cast<QWidget *>(m_token),
                               static_cast<QWidget *>(m_region->lineEdit())})
            field->setProperty("touched", true);
        validate();
        return;
    }
    Q_EMIT keyEntered(current);
    accept();
}
