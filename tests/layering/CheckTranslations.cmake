# cmake -DSOURCE_DIR=… -DPYTHON=… -DWORK_DIR=… -P CheckTranslations.cmake
set(fresh ${WORK_DIR}/latchkey_en.fresh.ts)
file(COPY_FILE ${SOURCE_DIR}/resources/translations/latchkey_en.ts ${fresh})
execute_process(COMMAND ${PYTHON} ${SOURCE_DIR}/scripts/update-english-plurals.py ${fresh}
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "scripts/update-english-plurals.py failed")
endif()
file(READ ${fresh} expected)
file(READ ${SOURCE_DIR}/resources/translations/latchkey_en.ts committed)
if(NOT expected STREQUAL committed)
    message(FATAL_ERROR "resources/translations/latchkey_en.ts is out of date: run scripts/update-english-plurals.py")
endif()
