#include "support/fixtures.h"

#include <fstream>
#include <sstream>

namespace mtlint::testing {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace mtlint::testing
