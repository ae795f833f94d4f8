#pragma once

#include <QString>

// The Avro schemas of the sandbox's datasets, like those Personalize keeps: what
// DescribeSchema answers and what the CSV files of a dataset must hold.
namespace SandboxSchemas {

// The schema of a dataset of `datasetType` (Interactions, Items, Users) in a group of `domain`
// (ECOMMERCE, VIDEO_ON_DEMAND, or empty for a custom group), as compact JSON text.
QString schemaFor(const QString &datasetType, const QString &domain);

} // namespace SandboxSchemas
