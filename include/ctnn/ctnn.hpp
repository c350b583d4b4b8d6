/// \file
/// ctnn: neural networks whose architecture is a type, trained by the compiler or at run time.
///
/// This header includes everything, in reading order: it is the table of contents.
#pragma once

// clang-format off
// Numbers: constexpr math with at most 1 ulp error, the same at compile time and run time.
#include <ctnn/math/cos.hpp>
#include <ctnn/math/exp.hpp>
#include <ctnn/math/expm1.hpp>
#include <ctnn/math/is_close.hpp>
#include <ctnn/math/log.hpp>
#include <ctnn/math/log1p.hpp>
#include <ctnn/math/sqrt.hpp>
#include <ctnn/math/tanh.hpp>
#include <ctnn/concept/scalar.hpp>
#include <ctnn/math/dual.hpp>

// Tensors: vectors and matrices whose sizes are types.
#include <ctnn/tensor/storage.hpp>
#include <ctnn/tensor/vector.hpp>
#include <ctnn/tensor/matrix.hpp>
#include <ctnn/tensor/tensor.hpp>
#include <ctnn/tensor/products.hpp>
#include <ctnn/tensor/matrix_products.hpp>

// The extension points, each a documented contract.
#include <ctnn/concept/activation.hpp>
#include <ctnn/concept/layer.hpp>
#include <ctnn/concept/loss.hpp>
#include <ctnn/concept/optimizer.hpp>

// Activations.
#include <ctnn/activation/identity.hpp>
#include <ctnn/activation/relu.hpp>
#include <ctnn/activation/leaky_relu.hpp>
#include <ctnn/activation/sigmoid.hpp>
#include <ctnn/activation/tanh.hpp>
#include <ctnn/activation/softmax.hpp>

// Layers.
#include <ctnn/layer/batch.hpp>
#include <ctnn/layer/dense.hpp>
#include <ctnn/layer/pass.hpp>
#include <ctnn/layer/activated.hpp>

// Losses.
#include <ctnn/loss/squared_error.hpp>
#include <ctnn/loss/mean_squared_error.hpp>
#include <ctnn/loss/binary_cross_entropy.hpp>
#include <ctnn/loss/softmax_cross_entropy.hpp>

// Optimizers, and schedules for their learning rate.
#include <ctnn/optimizer/sgd.hpp>
#include <ctnn/optimizer/momentum.hpp>
#include <ctnn/optimizer/rmsprop.hpp>
#include <ctnn/optimizer/adam.hpp>
#include <ctnn/optimizer/schedule.hpp>

// The network: its checks, forward pass, backward pass and update; its description in words.
#include <ctnn/network/text.hpp>
#include <ctnn/network/entry_name.hpp>
#include <ctnn/network/checks.hpp>
#include <ctnn/network/trace.hpp>
#include <ctnn/network/network.hpp>
#include <ctnn/network/describe.hpp>

// Training: reproducible randomness (seeded generator, shuffles, initial weights), the
// training step, training over a data set in mini-batches, and evaluation. (The threads that
// share large batch products at run time, `Threads`, are in <ctnn/training/threads.hpp>, not
// here: <thread> would cost every compile a third of a second.)
#include <ctnn/training/random.hpp>
#include <ctnn/training/shuffle.hpp>
#include <ctnn/training/initialise.hpp>
#include <ctnn/training/train_step.hpp>
#include <ctnn/training/evaluate.hpp>
#include <ctnn/training/fit.hpp>
// clang-format on
