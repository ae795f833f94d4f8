#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class FieldMessage;
class QDialogButtonBox;
class QLineEdit;

// Asks for the current code of an MFA device when a profile's role needs one: says which
// profile and device, accepts only a 6-digit code, and reports the answer through answered()
// (std::nullopt when the user cancels). Opened with open(), never exec().
class MfaCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MfaCodeDialog)

public:
    MfaCodeDialog(const QString &profile, const QString &mfaSerial, QWidget *parent = nullptr);
    // Closed without an answer (its window went away): declines, so that nobody waits forever.
    ~MfaCodeDialog() override;

    QLineEdit *codeEdit() const { return m_code; }
    QString message() const;

    // True for six ASCII digits, the form of every MFA code STS accepts.
    static bool isValidCode(const QString &code);

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // Exactly once, whichever way the dialog closes.
    void answered(const std::optional<QString> &code);

private:
    void updateState();
    void answer(const std::optional<QString> &code);

    QLineEdit *m_code;
    FieldMessage *m_message;
    QDialogButtonBox *m_buttons;
    bool m_answered = false;
};
