#pragma once

#include "aws/awserror.h"
#include "desktop/datasetcatalog.h"
#include "personalize/datacheck.h"
#include "personalize/importjobdraft.h"
#include "personalize/importjobvalidator.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <memory>

class QAction;
class QPushButton;
class QWidget;
class FieldMessage;
class FormDataCheck;

namespace Ui {
class ImportForm;
}

// The "New import" form: edits an ImportJobDraft, validates it on every edit with
// ImportJobValidator and shows each message under its field, shows the exact request body,
// and asks for submission. Knows nothing about the network: the window feeds it the datasets
// and the validation context, and reacts to submitRequested().
class ImportForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportForm)

public:
    explicit ImportForm(QWidget *parent = nullptr);
    ~ImportForm() override;

    ImportJobDraft draft() const { return m_draft; }
    // Replaces every value; messages show for the fields that have a value.
    void setDraft(const ImportJobDraft &draft);

    void setDatasets(const QList<DatasetCatalog::Entry> &entries);
    void setValidationContext(const ValidationContext &context, bool loadingFacts = false);
    void setRecentRoleArns(const QStringList &arns);
    void setRecentDataLocations(const QStringList &locations);
    // For the AWS CLI command; the endpoint only when it is not the standard one.
    void setConnection(const QString &region, const QString &profile, const QUrl &customEndpoint);
    // Without a usable connection the form can be edited but not submitted.
    void setConnectionReady(bool ready);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // Whether the form holds anything typed since it was last submitted or queued (an empty
    // form holds nothing): replacing it would lose work.
    bool hasUnsentChanges() const { return m_draft != m_settledDraft; }
    void showSubmitted(const QString &jobName, const QString &jobArn);
    void showSubmitError(const AwsError &error);
    // The region runs as many imports as the service allows (`limit`): says so, and offers to
    // queue the draft (queueRequested()) or to keep it in the form as typed.
    void offerQueue(const QString &region, int limit, const AwsError &error);
    bool isOfferingQueue() const;
    // The draft waits in the queue: the form keeps what the next import most likely reuses.
    void showQueued(const QString &jobName, const QString &region);
    // A followed job finished; a failure of the job just created replaces its confirmation.
    void noteJobFinished(const QString &jobName, bool failed);

    const QList<FieldIssue> &issues() const { return m_issues; }
    bool canSubmit() const;
    // The body CreateDatasetImportJob will carry, byte for byte.
    QByteArray requestBody() const;
    QAction *submitAction() const { return m_submitAction; }

    // The data check of the form's dataset and location (see FormDataCheck): the form asks
    // with dataCheckRequested(), the window answers through these.
    void showDataCheckStarted(const DataCheckRequest &request);
    void showDataCheckReport(const DataCheckReport &report);
    // The report about the form's current dataset, location and mode, if there is one.
    std::optional<DataCheckReport> dataCheckReport() const;
    bool isCheckingData() const;

    // Puts the cursor in the job name, where a new import starts.
    void focusJobName();

    // Submits when possible; otherwise reveals every message and focuses the first problem.
    void trySubmit();
    void generateName();

Q_SIGNALS:
    void draftChanged(const ImportJobDraft &draft);
    // The dataset ARN the form now points at (typed, pasted or chosen).
    void datasetChanged(const QString &datasetArn);
    void submitRequested(const ImportJobDraft &draft);
    // The user accepted the offer to queue the draft.
    void queueRequested(const ImportJobDraft &draft);
    void statusMessage(const QString &message);
    void dataCheckRequested(const DataCheckRequest &request);
    void dataCheckCancelled();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readWidgets(DraftField edited);
    void writeWidgets();
    void revalidate();
    void showIssues();
    void updateModeAndMetrics();
    void updateSubmitState();
    void updateRequestView();
    QString datasetArnFromCombo() const;
    QString datasetTextFor(const QString &arn) const;
    FieldMessage *messageFor(DraftField field) const;
    QWidget *inputFor(DraftField field) const;
    void copyCliCommand();
    void saveJson();
    void loadJson();
    void loadJsonFrom(const QString &path);
    void buildQueueOffer();
    void hideQueueOffer();
    // After a submission or a queueing: the name is used, the other values stay.
    void clearUsedName();

    std::unique_ptr<Ui::ImportForm> m_ui;
    QAction *m_submitAction = nullptr;
    FormDataCheck *m_dataCheck = nullptr;
    QWidget *m_queueOffer = nullptr;
    QPushButton *m_queueButton = nullptr;
    QString m_offerRegion;
    ImportJobDraft m_draft;
    ImportJobDraft m_settledDraft; // as last submitted or queued
    ValidationContext m_context;
    bool m_loadingFacts = false;
    QList<FieldIssue> m_issues;
    QList<DatasetCatalog::Entry> m_entries;
    QSet<int> m_touched; // DraftField values whose messages are shown
    QString m_region;
    QString m_profile;
    QUrl m_customEndpoint;
    bool m_connectionReady = true;
    bool m_busy = false;
    bool m_updating = false;
    QString m_lastCreated; // the job the result message confirms
};
