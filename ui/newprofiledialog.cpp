#include "ui/newprofiledialog.h"

#include "ui/fieldmessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using Field = NewProfile::Field;

namespace {

QLineEdit *lineEditOf(QWidget *field)
{
    if (auto *combo = qobject_cast<QComboBox *>(field))
        return combo->lineEdit();
    return qobject_cast<QLineEdit *>(field);
}

QComboBox *editableCombo(QWidget *parent, const QStringList &items)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(items);
    return combo;
}

} // namespace

NewProfileDialog::NewProfileDialog(const QStringList &profiles,
                                   const QMap<QString, QMap<QString, QString>> &sessions,
                                   const QStringList &regions, const QString &configFile,
                                   Writer writer, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_sessions(sessions)
    , m_configFile(configFile)
    , m_writer(std::move(writer))
    , m_name(new QLineEdit(this))
    , m_region(editableCombo(this, regions))
    , m_roleKind(new QRadioButton(tr("Assume a &role with another profile's credentials"), this))
    , m_ssoKind(new QRadioButton(tr("Sign in with IAM &Identity Center"), this))
    , m_pages(new QStackedWidget(this))
    , m_roleArn(new QLineEdit(this))
    , m_sourceProfile(new QComboBox(this))
    , m_externalId(new QLineEdit(this))
    , m_mfaSerial(new QLineEdit(this))
    , m_ssoSession(editableCombo(this, sessions.keys()))
    , m_ssoStartUrl(new QLineEdit(this))
    , m_ssoRegion(editableCombo(this, regions))
    , m_ssoAccountId(new QLineEdit(this))
    , m_ssoRoleName(new QLineEdit(this))
    , m_result(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newProfileDialog"));
    setWindowTitle(tr("New Profile"));
    m_sourceProfile->addItems(profiles);
    m_sourceProfile->setCurrentIndex(-1);
    m_roleKind->setObjectName(QStringLiteral("roleKindButton"));
    m_ssoKind->setObjectName(QStringLiteral("ssoKindButton"));
    m_roleKind->setChecked(true);
    m_result->setObjectName(QStringLiteral("newProfileResult"));

    struct Row
    {
        Field field;
        QWidget *widget;
        const char *objectName;
        QString label;
        QString accessibleName;
    };
    const QList<Row> topRows = {
        {Field::Name, m_name, "profileNameEdit", tr("&Name:"), tr("Profile name")},
        {Field::Region, m_region, "profileRegionCombo", tr("R&egion:"), tr("Region")},
    };
    const QList<Row> roleRows = {
        {Field::RoleArn, m_roleArn, "roleArnEdit", tr("Role &ARN:"), tr("Role ARN")},
        {Field::SourceProfile, m_sourceProfile, "sourceProfileCombo", tr("&Source profile:"),
         tr("Source profile")},
        {Field::ExternalId, m_externalId, "externalIdEdit", tr("E&xternal ID:"), tr("External ID")},
        {Field::MfaSerial, m_mfaSerial, "mfaSerialEdit", tr("&MFA device:"), tr("MFA device")},
    };
    const QList<Row> ssoRows = {
        {Field::SsoSession, m_ssoSession, "ssoSessionCombo", tr("Sign-in &session:"),
         tr("Sign-in session")},
        {Field::SsoStartUrl, m_ssoStartUrl, "ssoStartUrlEdit", tr("Start &URL:"), tr("Start URL")},
        {Field::SsoRegion, m_ssoRegion, "ssoRegionCombo", tr("Identity Center Re&gion:"),
         tr("Identity Center Region")},
        {Field::SsoAccountId, m_ssoAccountId, "ssoAccountIdEdit", tr("Accoun&t ID:"),
         tr("Account ID")},
        {Field::SsoRoleName, m_ssoRoleName, "ssoRoleNameEdit", tr("R&ole name:"), tr("Role name")},
    };
    const auto addRows = [this](QFormLayout *form, const QList<Row> &rows) {
        for (const Row &row : rows) {
            row.widget->setObjectName(QLatin1String(row.objectName));
            row.widget->setAccessibleName(row.accessibleName);
            auto *message = new FieldMessage(this);
            QString stem = QLatin1String(row.objectName);
            stem.chop(stem.endsWith(QLatin1String("Combo")) ? 5 : 4); // "Edit" or "Combo"
            message->setObjectName(stem + QStringLiteral("Message"));
            auto *box = new QWidget(this);
            auto *column = new QVBoxLayout(box);
            column->setContentsMargins(0, 0, 0, 0);
            column->setSpacing(2);
            column->addWidget(row.widget);
            column->addWidget(message);
            auto *label = new QLabel(row.label, this);
            label->setBuddy(row.widget);
            form->addRow(label, box);
            m_messages.insert(static_cast<int>(row.field), message);
            m_fields.insert(static_cast<int>(row.field), row.widget);
            if (QLineEdit *edit = lineEditOf(row.widget)) {
                connect(edit, &QLineEdit::textEdited, this, [this, edit] {
                    edit->setProperty("touched", true);
                    validate();
                });
            }
            if (auto *combo = qobject_cast<QComboBox *>(row.widget)) {
                connect(combo, &QComboBox::activated, this, [this, combo] {
                    combo->setProperty("touched", true);
                    if (QLineEdit *edit = combo->lineEdit())
                        edit->setProperty("touched", true);
                    validate();
                });
            }
        }
    };
    m_roleArn->setPlaceholderText(QStringLiteral("arn:aws:iam::123456789012:role/ImportRole"));
    m_externalId->setPlaceholderText(tr("only if the role asks for one"));
    m_mfaSerial->setPlaceholderText(tr("only if the role needs MFA"));
    m_ssoStartUrl->setPlaceholderText(QStringLiteral("https://my-company.awsapps.com/start"));
    m_ssoAccountId->setPlaceholderText(QStringLiteral("123456789012"));

    auto *intro = new QLabel(tr("Adds a profile to %1. No secret is asked for or written.")
                                 .arg(QDir::toNativeSeparators(configFile)),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *topForm = new QFormLayout;
    topForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRows(topForm, topRows);
    auto *rolePage = new QWidget(this);
    auto *roleForm = new QFormLayout(rolePage);
    roleForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRows(roleForm, roleRows);
    auto *ssoPage = new QWidget(this);
    auto *ssoForm = new QFormLayout(ssoPage);
    ssoForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRows(ssoForm, ssoRows);
    m_pages->addWidget(rolePage);
    m_pages->addWidget(ssoPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(topForm);
    layout->addWidget(m_roleKind);
    layout->addWidget(m_ssoKind);
    layout->addWidget(m_pages);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_roleKind, &QRadioButton::toggled, this, [this](bool assumesRole) {
        m_pages->setCurrentIndex(assumesRole ? 0 : 1);
        validate();
    });
    connect(m_ssoSession, &QComboBox::activated, this,
            [this] { fillSession(m_ssoSession->currentText().trimmed()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

NewProfileDialog::~NewProfileDialog() = default;

NewProfile NewProfileDialog::profile() const
{
    NewProfile profile;
    profile.name = m_name->text().trimmed();
    profile.region = m_region->currentText().trimmed();
    profile.kind =
        m_roleKind->isChecked() ? NewProfile::Kind::Role : NewProfile::Kind::IdentityCenter;
    profile.roleArn = m_roleArn->text().trimmed();
    profile.sourceProfile = m_sourceProfile->currentText().trimmed();
    profile.externalId = m_externalId->text().trimmed();
    profile.mfaSerial = m_mfaSerial->text().trimmed();
    profile.ssoSession = m_ssoSession->currentText().trimmed();
    profile.ssoStartUrl = m_ssoStartUrl->text().trimmed();
    profile.ssoRegion = m_ssoRegion->currentText().trimmed();
    profile.ssoAccountId = m_ssoAccountId->text().trimmed();
    profile.ssoRoleName = m_ssoRoleName->text().trimmed();
    return profile;
}

// An existing session's settings are the ones to use.
void NewProfileDialog::fillSession(const QString &name)
{
    const auto found = m_sessions.constFind(name);
    if (found == m_sessions.constEnd())
        return;
    m_ssoStartUrl->setText(found->value(QStringLiteral("sso_start_url")));
    m_ssoRegion->setEditText(found->value(QStringLiteral("sso_region")));
    validate();
}

void NewProfileDialog::validate()
{
    const auto problems = profile().problems(m_profiles);
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QWidget *field = m_fields.value(it.key());
        QLineEdit *edit = lineEditOf(field);
        const bool touched =
            field->property("touched").toBool() || (edit && edit->property("touched").toBool());
        const QString problem = problems.value(static_cast<Field>(it.key()));
        if (problem.isEmpty() || !touched) {
            it.value()->clear();
            field->setAccessibleDescription(QString());
        } else {
            it.value()->setMessage(FieldMessage::Kind::Error, problem);
            field->setAccessibleDescription(it.value()->accessibleText());
        }
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

void NewProfileDialog::save()
{
    const NewProfile current = profile();
    if (!current.problems(m_profiles).isEmpty()) {
        for (QWidget *field : std::as_const(m_fields))
            field->setProperty("touched", true);
        validate();
        return;
    }
    if (!m_profiles.contains(current.name)) {
        write();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace profile"),
                                tr("A profile named “%1” exists in your AWS configuration. Replace "
                                   "its settings with these? Its other settings and comments are "
                                   "kept.")
                                    .arg(current.name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("replaceProfileBox"));
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Keep It"), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().constLast()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, replace](QAbstractButton *clicked) {
        if (clicked == replace)
            write();
    });
    box->open();
}

void NewProfileDialog::write()
{
    const QString error = m_writer ? m_writer(profile()) : QString();
    if (!error.isEmpty()) {
        m_result->setMessage(FieldMessage::Kind::Error, error);
        return;
    }
    accept();
}
