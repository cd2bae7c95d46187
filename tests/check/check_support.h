// Running one checker on a text the way the engine does, for exact-findings tests.
#pragma once

#include <string>
#include <vector>

#include "mtlint/checker.h"

namespace mtlint::testing {

struct CheckRun {
  Document document;
  std::vector<Finding> findings;  // sorted by position
  [[nodiscard]] std::vector<std::string> texts() const;  // each finding's span text
};

// Segments `text` with the profile for `lang` from the source dictionaries and runs `checker`.
[[nodiscard]] CheckRun run_checker(const Checker& checker, const std::string& text,
                                   const std::string& lang);
// `text` with every safe suggestion of `findings` applied.
[[nodiscard]] std::string apply_safe_fixes(const std::string& text,
                                           const std::vector<Finding>& findings);

}  // namespace mtlint::testing
