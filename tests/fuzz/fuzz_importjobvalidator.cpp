// The rules of the new-import form and of the sandbox's side of the wire. Input: one field per
// line — job name, dataset ARN, data location, role ARN, import mode, region, then a line of
// flags ('p' publish metrics; 'b'/'B' the dataset has / has not finished a bulk import;
// 'm'/'M' the group has / has no metric attribution). Each further line is a tag row when it
// holds a tab ("key<TAB>value"), else the name of an existing job.
#include "fuzzinput.h"

#include "personalize/importjobvalidator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> lines = FuzzInput::bytes(data, size).split('\n');
    const auto field = [&lines](qsizetype i) {
        return i < lines.size() ? QString::fromUtf8(lines.at(i)) : QString();
    };
    ImportJobDraft draft;
    draft.jobName = field(0);
    draft.datasetArn = field(1);
    draft.dataLocation = field(2);
    draft.roleArn = field(3);
    draft.importMode = field(4);
    ValidationContext context;
    context.region = field(5);
    const QByteArray flags = lines.value(6);
    draft.publishAttributionMetricsToS3 = flags.contains('p');
    if (flags.contains('b') || flags.contains('B'))
        context.datasetHasFinishedBulkImport = flags.contains('b');
    if (flags.contains('m') || flags.contains('M'))
        context.datasetGroupHasMetricAttribution = flags.contains('m');
    for (qsizetype i = 7; i < lines.size(); ++i) {
        const qsizetype tab = lines.at(i).indexOf('\t');
        if (tab >= 0) {
            draft.tags.append({QString::fromUtf8(lines.at(i).left(tab)),
                               QString::fromUtf8(lines.at(i).mid(tab + 1))});
        } else {
            context.existingJobNames.append(QString::fromUtf8(lines.at(i)));
        }
    }

    for (const FieldIssue &issue : ImportJobValidator::validate(draft, context)) {
        FuzzInput::check(!issue.message.isEmpty());
        FuzzInput::check(issue.tagRow >= -1 && issue.tagRow < draft.tags.size());
        FuzzInput::check(issue.field == DraftField::Tags || issue.tagRow == -1);
    }

    // The sandbox's view of the same request: it refuses with a service message exactly when
    // the model is violated.
    const CreateDatasetImportJobRequest request = draft.toRequest();
    const QList<FieldIssue> modelIssues = ImportJobValidator::validateRequest(request);
    FuzzInput::check(ImportJobValidator::hasErrors(modelIssues) == !modelIssues.isEmpty());
    FuzzInput::check(ImportJobValidator::serviceErrorMessage(request).has_value() ==
                     !modelIssues.isEmpty());

    // The autosave file and the outbox restore the draft exactly as typed.
    FuzzInput::check(ImportJobDraft::fromJson(draft.toJson()) == draft);
    FuzzInput::check(ImportJobDraft::fromRequest(request).toRequest() == request);
    return 0;
}
