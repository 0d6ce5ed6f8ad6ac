# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the sources in SOURCES have a tr() string that TS does not translate.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
file(COPY "${TS}" DESTINATION "${WORK}")
execute_process(
  COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "${SOURCES}" -ts "${WORK}/${name}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed:\n${log}")
endif()
file(READ "${WORK}/${name}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
  string(REGEX REPLACE "</?source>|[ \n]*<translation type=\"unfinished\"" "" missing "${missing}")
  string(REPLACE ";" "\n  " missing "${missing}")
  message(FATAL_ERROR "${count} message(s) lack a Simplified Chinese translation in ${name}. Run "
    "`cmake --build build --target update_translations` and translate them:\n  ${missing}")
endif()
message(STATUS "${name}: every message is translated")
