// Golden-file comparison for the writers: the expected output lives in
// tests/fixtures/report/<name>; MTLINT_UPDATE_GOLDENS=1 rewrites it from the actual output.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace mtlint::testing {

inline std::string golden_path(std::string_view name) {
  return std::string(MTLINT_TEST_FIXTURES) + "/report/" + std::string(name);
}

inline void expect_golden(std::string_view name, const std::string& actual) {
  const std::string path = golden_path(name);
  const char* update = std::getenv("MTLINT_UPDATE_GOLDENS");
  if (update != nullptr && std::string_view(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << "missing golden " << path << " (run with MTLINT_UPDATE_GOLDENS=1)";
  std::ostringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(expected.str(), actual)
      << "golden " << path << " differs (MTLINT_UPDATE_GOLDENS=1 rewrites it)";
}

}  // namespace mtlint::testing
