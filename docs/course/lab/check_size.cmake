# Checks that mini-ctnn stays a lab: at most MAX_LINES lines, and no ctnn header.
#   -DSOURCE=<mini_ctnn.cpp> -DMAX_LINES=<n>
cmake_minimum_required(VERSION 3.25)

# file(STRINGS) skips empty lines: count the line breaks instead.
file(READ "${SOURCE}" text)
string(REGEX MATCHALL "\n" breaks "${text}")
list(LENGTH breaks count)
if(count GREATER MAX_LINES)
  message(FATAL_ERROR "${SOURCE} has ${count} lines; a lab has at most ${MAX_LINES}")
endif()
if(text MATCHES "#include <ctnn/")
  message(FATAL_ERROR "${SOURCE} includes a ctnn header; the lab builds everything itself")
endif()
message(STATUS "${SOURCE}: ${count} lines (at most ${MAX_LINES}), no ctnn header")
