#pragma once

#include <QString>
#include <QtGlobal>

#include <chrono>

// How often each injected fault happens; rates are shares of requests from 0 to 1.
struct FaultRates
{
    double throttle = 0.0;
    double error = 0.0;
    double drop = 0.0;
    double truncate = 0.0;
    std::chrono::milliseconds latency{0};
};

// Which injected fault, if any, the sandbox applies to each request. Decisions depend only on
// the seed and the request's sequence number, so a test that knows its seed knows which
// attempts fail.
class FaultPlan
{
public:
    enum class Fault { None, Throttle, Error, Drop, Truncate };

    using Rates = FaultRates;

    struct Decision
    {
        Fault fault = Fault::None;
        int errorStatus = 0; // 500 or 503 for Fault::Error
        std::chrono::milliseconds latency{0};
        bool operator==(const Decision &) const = default;
    };

    explicit FaultPlan(quint64 seed = 0, const Rates &rates = {});

    // The decision for request number `sequence` (0-based), without consuming it.
    Decision decisionFor(quint64 sequence) const;
    // The decision for the next request.
    Decision next();

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void setRates(const Rates &rates) { m_rates = rates; }
    const Rates &rates() const { return m_rates; }
    quint64 requestCount() const { return m_sequence; }

    static QString name(Fault fault); // "throttle", "error", "drop", "truncate" or empty

private:
    quint64 m_seed;
    Rates m_rates;
    quint64 m_sequence = 0;
    bool m_enabled = true;
};
