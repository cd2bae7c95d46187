// Running one checker on a text the way the engine does, for exact-findings tests.
#pragma once

#include <string>
#include <vector>

#include "mtlint/checker.h"
#include "mtlint/resources.h"

namespace mtlint::testing {

struct CheckRun {
  Document document;
  std::vector<Finding> findings;                         // sorted by position
  [[nodiscard]] std::vector<std::string> texts() const;  // each finding's span text
};

// Segments `text` with the profile for `lang` from the source dictionaries and runs `checker`.
[[nodiscard]] CheckRun run_checker(const Checker& checker, const std::string& text,
                                   const std::string& lang);
// A bilingual run: both texts segmented with their profiles, aligned with align_documents, and
// `checker` run with the source, the alignment and, when given, a glossary.
struct BilingualRun {
  Document source;
  Document target;
  std::vector<Finding> findings;                                // sorted by position
  [[nodiscard]] std::vector<std::string> texts() const;         // each finding's span text
  [[nodiscard]] std::vector<std::string> source_texts() const;  // each source span's text
};
[[nodiscard]] BilingualRun run_bilingual_checker(const Checker& checker,
                                                 const std::string& source_text,
                                                 const std::string& source_lang,
                                                 const std::string& target_text,
                                                 const std::string& target_lang,
                                                 const std::vector<GlossaryEntry>& glossary = {});
// `text` with every safe suggestion of `findings` applied.
[[nodiscard]] std::string apply_safe_fixes(const std::string& text,
                                           const std::vector<Finding>& findings);

}  // namespace mtlint::testing
