#include "mtlint/checker.h"

#include <string>

namespace mtlint {

Finding Checker::make_finding(ByteSpan span, std::string message) const {
  const CheckerInfo& meta = info();
  Finding finding;
  finding.rule = std::string(meta.id);
  finding.category = std::string(meta.category);
  finding.severity = meta.severity;
  finding.span = span;
  finding.message = std::move(message);
  return finding;
}

}  // namespace mtlint
