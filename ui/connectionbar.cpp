#include "ui/connectionbar.h"

#include "ui/fieldmessage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// Marks the profile box's entries that are stored keys; holds the key's name.
constexpr int kStoredKeyRole = Qt::UserRole + 1;

} // namespace

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_profile(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_account(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_status(new FieldMessage(this))
{
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setAccessibleName(tr("AWS profile"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profile->setMinimumContentsLength(9);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setAccessibleName(tr("AWS Region"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->setMinimumContentsLength(11);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The caller's name can be long (role and session names); it is shortened to the room left
    // rather than widening the window, and the tooltip has it all.
    m_account->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_account->installEventFilter(this);
    m_badge->setObjectName(QStringLiteral("sandboxBadge"));
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setTextSelectable(true);

    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_badge->setText(QStringLiteral("<img src=\":/icons/sandbox.svg\" width=\"%1\" height=\"%1\" "
                                    "style=\"vertical-align: middle\"> <b>%2</b>")
                         .arg(icon)
                         .arg(tr("Sandbox", "badge: the app talks to the local sandbox")));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: #fff3d6; color: #4a2f00; "
                                          "border: 1px solid #c98a1b; border-radius: 4px; "
                                          "padding: 2px 8px; }"));
    m_badge->setAccessibleName(tr("Sandbox: not connected to AWS"));
    m_badge->setVisible(false);

    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    auto *regionLabel = new QLabel(tr("R&egion:"), this);
    regionLabel->setBuddy(m_region);

    auto *row = new QHBoxLayout;
    row->addWidget(m_badge);
    row->addWidget(profileLabel);
    row->addWidget(m_profile);
    row->addSpacing(8);
    row->addWidget(regionLabel);
    row->addWidget(m_region);
    row->addSpacing(8);
    row->addWidget(m_account, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 2);
    layout->setSpacing(4);
    layout->addLayout(row);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    m_signIn = new QPushButton(tr("Sign in…", "to IAM Identity Center"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in to IAM Identity Center"));
    m_signIn->setVisible(false);
    statusRow->addWidget(m_signIn, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    connect(m_signIn, &QPushButton::clicked, this, &ConnectionBar::signInRequested);

    connect(m_profile, &QComboBox::activated, this, &ConnectionBar::request);
    connect(m_region, &QComboBox::activated, this, &ConnectionBar::request);
    connect(m_region->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_region->currentText().trimmed() != m_region->property("applied").toString())
            request();
    });
    setAccountId({});
}

void ConnectionBar::setProfiles(const QStringList &profiles, const QString &current)
{
    m_updating = true;
    m_profile->clear();
    m_profile->addItems(profiles);
    if (!current.isEmpty() && !profiles.contains(current))
        m_profile->addItem(current);
    m_profile->setCurrentText(current);
    m_profile->setEnabled(!m_sandbox && m_profile->count() > 0);
    m_updating = false;
}

void ConnectionBar::setRegions(const QStringList &regions, const QString &current)
{
    m_updating = true;
    m_region->clear();
    m_region->addItems(regions);
    m_region->setCurrentIndex(m_region->findText(current));
    m_region->setEditText(current);
    m_region->setProperty("applied", current);
    m_region->setEnabled(!m_sandbox);
    m_updating = false;
}

void ConnectionBar::setStoredKeys(const QStringList &names, const QString &current)
{
    m_updating = true;
    for (int i = m_profile->count() - 1; i >= 0; --i) {
        if (!m_profile->itemData(i, kStoredKeyRole).toString().isEmpty() ||
            m_profile->itemData(i, Qt::AccessibleDescriptionRole).toString() ==
                QLatin1String("separator"))
            m_profile->removeItem(i);
    }
    if (!names.isEmpty() && m_profile->count() > 0)
        m_profile->insertSeparator(m_profile->count());
    const QIcon key(QStringLiteral(":/icons/key.svg"));
    for (const QString &name : names) {
        m_profile->addItem(key, tr("Stored key: %1").arg(name));
        const int index = m_profile->count() - 1;
        m_profile->setItemData(index, name, kStoredKeyRole);
        m_profile->setItemData(index, tr("Access key stored in Import Desk, not an AWS profile"),
                               Qt::ToolTipRole);
        if (name == current)
            m_profile->setCurrentIndex(index);
    }
    m_profile->setEnabled(!m_sandbox && m_profile->count() > 0);
    m_updating = false;
}

QString ConnectionBar::storedKey() const
{
    return m_profile->currentData(kStoredKeyRole).toString();
}

QString ConnectionBar::profile() const
{
    return m_profile->currentText();
}

QString ConnectionBar::region() const
{
    return m_region->currentText().trimmed();
}

void ConnectionBar::setAccountId(const QString &accountId)
{
    m_accountId = accountId;
    updateAccount();
}

void ConnectionBar::setCaller(const QString &name, const QString &arn)
{
    m_callerName = name;
    m_callerArn = arn;
    updateAccount();
}

QString ConnectionBar::accountText() const
{
    return m_accountText;
}

bool ConnectionBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_account && event->type() == QEvent::Resize)
        showAccountText();
    return QWidget::eventFilter(watched, event);
}

void ConnectionBar::showAccountText()
{
    const QFontMetrics metrics = m_account->fontMetrics();
    m_account->setText(metrics.elidedText(m_accountText, Qt::ElideRight, m_account->width()));
}

void ConnectionBar::updateAccount()
{
    const QString plain =
        m_accountId.isEmpty() ? tr("Account: not known yet") : tr("Account: %1").arg(m_accountId);
    m_accountText = m_callerArn.isEmpty()
                        ? plain
                        : tr("Account: %1 · %2", "account id, then who is signed in")
                              .arg(m_accountId, m_callerName);
    // The account itself always shows; only the caller's name gives way.
    m_account->setMinimumWidth(m_account->fontMetrics().horizontalAdvance(plain) + 4);
    showAccountText();
    m_account->setAccessibleName(m_accountText);
    const QString full = m_callerArn.isEmpty()
                             ? QString()
                             : tr("Signed in as %1 (reported by AWS STS).").arg(m_callerArn);
    m_account->setToolTip(full);
    m_account->setAccessibleDescription(full);
}

void ConnectionBar::setSandbox(bool sandbox, const QString &endpoint)
{
    m_sandbox = sandbox;
    m_badge->setVisible(sandbox);
    m_badge->setToolTip(
        sandbox ? tr("Requests go to the local sandbox at %1, not to AWS. Nothing you do here "
                     "touches a real account.")
                      .arg(endpoint)
                : QString());
    m_profile->setEnabled(!sandbox);
    m_region->setEnabled(!sandbox);
    if (sandbox) {
        const QString why = tr("The sandbox serves one fixed account and Region.");
        m_profile->setToolTip(why);
        m_region->setToolTip(why);
    }
}

void ConnectionBar::setSignInAvailable(bool available)
{
    m_signIn->setVisible(available);
}

void ConnectionBar::setStatus(Status status, const QString &message)
{
    switch (status) {
    case Status::Checking:
        m_status->setMessage(FieldMessage::Kind::Info, message);
        break;
    case Status::Ready:
        m_status->setMessage(FieldMessage::Kind::Success, message);
        break;
    case Status::Failed:
        m_status->setMessage(FieldMessage::Kind::Error, message);
        break;
    }
    m_profile->setAccessibleDescription(m_status->accessibleText());
}

void ConnectionBar::setLocked(bool locked)
{
    m_profile->setEnabled(!locked && !m_sandbox);
    m_region->setEnabled(!locked && !m_sandbox);
}

void ConnectionBar::request()
{
    if (m_updating)
        return;
    m_region->setProperty("applied", region());
    const QString key = storedKey();
    if (!key.isEmpty()) {
        Q_EMIT storedKeyRequested(key, region());
        return;
    }
    Q_EMIT connectionRequested(profile(), region());
}
