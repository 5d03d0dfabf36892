# Embeds shaders/*.vert|frag|glsl into the binary so an installed viewer never runs
# without them. The generated file maps a shader's file name to its text.
file(GLOB DC_SHADER_FILES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/shaders/*.vert ${CMAKE_CURRENT_SOURCE_DIR}/shaders/*.glsl
     ${CMAKE_CURRENT_SOURCE_DIR}/shaders/*.frag)
set(DC_SHADER_SOURCE ${CMAKE_CURRENT_BINARY_DIR}/generated/embedded_shaders.cpp)
add_custom_command(
  OUTPUT ${DC_SHADER_SOURCE}
  COMMAND ${CMAKE_COMMAND} -DOUT=${DC_SHADER_SOURCE} "-DFILES=${DC_SHADER_FILES}"
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/embed_shaders_script.cmake
  DEPENDS ${DC_SHADER_FILES} ${CMAKE_CURRENT_SOURCE_DIR}/cmake/embed_shaders_script.cmake
  COMMENT "Embedding shaders"
  VERBATIM)
