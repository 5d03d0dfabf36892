# Called by EmbedShaders.cmake: writes OUT from the shader FILES.
set(body "#include <string>\n#include <unordered_map>\nnamespace dc::render {\nconst std::unordered_map<std::string, std::string>& embeddedShaders() {\n  static const std::unordered_map<std::string, std::string> s = {\n")
foreach(f ${FILES})
  get_filename_component(name ${f} NAME)
  file(READ ${f} text)
  string(APPEND body "    {\"${name}\", R\"DCSHADER(${text})DCSHADER\"},\n")
endforeach()
string(APPEND body "  };\n  return s;\n}\n}\n")
file(WRITE ${OUT} "${body}")
