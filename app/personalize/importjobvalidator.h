#pragma once

#include "personalize/apitypes.h"
#include "personalize/importjobdraft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One problem with one input of the new-import form, worded for the operator.
struct FieldIssue
{
    enum class Severity { Error, Warning };

    DraftField field = DraftField::JobName;
    int tagRow = -1; // for DraftField::Tags: the row of the draft's tag list, -1 for the list
    Severity severity = Severity::Error;
    QString message;

    bool operator==(const FieldIssue &) const = default;
};

// What the form knows about the surroundings of the draft. Unknown facts are not judged.
struct ValidationContext
{
    QString region; // the selected region, may be empty
    std::optional<bool> datasetHasFinishedBulkImport;
    QStringList existingJobNames; // import jobs already in the chosen dataset
    std::optional<bool> datasetGroupHasMetricAttribution;
    // The account the credentials belong to (GetCallerIdentity), if known.
    QString callerAccount = {};
};

// The rules an import job request must follow: the service model's constraints, plus checks that
// catch likely mistakes (wrong region, a dataset group instead of a dataset, an odd S3 path)
// before the service does. Pure functions, cheap enough to run on every keystroke.
class ImportJobValidator
{
    Q_DECLARE_TR_FUNCTIONS(ImportJobValidator)

public:
    // Everything the form should show, in field order. Values are judged as they will be sent
    // (trimmed; blank tag rows ignored).
    static QList<FieldIssue> validate(const ImportJobDraft &draft,
                                      const ValidationContext &context);

    // Only the constraints of the service model, for the sandbox's side of the wire. Every issue
    // is an error.
    static QList<FieldIssue> validateRequest(const CreateDatasetImportJobRequest &request);

    // The message the service gives for the first violated model constraint, in its own format:
    // "1 validation error detected: Value 'x y' at 'jobName' failed to satisfy constraint: …".
    // std::nullopt when the request satisfies the model.
    static std::optional<QString> serviceErrorMessage(const CreateDatasetImportJobRequest &request);

    static bool hasErrors(const QList<FieldIssue> &issues);
};
