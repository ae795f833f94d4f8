#include "ui/mfacodedialog.h"

#include "ui/fieldmessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

MfaCodeDialog::MfaCodeDialog(const QString &profile, const QString &mfaSerial, QWidget *parent)
    : QDialog(parent)
    , m_code(new QLineEdit(this))
    , m_message(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("mfaCodeDialog"));
    setWindowTitle(tr("MFA code needed"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *intro = new QLabel(
        tr("The profile “%1” assumes a role that asks for multi-factor authentication. Enter "
           "the 6-digit code your MFA device shows now.")
            .arg(profile.toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("mfaIntro"));
    intro->setWordWrap(true);
    auto *device = new QLabel(mfaSerial, this);
    device->setObjectName(QStringLiteral("mfaDevice"));
    device->setTextInteractionFlags(Qt::TextSelectableByMouse);
    device->setTextFormat(Qt::PlainText);

    m_code->setObjectName(QStringLiteral("mfaCode"));
    m_code->setMaxLength(6);
    m_code->setPlaceholderText(QStringLiteral("123456"));
    m_code->setAccessibleName(tr("MFA code"));
    // A one-time code: nothing to remember, nothing to offer again.
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    m_message->setObjectName(QStringLiteral("mfaMessage"));

    auto *form = new QFormLayout;
    auto *deviceLabel = new QLabel(tr("Device:"), this);
    deviceLabel->setBuddy(device);
    form->addRow(deviceLabel, device);
    auto *codeLabel = new QLabel(tr("&Code:"), this);
    codeLabel->setBuddy(m_code);
    form->addRow(codeLabel, m_code);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mfaOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("mfaCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MfaCodeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MfaCodeDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &MfaCodeDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    // Wrapped text needs a width to be measured against; without one the dialog opens too
    // short for its first sentence.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    const int introWidth = intro->fontMetrics().averageCharWidth() * 56;
    intro->setMinimumSize(introWidth, intro->heightForWidth(introWidth));
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setAccessibleDescription(intro->text());
    updateState();
    m_code->setFocus();
}

MfaCodeDialog::~MfaCodeDialog()
{
    answer(std::nullopt);
}

QString MfaCodeDialog::message() const
{
    return m_message->text();
}

bool MfaCodeDialog::isValidCode(const QString &code)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    return sixDigits.match(code).hasMatch();
}

void MfaCodeDialog::updateState()
{
    const QString code = m_code->text().trimmed();
    const bool valid = isValidCode(code);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    if (valid || code.isEmpty()) {
        m_message->clear();
        return;
    }
    m_message->setMessage(FieldMessage::Kind::Info,
                          tr("An MFA code has 6 digits; %1 entered so far.").arg(code.size()));
}

void MfaCodeDialog::accept()
{
    const QString code = m_code->text().trimmed();
    if (!isValidCode(code)) {
        m_message->setMessage(FieldMessage::Kind::Error,
                              tr("Enter the 6 digits your MFA device shows, or Cancel."));
        return;
    }
    answer(code);
    QDialog::accept();
}

void MfaCodeDialog::reject()
{
    answer(std::nullopt);
    QDialog::reject();
}

void MfaCodeDialog::answer(const std::optional<QString> &code)
{
    if (m_answered)
        return;
    m_answered = true;
    Q_EMIT answered(code);
}
