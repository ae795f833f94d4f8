#pragma once

#include "aws/result.h"
#include "sandbox/sandboxtypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class SandboxState;

// The JSON face of SandboxState: decodes a request body with the shared API codec, runs the
// operation and encodes the answer, so that the HTTP server only deals with transport and
// authentication.
namespace SandboxApi {

// The operations the sandbox serves, e.g. "CreateDatasetImportJob".
const QStringList &operations();
bool isOperation(const QString &operation);

Result<QJsonObject, SandboxError> dispatch(SandboxState &state, const QString &operation,
                                           const QJsonObject &body);

// The dataset ARN a request names (datasetArn, or the dataset of a known import job), for the
// request log; empty when it names none.
QString datasetArnOf(SandboxState &state, const QString &operation, const QJsonObject &body);
// The import job or other resource a request names (datasetImportJobArn, resourceArn), for the
// request log; empty when it names none.
QString resourceArnOf(const QJsonObject &body);

} // namespace SandboxApi
