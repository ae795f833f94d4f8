// Amazon Resource Names as the operator types or pastes them. Input: the text.
#include "fuzzinput.h"

#include "personalize/arn.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(FuzzInput::bytes(data, size));
    const std::optional<Arn> arn = Arn::parse(text);
    if (arn) {
        // Taking apart and putting together again loses nothing.
        FuzzInput::check(arn->toString() == text);
        FuzzInput::check(Arn::parse(arn->toString()) == arn);
        const QString type = arn->resourceType();
        const QString name = arn->resourceName();
        if (type.isEmpty()) {
            FuzzInput::check(name == arn->resource);
        } else {
            FuzzInput::check(arn->resource.size() == type.size() + 1 + name.size());
            FuzzInput::check(arn->resource.startsWith(type) && arn->resource.endsWith(name));
        }
        (void)Arn::partitionForRegion(arn->region);
    }

    const std::optional<QString> group = PersonalizeArn::datasetGroupArnOf(text);
    const QString groupName = PersonalizeArn::datasetGroupNameOf(text);
    const QString datasetType = PersonalizeArn::datasetTypeOf(text);
    const bool isDataset = arn && PersonalizeArn::isDatasetArn(*arn);
    FuzzInput::check(group.has_value() == isDataset);
    if (isDataset) {
        FuzzInput::check(!groupName.isEmpty() && !datasetType.isEmpty());
        const std::optional<Arn> groupArn = Arn::parse(*group);
        FuzzInput::check(groupArn && groupArn->resourceType() == QLatin1String("dataset-group"));
        // The dataset's own ARN comes back from its parts.
        FuzzInput::check(PersonalizeArn::datasetArn(arn->region, arn->accountId, groupName,
                                                    datasetType) == text ||
                         Arn::partitionForRegion(arn->region) != arn->partition);
    } else {
        FuzzInput::check(groupName.isEmpty() && datasetType.isEmpty());
    }
    return 0;
}
