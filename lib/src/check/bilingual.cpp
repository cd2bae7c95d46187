#include "check/bilingual.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "check/text_scan.h"

namespace mtlint::bilingual {
namespace {

constexpr std::size_t kMinNameLetters = 4;  // shorter names and acronyms translate (EU ↔ ЕС)

bool opens_quote(UChar32 c) {
  return c == ':' || c == '(' ||
         (u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK) && c != 0x27 && c != 0x2019);
}

bool is_vowel(char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; }

// A word's letters without vowels, c/k/q, b/v/w and s/z merged, dz as j, x as ks, ph as f, the h of
// kh dropped, soft g (before e, i, y) as j, w after a vowel a vowel: Kiev ~ Kyiv, Moskva ~ Moscow,
// Париже ~ Paris, Arabia ~ Аравия, Alexander ~ Александр, Germany ~ जर्मनी, Snowden ~ स्नोडन.
std::string skeleton(std::string_view key) {
  std::string out;
  const auto add = [&out](char c) {
    if (out.empty() || out.back() != c) out.push_back(c);
  };
  for (std::size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    const char next = i + 1 < key.size() ? key[i + 1] : '\0';
    const bool soft = next == 'e' || next == 'i' || next == 'y';
    if (c == 'w' && i > 0 && is_vowel(key[i - 1])) continue;
    if (c == 'g' && soft) c = 'j';
    if (std::string_view("aeiouyjh").find(c) != std::string_view::npos) continue;
    if (c == 'k' && next == 'h') continue;  // the h is dropped next
    if (c == 'd' && next == 'z') {          // Джордан as Dzordan: the j of Jordan
      ++i;
      continue;
    }
    if (c == 'p' && next == 'h') {
      c = 'f';
      ++i;
    }
    if (c == 'x') add('k');
    if (c == 'c' || c == 'q') c = 'k';
    if (c == 'w' || c == 'b') c = 'v';
    if (c == 'z' || c == 'x') c = 's';
    add(c);
  }
  return out;
}

}  // namespace

ByteSpan sentences_span(const Document& document, std::size_t begin, std::size_t end) {
  if (begin < end && end <= document.sentences.size()) {
    return {document.sentences[begin].span.begin, document.sentences[end - 1].span.end};
  }
  if (begin > 0 && begin <= document.sentences.size()) {
    const std::size_t at = document.sentences[begin - 1].span.end;
    return {at, at};
  }
  return {0, 0};
}

ByteSpan source_span(const CheckContext& context, const Bead& bead) {
  return sentences_span(*context.source, bead.source_begin, bead.source_end);
}

ByteSpan target_span(const CheckContext& context, const Bead& bead) {
  return sentences_span(context.target, bead.target_begin, bead.target_end);
}

ByteSpan source_around(const CheckContext& context, std::size_t index) {
  const auto& beads = context.alignment->beads;
  const Bead& first = beads[index > 0 ? index - 1 : index];
  const Bead& last = beads[std::min(index + 1, beads.size() - 1)];
  return sentences_span(*context.source, first.source_begin, last.source_end);
}

ByteSpan target_around(const CheckContext& context, std::size_t index) {
  const auto& beads = context.alignment->beads;
  const Bead& first = beads[index > 0 ? index - 1 : index];
  const Bead& last = beads[std::min(index + 1, beads.size() - 1)];
  return sentences_span(context.target, first.target_begin, last.target_end);
}

bool beside_opposite_gap(const Alignment& alignment, std::size_t index,
                         const Furniture& furniture) {
  const auto& beads = alignment.beads;
  const bool omission = beads[index].target_size() == 0;
  const auto opposite = [&](std::size_t k) {
    const bool gap = omission ? beads[k].source_size() == 0 : beads[k].target_size() == 0;
    return gap && !furniture.bead(beads[k]);
  };
  return (index > 0 && opposite(index - 1)) || (index + 1 < beads.size() && opposite(index + 1));
}

std::vector<Word> words_in(const Document& document, ByteSpan span) {
  std::vector<Word> out;
  for (const Sentence& sentence : document.sentences) {
    if (sentence.span.end <= span.begin || sentence.span.begin >= span.end) continue;
    bool initial = true;
    for (std::size_t t = sentence.first_token; t < sentence.end_token; ++t) {
      const Token& token = document.tokens[t];
      if (token.kind == TokenKind::punct) {
        if (opens_quote(code_point_at(document.text, token.span.begin).value)) initial = true;
      } else if (token.kind == TokenKind::word || token.kind == TokenKind::ideograph) {
        if (token.span.begin >= span.begin && token.span.end <= span.end) {
          out.push_back({token.span, initial});
        }
        initial = false;
      } else if (token.kind == TokenKind::number) {
        initial = false;
      }
    }
  }
  return out;
}

std::size_t letter_count(std::string_view word) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < word.size();) {
    const CodePoint cp = code_point_at(word, at);
    if (is_letter(cp.value)) ++count;
    at = cp.end;
  }
  return count;
}

bool starts_upper(std::string_view word) { return is_upper(code_point_at(word, 0).value); }

bool all_upper(std::string_view word) {
  bool any = false;
  for (std::size_t at = 0; at < word.size();) {
    const CodePoint cp = code_point_at(word, at);
    if (is_lower(cp.value)) return false;
    any = any || is_upper(cp.value);
    at = cp.end;
  }
  return any;
}

UScriptCode script_of(std::string_view word) {
  for (std::size_t at = 0; at < word.size();) {
    const CodePoint cp = code_point_at(word, at);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(cp.value, &status);
    if (U_SUCCESS(status) && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
      // Kana and Han mix in Japanese; count them as one family.
      return script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ? USCRIPT_HAN : script;
    }
    at = cp.end;
  }
  return USCRIPT_COMMON;
}

UScriptCode profile_script(const LanguageProfile& profile) {
  const int32_t code = u_getPropertyValueEnum(UCHAR_SCRIPT, profile.script.c_str());
  if (code < 0) return USCRIPT_LATIN;
  const auto script = static_cast<UScriptCode>(code);
  return script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
                 script == USCRIPT_SIMPLIFIED_HAN || script == USCRIPT_TRADITIONAL_HAN ||
                 script == USCRIPT_JAPANESE
             ? USCRIPT_HAN
             : script;
}

bool NameMatcher::keys_match(std::string_view a, std::string_view b, bool weak) {
  if (a.size() < kMinNameLetters || b.size() < 3) return a == b;
  // A word of three letters meets a name only as its start (Rom, Rome): India is not "and".
  if (b.size() < kMinNameLetters) return a.starts_with(b) && a.size() <= b.size() + 2;
  const std::size_t prefix = std::min<std::size_t>(5, std::min(a.size(), b.size()));
  if (prefix >= kMinNameLetters && a.substr(0, prefix) == b.substr(0, prefix)) return true;
  const std::string sa = skeleton(a);
  const std::string sb = skeleton(b);
  const std::size_t consonants = std::min<std::size_t>(3, std::min(sa.size(), sb.size()));
  if (consonants < 2 || (consonants == 2 && !weak)) return false;
  // Kiev/Kyiv, Катар/Qatar, Filipino/Philippinen, Jordan/Джордан: the first letters agree, both
  // vowels, or both consonants that begin the same skeleton, unless an h was dropped (homes is
  // not Миссисипи).
  const auto consonant_start = [](std::string_view key) {
    return !is_vowel(key.front()) && key.front() != 'h';
  };
  const bool same_start = a.front() == b.front() || (is_vowel(a.front()) && is_vowel(b.front())) ||
                          (consonant_start(a) && consonant_start(b) && sa.front() == sb.front());
  return same_start && sa.substr(0, consonants) == sb.substr(0, consonants);
}

std::string_view without_elision(std::string_view word) {
  for (const std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    const std::size_t at = word.find(apostrophe);
    if (at == std::string_view::npos || at == 0 || at > 4) continue;
    const std::string_view rest = word.substr(at + apostrophe.size());
    if (letter_count(rest) >= 2 && letter_count(word.substr(0, at)) == at) return rest;
  }
  return word;
}

namespace {

// The letters of an acronym of three or more, sorted; empty for any other word.
std::string acronym_letters(std::string_view word) {
  word = without_elision(word);
  if (letter_count(word) < 3 || !all_upper(word)) return {};
  std::string letters = fold_case(word);
  std::sort(letters.begin(), letters.end());
  return letters;
}

}  // namespace

bool NameMatcher::found_in(std::string_view word, const Document& document,
                           const std::vector<Word>& words, bool capitalised_only) {
  const std::string wanted = key(word);
  if (wanted.empty()) return true;  // nothing to compare (no Latin form)
  const std::string letters = acronym_letters(word);
  return std::any_of(words.begin(), words.end(), [&](const Word& other) {
    const std::string_view text = document.view(other.span);
    // Two consonants meet many words (Tennet and "than"): only capitalised ones, for a name.
    const bool weak = !capitalised_only || starts_upper(text);
    return keys_match(wanted, key(text), weak) ||
           (!letters.empty() && letters == acronym_letters(text));
  });
}

bool NameMatcher::inside_compound(std::string_view word, const Document& document,
                                  const std::vector<Word>& words) {
  const std::string wanted = key(word);
  if (wanted.size() < kMinNameLetters) return false;
  const std::string_view start = std::string_view(wanted).substr(0, 5);
  return std::any_of(words.begin(), words.end(), [&](const Word& other) {
    const std::string& whole = key(document.view(other.span));
    // From the third letter on: a prefix of one or two letters is an inflection, not a word.
    return whole.find(start, 2) != std::string::npos;
  });
}

namespace {

// The Dice coefficient of the two keys' letter pairs.
double pair_similarity(std::string_view a, std::string_view b) {
  if (a.size() < 2 || b.size() < 2) return 0;
  std::vector<std::string_view> pairs_a;
  for (std::size_t i = 0; i + 1 < a.size(); ++i) pairs_a.push_back(a.substr(i, 2));
  std::size_t common = 0;
  for (std::size_t i = 0; i + 1 < b.size(); ++i) {
    const auto hit = std::find(pairs_a.begin(), pairs_a.end(), b.substr(i, 2));
    if (hit != pairs_a.end()) {
      ++common;
      *hit = {};
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size() - 2);
}

}  // namespace

bool NameMatcher::resembles(std::string_view word, const Document& document,
                            const std::vector<Word>& words) {
  constexpr double kSimilar = 0.5;
  const std::string wanted = key(word);
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string joined = key(document.view(words[i].span));
    if (pair_similarity(wanted, joined) >= kSimilar) return true;
    if (i + 1 < words.size()) joined += key(document.view(words[i + 1].span));
    if (pair_similarity(wanted, joined) >= kSimilar) return true;
  }
  return false;
}

bool NameMatcher::found_with_exonyms(std::string_view word, const std::vector<std::string>& exonyms,
                                     const Document& document, const std::vector<Word>& words,
                                     bool reverse) {
  if (found_in(word, document, words, !reverse) || inside_compound(word, document, words)) {
    return true;
  }
  const std::string wanted = key(word);
  for (const std::string& line : exonyms) {
    // One per line: the source's form, then its forms in other languages.
    std::vector<std::string_view> forms;
    for (std::size_t at = 0; at < line.size();) {
      const std::size_t end = std::min(line.find_first_of(" \t", at), line.size());
      if (end > at) forms.push_back(std::string_view(line).substr(at, end - at));
      at = end + 1;
    }
    if (forms.size() < 2) continue;
    const auto own = reverse ? forms.begin() + 1 : forms.begin();
    const auto own_end = reverse ? forms.end() : forms.begin() + 1;
    const auto other = reverse ? forms.begin() : forms.begin() + 1;
    const auto other_end = reverse ? forms.begin() + 1 : forms.end();
    const auto is_wanted = [&](std::string_view form) { return keys_match(key(form), wanted); };
    const auto occurs = [&](std::string_view form) {
      return found_in(form, document, words) || inside_compound(form, document, words);
    };
    if (std::any_of(own, own_end, is_wanted) && std::any_of(other, other_end, occurs)) return true;
  }
  return false;
}

// The word right before `word` in its sentence, folded; empty when there is none.
std::string previous_word(const Document& document, const Word& word) {
  std::size_t at = word.span.begin;
  while (at > 0 && is_inline_space(code_point_before(document.text, at).value)) {
    at = code_point_before(document.text, at).begin;
  }
  std::size_t begin = at;
  while (begin > 0 && is_letter(code_point_before(document.text, begin).value)) {
    begin = code_point_before(document.text, begin).begin;
  }
  return fold_case(std::string_view(document.text).substr(begin, at - begin));
}

bool known_only_capitalised(const CheckContext& context, const Document& document,
                            const LanguageProfile& profile, std::string_view text) {
  const LanguageProfile* other =
      &document == context.source ? &context.target_profile : context.source_profile;
  if (other == nullptr || other->code == profile.code) return false;
  // Where every noun is capitalised, every noun is known only capitalised (Fund, Queen).
  const auto& options = context.resources.list(other->code, "entity_options");
  if (std::find(options.begin(), options.end(), "nouns-capitalised") != options.end()) return false;
  const Speller* speller = context.resources.speller(*other);
  return speller != nullptr && speller->correct(text) && !speller->correct(fold_case(text));
}

namespace {

// A Roman numeral of two letters or more, with or without an ordinal ending ("XIV", "XIVe").
bool is_roman_numeral(std::string_view word) {
  const std::size_t numeral = std::min(word.find_first_not_of("IVXLCDM"), word.size());
  const std::string_view ending = word.substr(numeral);
  return numeral >= 2 && ending.size() <= 3 &&
         std::all_of(ending.begin(), ending.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

bool is_name(const CheckContext& context, const Document& document, const LanguageProfile& profile,
             const Word& word) {
  const std::string_view text = document.view(word.span);
  if (profile_script(profile) == USCRIPT_HAN) {
    // In Chinese and Japanese the Latin words are the names that can be compared.
    return script_of(text) == USCRIPT_LATIN && letter_count(text) >= 2;
  }
  if (!starts_upper(text) || letter_count(text) < kMinNameLetters || is_roman_numeral(text)) {
    return false;
  }
  const bool acronym = all_upper(text);
  if (word.initial && !acronym) return false;
  const auto& options = context.resources.list(profile.code, "entity_options");
  const bool nouns_capitalised =
      std::find(options.begin(), options.end(), "nouns-capitalised") != options.end();
  if (nouns_capitalised && !acronym) {
    // An article before it makes a capitalised word a noun ("einen Schubser").
    if (profile.determiners.contains(previous_word(document, word))) return false;
    const Speller* speller = context.resources.speller(profile);
    if (speller == nullptr) return false;
    return !speller->correct(text) || known_only_capitalised(context, document, profile, text);
  }
  return true;
}

namespace {

// `word` without a possessive ending ("NSA's", "Putin’s").
std::string_view without_possessive(std::string_view word) {
  for (const std::string_view ending : {std::string_view("'s"), std::string_view("\u2019s")}) {
    if (word.size() > ending.size() && word.ends_with(ending)) {
      return word.substr(0, word.size() - ending.size());
    }
  }
  return word;
}

// Are all the word's letters of one script? A word mixing them (a Latin M in Meжду) is a typo.
bool one_script(std::string_view word) {
  const UScriptCode first = script_of(word);
  for (std::size_t at = 0; at < word.size();) {
    const CodePoint cp = code_point_at(word, at);
    if (is_letter(cp.value) && script_of(word.substr(at, cp.end - at)) != first) return false;
    at = cp.end;
  }
  return true;
}

}  // namespace

bool is_initial_name(const CheckContext& context, const Document& document,
                     const LanguageProfile& profile, const Word& word) {
  const std::string_view text = without_possessive(document.view(word.span));
  if (!word.initial || !one_script(text) || profile_script(profile) == USCRIPT_HAN ||
      !starts_upper(text) || all_upper(text) || letter_count(text) < kMinNameLetters ||
      is_roman_numeral(text)) {
    return false;
  }
  const Speller* speller = context.resources.speller(profile);
  if (speller == nullptr || speller->correct(fold_case(text))) return false;
  // Where every noun is capitalised, a noun is known only as written (Wolfskinder).
  const auto& options = context.resources.list(profile.code, "entity_options");
  return std::find(options.begin(), options.end(), "nouns-capitalised") == options.end() ||
         !speller->correct(text);
}

}  // namespace mtlint::bilingual

namespace mtlint::bilingual {
namespace {

bool is_link(std::string_view chunk) {
  if (chunk.size() < 3) return false;
  if (chunk.find("://") != std::string_view::npos || chunk.starts_with("www.")) return true;
  const auto at = chunk.find('@');
  if (at == 0) return is_letter(code_point_at(chunk, 1).value) || chunk[1] == '_';
  if (at != std::string_view::npos && chunk.find('.', at) != std::string_view::npos) return true;
  return chunk.front() == '#' && is_letter(code_point_at(chunk, 1).value);
}

bool is_clause_break(UChar32 c) {
  return c == ',' || c == ';' || c == '(' || c == ')' || c == '[' || c == ']' || c == 0x2014 ||
         c == 0x2013 || c == 0xFF0C || c == 0x3001 || c == 0xFF1B || c == 0xFF08 || c == 0xFF09 ||
         (u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK) && c != 0x27 && c != 0x2019);
}

}  // namespace

std::vector<ByteSpan> links_in(std::string_view text, ByteSpan span) {
  std::vector<ByteSpan> out;
  std::size_t at = span.begin;
  while (at < span.end) {
    const std::size_t end = std::min(text.find_first_of(" \t\n", at), span.end);
    std::size_t begin = at;
    std::size_t stop = end;
    while (begin < stop &&
           std::string_view("([{<\"'").find(text[begin]) != std::string_view::npos) {
      ++begin;
    }
    while (stop > begin &&
           std::string_view(".,;:!?)]}>\"'").find(text[stop - 1]) != std::string_view::npos) {
      --stop;
    }
    if (is_link(text.substr(begin, stop - begin))) out.push_back({begin, stop});
    at = end + 1;
  }
  return out;
}

std::vector<ByteSpan> clauses_in(std::string_view text, ByteSpan span) {
  std::vector<ByteSpan> out;
  std::size_t begin = span.begin;
  auto close = [&](std::size_t end) {
    std::size_t b = begin;
    std::size_t e = end;
    while (b < e && (is_inline_space(code_point_at(text, b).value) || text[b] == '\n')) {
      b = code_point_at(text, b).end;
    }
    while (e > b && (is_inline_space(code_point_before(text, e).value) || text[e - 1] == '.')) {
      e = code_point_before(text, e).begin;
    }
    if (e > b) out.push_back({b, e});
  };
  for (std::size_t at = span.begin; at < span.end;) {
    const CodePoint cp = code_point_at(text, at);
    // A comma between digits is a decimal or grouping mark ("1,5"), not a clause break.
    const bool in_number = (cp.value == ',' || cp.value == 0xFF0C) &&
                           u_isdigit(code_point_before(text, cp.begin).value) &&
                           u_isdigit(code_point_at(text, cp.end).value);
    if (is_clause_break(cp.value) && !in_number) {
      close(cp.begin);
      begin = cp.end;
    }
    at = cp.end;
  }
  close(span.end);
  return out;
}

}  // namespace mtlint::bilingual
