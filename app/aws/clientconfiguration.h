#pragma once

#include "aws/awserror.h"
#include "aws/awsserviceinfo.h"
#include "aws/cabundle.h"
#include "aws/result.h"
#include "aws/sharedconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

// What the user chose explicitly (command line, UI); these beat the environment and the files.
struct ClientConfigurationOverrides
{
    QString profile;
    QString region;
    QUrl endpointUrl;
    // Attempts per call when neither AWS_MAX_ATTEMPTS nor the profile's max_attempts set them
    // (0: the SDKs' default); the origin names where the choice was made.
    int defaultMaxAttempts = 0;
    QString defaultMaxAttemptsOrigin;
};

// The settings a client of one AWS service needs, resolved from explicit choices, the
// environment and the shared config files with the precedence of the AWS CLI. Each `…Origin`
// says where a value came from ("AWS_REGION", "profile dev", "command line", "default"), for
// the UI and logs.
struct ClientConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(ClientConfiguration)

public:
    QString profile;
    QString profileOrigin;
    bool profileExplicit = false; // chosen in code/UI: then environment credentials are skipped

    QString region; // empty: nothing configured, ask the user
    QString regionOrigin;

    QUrl endpointUrl; // empty: use the endpoint rule set for region and variants
    QString endpointOrigin;
    bool ignoreConfiguredEndpointUrls = false;

    int maxAttempts = 3;
    QString maxAttemptsOrigin;
    // AWS_MAX_ATTEMPTS or the profile's max_attempts chose maxAttempts (they beat any default).
    bool maxAttemptsConfigured = false;
    QString retryMode = QStringLiteral("standard");
    QString retryModeOrigin;

    bool useFipsEndpoint = false;
    bool useDualStackEndpoint = false;

    QString caBundlePath;
    QString caBundleOrigin;
    // Read at resolve(); parsed only when an HTTPS connection needs it.
    std::shared_ptr<const CaBundle> caBundle;

    QStringList warnings; // accepted but questionable settings, one sentence each

    // Resolves everything for `service`, or says in plain words which setting is wrong and how
    // to fix it. The service's id names its own endpoint settings (AWS_ENDPOINT_URL_<ID>, the
    // <id> block of a [services] section).
    static Result<ClientConfiguration, AwsError>
    resolve(const AwsServiceInfo &service, const QProcessEnvironment &environment,
            const SharedConfig &config, const ClientConfigurationOverrides &overrides = {});

    // An endpoint URL as it may be shown: any user name and password replaced by "…", even
    // when the text is not a valid URL.
    static QString displayEndpoint(const QString &text);
};
