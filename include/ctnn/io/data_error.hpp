/// \file
/// `DataError`, the exception every reader of files raises (run time only), and the one way
/// its messages name a file: `ctnn: "<file>" <what is wrong with it>`.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace ctnn {

/// A data file that cannot be read, or that does not hold what it should.
struct DataError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

namespace detail {

/// `"<file>"`, the way every message names a file.
inline std::string quoted_name(const std::filesystem::path& file) {
    return '"' + file.string() + '"';
}

/// `ctnn: "<file>" <problem>`
[[noreturn]] inline void data_error(const std::filesystem::path& file, const std::string& problem) {
    throw DataError("ctnn: " + quoted_name(file) + ' ' + problem);
}

}  // namespace detail

}  // namespace ctnn
