#pragma once

#include "aws/awsserviceinfo.h"

// Amazon S3 as the request layer sees it: the signing name "s3" and the id that names its
// endpoint settings (AWS_ENDPOINT_URL_S3, a [services] block "s3"). It has no endpoint rule
// set here: S3Client builds S3's regional endpoints itself.
namespace S3Service {

const AwsServiceInfo &info();

} // namespace S3Service
