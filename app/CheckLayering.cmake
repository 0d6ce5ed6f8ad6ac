# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file under SOURCE_DIR includes a Qt widget, chart or WebEngine header.
# Executable entry points (main.cpp) are wiring and are exempt only from nothing: the core has none.
file(GLOB_RECURSE sources "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
set(forbidden "#[ \t]*include[ \t]*[<\"](QtWidgets|QtWebEngine[A-Za-z]*|QtCharts|QtPrintSupport|QWidget|QMainWindow|QApplication|QDialog|QWebEngine[A-Za-z]*|QChart[A-Za-z]*)[>/\"]")
set(offenders "")
foreach(src ${sources})
  file(STRINGS "${src}" hits REGEX "${forbidden}")
  if(hits)
    list(APPEND offenders "${src}: ${hits}")
  endif()
endforeach()
if(offenders)
  string(REPLACE ";" "\n  " text "${offenders}")
  message(FATAL_ERROR "The core library (app/) must not include widget or WebEngine headers:\n  ${text}")
endif()
