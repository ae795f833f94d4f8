#include "ui/ssosignindialog.h"

#include "ui/fieldmessage.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SsoSignInDialog::SsoSignInDialog(const QString &profile, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_code(new QLabel(this))
    , m_address(new QLabel(this))
    , m_open(new QPushButton(tr("&Open the sign-in page"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new FieldMessage(this))
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("ssoSignInDialog"));
    setWindowTitle(tr("Sign in to IAM Identity Center"));
    setModal(false);

    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("To sign in profile “%1”, open the sign-in page in your browser and "
                        "confirm that it shows this code:")
                         .arg(profile));
    m_code->setObjectName(QStringLiteral("userCodeLabel"));
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    big.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_code->setFont(big);
    m_code->setMinimumHeight(QFontMetrics(big).height() * 3 / 2);
    m_code->setAccessibleName(tr("Sign-in code"));
    m_address->setObjectName(QStringLiteral("signInAddress"));
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setVisible(false);
    m_open->setObjectName(QStringLiteral("openSignInPageButton"));
    m_open->setEnabled(false);
    m_open->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setMessage(FieldMessage::Kind::Info, tr("Contacting IAM Identity Center…"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_code);
    layout->addWidget(m_address);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_page.isValid())
            m_opener(m_page);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SsoSignInDialog::userCode() const
{
    return m_code->text();
}

void SsoSignInDialog::showCode(const QString &userCode, const QUrl &verificationUri,
                               const QUrl &pageWithCode)
{
    m_code->setText(userCode);
    m_page = pageWithCode.isValid() ? pageWithCode : verificationUri;
    m_address->setText(tr("If the page does not open, go to %1 and enter the code.")
                           .arg(verificationUri.toDisplayString()));
    m_address->setVisible(true);
    m_open->setEnabled(true);
    m_open->setFocus(Qt::OtherFocusReason);
    m_status->setMessage(FieldMessage::Kind::Info,
                         tr("Waiting for you to confirm the code in the browser…"));
}

void SsoSignInDialog::showFailure(const QString &message)
{
    m_open->setEnabled(false);
    m_cancel->setText(tr("Close"));
    m_status->setMessage(FieldMessage::Kind::Error, message);
}
