#include "ui/preferencesdialog.h"

#include "aws/awssession.h"
#include "desktop/appsettings.h"
#include "desktop/connectionmanager.h"
#include "desktop/desktopapp.h"
#include "ui/fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// Every preference key the dialog edits, for "Restore Defaults".
constexpr AppSettings::Key kPreferenceKeys[] = {
    AppSettings::Key::DefaultProfile,      AppSettings::Key::DefaultRegion,
    AppSettings::Key::PollIntervalSeconds, AppSettings::Key::MaxAttempts,
    AppSettings::Key::Notifications,       AppSettings::Key::Language,
};

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    // A value set elsewhere (by hand, or a profile since removed) is still shown as chosen.
    combo->addItem(value, value);
    combo->setCurrentIndex(combo->count() - 1);
}

} // namespace

PreferencesDialog::PreferencesDialog(DesktopApp *app, const QString &runningLanguage,
                                     QWidget *parent)
    : QDialog(parent)
    , m_app(app)
    , m_settings(app->settings())
    , m_runningLanguage(runningLanguage)
    , m_profile(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_connectionNote(new FieldMessage(this))
    , m_pollSeconds(new QSpinBox(this))
    , m_attempts(new QSpinBox(this))
    , m_retryNote(new FieldMessage(this))
    , m_notifications(new QCheckBox(tr("&Notify me when an import finishes"), this))
    , m_language(new QComboBox(this))
    , m_languageNote(new FieldMessage(this))
    , m_restart(new QPushButton(tr("&Restart Now"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_profile->setObjectName(QStringLiteral("defaultProfileCombo"));
    m_region->setObjectName(QStringLiteral("defaultRegionCombo"));
    m_connectionNote->setObjectName(QStringLiteral("connectionNote"));
    m_pollSeconds->setObjectName(QStringLiteral("pollSecondsSpin"));
    m_attempts->setObjectName(QStringLiteral("maxAttemptsSpin"));
    m_retryNote->setObjectName(QStringLiteral("retryNote"));
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_restart->setObjectName(QStringLiteral("restartButton"));

    ConnectionManager *connection = app->connection();
    m_profile->addItem(tr("The one used last"), QString());
    for (const QString &profile : connection->profiles())
        m_profile->addItem(profile, profile);
    m_region->addItem(tr("The one used last"), QString());
    for (const QString &region : ConnectionManager::regions())
        m_region->addItem(region, region);

    m_pollSeconds->setRange(AppSettings::kMinPollSeconds, AppSettings::kMaxPollSeconds);
    m_pollSeconds->setSingleStep(15);
    m_pollSeconds->setSuffix(tr(" s"));
    m_pollSeconds->setToolTip(tr("New jobs are checked every 10 seconds for their first minutes, "
                                 "then at this interval, and less often while the window is "
                                 "hidden."));
    m_notifications->setToolTip(
        tr("A desktop notification, when the window is not the one in use."));
    m_attempts->setRange(1, AppSettings::kMaxAttemptsLimit);
    m_attempts->setToolTip(tr("How many times a request is tried before its error is shown: "
                              "the first try and the retries after throttling, timeouts and "
                              "server errors."));

    // Language names are written in their own language, so that anyone finds theirs.
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));

    auto *connectionBox = new QGroupBox(tr("Connection"), this);
    auto *connectionForm = new QFormLayout(connectionBox);
    connectionForm->addRow(tr("Start with &profile:"), m_profile);
    connectionForm->addRow(tr("Start in Re&gion:"), m_region);
    connectionForm->addRow(m_connectionNote);

    auto *requestsBox = new QGroupBox(tr("Jobs and requests"), this);
    auto *requestsForm = new QFormLayout(requestsBox);
    requestsForm->addRow(tr("&Check running jobs every:"), m_pollSeconds);
    requestsForm->addRow(tr("&Attempts per request:"), m_attempts);
    requestsForm->addRow(m_retryNote);
    requestsForm->addRow(m_notifications);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->addRow(tr("&Language:"), m_language);
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_languageNote, 1);
    restartRow->addWidget(m_restart, 0, Qt::AlignTop);
    languageForm->addRow(restartRow);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(connectionBox);
    layout->addWidget(requestsBox);
    layout->addWidget(languageBox);
    layout->addWidget(buttons);

    // Notes size their height to their width: give them the width they will have, so that the
    // dialog opens at the height its text needs.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    const int noteWidth = minimumWidth() - 2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) -
                          2 * connectionBox->contentsMargins().left() -
                          connectionForm->contentsMargins().left() -
                          connectionForm->contentsMargins().right();
    m_connectionNote->resize(noteWidth, m_connectionNote->height());
    m_retryNote->resize(noteWidth, m_retryNote->height());
    m_languageNote->resize(noteWidth - m_restart->sizeHint().width() - restartRow->spacing(),
                           m_languageNote->height());

    if (app->isSandbox()) {
        m_profile->setEnabled(false);
        m_region->setEnabled(false);
        m_connectionNote->setMessage(FieldMessage::Kind::Info,
                                     tr("The sandbox has one profile and one Region. These "
                                        "apply when Import Desk connects to AWS."));
    }

    load();
    adjustSize();

    // Stored as chosen; DesktopApp applies each change.
    connect(m_profile, &QComboBox::activated, this, [this] {
        if (!m_loading)
            m_settings->setDefaultProfile(m_profile->currentData().toString());
    });
    connect(m_region, &QComboBox::activated, this, [this] {
        if (!m_loading)
            m_settings->setDefaultRegion(m_region->currentData().toString());
    });
    connect(m_pollSeconds, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (!m_loading)
            m_settings->setPollIntervalSeconds(seconds);
    });
    connect(m_attempts, &QSpinBox::valueChanged, this, [this](int attempts) {
        if (!m_loading)
            m_settings->setMaxAttempts(attempts);
    });
    connect(m_notifications, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            m_settings->setNotifications(on);
    });
    connect(m_language, &QComboBox::activated, this, [this] {
        if (!m_loading)
            m_settings->setLanguage(m_language->currentData().toString());
        updateLanguageNote();
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT restartRequested();
    });
    // A reconnection brings the retry settings of the new connection.
    connect(app, &DesktopApp::sessionChanged, this, &PreferencesDialog::updateRetryNote);
}

void PreferencesDialog::load()
{
    m_loading = true;
    selectData(m_profile, m_settings->defaultProfile());
    selectData(m_region, m_settings->defaultRegion());
    m_pollSeconds->setValue(m_settings->pollIntervalSeconds());
    m_attempts->setValue(m_settings->maxAttempts());
    m_notifications->setChecked(m_settings->notifications());
    selectData(m_language, m_settings->language());
    m_loading = false;
    updateRetryNote();
    updateLanguageNote();
}

// AWS_MAX_ATTEMPTS and the profile's max_attempts come first, as in every AWS tool.
void PreferencesDialog::updateRetryNote()
{
    const AwsSession *session = m_app->connection()->session();
    if (!session || !session->configuration().maxAttemptsConfigured) {
        m_retryNote->clear();
        return;
    }
    const ClientConfiguration &configuration = session->configuration();
    m_retryNote->setMessage(FieldMessage::Kind::Info,
                            tr("This connection makes %n attempt(s) per request, as %1 says; that "
                               "setting comes before this one.",
                               nullptr, configuration.maxAttempts)
                                .arg(configuration.maxAttemptsOrigin));
}

void PreferencesDialog::updateLanguageNote()
{
    QString chosen = m_language->currentData().toString();
    if (chosen.isEmpty())
        chosen = QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                                 : QStringLiteral("en");
    const bool needsRestart = chosen != m_runningLanguage;
    m_restart->setVisible(needsRestart);
    if (needsRestart) {
        m_languageNote->setMessage(FieldMessage::Kind::Info,
                                   tr("Import Desk shows the new language from its next start. "
                                      "Restarting keeps the draft, the jobs and the layout."));
    } else {
        m_languageNote->clear();
    }
}

void PreferencesDialog::restoreDefaults()
{
    for (const AppSettings::Key key : kPreferenceKeys)
        m_settings->reset(key);
    load();
}
