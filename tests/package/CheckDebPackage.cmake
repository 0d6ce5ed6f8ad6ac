# SPDX-License-Identifier: GPL-3.0-or-later
# Runs CPack in BINARY_DIR and fails unless the .deb holds the program, its data and its desktop
# integration, and declares the runtime packages the library scan cannot see.
set(out "${BINARY_DIR}/package-test")
file(REMOVE_RECURSE "${out}")
execute_process(COMMAND cpack -G DEB -B "${out}" WORKING_DIRECTORY "${BINARY_DIR}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed:\n${log}")
endif()
file(GLOB debs "${out}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${out}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -c failed on ${debs}")
endif()
set(required
  ./usr/bin/xunjian
  ./usr/bin/xunjian-cli
  ./usr/share/applications/xunjian.desktop
  ./usr/share/icons/hicolor/scalable/apps/xunjian.svg
  ./usr/share/icons/hicolor/256x256/apps/xunjian.png
  ./usr/share/xunjian/checklists/national-2019-website.json
  ./usr/share/xunjian/checklists/national-2019-newmedia.json
  ./usr/share/xunjian/checklists/README.md
  ./usr/share/xunjian/templates/rectification-notice.xjt
  ./usr/share/xunjian/templates/round-report.xjt
  ./usr/share/xunjian/templates/official-style.json
  ./usr/share/xunjian/dictionaries/README.md)
foreach(path ${required})
  string(FIND "${contents}" " ${path}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package lacks ${path}; it holds:\n${contents}")
  endif()
endforeach()
execute_process(COMMAND dpkg-deb -f ${debs} Package Depends OUTPUT_VARIABLE fields)
foreach(dep xunjian libqt6sql6-sqlite libqt6webenginecore6-bin fonts-noto-cjk libqt6widgets6)
  string(FIND "${fields}" "${dep}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package control fields lack ${dep}:\n${fields}")
  endif()
endforeach()
message(STATUS "package ok: ${debs}")
