// spell.unknown: a word the language's spelling dictionary does not know ("goverment").
#include <unicode/uscript.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "check/word_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "spell.unknown",
    .category = "spell",
    .severity = Severity::warning,
    .summary = "A word the spelling dictionary does not know.",
    .explanation =
        "Words are checked with the language's Hunspell dictionary (and the variants listed in "
        "spell_alternates.txt, e.g. en_GB next to en_US). Only likely errors are reported: "
        "names (capitalised away from the start of a sentence, or elsewhere in the article), "
        "acronyms, words with digits, URLs, e-mail addresses and handles, words in another "
        "script, words the article uses twice or more, user words (--words FILE) and the parts "
        "of hyphenated compounds the dictionary knows as a whole are not. An unknown "
        "word is a warning when the dictionary knows a word one edit away (a typo: \"goverment\"); "
        "otherwise, and for a capitalised word at the start of a sentence (it may be a name), "
        "it is info. A name the dictionary lacks is still a warning when it is one typing slip "
        "from a word the dictionary knows (neighbours swapped: \"Beligum\"; a letter doubled: "
        "\"Airrcraft\"; in words of nine letters or more, a letter too many before a common "
        "word: \"Provinicial\"), in words of seven letters or more. Up to three suggestions "
        "are given for the first findings of an article.",
    .bad_example = "The goverment said the talks would continue.",
    .good_example = "The government said the talks would continue in Kyiv.",
};

constexpr std::size_t kMaxSuggested = 20;  // suggest() costs 30-120 ms a call
constexpr std::chrono::milliseconds kSuggestBudget{50};
constexpr std::size_t kMinSlipLetters = 7;  // shorter names are too often one slip from a word
constexpr std::size_t kMinDeletionLetters = 9;

std::string normalised(std::string_view word) {
  std::string out;
  for (std::size_t at = 0; at < word.size();) {
    const CodePoint c = code_point_at(word, at);
    if (c.value == 0x2019)
      out += '\'';
    else
      out.append(word.substr(at, c.end - at));
    at = c.end;
  }
  if (out.size() > 2 && out.ends_with("'s")) out.resize(out.size() - 2);
  return out;
}

bool other_script(std::string_view word, const LanguageProfile& profile) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(code_point_at(word, 0).value, &status);
  const char* name = uscript_getShortName(script);
  return U_SUCCESS(status) && name != nullptr && profile.script != name;
}

// The run of text between white space around `span`.
std::string_view chunk_around(std::string_view text, ByteSpan span) {
  const auto space = [](UChar32 c) { return c < 0 || u_isUWhiteSpace(c); };
  std::size_t begin = span.begin;
  while (!space(code_point_before(text, begin).value)) begin = code_point_before(text, begin).begin;
  std::size_t end = span.end;
  while (!space(code_point_at(text, end).value)) end = code_point_at(text, end).end;
  return text.substr(begin, end - begin);
}

bool looks_like_address(std::string_view chunk) {
  if (chunk.find_first_of("@/_#\\=") != std::string_view::npos) return true;
  if (chunk.find("www") != std::string_view::npos) return true;
  for (std::size_t dot = chunk.find('.'); dot != std::string_view::npos;
       dot = chunk.find('.', dot + 1)) {
    if (dot > 0 && is_letter(code_point_at(chunk, dot + 1).value)) return true;  // "site.com"
  }
  return false;
}

// The letters and hyphens around `span`: "full-fledged" for the token "fledged".
std::string_view compound_around(std::string_view text, ByteSpan span) {
  const auto part = [](UChar32 c) { return is_letter(c) || c == '-' || c == 0x2011; };
  std::size_t begin = span.begin;
  while (part(code_point_before(text, begin).value)) begin = code_point_before(text, begin).begin;
  std::size_t end = span.end;
  while (part(code_point_at(text, end).value)) end = code_point_at(text, end).end;
  return text.substr(begin, end - begin);
}

// "72-stöckigen", "20-jährige": a word joined to a number by a hyphen, which the language
// writes closed up with a numeral.
bool bound_to_number(std::string_view text, ByteSpan word) {
  const CodePoint hyphen = code_point_before(text, word.begin);
  return (hyphen.value == '-' || hyphen.value == 0x2011) &&
         u_isdigit(code_point_before(text, hyphen.begin).value);
}

std::u32string code_points(std::string_view text) {
  std::u32string out;
  for (std::size_t at = 0; at < text.size(); at = code_point_at(text, at).end) {
    out += static_cast<char32_t>(code_point_at(text, at).value);
  }
  return out;
}

// At most one insertion, deletion, substitution or swap of neighbours apart.
bool one_edit_apart(const std::u32string& a, const std::u32string& b) {
  if (a.size() > b.size()) return one_edit_apart(b, a);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() < b.size()) return a.substr(i) == b.substr(i + 1);
  if (a.substr(i + 1) == b.substr(i + 1)) return true;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
}

bool one_edit_from_suggestion(std::string_view word, const std::vector<Suggestion>& suggestions) {
  const std::u32string folded = code_points(fold_case(word));
  return std::any_of(suggestions.begin(), suggestions.end(), [&](const Suggestion& suggestion) {
    // "cyan uric" for "cyanuric": a compound the dictionary lacks, not a typo.
    if (suggestion.text.find_first_of(" -") != std::string::npos) return false;
    // "coevolved" for "coevolve": an inflection the dictionary lacks, not a typo.
    if (word.size() == suggestion.text.size() + 1 && word.starts_with(suggestion.text))
      return false;
    return one_edit_apart(folded, code_points(fold_case(suggestion.text)));
  });
}

std::string utf8(const std::u32string& code_points) {
  std::string out;
  for (const char32_t c : code_points) {
    char buffer[U8_MAX_LENGTH];
    std::size_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(c));
    out.append(buffer, length);
  }
  return out;
}

// A capitalised word the dictionary lacks but that is one typing slip from a word it knows:
// two neighbours swapped ("Beligum", "Inudstry"), or a letter doubled ("Airrcraft") or, in a long
// word, added ("Provinicial") before a common word. Slips that make other names ("Hoffmann" ~
// "Hoffman", "Hanson" ~ "Hansen") are not among them.
template <typename Correct>
std::optional<std::string> slip_of_known_word(std::string_view word, const Correct& correct) {
  const std::u32string letters = code_points(word);
  const std::size_t n = letters.size();
  if (n < kMinSlipLetters) return std::nullopt;
  for (std::size_t i = 1; i + 1 < n; ++i) {
    if (letters[i] == letters[i + 1]) continue;
    std::u32string swapped = letters;
    std::swap(swapped[i], swapped[i + 1]);
    if (correct(utf8(swapped))) return utf8(swapped);
  }
  // Not in the last two letters, where inflections differ ("Bestäubern" ~ "Bestäuben").
  for (std::size_t i = 1; i + 2 < n; ++i) {
    if (n < kMinDeletionLetters && letters[i] != letters[i + 1]) continue;
    const std::u32string shorter = letters.substr(0, i) + letters.substr(i + 1);
    const std::string candidate = utf8(shorter);
    // Only before a common word: "Hoffmann" is not "Hoffman" mistyped.
    if (correct(candidate) && correct(fold_case(candidate))) return candidate;
  }
  return std::nullopt;
}

bool adjacent_words(const Document& document, const WordRef& a, const WordRef& b) {
  return b.token == a.token + 2 && document.view(document.tokens[a.token + 1].span) == " ";
}

// "Rue des Francs", "Leonardo da Vinci": a small word between two parts of a name.
bool name_particle(const Document& document, const std::vector<WordRef>& words, std::size_t i) {
  return i > 0 && i + 1 < words.size() && !words[i].initial && starts_upper(words[i - 1].text) &&
         starts_upper(words[i + 1].text) && adjacent_words(document, words[i - 1], words[i]) &&
         adjacent_words(document, words[i], words[i + 1]);
}

class SpellUnknown final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const Speller* speller = context.resources.speller(context.target_profile);
    if (speller == nullptr) return;
    const std::vector<const Speller*> spellers = spellers_for(context, speller);
    const std::vector<WordRef> words = words_of(context.target);
    std::map<std::string, int> uses;
    std::map<std::string_view, int> mid_sentence;
    for (const WordRef& word : words) {
      ++uses[fold_case(word.text)];
      if (!word.initial) ++mid_sentence[word.text];
    }
    std::size_t suggested = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const WordRef& word = words[i];
      if (!worth_checking(context, word) || uses[fold_case(word.text)] >= 2) continue;
      if (name_particle(context.target, words, i)) continue;
      const bool capital = starts_upper(word.text);
      if (capital && (!word.initial || mid_sentence[word.text] > 0)) {
        report_if_slip(context, spellers, word, sink);  // a name, unless a known word mistyped
        continue;
      }
      if (known(context, spellers, word)) continue;
      Finding finding = make_finding(word.span, "unknown word '" + std::string(word.text) + "'");
      if (suggested++ < kMaxSuggested) {
        for (std::string& suggestion : speller->suggest(normalised(word.text), 3, kSuggestBudget)) {
          finding.suggestions.push_back({std::move(suggestion), false});
        }
      }
      // A known word one edit away makes a typo likely; otherwise the word may be rare,
      // foreign or a name, and only worth a note.
      if (capital || !one_edit_from_suggestion(normalised(word.text), finding.suggestions)) {
        finding.severity = Severity::info;
      }
      sink.report(std::move(finding));
    }
  }

 private:
  void report_if_slip(const CheckContext& context, const std::vector<const Speller*>& spellers,
                      const WordRef& word, FindingSink& sink) const {
    if (known(context, spellers, word)) return;
    const auto correct = [&](const std::string& text) {
      return std::any_of(spellers.begin(), spellers.end(),
                         [&](const Speller* speller) { return speller->correct(text); });
    };
    const std::optional<std::string> intended = slip_of_known_word(normalised(word.text), correct);
    if (!intended) return;
    Finding finding =
        make_finding(word.span, "'" + std::string(word.text) + "' looks like a misspelling of '" +
                                    *intended + "'");
    finding.suggestions.push_back({*intended, false});
    sink.report(std::move(finding));
  }

  static std::vector<const Speller*> spellers_for(const CheckContext& context,
                                                  const Speller* main) {
    std::vector<const Speller*> spellers{main};
    for (const std::string& name :
         context.resources.list(context.target_profile.code, "spell_alternates")) {
      LanguageProfile alternate;
      alternate.hunspell = name;
      if (const Speller* speller = context.resources.speller(alternate)) {
        spellers.push_back(speller);
      }
    }
    return spellers;
  }

  static bool worth_checking(const CheckContext& context, const WordRef& word) {
    if (code_point_count(word.text) < 3 || has_digit(word.text) || is_all_caps(word.text)) {
      return false;
    }
    if (word.text.find('.') != std::string_view::npos || inner_upper(word.text)) return false;
    if (other_script(word.text, context.target_profile)) return false;
    return !looks_like_address(chunk_around(context.target.text, word.span));
  }

  static bool known(const CheckContext& context, const std::vector<const Speller*>& spellers,
                    const WordRef& word) {
    const auto correct = [&](std::string_view text) {
      return std::any_of(spellers.begin(), spellers.end(),
                         [&](const Speller* speller) { return speller->correct(text); });
    };
    const std::string text = normalised(word.text);
    if (correct(text)) return true;
    // "bzw.", "usw.": the dictionary lists abbreviations with their full stop.
    if (context.target.text.substr(word.span.end).starts_with('.') && correct(text + ".")) {
      return true;
    }
    if (known_parts(text, correct)) return true;
    const auto& prefixes = context.resources.list(context.target_profile.code, "word_prefixes");
    if (known_after_prefix(text, prefixes, correct)) return true;
    if (bound_to_number(context.target.text, word.span) &&
        std::any_of(prefixes.begin(), prefixes.end(),
                    [&](const std::string& prefix) { return correct(prefix + text); })) {
      return true;  // "72-stöckigen" as "mehrstöckigen"
    }
    const std::string_view compound = compound_around(context.target.text, word.span);
    if (compound.size() == word.text.size()) return false;
    std::string closed(compound);
    std::erase(closed, '-');
    // Short parts of compounds are prefixes ("co-", "ex-") the dictionary may know only joined.
    return correct(compound) || correct(closed) || code_point_count(text) <= 3;
  }

  // "l'homme", "dell'Europa": every part around an apostrophe is a word or a name.
  template <typename Correct>
  static bool known_parts(const std::string& text, const Correct& correct) {
    if (text.find('\'') == std::string::npos) return false;
    std::size_t begin = 0;
    while (begin <= text.size()) {
      const std::size_t end = std::min(text.find('\'', begin), text.size());
      const std::string_view part = std::string_view(text).substr(begin, end - begin);
      if (code_point_count(part) > 1 && !starts_upper(part) && !correct(part)) return false;
      begin = end + 1;
    }
    return true;
  }
};

}  // namespace

const Checker& spell_unknown() {
  static const SpellUnknown checker;
  return checker;
}

}  // namespace mtlint::checkers
