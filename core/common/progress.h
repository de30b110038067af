// The small interface through which long computations report progress and learn that they
// were cancelled. Workers call it from whatever thread they run on; implementations must be
// thread-safe. The engine knows nothing of Qt or of the thread that started the work.
#pragma once

#include <atomic>

namespace nd {

class Progress {
public:
    virtual ~Progress() = default;
    // Polled once per chunk of work; true stops the computation as soon as possible.
    virtual bool isCanceled() const { return false; }
    // Fraction of the work done, in [0, 1].
    virtual void setProgress(double /*fraction*/) {}
};

// A Progress that can be cancelled from another thread; used by tests and the CLI.
class CancelFlag : public Progress {
public:
    bool isCanceled() const override { return m_canceled.load(std::memory_order_relaxed); }
    void setProgress(double fraction) override { m_fraction.store(fraction, std::memory_order_relaxed); }
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    double fraction() const { return m_fraction.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_canceled{false};
    std::atomic<double> m_fraction{0.0};
};

// One part [from, to] of a longer computation: forwards cancellation, and reports the part's
// own fraction as the matching fraction of the whole (e.g. the second of two stages reports
// through ProgressSpan(parent, 0.5, 1.0)). A null parent: reports nothing, never cancels.
class ProgressSpan : public Progress {
public:
    ProgressSpan(Progress* parent, double from, double to) : m_parent(parent), m_from(from), m_to(to) {}
    bool isCanceled() const override { return m_parent && m_parent->isCanceled(); }
    void setProgress(double fraction) override
    {
        if (m_parent)
            m_parent->setProgress(m_from + (m_to - m_from) * fraction);
    }

private:
    Progress* m_parent;
    double m_from, m_to;
};

} // namespace nd
