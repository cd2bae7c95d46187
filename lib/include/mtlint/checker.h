// A checker: one rule, its documentation, and the code that finds its defects.
#pragma once

#include <array>
#include <string_view>

#include "mtlint/alignment.h"
#include "mtlint/document.h"
#include "mtlint/finding.h"
#include "mtlint/language_profile.h"

namespace mtlint {

class Resources;  // shared, read-only services (spellers, ...), see resources.h

struct CheckerInfo {
  std::string_view id;        // "punct.doubled"
  std::string_view category;  // "punct"
  Severity severity = Severity::warning;
  bool needs_source = false;
  std::string_view summary;      // one line
  std::string_view explanation;  // one paragraph: what, why it matters, what is not flagged
  std::string_view example_lang = "en";
  std::string_view bad_example;   // text with exactly the defects this rule reports (>= 1)
  std::string_view good_example;  // the same text corrected: no finding of this rule
  // Rules whose findings inside one of this rule's spans add nothing a reader needs: the words
  // of a sentence left in the source language are not also misspellings.
  std::array<std::string_view, 2> subsumes{};
};

struct CheckContext {
  const Document& target;
  const LanguageProfile& target_profile;
  const Resources& resources;
  const Document* source = nullptr;  // null in a target-only run
  const LanguageProfile* source_profile = nullptr;
  const Alignment* alignment = nullptr;  // null in a target-only run
};

class Checker {
 public:
  virtual ~Checker() = default;
  [[nodiscard]] virtual const CheckerInfo& info() const = 0;
  // Stateless and const: may run on several documents at once.
  virtual void check(const CheckContext& context, FindingSink& sink) const = 0;

 protected:
  // A finding of this rule with its id, category and default severity filled in.
  [[nodiscard]] Finding make_finding(ByteSpan span, std::string message) const;
};

}  // namespace mtlint
