#include "desktop/submission.h"

#include "jobs/submissionservice.h"
#include "personalize/personalizeclient.h"

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

void ImportSubmitter::setSubmissionService(SubmissionService *service)
{
    if (service == m_service)
        return;
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (!m_service)
        return;
    connect(m_service, &SubmissionService::submissionConfirmed, this,
            [this](const OutboxEntry &entry, const JobRecord &job) {
                if (!m_busy || entry.id != m_outboxId)
                    return;
                m_busy = false;
                Q_EMIT succeeded(job.arn, m_request);
            });
    connect(m_service, &SubmissionService::submissionFailed, this,
            [this](const OutboxEntry &entry, const AwsError &error) {
                if (!m_busy || entry.id != m_outboxId)
                    return;
                m_busy = false;
                Q_EMIT failed(error, m_request);
            });
    connect(m_service, &SubmissionService::submissionUnresolved, this,
            [this](const OutboxEntry &entry, const AwsError &error) {
                if (!m_busy || entry.id != m_outboxId)
                    return;
                m_busy = false;
                AwsError unresolved = error;
                unresolved.message +=
                    u' ' + tr("The job may have been created. It is kept in the outbox and looked "
                              "up by name when Import Desk next connects; it is never sent twice.");
                Q_EMIT failed(unresolved, m_request);
            });
}

void ImportSubmitter::submitThroughOutbox(const ImportJobDraft &draft)
{
    const auto recorded = m_service->submit(draft);
    if (!recorded) {
        // Reported later, as every outcome is.
        QMetaObject::invokeMethod(
            this,
            [this, message = recorded.error()] {
                m_busy = false;
                Q_EMIT failed(AwsError::make(AwsError::Kind::Configuration,
                                             tr("The submission could not be recorded, so "
                                                "nothing was sent: %1")
                                                 .arg(message)),
                              m_request);
            },
            Qt::QueuedConnection);
        return;
    }
    m_outboxId = recorded.value();
}

bool ImportSubmitter::submit(const ImportJobDraft &draft)
{
    if (m_busy || !m_client)
        return false;
    m_busy = true;
    m_request = draft.toRequest();
    if (m_service) {
        submitThroughOutbox(draft);
        return true;
    }
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
