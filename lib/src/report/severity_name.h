// The word each writer prints for a severity. Kept here rather than using to_string() from
// finding.h so that the writers do not depend on which stage defines it.
#pragma once

#include <string_view>

#include "mtlint/finding.h"

namespace mtlint {

[[nodiscard]] constexpr std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
  }
  return "info";
}

}  // namespace mtlint
