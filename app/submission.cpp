#include "submission.h"

#include "personalizeclient.h"

ImportSubmitter::ImportSubmitter(QObject *parent)
    : QObject(parent)
{}

ImportSubmitter::~ImportSubmitter() = default;

void ImportSubmitter::setClient(PersonalizeClient *client)
{
    if (client == m_client)
        return;
    ++m_generation;
    m_client = client;
    if (m_busy) {
        m_busy = false;
        Q_EMIT failed(AwsError::make(AwsError::Kind::Cancelled,
                                     tr("The connection changed while the job was being sent. "
                                        "Check the dataset's jobs before sending it again.")),
                      m_request);
    }
}

bool ImportSubmitter::submit(const ImportJobDraft &draft)
{
    if (m_busy || !m_client)
        return false;
    m_busy = true;
    m_request = draft.toRequest();
    const int generation = m_generation;
    const CreateDatasetImportJobRequest request = m_request;
    m_client->createDatasetImportJob(
        request, this, [this, generation, request](const auto &result) {
            if (generation != m_generation)
                return;
            m_busy = false;
            if (!result) {
                Q_EMIT failed(result.error(), request);
            } else if (!result.value().datasetImportJobArn) {
                Q_EMIT failed(AwsError::make(AwsError::Kind::InvalidResponse,
                                             tr("The service accepted the job but sent no ARN "
                                                "for it.")),
                              request);
            } else {
                Q_EMIT succeeded(*result.value().datasetImportJobArn, request);
            }
        });
    return true;
}
