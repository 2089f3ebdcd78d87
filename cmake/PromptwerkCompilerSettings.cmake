# Compiler settings shared by every Promptwerk target: strict warnings as
# errors, strict Qt string conversions, optional sanitizers.

add_library(promptwerk_settings INTERFACE)
target_compile_options(promptwerk_settings INTERFACE
    -Wall -Wextra -Wpedantic -Werror
    -Wundef -Wcast-qual -Wnon-virtual-dtor -Woverloaded-virtual
    -Wimplicit-fallthrough -Wmissing-declarations)
target_compile_definitions(promptwerk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

if(PROMPTWERK_SANITIZE)
    target_compile_options(promptwerk_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer -D_GLIBCXX_ASSERTIONS)
    target_link_options(promptwerk_settings INTERFACE -fsanitize=address,undefined)
endif()

# promptwerk_add_core_library(NAME SOURCES... [DEPENDS targets...])
# One static library per core area (prompt, api, tools, ...), so each area
# builds and tests on its own and its dependencies are written down.
function(promptwerk_add_core_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/core ${PROJECT_BINARY_DIR}/core)
    target_link_libraries(${name} PUBLIC Qt6::Core ${ARG_DEPENDS} PRIVATE promptwerk_settings)
endfunction()

# promptwerk_add_test(NAME SOURCES... [LIBRARIES targets...] [LABELS labels...] [GUI])
# A Qt Test executable registered with CTest. GUI tests run offscreen.
function(promptwerk_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES} promptwerk_settings)
    # tests/ for the helpers every area shares (testfiles.h).
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "PROMPTWERK_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}")
endfunction()
