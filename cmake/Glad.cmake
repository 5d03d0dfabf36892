# Generates the OpenGL 3.3 core loader with Debian's python3-glad at configure
# time (no generated code is committed). --reproducible keeps glad offline: it
# uses the Khronos XML it ships instead of fetching the latest.
set(GLAD_OUT ${CMAKE_CURRENT_BINARY_DIR}/glad)
find_program(GLAD_EXECUTABLE glad REQUIRED)
if(NOT EXISTS ${GLAD_OUT}/src/gl.c)
  execute_process(
    COMMAND ${GLAD_EXECUTABLE} --api gl:core=3.3 --extensions=GL_KHR_debug,GL_ARB_debug_output
            --out-path ${GLAD_OUT} --reproducible --quiet c
    RESULT_VARIABLE GLAD_RESULT
    OUTPUT_VARIABLE GLAD_LOG ERROR_VARIABLE GLAD_LOG)
  if(NOT GLAD_RESULT EQUAL 0 OR NOT EXISTS ${GLAD_OUT}/src/gl.c)
    message(FATAL_ERROR "glad could not generate the GL loader: ${GLAD_LOG}")
  endif()
endif()
add_library(glad_gl STATIC ${GLAD_OUT}/src/gl.c)
target_include_directories(glad_gl PUBLIC ${GLAD_OUT}/include)
target_link_libraries(glad_gl PUBLIC ${CMAKE_DL_LIBS})
