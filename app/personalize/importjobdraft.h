#pragma once

#include "personalize/apitypes.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// The inputs of the new-import form that a validation message can point at.
enum class DraftField {
    JobName,
    DatasetArn,
    DataLocation,
    RoleArn,
    Tags,
    ImportMode,
    PublishAttributionMetrics,
    Region,
};

// What the operator is typing into the new-import form, kept exactly as typed (untrimmed, blank
// and duplicate tag rows included) so that nothing is lost between keystrokes.
struct ImportJobDraft
{
    QString jobName;
    QString datasetArn;
    QString dataLocation;
    QString roleArn;
    QList<QPair<QString, QString>> tags; // (key, value) rows in the order shown
    QString importMode = QStringLiteral("FULL");
    bool publishAttributionMetricsToS3 = false;

    // The request this draft stands for: values trimmed, blank tag rows dropped, an empty role
    // and an empty tag list left out, the import mode always sent, the metrics flag only when
    // set.
    CreateDatasetImportJobRequest toRequest() const;
    static ImportJobDraft fromRequest(const CreateDatasetImportJobRequest &request);

    // The draft exactly as typed (untrimmed, blank tag rows kept), for the autosave file and
    // the outbox: what is restored or resubmitted is what the operator entered. Tags are
    // [key, value] pairs; missing members take the defaults.
    QJsonObject toJson() const;
    static ImportJobDraft fromJson(const QJsonObject &object);

    bool operator==(const ImportJobDraft &) const = default;
};
