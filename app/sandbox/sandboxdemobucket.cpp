#include "sandbox/sandboxdemobucket.h"

#include <QTimeZone>

namespace {

// Enough interactions for an import (at least 1000), with some to spare.
constexpr int kInteractions = 1050;
constexpr qint64 kFirstTimestamp = 1714000000; // April 2024, in seconds

const char *const kEventTypes[] = {"view", "click", "view", "purchase", "view", "click"};

QByteArray number(qint64 value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

QByteArray user(int i)
{
    return "user-" + number((i * 7919) % 400 + 1, 4);
}

QByteArray item(int i)
{
    return "item-" + number((i * 104729) % 250 + 1, 4);
}

// One interaction row without its line end: USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE.
QList<QByteArray> interaction(int i, qint64 timestampFactor = 1)
{
    return {user(i), item(i), QByteArray::number((kFirstTimestamp + i * 97LL) * timestampFactor),
            kEventTypes[i % 6]};
}

QByteArray interactionsCsv(int first, int count, qint64 timestampFactor = 1)
{
    QByteArray csv = "USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\n";
    for (int i = first; i < first + count; ++i)
        csv += interaction(i, timestampFactor).join(',') + '\n';
    return csv;
}

// The good interactions with row `row` (1-based, after the header) replaced by `line`.
QByteArray interactionsWithLine(int row, const QByteArray &line)
{
    QByteArray csv = "USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\n";
    for (int i = 0; i < kInteractions; ++i)
        csv += (i + 1 == row ? line : interaction(i).join(',')) + '\n';
    return csv;
}

// Items that suit every seeded group: ECOMMERCE needs PRICE and CATEGORY_L1, VIDEO_ON_DEMAND
// GENRES and CREATION_TIMESTAMP; a column a schema lacks is only ignored.
QByteArray itemsCsv()
{
    static const char *const categories[] = {"books", "music", "garden", "kitchen", "toys"};
    static const char *const genres[] = {"Comedy", "Drama|Romance", "Documentary",
                                         "Action|Thriller", "Animation"};
    QByteArray csv = "ITEM_ID,PRICE,CATEGORY_L1,GENRES,CREATION_TIMESTAMP,DESCRIPTION\n";
    for (int i = 1; i <= 250; ++i) {
        // Descriptions are quoted, with commas and a doubled quote, as a careful export writes
        // them.
        csv += "item-" + number(i, 4) + ',' + QByteArray::number(5 + (i * 37) % 95) + ".99," +
               categories[i % 5] + ',' + genres[i % 5] + ',' +
               QByteArray::number(kFirstTimestamp - 86400LL * (i % 300)) + ",\"Item " +
               QByteArray::number(i) + ", a \"\"demo\"\" " + categories[i % 5] + " product\"\n";
    }
    return csv;
}

QByteArray usersCsv(const QByteArray &longMembership = {})
{
    static const char *const levels[] = {"free", "silver", "gold"};
    QByteArray csv = "USER_ID,MEMBERSHIP,AGE\n";
    for (int i = 1; i <= 400; ++i) {
        const QByteArray membership =
            i == 17 && !longMembership.isEmpty() ? longMembership : QByteArray(levels[i % 3]);
        csv += "user-" + number(i, 4) + ',' + membership + ',' + QByteArray::number(18 + i % 60) +
               '\n';
    }
    return csv;
}

SandboxBuckets::MemoryObject csv(const QString &key, const QByteArray &bytes)
{
    return {key, bytes, QByteArrayLiteral("text/csv"), {}, {}};
}

SandboxBuckets::MemoryObject marker(const QString &key)
{
    return {key, {}, QByteArrayLiteral("application/x-directory"), {}, {}};
}

} // namespace

namespace SandboxDemoBucket {

QList<SandboxBuckets::MemoryObject> objects(const QString &region, const QString &accountId)
{
    const QByteArray good = interactionsCsv(0, kInteractions);
    QByteArray lowerCase = good;
    lowerCase.replace(0, 7, "user_id");
    QByteArray missingTimestamp = "USER_ID,ITEM_ID,EVENT_TYPE\n";
    for (int i = 0; i < kInteractions; ++i) {
        const QList<QByteArray> row = interaction(i);
        missingTimestamp += row.at(0) + ',' + row.at(1) + ',' + row.at(3) + '\n';
    }
    const QList<QByteArray> row40 = interaction(39);
    const QList<QByteArray> row600 = interaction(599);
    const QList<QByteArray> row250 = interaction(249);
    QByteArray readme = "Part of the sandbox's demo bucket. An import of this folder reads "
                        "interactions.csv and ignores this file, as the service ignores any "
                        "object whose name does not end in .csv.\n";
    const QByteArray kmsKey = "arn:aws:kms:" + region.toUtf8() + ':' + accountId.toUtf8() +
                              ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
    SandboxBuckets::MemoryObject encrypted =
        csv(QStringLiteral("interactions/encrypted/interactions.csv"), good);
    encrypted.serverSideEncryption = "aws:kms";
    encrypted.kmsKeyId = kmsKey;

    return {
        csv(QStringLiteral("interactions/good/interactions.csv"), good),
        csv(QStringLiteral("interactions/broken/missing-timestamp-column.csv"), missingTimestamp),
        csv(QStringLiteral("interactions/broken/lowercase-user-id-column.csv"), lowerCase),
        csv(QStringLiteral("interactions/broken/byte-order-mark.csv"), "\xEF\xBB\xBF" + good),
        // Row 40 is on line 41: a fifth field.
        csv(QStringLiteral("interactions/broken/ragged-row.csv"),
            interactionsWithLine(40, row40.join(',') + ",mobile")),
        // A quote opens on line 601 and never closes.
        csv(QStringLiteral("interactions/broken/unterminated-quote.csv"),
            interactionsWithLine(600, row600.at(0) + ",\"" + row600.at(1) + ',' + row600.at(2) +
                                          ',' + row600.at(3))),
        // Line 251 has no ITEM_ID.
        csv(QStringLiteral("interactions/broken/empty-item-id.csv"),
            interactionsWithLine(250, row250.at(0) + ",," + row250.at(2) + ',' + row250.at(3))),
        csv(QStringLiteral("interactions/broken/timestamps-in-milliseconds.csv"),
            interactionsCsv(0, kInteractions, 1000)),
        csv(QStringLiteral("interactions/broken/too-few-rows.csv"), interactionsCsv(0, 412)),
        // A folder as an export writes it: a marker and two parts, each good on its own.
        marker(QStringLiteral("interactions/parts/")),
        csv(QStringLiteral("interactions/parts/part-00000.csv"), interactionsCsv(0, kInteractions)),
        csv(QStringLiteral("interactions/parts/part-00001.csv"),
            interactionsCsv(kInteractions, kInteractions)),
        csv(QStringLiteral("interactions/with-readme/interactions.csv"), good),
        {QStringLiteral("interactions/with-readme/README.txt"),
         readme,
         QByteArrayLiteral("text/plain"),
         {},
         {}},
        marker(QStringLiteral("interactions/empty/")),
        encrypted,
        csv(QStringLiteral("items/good/items.csv"), itemsCsv()),
        csv(QStringLiteral("users/good/users.csv"), usersCsv()),
        csv(QStringLiteral("users/broken/membership-too-long.csv"),
            usersCsv(QByteArray(1001, 'g'))),
        csv(QStringLiteral("restricted/interactions.csv"), good),
    };
}

std::shared_ptr<const SandboxBuckets> make(const QString &region, const QString &accountId)
{
    // A fixed date keeps listings, ETags and answers the same on every run.
    const QDateTime modified(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    return std::make_shared<const SandboxBuckets>(
        QHash<QString, QList<SandboxBuckets::MemoryObject>>{
            {QLatin1String(kName), objects(region, accountId)}},
        modified);
}

} // namespace SandboxDemoBucket
