# kurier_add_test(NAME <name> SOURCES <files...> LIBS <targets...> LABELS <labels...> [TIMEOUT <s>]
#                 [WRAPPER <command...>])  (WRAPPER runs the test through a command, e.g. with-keyring.sh)
# One Qt Test class per file; every test goes through this function so that labels and environment are uniform.
# Tests run in Polish time (TZ=Europe/Warsaw), as Kurier's users do: "today" is the same day for the test's
# invoices, Kurier's checks and the emulator, also between 23:00 and 01:00 UTC, when a UTC machine's date is
# not Poland's (the emulator's tests marked a test invoice Offline then).
function(kurier_add_test)
    cmake_parse_arguments(arg "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;WRAPPER" ${ARGN})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE Kurier::options Qt6::Test ${arg_LIBS})
    target_include_directories(${arg_NAME} PRIVATE ${CMAKE_SOURCE_DIR}/tests)
    target_compile_definitions(${arg_NAME} PRIVATE
        KURIER_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
        KURIER_BINARY_DIR="${CMAKE_BINARY_DIR}")
    add_test(NAME ${arg_NAME} COMMAND ${arg_WRAPPER} $<TARGET_FILE:${arg_NAME}>)
    set_tests_properties(${arg_NAME} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=Europe/Warsaw")
endfunction()

# kurier_record_client_exchanges(<tests...>): the emulator inside these tests records every exchange with
# Kurier's own client to client-<test>.jsonl, which emulator_openapi_conformance checks against open-api.json.
function(kurier_record_client_exchanges)
    foreach(test ${ARGN})
        set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT
            "KURIER_EMULATOR_RECORD=${CMAKE_BINARY_DIR}/emulator-exchanges/client-${test}.jsonl")
        set_tests_properties(${test} PROPERTIES FIXTURES_REQUIRED emulator_exchanges)
    endforeach()
endfunction()

# kurier_add_postgres_variant(<tests...>): runs each test again as <test>_pg on a database of the throw-away
# PostgreSQL cluster (tests/support/TestDatabase.h picks it), with the same labels and timeout.
function(kurier_add_postgres_variant)
    foreach(test ${ARGN})
        get_test_property(${test} LABELS labels)
        get_test_property(${test} TIMEOUT timeout)
        add_test(NAME ${test}_pg COMMAND $<TARGET_FILE:${test}>)
        set_tests_properties(${test}_pg PROPERTIES
            LABELS "${labels};postgres"
            TIMEOUT ${timeout}
            FIXTURES_REQUIRED postgres
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=Europe/Warsaw;KURIER_TEST_POSTGRES=${KURIER_POSTGRES_STATE}/url")
    endforeach()
endfunction()
