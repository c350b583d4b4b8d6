/// \file
/// `TrainingDiverged`: what `fit` throws when a loss or a parameter stops being a number.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace ctnn {

/// Training that diverged: in some batch the loss was NaN or infinite, or the batch's step made a
/// parameter so. `fit` throws it with the network as it was before that batch's step: its last
/// finite parameters.
///
/// The message names all four: "ctnn::fit: training diverged in epoch 3, batch 17 (counted from
/// 0): the loss is inf. ...".
struct TrainingDiverged : std::runtime_error {
    TrainingDiverged(std::size_t epoch, std::size_t batch, const std::string& quantity,
                     double value)
        : std::runtime_error("ctnn::fit: training diverged in epoch " + std::to_string(epoch) +
                             ", batch " + std::to_string(batch) + " (counted from 0): " + quantity +
                             " is " + std::to_string(value) +
                             ". The network keeps its parameters from before that batch. Look "
                             "for a NaN or an infinity in the data; otherwise lower the learning "
                             "rate, or scale the inputs and targets down."),
          epoch(epoch),
          batch(batch),
          quantity(quantity),
          value(value) {}

    std::size_t epoch;     ///< counted from 0
    std::size_t batch;     ///< in its epoch, counted from 0
    std::string quantity;  ///< "the loss", or "layer 1's parameter 0 after its step"
    double value;          ///< NaN, +inf or -inf
};

}  // namespace ctnn
