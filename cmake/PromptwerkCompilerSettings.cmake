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

if(PROMPTWERK_SANITIZE OR PROMPTWERK_FUZZ)
    target_compile_options(promptwerk_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer -D_GLIBCXX_ASSERTIONS)
    # Qt's containers check their bounds too (Q_ASSERT), also in the
    # optimized fuzz build: ASan does not see a read past a QList's size
    # that stays inside its capacity.
    target_compile_definitions(promptwerk_settings INTERFACE QT_FORCE_ASSERTS)
    target_link_options(promptwerk_settings INTERFACE -fsanitize=address,undefined)
endif()

# A header that stops the compiler when a core library reaches for Qt
# Widgets: every QtWidgets header includes this one first.
file(WRITE ${PROJECT_BINARY_DIR}/include/no-widgets/QtWidgets/qtwidgetsglobal.h
    "#error \"core/ never includes a Widgets header: dependencies point down (app -> ui -> core)\"\n")

if(PROMPTWERK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PROMPTWERK_FUZZ needs clang (libFuzzer): configure a separate build dir with CC=clang CXX=clang++")
    endif()
    # Coverage instrumentation in every library, so the fuzzer sees the
    # branches of the code under test, not only of the target itself.
    target_compile_options(promptwerk_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()

# promptwerk_add_core_library(NAME SOURCES... [DEPENDS targets...])
# One static library per core area (prompt, api, tools, ...), so each area
# builds and tests on its own and its dependencies are written down.
#
# The dependency rule is enforced, not only written down: a library's
# headers are reachable as "area/header.h" only through its own include
# directory (build/include/pw_area/area, a link to core/area), which it
# passes on to its dependants. So core/document including "api/..." fails
# to compile unless pw_document DEPENDS on pw_api, and no core library can
# include a Qt Widgets header. tests/architecture proves both.
function(promptwerk_add_core_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
    get_filename_component(area ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    set(root ${PROJECT_BINARY_DIR}/include/${name})
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${area} SYMBOLIC)
    set_property(GLOBAL PROPERTY PROMPTWERK_DEPENDS_${name} Qt6::Core ${ARG_DEPENDS})
    set(compiled ${ARG_SOURCES})
    list(FILTER compiled INCLUDE REGEX "\\.cpp$")
    if(NOT compiled)
        # Headers only (templates): nothing of its own to compile.
        add_library(${name} INTERFACE ${ARG_SOURCES})
        target_include_directories(${name} INTERFACE $<BUILD_INTERFACE:${root}>)
        target_link_libraries(${name} INTERFACE Qt6::Core ${ARG_DEPENDS})
        return()
    endif()
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name}
        PUBLIC $<BUILD_INTERFACE:${root}>
        PRIVATE ${PROJECT_BINARY_DIR}/include/no-widgets)
    target_link_libraries(${name} PUBLIC Qt6::Core ${ARG_DEPENDS} PRIVATE promptwerk_settings)
endfunction()

# promptwerk_add_include_probe(NAME LIKE library SOURCE file EXPECT regex)
# A CTest test that compiles SOURCE exactly as a source of the core library
# LIKE is compiled (its include directories and declared dependencies) and
# passes only when the compiler refuses it with a message matching EXPECT:
# proof that a forbidden include breaks the build.
function(promptwerk_add_include_probe name)
    cmake_parse_arguments(ARG "" "LIKE;SOURCE;EXPECT" "" ${ARGN})
    get_property(depends GLOBAL PROPERTY PROMPTWERK_DEPENDS_${ARG_LIKE})
    add_library(${name} OBJECT EXCLUDE_FROM_ALL ${ARG_SOURCE})
    set_target_properties(${name} PROPERTIES AUTOMOC OFF)
    target_include_directories(${name} PRIVATE $<TARGET_PROPERTY:${ARG_LIKE},INCLUDE_DIRECTORIES>)
    target_link_libraries(${name} PRIVATE ${depends} promptwerk_settings)
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} --build ${PROJECT_BINARY_DIR} --target ${name})
    # One build at a time in the build tree; the regular expression, not the
    # exit status, decides, so an unrelated build failure does not pass.
    set_tests_properties(${name} PROPERTIES
        PASS_REGULAR_EXPRESSION "${ARG_EXPECT}" RESOURCE_LOCK build-tree LABELS architecture)
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

# promptwerk_add_fuzzer(NAME SOURCES... [LIBRARIES targets...])
# A fuzz target (tests/fuzz/fuzz_NAME.cpp defines LLVMFuzzerTestOneInput) with
# its seed corpus in tests/fuzz/corpus/NAME/ and, when present, a dictionary
# tests/fuzz/NAME.dict. With PROMPTWERK_FUZZ it is a libFuzzer executable
# (scripts/fuzz.sh runs it); otherwise it is linked with a main that replays
# the seed corpus once, registered with CTest, so every build checks the
# target's property on its seeds.
function(promptwerk_add_fuzzer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    set(target fuzz_${name})
    set(corpus ${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/${name})
    if(NOT IS_DIRECTORY ${corpus})
        message(FATAL_ERROR "fuzz target ${name}: seed corpus ${corpus} is missing")
    endif()
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE ${ARG_LIBRARIES} promptwerk_settings)
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests/fuzz)
    if(PROMPTWERK_FUZZ)
        target_link_options(${target} PRIVATE -fsanitize=fuzzer)
    else()
        target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests/fuzz/replaymain.cpp)
        add_test(NAME ${target} COMMAND ${target} ${corpus})
        set_tests_properties(${target} PROPERTIES ENVIRONMENT "LC_ALL=C.UTF-8" TIMEOUT 120 LABELS "unit;fuzz")
    endif()
    add_dependencies(promptwerk_fuzzers ${target})
endfunction()
