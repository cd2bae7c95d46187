// What the bilingual checkers (those that need a source) share: bead spans, words, numbers with
// their values, names compared through Latin keys.
#pragma once

#include <unicode/uscript.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "align/anchors.h"
#include "check/boilerplate_match.h"
#include "core/case_fold.h"
#include "mtlint/checker.h"
#include "mtlint/resources.h"

namespace mtlint::bilingual {

// Sentences [begin, end) of `document` as one span. An empty range gives an empty span where
// such sentences would stand: after sentence begin - 1, else at the start of the text.
[[nodiscard]] ByteSpan sentences_span(const Document& document, std::size_t begin, std::size_t end);
[[nodiscard]] ByteSpan source_span(const CheckContext& context, const Bead& bead);
[[nodiscard]] ByteSpan target_span(const CheckContext& context, const Bead& bead);
// Bead `index` with its neighbours, to tolerate alignment slop.
[[nodiscard]] ByteSpan source_around(const CheckContext& context, std::size_t index);
[[nodiscard]] ByteSpan target_around(const CheckContext& context, std::size_t index);

// A 1-0 bead next to a 0-1 bead (or the reverse) is a pair the aligner could not match by
// length (numbers written 28万 and 280,000), not an omission and an addition.
// Beads of page furniture (see boilerplate_match.h) do not count as gaps.
[[nodiscard]] bool beside_opposite_gap(const Alignment& alignment, std::size_t index,
                                       const Furniture& furniture);

struct Word {
  ByteSpan span;
  bool initial = false;  // first word of its sentence, or right after an opening quote or colon
};
// Word tokens of the sentences that lie within `span`.
[[nodiscard]] std::vector<Word> words_in(const Document& document, ByteSpan span);

using ::mtlint::fold_case;
// `word` without a leading elided article or pronoun of one to three letters ("l'", "qu'",
// "dell'").
[[nodiscard]] std::string_view without_elision(std::string_view word);
[[nodiscard]] std::size_t letter_count(std::string_view word);
[[nodiscard]] bool starts_upper(std::string_view word);
[[nodiscard]] bool all_upper(std::string_view word);
// The script of the word's first letter (USCRIPT_COMMON when it has none).
[[nodiscard]] UScriptCode script_of(std::string_view word);
// The profile's usual script ("Latn", "Cyrl", "Hani").
[[nodiscard]] UScriptCode profile_script(const LanguageProfile& profile);

// A number as written, with the values it may stand for (scale words applied: "1,5 Mrd." is
// 1.5e9); `spelled` for small numbers written as words ("three").
struct Number {
  ByteSpan span;
  std::vector<double> values;
  std::vector<double> unscaled;  // the values without the scale word
  bool spelled = false;
  // The unit word after it (units.txt), as a factor to a base unit of a dimension ("feet":
  // 0.3048 of "length"); no dimension when there is none.
  double unit_factor = 1.0;
  std::string dimension;
};

// Reads numbers with the lists dictionaries/<lang>/scale_words.txt and numerals.txt.
class NumberReader {
 public:
  NumberReader(const Resources& resources, const LanguageProfile& profile);
  [[nodiscard]] std::vector<Number> read(const Document& document, ByteSpan span) const;

 private:
  struct Entry {
    std::string word;     // folded
    std::string written;  // as the list writes it
    double value = 0;
    bool capitalised = false;  // matches only as written
  };
  [[nodiscard]] static std::vector<Entry> parse(const std::vector<std::string>& lines);
  [[nodiscard]] double scale_after(std::string_view text, std::size_t& at) const;
  struct Unit {
    std::string word;  // folded
    double factor = 1.0;
    std::string dimension;
  };
  [[nodiscard]] static std::vector<Unit> parse_units(const std::vector<std::string>& lines);
  // Sets the number's unit from the unit word at `at` (after a space or a hyphen), if any.
  void read_unit(std::string_view text, std::size_t at, Number& number) const;
  void read_digits(const Document& document, ByteSpan span, std::vector<Number>& out) const;
  void read_words(const Document& document, ByteSpan span, std::vector<Number>& out) const;
  [[nodiscard]] std::optional<double> roman_with_suffix(std::string_view word) const;
  void add_range_scale(std::string_view text, std::size_t end, Number& number) const;
  void add_decade(std::string_view text, std::size_t end, Number& number) const;
  void read_numeral_runs(const Document& document, ByteSpan span, std::vector<Number>& out) const;
  // The value of a word of numerals.txt, or nullopt.
  [[nodiscard]] std::optional<double> word_value(std::string_view text) const;

  std::vector<Entry> scales_;
  std::vector<Entry> words_;
  std::vector<std::string> decade_suffixes_;  // decade_suffixes.txt: "s" of "1980s", "年代"
  std::vector<std::string> range_words_;
  std::vector<std::string> roman_suffixes_;  // "XIVe siècle": the ordinal ending after a numeral //
                                             // range_words.txt: "to" of "12 to 14 million"
  std::vector<Unit> units_;  // units.txt: "feet 0.3048 length"
  bool spaces_between_words_ = true;
};

// Does `number` have a value among `others`? Scaled values first; a side without a scale word
// may meet the other's unscaled value (a scale word that no list knows).
[[nodiscard]] bool has_counterpart(const Number& number, const std::vector<Number>& others);

// Names compared across scripts: each word reduced once to a Latin ASCII lower-case key (ICU
// Any-Latin; Latin-ASCII, created on first use), then matched on a prefix so that inflected
// forms meet (Путина ~ Putin, Москве ~ Moscow).
class NameMatcher {
 public:
  // The key of `word` without an elided article or pronoun ("l'Athletico", "qu'Emin").
  [[nodiscard]] const std::string& key(std::string_view word) {
    return extractor_.latin_key(without_elision(word));
  }
  // `weak`: two consonants in common suffice (Kiev and Kyiv).
  [[nodiscard]] static bool keys_match(std::string_view a, std::string_view b, bool weak = true);
  // Does any word of `words` (over `document`) match `word`? An acronym also meets one with the
  // same letters in another order (CEDH and ECHR, OTAN and NATO).
  // `capitalised_only`: a match on two consonants only with a capitalised word.
  [[nodiscard]] bool found_in(std::string_view word, const Document& document,
                              const std::vector<Word>& words, bool capitalised_only = false);
  // Does `word` begin a later part of a longer word among `words` (Korea in Südkorea, Lanka in
  // Srilankai)?
  [[nodiscard]] bool inside_compound(std::string_view word, const Document& document,
                                     const std::vector<Word>& words);
  // Does `word`, a part of a compound (see inside_compound) or its counterpart in
  // dictionaries/<lang>/exonyms.txt ("Alemania" → Germany) occur among `words`? `reverse`: `word`
  // is one of the other languages' forms (a target name) and `words` are the source's.
  // Does `word` share most pairs of adjacent letters with a word of `words`, or with two words
  // in a row (Khabib and Хабибом, Mahendragarh and महेद्रगढ़, Snowden and स्नो डेन)? For rare
  // names, which transcriptions spell in many ways.
  [[nodiscard]] bool resembles(std::string_view word, const Document& document,
                               const std::vector<Word>& words);
  [[nodiscard]] bool found_with_exonyms(std::string_view word,
                                        const std::vector<std::string>& exonyms,
                                        const Document& document, const std::vector<Word>& words,
                                        bool reverse = false);

 private:
  align::AnchorExtractor extractor_;
};

// Is `word` a name of the source: capitalised and not sentence-initial (or an acronym), long
// enough to compare, and — where the language capitalises every noun (entity_options.txt:
// nouns-capitalised) — unknown to the speller.
[[nodiscard]] bool is_name(const CheckContext& context, const Document& document,
                           const LanguageProfile& profile, const Word& word);
// Does the other side's speller know `text` only capitalised (Putin, Twitter, Nepal in a German
// text; Gaza in a French one, where "gaza" is also a verb)? `document` is the source or the
// target of `context`, `profile` its language. Never where the other language capitalises every
// noun (German knows Fund and Queen only capitalised).
[[nodiscard]] bool known_only_capitalised(const CheckContext& context, const Document& document,
                                          const LanguageProfile& profile, std::string_view text);
// Is `word` a name at the start of a sentence (Murray lost…, Путин напомнил…): capitalised, long
// enough, not an acronym, and unknown to the speller in lower case (where every noun is
// capitalised, unknown as written too)?
[[nodiscard]] bool is_initial_name(const CheckContext& context, const Document& document,
                                   const LanguageProfile& profile, const Word& word);

}  // namespace mtlint::bilingual

namespace mtlint::bilingual {

// URLs, e-mail addresses, @handles and #hashtags within `span`, trailing punctuation trimmed.
[[nodiscard]] std::vector<ByteSpan> links_in(std::string_view text, ByteSpan span);

// Clauses of a sentence: the pieces between commas, semicolons, brackets, quotation marks and
// dashes, trimmed.
[[nodiscard]] std::vector<ByteSpan> clauses_in(std::string_view text, ByteSpan span);

}  // namespace mtlint::bilingual
