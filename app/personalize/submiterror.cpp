#include "personalize/submiterror.h"

QStringList SubmitError::describe(const AwsError &error)
{
    QStringList lines;
    lines.append(error.code.isEmpty()
                     ? tr("The import job was not created: %1").arg(error.message)
                     : tr("The import job was not created: %1: %2").arg(error.code, error.message));
    if (!error.requestId.isEmpty())
        lines.append(tr("Request ID: %1").arg(error.requestId));
    const QString what = advice(error);
    if (!what.isEmpty())
        lines.append(what);
    return lines;
}

QString SubmitError::advice(const AwsError &error)
{
    const QString general = error.suggestion();
    if (!general.isEmpty())
        return general;
    if (error.code == u"ResourceAlreadyExistsException")
        return tr("Choose another job name and submit again.");
    if (error.code == u"ResourceNotFoundException")
        return tr("Check the dataset and the Region.");
    if (error.code == u"InvalidInputException")
        return tr("Correct the value the message names and submit again.");
    return {};
}
