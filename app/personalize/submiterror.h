#pragma once

#include "aws/awserror.h"

#include <QCoreApplication>
#include <QStringList>

// What an operator reads when CreateDatasetImportJob did not create the job: what happened,
// the request id to quote to AWS Support, and what to do about it.
class SubmitError
{
    Q_DECLARE_TR_FUNCTIONS(SubmitError)

public:
    // One line each: the failure, the request id (if any), the advice (if any).
    static QStringList describe(const AwsError &error);
    // What to do about it; empty when nothing useful can be said.
    static QString advice(const AwsError &error);
};
