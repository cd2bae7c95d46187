// Paths and file helpers for tests. Tests never read ../shared: a fresh clone has none.
#pragma once

#include <filesystem>
#include <string>

namespace mtlint::testing {

[[nodiscard]] inline std::filesystem::path fixtures_dir() { return MTLINT_TEST_FIXTURES; }
[[nodiscard]] inline std::filesystem::path source_root() { return MTLINT_SOURCE_ROOT; }
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

}  // namespace mtlint::testing
