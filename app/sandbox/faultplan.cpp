#include "sandbox/faultplan.h"

#include <QRandomGenerator>

FaultPlan::FaultPlan(quint64 seed, const Rates &rates)
    : m_seed(seed)
    , m_rates(rates)
{}

FaultPlan::Decision FaultPlan::decisionFor(quint64 sequence) const
{
    Decision decision;
    decision.latency = m_rates.latency;
    if (!m_enabled)
        return decision;
    // One generator per request keeps each decision independent of how many numbers earlier
    // decisions drew.
    const quint32 parts[] = {static_cast<quint32>(m_seed), static_cast<quint32>(m_seed >> 32),
                             static_cast<quint32>(sequence), static_cast<quint32>(sequence >> 32),
                             0x5eedfa17u};
    QRandomGenerator rng(parts, 5);
    const double failure = rng.generateDouble();
    const double drop = rng.generateDouble();
    const bool serviceUnavailable = rng.bounded(2) == 1;
    if (failure < m_rates.throttle) {
        decision.fault = Fault::Throttle;
    } else if (failure < m_rates.throttle + m_rates.error) {
        decision.fault = Fault::Error;
        decision.errorStatus = serviceUnavailable ? 503 : 500;
    } else if (drop < m_rates.drop) {
        decision.fault = Fault::Drop;
    } else if (drop < m_rates.drop + m_rates.truncate) {
        // Drawn from the same number as a drop, so that adding truncation to a plan leaves its
        // other decisions as they were.
        decision.fault = Fault::Truncate;
    }
    return decision;
}

FaultPlan::Decision FaultPlan::next()
{
    return decisionFor(m_sequence++);
}

QString FaultPlan::name(Fault fault)
{
    switch (fault) {
    case Fault::Throttle:
        return QStringLiteral("throttle");
    case Fault::Error:
        return QStringLiteral("error");
    case Fault::Drop:
        return QStringLiteral("drop");
    case Fault::Truncate:
        return QStringLiteral("truncate");
    case Fault::None:
        break;
    }
    return {};
}
