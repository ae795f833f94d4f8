#include "personalize/jobnaming.h"

#include "personalize/arn.h"

#include <QRegularExpression>

namespace JobNaming {

QString fromBase(const QString &text, const QDateTime &when)
{
    const QString suffix = when.toString(QStringLiteral("'-import-'yyyyMMdd-HHmmss"));
    QString base;
    // Only the characters a job name allows, so that the proposal is always valid.
    for (const QChar c : text) {
        const bool ascii = c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'-' || c == u'_');
        base += ascii ? c : u'-';
    }
    while (!base.isEmpty() && !base.at(0).isLetterOrNumber())
        base.remove(0, 1);
    if (base.isEmpty())
        return suffix.mid(1);
    return base.left(kMaxLength - suffix.size()) + suffix;
}

QString forDataset(const QString &datasetArn, const QString &datasetName, const QDateTime &when)
{
    QString base = datasetName;
    const QString group = PersonalizeArn::datasetGroupNameOf(datasetArn.trimmed());
    if (base.isEmpty() && !group.isEmpty())
        base = group + u'-' + PersonalizeArn::datasetTypeOf(datasetArn.trimmed()).toLower();
    return fromBase(base, when);
}

QString cloneName(const QString &name, const QDateTime &when)
{
    static const QRegularExpression previousCopy(QStringLiteral("-copy-\\d{8}-\\d{6}$"));
    QString base = name;
    base.remove(previousCopy);
    if (base.isEmpty())
        base = QStringLiteral("import");
    const QString suffix =
        QStringLiteral("-copy-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    base.truncate(kMaxLength - suffix.size());
    return base + suffix;
}

} // namespace JobNaming
