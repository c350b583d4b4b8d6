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
#
# CTNN_NATIVE_ARCH names another target instead (-march=<it>): ctnn's CI compiles the
# native-code targets for x86-64-v4 (AVX-512) and x86-64 (no AVX) too, so that any machine finds
# what another's instructions would bring. Every target passed here is listed in the global
# property CTNN_NATIVE_CODE_TARGETS.
set(CTNN_NATIVE_ARCH "native" CACHE STRING "The -march of the targets passed to ctnn_native_code")
function(ctnn_native_code target)
  include(CheckCXXCompilerFlag)
  string(MAKE_C_IDENTIFIER "CTNN_HAS_MARCH_${CTNN_NATIVE_ARCH}" has_march)
  check_cxx_compiler_flag(-march=${CTNN_NATIVE_ARCH} ${has_march})
  if(${has_march})
    target_compile_options(${target} PRIVATE -march=${CTNN_NATIVE_ARCH})
  elseif(NOT CTNN_NATIVE_ARCH STREQUAL "native")
    message(FATAL_ERROR "the compiler does not take -march=${CTNN_NATIVE_ARCH}")
  endif()
  set_property(GLOBAL APPEND PROPERTY CTNN_NATIVE_CODE_TARGETS ${target})
endfunction()
