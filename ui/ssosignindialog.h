#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>

class FieldMessage;
class QLabel;
class QPushButton;

// The window of an IAM Identity Center sign-in with a device code: the code in large type, a
// button that opens the page to confirm it on, and the state of the sign-in. Not modal: the
// user goes to the browser and comes back. Cancel (or closing it) stops the sign-in.
class SsoSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsoSignInDialog)

public:
    explicit SsoSignInDialog(const QString &profile, QWidget *parent = nullptr);

    // The code to confirm, the page to type it on and the page with it filled in.
    void showCode(const QString &userCode, const QUrl &verificationUri, const QUrl &pageWithCode);
    // The sign-in ended without success; the dialog stays to say why.
    void showFailure(const QString &message);

    QString userCode() const;
    // Test seam: how the sign-in page is opened (QDesktopServices::openUrl by default).
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_opener = std::move(opener); }

private:
    QLabel *m_intro;
    QLabel *m_code;
    QLabel *m_address;
    QPushButton *m_open;
    QPushButton *m_cancel;
    FieldMessage *m_status;
    QUrl m_page;
    std::function<void(const QUrl &)> m_opener;
};
