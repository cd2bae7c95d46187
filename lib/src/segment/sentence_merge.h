// Sentence breaks that ICU makes but the language does not: after abbreviations ("Mr.",
// "z. B."), initials ("Antony J. Blinken") and, where the profile says so, ordinal numbers
// ("am 1. Februar").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mtlint/language_profile.h"
#include "mtlint/span.h"

namespace mtlint {

class SentenceMerger {
 public:
  explicit SentenceMerger(const LanguageProfile& profile);

  // True when the break between `before` (the text up to the break, trimmed) and `after`
  // (the text from the break on) is not a sentence boundary.
  [[nodiscard]] bool joins(std::string_view before, std::string_view after) const;

 private:
  [[nodiscard]] bool ends_with_abbreviation(std::string_view before) const;
  // "z." | "B. das": a break inside an abbreviation written with an inner space.
  [[nodiscard]] bool splits_abbreviation(std::string_view before, std::string_view after) const;
  [[nodiscard]] static bool ends_with_abbreviation_text(std::string_view before,
                                                        std::string_view abbreviation);

  std::vector<std::string> abbreviations_;  // longest first
  bool ordinals_ = false;                   // the list has "#.": 1-2 digits + period
};

}  // namespace mtlint
