#include <string>
#include <string_view>

#include "mtlint/finding.h"
#include "mtlint/result.h"

namespace mtlint {

std::string Error::describe() const {
  std::string out;
  // An error that is not about an input file (a bad option value) has no file to name.
  if (!file.empty()) out = file + ": ";
  // A byte offset is the more precise position, so it wins when both are known.
  if (offset) {
    out += "byte " + std::to_string(*offset) + ": ";
  } else if (line) {
    out += "line " + std::to_string(*line) + ": ";
  }
  out += message;
  return out;
}

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
  }
  return "warning";
}

}  // namespace mtlint
