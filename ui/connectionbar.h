#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class FieldMessage;
class QComboBox;
class QLabel;
class QPushButton;

// The strip at the top of the window: which profile and region the app talks to, the account
// and caller when known, a "Sandbox" badge when the endpoint is the local sandbox, and the
// connection's state (for example missing or expired credentials and what to do about them).
class ConnectionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBar)

public:
    enum class Status { Checking, Ready, Failed };

    explicit ConnectionBar(QWidget *parent = nullptr);

    void setProfiles(const QStringList &profiles, const QString &current);
    // Adds the stored access keys after the profiles, marked as such; `current` (a key's name)
    // is selected when set. Call after setProfiles().
    void setStoredKeys(const QStringList &names, const QString &current);
    // The stored key chosen in the profile box; empty when a profile is.
    QString storedKey() const;
    void setRegions(const QStringList &regions, const QString &current);
    QString profile() const;
    QString region() const;
    void setAccountId(const QString &accountId);
    // Who the credentials belong to, as AWS says (GetCallerIdentity): a short name shown next
    // to the account, the full ARN in the tooltip. Empty: only the account is shown.
    void setCaller(const QString &name, const QString &arn);
    // The account line in full (the label shortens it to its width).
    QString accountText() const;

    void setSandbox(bool sandbox, const QString &endpoint = {});
    bool isSandbox() const { return m_sandbox; }
    void setStatus(Status status, const QString &message);
    // Shows "Sign in…" next to the status, for a profile that can sign in to IAM Identity Center.
    void setSignInAvailable(bool available);
    QPushButton *signInButton() const { return m_signIn; }
    // Locked while a submission is in flight.
    void setLocked(bool locked);

    QComboBox *profileCombo() const { return m_profile; }
    QComboBox *regionCombo() const { return m_region; }

Q_SIGNALS:
    void connectionRequested(const QString &profile, const QString &region);
    void signInRequested();
    void storedKeyRequested(const QString &name, const QString &region);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void request();
    void updateAccount();
    void showAccountText();

    QComboBox *m_profile;
    QComboBox *m_region;
    QLabel *m_account;
    QLabel *m_badge;
    FieldMessage *m_status;
    QString m_accountId;
    QString m_accountText;
    QString m_callerName;
    QString m_callerArn;
    QPushButton *m_signIn = nullptr;
    bool m_sandbox = false;
    bool m_updating = false;
};
