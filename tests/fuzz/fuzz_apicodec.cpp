// Every JSON decoder of the Personalize API: the responses the client reads and the requests the
// sandbox reads. Input: one selector byte, then the JSON body. The selector's low four bits pick
// the decoder, so the seeds use '0'…'7' for the responses and '8'…'?' for the requests, in the
// order of apicodec.h.
#include "fuzzinput.h"

#include "personalize/apicodec.h"

#include <QJsonDocument>

namespace {

// A value that was read writes back as JSON that reads again as the same value: the client and
// the sandbox share the codec, so a lossy or unstable member would show up between the two.
template<typename T>
void decode(Result<T, QString> (*parse)(const QJsonObject &), const QJsonObject &json)
{
    const Result<T, QString> first = parse(json);
    if (!first.ok()) {
        FuzzInput::check(!first.error().isEmpty());
        return;
    }
    const QJsonObject written = ApiCodec::toJson(first.value());
    const Result<T, QString> second = parse(written);
    FuzzInput::check(second.ok());
    FuzzInput::check(ApiCodec::toJson(second.value()) == written);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body = FuzzInput::bytes(data + 1, size - 1);
    // Both sides parse the body this way before they decode it.
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    using namespace ApiCodec;
    switch (data[0] % 16) {
    case 0:
        decode(&parseCreateDatasetImportJobResponse, json);
        break;
    case 1:
        decode(&parseDescribeDatasetImportJobResponse, json);
        break;
    case 2:
        decode(&parseListDatasetImportJobsResponse, json);
        break;
    case 3:
        decode(&parseListDatasetGroupsResponse, json);
        break;
    case 4:
        decode(&parseListDatasetsResponse, json);
        break;
    case 5:
        decode(&parseDescribeDatasetResponse, json);
        break;
    case 6:
        decode(&parseListMetricAttributionsResponse, json);
        break;
    case 7:
        decode(&parseListTagsForResourceResponse, json);
        break;
    case 8:
        decode(&parseCreateDatasetImportJobRequest, json);
        break;
    case 9:
        decode(&parseDescribeDatasetImportJobRequest, json);
        break;
    case 10:
        decode(&parseListDatasetImportJobsRequest, json);
        break;
    case 11:
        decode(&parseListDatasetGroupsRequest, json);
        break;
    case 12:
        decode(&parseListDatasetsRequest, json);
        break;
    case 13:
        decode(&parseDescribeDatasetRequest, json);
        break;
    case 14:
        decode(&parseListMetricAttributionsRequest, json);
        break;
    default:
        decode(&parseListTagsForResourceRequest, json);
        break;
    }
    return 0;
}
