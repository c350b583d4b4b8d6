# Builds one must-not-compile case (its "ko" target) and checks that the build fails with
# exactly one compiler error, whose text matches every expected regular expression.
#   -DBINARY_DIR=<build tree> -DTARGET=<ko target> -DEXPECTED=<regex;regex;...>
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BINARY_DIR}" --target "${TARGET}"
                OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE result)
message("${output}")
if(result EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled, but it must not")
endif()
# (';' separates CMake list elements: replaced so a message containing one counts once)
string(REPLACE ";" "," lines_without_semicolons "${output}")
string(REGEX MATCHALL "[^\n]*error: [^\n]*" errors "${lines_without_semicolons}")
list(LENGTH errors error_count)
if(NOT error_count EQUAL 1)
  message(FATAL_ERROR "expected exactly one compiler error, got ${error_count}")
endif()
foreach(regex IN LISTS EXPECTED)
  if(NOT output MATCHES "${regex}")
    message(FATAL_ERROR "the compiler's output does not match: ${regex}")
  endif()
endforeach()
message("${TARGET}: fails as expected, with one error matching every expected pattern")
