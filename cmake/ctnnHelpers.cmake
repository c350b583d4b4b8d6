# CMake helpers for projects that use ctnn.
include_guard(GLOBAL)

# ctnn_compile_time_training(<target> OPS <n>)
#
# Raises the compiler's budget for constant evaluation on one target, for code that trains or
# evaluates larger networks inside static_assert or constexpr variables: GCC's
# -fconstexpr-ops-limit=<n> and Clang's -fconstexpr-steps=<n>. The budget is per target, never
# on ctnn::ctnn, so it costs nothing elsewhere.
function(ctnn_compile_time_training target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "OPS" "")
  if(NOT arg_OPS OR NOT arg_OPS MATCHES "^[1-9][0-9]*$")
    message(FATAL_ERROR "ctnn_compile_time_training(${target} OPS <n>): OPS must be a positive integer")
  endif()
  target_compile_options(${target} PRIVATE
    $<$<CXX_COMPILER_ID:GNU>:-fconstexpr-ops-limit=${arg_OPS}>
    $<$<CXX_COMPILER_ID:Clang>:-fconstexpr-steps=${arg_OPS}>)
endfunction()
