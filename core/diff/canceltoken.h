#pragma once

#include <atomic>
#include <functional>

namespace pw {

// Lets the caller of a long computation stop it. The computation asks
// isCanceled() every few thousand steps and then returns without a result.
class CancelToken
{
public:
    CancelToken() = default;
    explicit CancelToken(std::function<bool()> isCanceled) : m_isCanceled(std::move(isCanceled)) { }
    // The flag must outlive the computation.
    static CancelToken fromFlag(const std::atomic_bool *flag)
    {
        return CancelToken([flag] { return flag->load(std::memory_order_relaxed); });
    }

    bool isCanceled() const { return m_isCanceled && m_isCanceled(); }

private:
    std::function<bool()> m_isCanceled;
};

} // namespace pw
