/// \file
/// `Threads`: the batch products of the current thread shared with other threads, with the
/// same results.
#pragma once

#include <ctnn/tensor/product_parts.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <thread>
#include <vector>

namespace ctnn {

/// While it lives, the large matrix products of a batch (`product`, `transpose_product`,
/// `product_transpose`: a dense layer's forward pass and gradients) run on `count` threads:
/// this one and `count - 1` it starts. Each thread computes whole rows of the result, every
/// element the same sum in the same order as on one thread, so training gives the same bits
/// with any number of threads. Small products stay on this thread.
///
/// Run time only (the compiler has no threads); at compile time products ignore it.
///
/// Example: `ctnn::Threads threads(2); ctnn::fit<64>(network, ...);`
///
/// Requires: count >= 1 (else throws std::invalid_argument). Created and destroyed on the same
/// thread, as a local variable: a nested one replaces the outer one until it ends.
class Threads final : private detail::PartsRunner {
public:
    explicit Threads(std::size_t count) : count_(checked(count)) {
        workers_.reserve(count_ - 1);
        try {
            for (std::size_t part = 1; part < count_; ++part) {
                workers_.emplace_back([this, part] { work(part); });
            }
        } catch (...) {
            stop();  // the threads that did start
            throw;
        }
    }

    ~Threads() { stop(); }

    std::size_t threads() const noexcept override { return count_; }

private:
    static std::size_t checked(std::size_t count) {
        if (count == 0) throw std::invalid_argument("ctnn::Threads: use at least one thread");
        return count;
    }

    /// Returns once `keep_waiting(value)` is false: spinning at first, since waking a sleeping
    /// thread takes tens of microseconds against a product's hundred or so, then sleeping.
    template <class Predicate>
    static void wait_while(const std::atomic<std::uint32_t>& value,
                           Predicate keep_waiting) noexcept {
        std::uint32_t seen = value.load(std::memory_order_acquire);
        for (int poll = 0; keep_waiting(seen) && poll < spin_polls; ++poll) {
            pause();
            seen = value.load(std::memory_order_acquire);
        }
        while (keep_waiting(seen)) {
            value.wait(seen, std::memory_order_acquire);
            seen = value.load(std::memory_order_acquire);
        }
    }

    /// Tells the processor this thread is spinning (x86's `pause`), where there is a way to.
    static void pause() noexcept {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }

    void stop() noexcept {
        stopping_.store(true, std::memory_order_relaxed);
        generation_.fetch_add(1, std::memory_order_release);
        generation_.notify_all();
        for (std::thread& worker : workers_) worker.join();
    }

    /// Publishes the task, runs part 0 here, and waits until every worker has seen the task
    /// (those without a part included), so that the next task cannot overtake it.
    void run(std::size_t parts, Task task, void* context) noexcept override {
        parts_ = parts;
        task_ = task;
        context_ = context;
        pending_.store(static_cast<std::uint32_t>(count_ - 1), std::memory_order_relaxed);
        generation_.fetch_add(1, std::memory_order_release);
        generation_.notify_all();
        task(context, 0);
        wait_while(pending_, [](std::uint32_t left) { return left != 0; });
    }

    /// A worker: waits for each new task, runs its part if the task has one, reports done.
    void work(std::size_t part) noexcept {
        std::uint32_t seen = 0;
        for (;;) {
            wait_while(generation_, [seen](std::uint32_t now) { return now == seen; });
            seen = generation_.load(std::memory_order_acquire);
            if (stopping_.load(std::memory_order_relaxed)) return;
            if (part < parts_) task_(context_, part);
            if (pending_.fetch_sub(1, std::memory_order_acq_rel) == 1) pending_.notify_one();
        }
    }

    static constexpr int spin_polls = 4096;  // about 100 µs of pauses on this kind of machine

    std::size_t count_;
    std::vector<std::thread> workers_;
    // 32 bits: the width the operating system waits on directly (a futex on Linux).
    std::atomic<std::uint32_t> generation_{0};  // counts the tasks published
    std::atomic<std::uint32_t> pending_{0};     // workers yet to finish the current task
    std::atomic<bool> stopping_{false};
    std::size_t parts_ = 0;
    Task task_ = nullptr;
    void* context_ = nullptr;
};

}  // namespace ctnn
