// Everything mtlint knows about one language, loaded from dictionaries/<lang>/.
// Checkers read this instead of branching on a language code.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "mtlint/result.h"

namespace mtlint {

struct QuotePair {
  std::string open;
  std::string close;
  friend bool operator==(const QuotePair&, const QuotePair&) = default;
};

// How a quotation that runs over several paragraphs is written.
enum class QuoteContinuation {
  none,    // every paragraph closes what it opens
  reopen,  // the paragraph is left open and the next one starts with the opening quote (en)
  mark,    // the next paragraph starts with a continuation mark (fr: "»" or "«")
};

struct LanguageProfile {
  std::string code = "und";  // "en"
  std::string name = "Undetermined";
  std::string script = "Latn";       // ISO 15924 of the usual script
  bool spaces_between_words = true;  // false for zh, ja
  std::vector<QuotePair> quotes;     // primary first, then nested; the language's own style
  QuoteContinuation quote_continuation = QuoteContinuation::none;
  std::string quote_continuation_marks;  // UTF-8 characters that may start a continued paragraph
  std::string sentence_end = ".!?";      // UTF-8 characters that end a sentence
  std::string no_space_before = ",.;:!?)]}";  // characters never preceded by a space
  std::string space_before;                   // characters that need a (no-break) space before (fr)
  std::string space_after_open;  // opening marks followed by a (no-break) space (fr «)
  std::string decimal_separator = ".";
  std::string grouping_separators = ",";  // any of these may group thousands
  std::string hunspell = "";              // dictionary name, e.g. "en_US"; empty: no speller
  // Characters (not counting spaces) the language usually needs for what English says in one:
  // de 1.12, zh 0.345. With two profiles' values, the usual length ratio of a translation
  // between them. 0: unknown.
  double length_vs_english = 0;
  std::unordered_set<std::string> abbreviations;        // "Mr.", "z. B.", "т. е."
  std::unordered_set<std::string> single_letter_words;  // "a", "I"; lower-case
  std::unordered_set<std::string> determiners;          // "the", "a", "an"
  std::vector<std::string> boilerplate;                 // scraped page furniture, one per line
  std::unordered_set<std::string> repeatable_words;     // lower-case words that may stand twice
                                                        // ("had had", fr "nous nous")

  [[nodiscard]] bool is_abbreviation(std::string_view word_with_period) const {
    return abbreviations.contains(std::string(word_with_period));
  }
};

// Where the dictionaries are: $MTLINT_DICTIONARIES, else next to the executable
// (../share/mtlint/dictionaries), else the source tree the binary was built from.
[[nodiscard]] std::filesystem::path default_dictionaries_dir();

// A language code is valid when ICU knows it as an ISO 639 language ("en", "pt-BR", "zh-Hans").
[[nodiscard]] bool is_valid_language_code(std::string_view code);
// "en-GB" -> "en", "zh_Hant" -> "zh", "EN" -> "en".
[[nodiscard]] std::string primary_language(std::string_view code);

// Loads dictionaries/<lang>/ (the primary subtag). A valid code without a profile directory
// gets the generic profile ("und") with that code; an invalid code is an error.
[[nodiscard]] Result<LanguageProfile> load_profile(const std::filesystem::path& dictionaries,
                                                   std::string_view lang);

}  // namespace mtlint
