/// \file
/// How the batch products hand their rows to other threads: the interface of a runner of
/// parts, and the one the current thread uses, if any (installed by `ctnn::Threads`,
/// training/threads.hpp). Nothing here starts a thread.
#pragma once

#include <cstddef>

namespace ctnn::detail {

/// Runs the parts 0, 1, ..., parts - 1 of a task at once, one per thread, and returns when all
/// are done. `task(context, part)` must not throw.
class PartsRunner {
public:
    using Task = void (*)(void* context, std::size_t part) noexcept;

    /// How many parts it runs at once: its threads, the calling one included.
    virtual std::size_t threads() const noexcept = 0;
    /// Requires: 1 <= parts <= threads().
    virtual void run(std::size_t parts, Task task, void* context) noexcept = 0;

protected:
    ~PartsRunner() = default;
};

/// The runner the batch products of this thread use at run time; none (null) unless a
/// `ctnn::Threads` is alive on this thread.
inline thread_local PartsRunner* parts_runner = nullptr;

}  // namespace ctnn::detail
