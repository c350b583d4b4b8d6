# Checks that docs/compile-errors.md has a section for every must-not-compile case.
#   -DDOC=<docs/compile-errors.md> -DCASES=<tests/compile_fail>
file(READ "${DOC}" doc)
file(GLOB cases RELATIVE "${CASES}/../.." "${CASES}/*.cpp")
foreach(case IN LISTS cases)
  string(FIND "${doc}" "(../${case})" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "docs/compile-errors.md does not show ${case}")
  endif()
endforeach()
