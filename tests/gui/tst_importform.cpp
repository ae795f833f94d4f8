// The import form on its own: live validation by keyboard, the request panel, the import mode
// and metrics rules, tags, generated names and --cli-input-json files.

#include "personalize/apicodec.h"
#include "personalize/cliinputjson.h"
#include "ui/fieldmessage.h"
#include "ui/filedialogs.h"
#include "ui/importform.h"
#include "ui/tageditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

const QString kDataset =
    QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/retail-shop/INTERACTIONS");

} // namespace

class TestImportForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pristineFormShowsNoErrorsButCountsThem();
    void messagesAppearAndClear_data();
    void messagesAppearAndClear();
    void messagesAreAccessible();
    void validFormEnablesSubmit();
    void ctrlReturnSubmitsOnlyWhenValid();
    void requestPanelShowsExactBody();
    void incrementalNeedsAFinishedBulkImport();
    void metricsNeedAnAttribution();
    void existingJobNameIsAnError();
    void tagsPasteAndPerCellMarks();
    void generatedNameIsValid();
    void busyDisablesAndErrorKeepsValues();
    void saveAndLoadCliInputJson();
    void loadRejectsUnknownKeys();
    void copyAsCliCommand();

private:
    template<typename T>
    T *find(const char *name) const
    {
        T *widget = m_form->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void fillValid();

    std::unique_ptr<ImportForm> m_form;
    QTemporaryDir m_dir;
};

void TestImportForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportForm::init()
{
    m_form = std::make_unique<ImportForm>();
    m_form->resize(700, 900);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    ValidationContext context;
    context.region = QStringLiteral("us-east-1");
    m_form->setValidationContext(context);
}

void TestImportForm::cleanup()
{
    m_form.reset();
}

void TestImportForm::fillValid()
{
    QTest::keyClicks(find<QLineEdit>("jobNameEdit"), QStringLiteral("first-import"));
    QTest::keyClicks(find<QComboBox>("datasetCombo"), kDataset);
    QTest::keyClicks(find<QLineEdit>("dataLocationEdit"), QStringLiteral("s3://bucket/data.csv"));
}

void TestImportForm::pristineFormShowsNoErrorsButCountsThem()
{
    QVERIFY(!find<FieldMessage>("jobNameMessage")->isVisible());
    QVERIFY(!find<FieldMessage>("datasetMessage")->isVisible());
    QVERIFY(!find<QPushButton>("submitButton")->isEnabled());
    auto *summary = find<FieldMessage>("summaryMessage");
    // Nothing is red yet, so the summary says what is missing instead of counting problems.
    QCOMPARE(summary->kind(), FieldMessage::Kind::Info);
    QCOMPARE(summary->text(), QStringLiteral("3 fields still to fill in"));

    // Once a field shows its problem, the summary counts problems.
    QTest::keyClicks(find<QLineEdit>("jobNameEdit"), QStringLiteral("bad name"));
    QCOMPARE(summary->kind(), FieldMessage::Kind::Error);
    QCOMPARE(summary->text(), QStringLiteral("3 problems left"));
}

void TestImportForm::messagesAppearAndClear_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::addColumn<int>("kind");

    QTest::newRow("job name with a space") << "jobNameEdit"
                                           << "jobNameMessage"
                                           << "my job"
                                           << "position 3" << int(FieldMessage::Kind::Error);
    QTest::newRow("job name starting with a hyphen")
        << "jobNameEdit"
        << "jobNameMessage"
        << "-job"
        << "must start with a letter" << int(FieldMessage::Kind::Error);
    QTest::newRow("dataset group instead of dataset")
        << "datasetCombo"
        << "datasetMessage"
        << "arn:aws:personalize:us-east-1:111122223333:dataset-group/retail-shop"
        << "dataset group" << int(FieldMessage::Kind::Error);
    QTest::newRow("dataset in another region")
        << "datasetCombo"
        << "datasetMessage"
        << "arn:aws:personalize:eu-west-1:111122223333:dataset/g/ITEMS"
        << "selected Region is us-east-1" << int(FieldMessage::Kind::Error);
    QTest::newRow("location without scheme")
        << "dataLocationEdit"
        << "dataLocationMessage"
        << "bucket/data.csv"
        << "s3://bucket/data.csv" << int(FieldMessage::Kind::Error);
    QTest::newRow("location naming only a bucket")
        << "dataLocationEdit"
        << "dataLocationMessage"
        << "s3://bucket"
        << "names only a bucket" << int(FieldMessage::Kind::Warning);
    QTest::newRow("role of a user") << "roleCombo"
                                    << "roleMessage"
                                    << "arn:aws:iam::111122223333:user/alice"
                                    << "IAM user" << int(FieldMessage::Kind::Error);
}

void TestImportForm::messagesAppearAndClear()
{
    QFETCH(QString, edit);
    QFETCH(QString, message);
    QFETCH(QString, bad);
    QFETCH(QString, expected);
    QFETCH(int, kind);

    QWidget *input = m_form->findChild<QWidget *>(edit);
    QVERIFY(input);
    auto *label = m_form->findChild<FieldMessage *>(message);
    QVERIFY(label);
    fillValid();
    QVERIFY(!label->isVisible());

    // Replace the field's text by keyboard, as an operator would.
    input->setFocus();
    QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(input, Qt::Key_Delete);
    QTest::keyClicks(input, bad);
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(int(label->kind()), kind);
    QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
    QCOMPARE(find<QPushButton>("submitButton")->isEnabled(),
             kind != int(FieldMessage::Kind::Error));

    // Clearing the field (an optional one clears its message; a required one says so).
    QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(input, Qt::Key_Delete);
    if (edit == u"roleCombo") {
        QVERIFY(!label->isVisible());
        QVERIFY(find<QPushButton>("submitButton")->isEnabled());
    } else {
        QVERIFY(label->isVisible());
        QVERIFY(!label->text().contains(expected) || edit == u"dataLocationEdit");
    }
}

void TestImportForm::messagesAreAccessible()
{
    auto *name = find<QLineEdit>("jobNameEdit");
    QTest::keyClicks(name, QStringLiteral("a b"));
    QVERIFY(name->accessibleDescription().startsWith(QStringLiteral("Error: ")));
    QVERIFY(name->accessibleDescription().contains(QStringLiteral("position 2")));
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(name->accessibleDescription(), QString());
    // Every input has a label that names it and a mnemonic.
    for (const char *labelName : {"jobNameLabel", "datasetLabel", "dataLocationLabel", "roleLabel",
                                  "importModeLabel", "publishMetricsLabel", "tagsLabel"}) {
        auto *label = find<QLabel>(labelName);
        QVERIFY2(label->buddy(), labelName);
        QVERIFY2(label->text().contains(u'&'), labelName);
        QVERIFY2(!label->buddy()->accessibleName().isEmpty(), labelName);
    }
}

void TestImportForm::validFormEnablesSubmit()
{
    fillValid();
    QVERIFY(find<QPushButton>("submitButton")->isEnabled());
    auto *summary = find<FieldMessage>("summaryMessage");
    QCOMPARE(summary->kind(), FieldMessage::Kind::Success);
    QCOMPARE(summary->text(), QStringLiteral("Ready to submit"));
    QCOMPARE(m_form->draft().jobName, QStringLiteral("first-import"));
    QCOMPARE(m_form->draft().datasetArn, kDataset);
}

void TestImportForm::ctrlReturnSubmitsOnlyWhenValid()
{
    QSignalSpy submitted(m_form.get(), &ImportForm::submitRequested);
    auto *name = find<QLineEdit>("jobNameEdit");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 0);
    // Every problem is now shown and the first one has the focus.
    QVERIFY(find<FieldMessage>("jobNameMessage")->isVisible());
    QVERIFY(find<FieldMessage>("datasetMessage")->isVisible());
    QVERIFY(name->hasFocus());

    fillValid();
    QTest::keyClick(find<QLineEdit>("dataLocationEdit"), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.at(0).at(0).value<ImportJobDraft>().jobName, QStringLiteral("first-import"));
}

void TestImportForm::requestPanelShowsExactBody()
{
    fillValid();
    QTest::keyClicks(find<QComboBox>("roleCombo"),
                     QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read"));
    const QByteArray expected =
        QJsonDocument(ApiCodec::toJson(m_form->draft().toRequest())).toJson(QJsonDocument::Compact);
    QCOMPARE(m_form->requestBody(), expected);
    QCOMPARE(find<QPlainTextEdit>("requestView")->toPlainText().toUtf8(), expected);
    QVERIFY(find<QPlainTextEdit>("requestView")->isReadOnly());
    QVERIFY(expected.contains("\"jobName\":\"first-import\""));
}

void TestImportForm::incrementalNeedsAFinishedBulkImport()
{
    fillValid();
    auto *mode = find<QComboBox>("importModeCombo");
    auto *model = qobject_cast<QStandardItemModel *>(mode->model());
    QVERIFY(model);
    const int incremental = mode->findData(QStringLiteral("INCREMENTAL"));
    auto *message = find<FieldMessage>("importModeMessage");

    ValidationContext context;
    context.region = QStringLiteral("us-east-1");
    context.datasetHasFinishedBulkImport = false;
    m_form->setValidationContext(context);
    QVERIFY(!model->item(incremental)->isEnabled());
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), FieldMessage::Kind::Info);
    QVERIFY(message->text().contains(QStringLiteral("no finished FULL import")));

    context.datasetHasFinishedBulkImport = true;
    m_form->setValidationContext(context);
    QVERIFY(model->item(incremental)->isEnabled());
    QVERIFY(!message->isVisible());
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(m_form->draft().importMode, QStringLiteral("INCREMENTAL"));
    QCOMPARE(mode->currentText(), QStringLiteral("Add to existing data (INCREMENTAL)"));
}

void TestImportForm::metricsNeedAnAttribution()
{
    fillValid();
    auto *check = find<QCheckBox>("publishMetricsCheck");
    auto *message = find<FieldMessage>("publishMetricsMessage");
    ValidationContext context;
    context.region = QStringLiteral("us-east-1");
    context.datasetGroupHasMetricAttribution = false;
    m_form->setValidationContext(context);
    QVERIFY(!check->isEnabled());
    QVERIFY(message->text().contains(QStringLiteral("no metric attribution")));

    context.datasetGroupHasMetricAttribution = true;
    m_form->setValidationContext(context);
    QVERIFY(check->isEnabled());
    QVERIFY(!message->isVisible());
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    QVERIFY(m_form->draft().publishAttributionMetricsToS3);
    QVERIFY(m_form->requestBody().contains("\"publishAttributionMetricsToS3\":true"));
}

void TestImportForm::existingJobNameIsAnError()
{
    fillValid();
    ValidationContext context;
    context.region = QStringLiteral("us-east-1");
    context.existingJobNames = {QStringLiteral("first-import")};
    m_form->setValidationContext(context);
    auto *message = find<FieldMessage>("jobNameMessage");
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("first-import-2")));
    QVERIFY(!find<QPushButton>("submitButton")->isEnabled());
}

void TestImportForm::tagsPasteAndPerCellMarks()
{
    fillValid();
    auto *editor = find<TagEditor>("tagEditor");
    QCOMPARE(editor->pasteLines(QStringLiteral("team=data\n\nbad key!=x\nowner = ops\n")), 3);
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("team"), QStringLiteral("data")},
        {QStringLiteral("bad key!"), QStringLiteral("x")},
        {QStringLiteral("owner"), QStringLiteral("ops")}};
    QCOMPARE(m_form->draft().tags, expected);
    auto *message = find<FieldMessage>("tagsMessage");
    QVERIFY(message->isVisible());
    QVERIFY(message->text().startsWith(QStringLiteral("Row 2: ")));
    QTableWidget *table = editor->table();
    QVERIFY(!table->item(1, 0)->icon().isNull());
    QVERIFY(table->item(1, 1)->icon().isNull());
    QVERIFY(table->item(0, 0)->icon().isNull());
    QVERIFY(!table->item(1, 0)->toolTip().isEmpty());

    // Fix the key by editing the cell.
    table->item(1, 0)->setText(QStringLiteral("badkey"));
    QVERIFY(!message->isVisible());
    QVERIFY(table->item(1, 0)->icon().isNull());

    // A bad value is marked on the value cell; Delete removes the selected row.
    table->item(2, 1)->setText(QStringLiteral("o#ps"));
    QVERIFY(!table->item(2, 1)->icon().isNull());
    QVERIFY(table->item(2, 0)->icon().isNull());
    table->setFocus();
    table->selectRow(2);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_form->draft().tags.size(), 2);
    QVERIFY(!message->isVisible());
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(table->rowCount(), 3);
}

void TestImportForm::generatedNameIsValid()
{
    QTest::keyClicks(find<QComboBox>("datasetCombo"), kDataset);
    QTest::mouseClick(find<QToolButton>("generateNameButton"), Qt::LeftButton);
    QVERIFY2(m_form->draft().jobName.startsWith(QStringLiteral("retail-shop-interactions-import-")),
             qPrintable(m_form->draft().jobName));
    QVERIFY(!find<FieldMessage>("jobNameMessage")->isVisible());
}

void TestImportForm::busyDisablesAndErrorKeepsValues()
{
    fillValid();
    const ImportJobDraft before = m_form->draft();
    m_form->setBusy(true);
    QVERIFY(!find<QLineEdit>("jobNameEdit")->isEnabled());
    QVERIFY(!find<QPushButton>("submitButton")->isEnabled());
    QVERIFY(find<QWidget>("progressBar")->isVisible());
    AwsError error = AwsError::make(AwsError::Kind::Service, QStringLiteral("Name taken"),
                                    QStringLiteral("ResourceAlreadyExistsException"));
    error.requestId = QStringLiteral("req-123");
    m_form->showSubmitError(error);
    QVERIFY(find<QLineEdit>("jobNameEdit")->isEnabled());
    QVERIFY(!find<QWidget>("progressBar")->isVisible());
    auto *result = find<FieldMessage>("resultMessage");
    QCOMPARE(result->kind(), FieldMessage::Kind::Error);
    QVERIFY(result->text().contains(QStringLiteral("ResourceAlreadyExistsException")));
    QVERIFY(result->text().contains(QStringLiteral("req-123")));
    QVERIFY(result->text().contains(QStringLiteral("another job name")));
    QCOMPARE(m_form->draft(), before);
}

void TestImportForm::saveAndLoadCliInputJson()
{
    fillValid();
    find<TagEditor>("tagEditor")->pasteLines(QStringLiteral("team=data"));
    const QString file = m_dir.filePath(QStringLiteral("job.json"));
    FileDialogs::setNextAnswer(file);
    QTest::mouseClick(find<QPushButton>("saveJsonButton"), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(file));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), CliInputJson::write(m_form->draft()));

    auto other = std::make_unique<ImportForm>();
    QSignalSpy changed(other.get(), &ImportForm::draftChanged);
    FileDialogs::setNextAnswer(file);
    QTest::mouseClick(other->findChild<QPushButton *>(QStringLiteral("loadJsonButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(other->draft().toRequest(), m_form->draft().toRequest());
    QCOMPARE(other->findChild<QLineEdit *>(QStringLiteral("jobNameEdit"))->text(),
             QStringLiteral("first-import"));
}

void TestImportForm::loadRejectsUnknownKeys()
{
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"jobName": "x", "colour": "blue"})");
    out.close();
    QTest::keyClicks(find<QLineEdit>("jobNameEdit"), QStringLiteral("kept"));
    FileDialogs::setNextAnswer(file);
    QTest::mouseClick(find<QPushButton>("loadJsonButton"), Qt::LeftButton);
    auto *result = find<FieldMessage>("resultMessage");
    QTRY_COMPARE(result->kind(), FieldMessage::Kind::Error);
    QVERIFY2(result->text().contains(QStringLiteral("colour")), qPrintable(result->text()));
    QCOMPARE(m_form->draft().jobName, QStringLiteral("kept"));
}

void TestImportForm::copyAsCliCommand()
{
    fillValid();
    m_form->setConnection(QStringLiteral("us-east-1"), QString(),
                          QUrl(QStringLiteral("http://127.0.0.1:4576")));
    QTest::mouseClick(find<QPushButton>("copyCliButton"), Qt::LeftButton);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("aws personalize create-dataset-import-job")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("--job-name first-import")));
    QVERIFY(text.contains(QStringLiteral("--endpoint-url http://127.0.0.1:4576")));
}

QTEST_MAIN(TestImportForm)
#include "tst_importform.moc"
