# Checks that every code block of docs/*.md that names a snippet is exactly that snippet.
#   -DDOCS_DIR=<docs>
#
# In the Markdown, an HTML comment names a file (relative to docs/) and a snippet, right above
# the code block that quotes it:
#   <!-- snippet: tutorial/01_single_neuron.cpp [forward] -->
#   ```cpp
#   ...
#   ```
# In the file, the snippet is the text between two lines `// [forward]`.
cmake_minimum_required(VERSION 3.25)

file(GLOB pages "${DOCS_DIR}/*.md" "${DOCS_DIR}/course/*.md")
set(checked 0)
set(failures "")
foreach(page IN LISTS pages)
  get_filename_component(page_name "${page}" NAME)
  file(READ "${page}" text)
  while(TRUE)
    string(FIND "${text}" "<!-- snippet: " at)
    if(at EQUAL -1)
      break()
    endif()
    math(EXPR at "${at} + 14")
    string(SUBSTRING "${text}" ${at} -1 text)
    string(FIND "${text}" " -->\n" end)
    string(SUBSTRING "${text}" 0 ${end} reference)
    if(NOT reference MATCHES "^([^ ]+) \\[([^]]+)\\]$")
      list(APPEND failures "${page_name}: cannot read the snippet reference '${reference}'")
      continue()
    endif()
    set(source "${CMAKE_MATCH_1}")
    set(snippet "${CMAKE_MATCH_2}")
    math(EXPR end "${end} + 5")
    string(SUBSTRING "${text}" ${end} -1 text)

    # The code block right below the comment.
    string(FIND "${text}" "```cpp\n" fence)
    if(NOT fence EQUAL 0)
      list(APPEND failures "${page_name}: no ```cpp block right below the reference to ${reference}")
      continue()
    endif()
    string(SUBSTRING "${text}" 7 -1 text)
    string(FIND "${text}" "```\n" close)
    string(SUBSTRING "${text}" 0 ${close} block)

    # The text between the two marker lines in the source file.
    if(NOT EXISTS "${DOCS_DIR}/${source}")
      list(APPEND failures "${page_name}: ${source} does not exist")
      continue()
    endif()
    file(READ "${DOCS_DIR}/${source}" code)
    set(marker "// [${snippet}]\n")
    string(FIND "${code}" "${marker}" first)
    if(first EQUAL -1)
      list(APPEND failures "${page_name}: ${source} has no marker // [${snippet}]")
      continue()
    endif()
    string(LENGTH "${marker}" marker_length)
    math(EXPR first "${first} + ${marker_length}")
    string(SUBSTRING "${code}" ${first} -1 code)
    string(FIND "${code}" "// [${snippet}]" second)
    if(second EQUAL -1)
      list(APPEND failures "${page_name}: ${source}'s snippet [${snippet}] has no closing marker")
      continue()
    endif()
    string(SUBSTRING "${code}" 0 ${second} quoted)
    if(quoted MATCHES "^(.*\n)[ ]+$")  # leave out the closing marker's indentation
      set(quoted "${CMAKE_MATCH_1}")
    endif()

    if(NOT block STREQUAL quoted)
      list(APPEND failures "${page_name}: the block quoting ${reference} differs from the file")
    endif()
    math(EXPR checked "${checked} + 1")
  endwhile()
endforeach()

if(failures)
  string(JOIN "\n" report ${failures})
  message(FATAL_ERROR "${report}")
endif()
if(checked EQUAL 0)
  message(FATAL_ERROR "no code block in ${DOCS_DIR}/*.md names a snippet")
endif()
message("${checked} snippets checked: every quoted code block matches its file")
