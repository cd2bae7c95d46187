// What a checker reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mtlint/span.h"

namespace mtlint {

enum class Severity { info = 0, warning = 1, error = 2 };

[[nodiscard]] std::string_view to_string(Severity severity);

struct Suggestion {
  std::string text;   // replaces the finding's span
  bool safe = false;  // safe to apply without a person looking
};

struct Finding {
  std::string rule;      // "punct.doubled"
  std::string category;  // "punct"
  Severity severity = Severity::warning;
  ByteSpan span;                        // in the target document
  std::optional<ByteSpan> source_span;  // in the source document, for bilingual checks
  std::string message;
  std::vector<Suggestion> suggestions;
  double confidence = 1.0;
};

class FindingSink {
 public:
  virtual ~FindingSink() = default;
  virtual void report(Finding finding) = 0;
};

// Collects findings in a vector; what tests and the engine use.
class VectorSink final : public FindingSink {
 public:
  void report(Finding finding) override { findings.push_back(std::move(finding)); }
  std::vector<Finding> findings;
};

}  // namespace mtlint
