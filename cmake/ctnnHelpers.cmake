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

# ctnn_native_code(<target>)
#
# Compiles one target for the vector instructions of the machine that builds it
# (-march=native), so that ctnn's batch kernels use all of its SIMD width at run time. The
# program then runs only on machines with the same instructions; results stay those of the
# constexpr code as long as floating-point contraction stays off (the default of ctnn::ctnn).
function(ctnn_native_code target)
  include(CheckCXXCompilerFlag)
  check_cxx_compiler_flag(-march=native CTNN_HAS_MARCH_NATIVE)
  if(CTNN_HAS_MARCH_NATIVE)
    target_compile_options(${target} PRIVATE -march=native)
  endif()
endfunction()
