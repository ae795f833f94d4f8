#pragma once

#include "aws/newprofile.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <functional>

class FieldMessage;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

// "New profile": writes a profile to the AWS config file, either a role assumed with another
// profile's credentials or IAM Identity Center settings. Never asks for a secret. Checks the
// fields as they are typed and asks before replacing a profile of the same name.
class NewProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProfileDialog)

public:
    // Writes the profile; returns an error to show, or an empty string once written.
    using Writer = std::function<QString(const NewProfile &)>;

    // `profiles` are the existing ones (source profiles, and names that need asking);
    // `sessions` the sso-session sections with their settings; `configFile` is named in the
    // dialog so the user knows which file changes.
    NewProfileDialog(const QStringList &profiles,
                     const QMap<QString, QMap<QString, QString>> &sessions,
                     const QStringList &regions, const QString &configFile, Writer writer,
                     QWidget *parent = nullptr);
    ~NewProfileDialog() override;

    NewProfile profile() const;

private:
    void validate();
    void save();
    void write();
    void fillSession(const QString &name);

    QStringList m_profiles;
    QMap<QString, QMap<QString, QString>> m_sessions;
    QString m_configFile;
    Writer m_writer;
    QLineEdit *m_name;
    QComboBox *m_region;
    QRadioButton *m_roleKind;
    QRadioButton *m_ssoKind;
    QStackedWidget *m_pages;
    QLineEdit *m_roleArn;
    QComboBox *m_sourceProfile;
    QLineEdit *m_externalId;
    QLineEdit *m_mfaSerial;
    QComboBox *m_ssoSession;
    QLineEdit *m_ssoStartUrl;
    QComboBox *m_ssoRegion;
    QLineEdit *m_ssoAccountId;
    QLineEdit *m_ssoRoleName;
    QHash<int, FieldMessage *> m_messages;
    QHash<int, QWidget *> m_fields;
    FieldMessage *m_result;
    QDialogButtonBox *m_buttons;
};
