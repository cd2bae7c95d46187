// Language identification with CLD2.
#pragma once

#include <string>
#include <string_view>

namespace mtlint {

struct LanguageGuess {
  std::string lang;  // ISO 639-1 ("en", "zh"); "und" when unknown
  int percent = 0;   // share of the text in that language
  bool reliable = false;
};

// Call once at start-up: stops glibc from returning CLD2's scratch memory to the kernel on
// every call, which makes per-sentence detection about 45x slower (FACTS.md).
void prepare_language_identification();

// Identifies the language of `text` (UTF-8 plain text). Looks at most at the first
// `max_bytes` bytes (cut at a code-point boundary).
[[nodiscard]] LanguageGuess identify_language(std::string_view text, std::size_t max_bytes = 4096);

}  // namespace mtlint
