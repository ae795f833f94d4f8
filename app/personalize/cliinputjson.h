#pragma once

#include "aws/result.h"
#include "personalize/importjobdraft.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Interop with the AWS CLI: reads and writes the --cli-input-json document of
// `aws personalize create-dataset-import-job`, and renders the equivalent command line.
class CliInputJson
{
    Q_DECLARE_TR_FUNCTIONS(CliInputJson)

public:
    // Accepts what --generate-cli-skeleton produces, filled in or not; members may be left out.
    // Keys the CLI does not know are an error that names them, as the CLI would refuse them.
    static Result<ImportJobDraft, QString> parse(const QByteArray &json);
    // The document for the request the draft stands for (see ImportJobDraft::toRequest), in
    // the skeleton's member order, indented by four spaces, UTF-8.
    static QByteArray write(const ImportJobDraft &draft);
    // `aws personalize create-dataset-import-job …` with every argument quoted for a POSIX
    // shell; --region and --profile are left out when empty.
    static QString awsCliCommand(const ImportJobDraft &draft, const QString &region,
                                 const QString &profile);
    // One word for a POSIX shell: unchanged when it is made of safe characters only, otherwise
    // in single quotes with each ' written as '\''.
    static QString shellQuote(const QString &word);
};
