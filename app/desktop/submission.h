#pragma once

#include "aws/awserror.h"
#include "personalize/apitypes.h"
#include "personalize/importjobdraft.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class PersonalizeClient;
class SubmissionService;

// Sends one import job draft with CreateDatasetImportJob and reports the outcome. One
// submission at a time. With a SubmissionService the draft goes through its outbox, so that it
// is neither lost nor sent twice; without one it is sent directly with the client.
class ImportSubmitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSubmitter)

public:
    explicit ImportSubmitter(QObject *parent = nullptr);
    ~ImportSubmitter() override;

    // A submission in flight when the client changes is reported as cancelled.
    void setClient(PersonalizeClient *client);
    bool isBusy() const { return m_busy; }

    // Routes submissions through the outbox of `service` (null: directly with the client).
    void setSubmissionService(SubmissionService *service);

    // Sends draft.toRequest(); false (and nothing emitted) when busy or without a client.
    bool submit(const ImportJobDraft &draft);

Q_SIGNALS:
    void succeeded(const QString &datasetImportJobArn,
                   const CreateDatasetImportJobRequest &request);
    void failed(const AwsError &error, const CreateDatasetImportJobRequest &request);

private:
    void submitThroughOutbox(const ImportJobDraft &draft);

    QPointer<PersonalizeClient> m_client;
    QPointer<SubmissionService> m_service;
    qint64 m_outboxId = 0;
    bool m_busy = false;
    int m_generation = 0;
    CreateDatasetImportJobRequest m_request;
};
