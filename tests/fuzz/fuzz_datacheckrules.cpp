// The data check's reading of CSV files from S3: what the first and last kilobytes of any file
// hold. Input: the file's bytes; the rules read them whole, then as a cut head and tail.
#include "fuzzinput.h"

#include "personalize/csvsample.h"
#include "personalize/datacheckrules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzInput::bytes(data, size);

    DataCheckInput input;
    input.location = S3Location{QStringLiteral("bucket"), QStringLiteral("data/file.csv")};
    input.datasetType = QStringLiteral("INTERACTIONS");
    input.importMode = QStringLiteral("FULL");
    input.schema.fields = {
        {QStringLiteral("USER_ID"), QStringLiteral("string"), false, false, false},
        {QStringLiteral("ITEM_ID"), QStringLiteral("string"), false, false, false},
        {QStringLiteral("TIMESTAMP"), QStringLiteral("long"), false, false, false},
        {QStringLiteral("EVENT_TYPE"), QStringLiteral("string"), true, true, false},
        {QStringLiteral("REVIEW"), QStringLiteral("string"), true, false, true},
    };
    input.objects = {S3ObjectSummary{input.location.key, bytes.size(), QDateTime()}};
    DataCheckSample sample;
    sample.key = input.location.key;
    sample.size = bytes.size();
    sample.head = bytes;
    sample.complete = true;
    input.samples = {sample};

    const DataCheckOutcome whole = DataCheckRules::check(input);
    FuzzInput::check(whole.csvFiles == 1 && whole.csvBytes == bytes.size());
    for (const DataCheckFinding &finding : whole.findings)
        FuzzInput::check(!finding.rule.isEmpty() && !finding.message.isEmpty());
    // A file read whole is counted, not estimated.
    FuzzInput::check(!whole.estimatedRecords || whole.recordsExact);

    // The same file seen through a head and a tail.
    const qsizetype half = bytes.size() / 2;
    input.samples[0].head = bytes.left(half);
    input.samples[0].tail = bytes.mid(half);
    input.samples[0].complete = false;
    const DataCheckOutcome sampled = DataCheckRules::check(input);
    FuzzInput::check(!sampled.recordsExact);
    if (sampled.estimatedRecords)
        FuzzInput::check(*sampled.estimatedRecords >= 0);

    // Every record of the whole file ends where the next starts.
    const CsvSample csv = CsvSample::read(bytes, true, true);
    int previousLine = 0;
    for (const CsvRow &row : csv.rows) {
        FuzzInput::check(row.line > previousLine && row.bytes > 0);
        previousLine = row.line;
    }
    return 0;
}
