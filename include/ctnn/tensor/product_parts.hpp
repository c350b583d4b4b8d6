/// \file
/// How the batch products hand their rows to other threads: the interface of a runner of
/// parts, and the one the current thread uses, if any (a `ctnn::Threads`, training/threads.hpp,
/// while it lives). Nothing here starts a thread.
#pragma once

#include <cstddef>

namespace ctnn::detail {

class PartsRunner;

/// The runner the batch products of this thread use at run time; none (null) unless one is
/// alive on this thread.
inline thread_local PartsRunner* parts_runner = nullptr;

/// Runs the parts 0, 1, ..., parts - 1 of a task at once, one per thread, and returns when all
/// are done. `task(context, part)` must not throw.
///
/// A runner is this thread's `parts_runner` from its construction to its destruction, when the
/// one before it is back: create and destroy it on one thread, as a local variable.
class PartsRunner {
public:
    using Task = void (*)(void* context, std::size_t part) noexcept;

    PartsRunner(const PartsRunner&) = delete;
    PartsRunner& operator=(const PartsRunner&) = delete;

    /// How many parts it runs at once: its threads, the calling one included.
    virtual std::size_t threads() const noexcept = 0;
    /// Requires: 1 <= parts <= threads().
    virtual void run(std::size_t parts, Task task, void* context) noexcept = 0;

protected:
    PartsRunner() noexcept : outer_(parts_runner) { parts_runner = this; }
    ~PartsRunner() { parts_runner = outer_; }

private:
    PartsRunner* outer_;
};

}  // namespace ctnn::detail
