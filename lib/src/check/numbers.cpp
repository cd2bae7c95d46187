// Numbers of the bilingual checkers: digits with locale separators and scale words, and small
// numbers written as words.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check/bilingual.h"
#include "check/text_scan.h"

namespace mtlint::bilingual {
namespace {

bool same_value(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
}

bool any_shared(const std::vector<double>& a, const std::vector<double>& b) {
  return std::any_of(a.begin(), a.end(), [&](double x) {
    return std::any_of(b.begin(), b.end(), [&](double y) { return same_value(x, y); });
  });
}

// Digits glued to letters belong to a name: "Covid-19", "G7".
bool part_of_name(std::string_view text, std::size_t at) {
  CodePoint before = code_point_before(text, at);
  if (before.value == '-') before = code_point_before(text, before.begin);
  // Only cased scripts glue names to digits; Chinese writes 亏损15亿 without spaces.
  return is_letter(before.value) && u_hasBinaryProperty(before.value, UCHAR_CASED);
}

// "00" of "24:00" and similar carry no quantity to compare.
bool is_zero(std::string_view digits) {
  return digits.find_first_not_of("0.,") == std::string_view::npos;
}

// Numeral characters written one after another (Chinese "二十二", "一百", "两千"): a digit
// before a place value (十 10, 百 100, 千 1000) multiplies it and the products add up; digits in
// a row read positionally when one is zero (二零二三). `value_of` gives a character's value, if it
// is a numeral. Each run of numerals in `word` gives one value; a fraction (半) stands alone.
template <typename ValueOf>
std::vector<double> numeral_runs(std::string_view word, const ValueOf& value_of) {
  std::vector<double> out;
  double total = 0;
  double current = 0;
  bool in_run = false;
  const auto flush = [&] {
    if (in_run) out.push_back(total + current);
    total = current = 0;
    in_run = false;
  };
  for (std::size_t at = 0; at < word.size();) {
    const CodePoint cp = code_point_at(word, at);
    const std::optional<double> value = value_of(word.substr(cp.begin, cp.end - cp.begin));
    at = cp.end;
    if (!value || *value != std::floor(*value)) {
      flush();
      if (value) out.push_back(*value);
      continue;
    }
    const bool place = *value >= 10 && *value <= 1000 && std::fmod(*value, 10) == 0;
    if (place) {
      total += (current > 0 ? current : 1) * *value;
      current = 0;
    } else if (total == 0 && current > 0 && current < 10 && *value > 0) {
      // Two digits in a row without a place value are an estimate (一两 "one or two", 六七千
      // "six or seven thousand"): each stands alone.
      out.push_back(current);
      current = *value;
    } else {
      current = current * 10 + *value;
    }
    in_run = true;
  }
  flush();
  return out;
}

// A Roman numeral in canonical form (XX, XIV, MCMLXXX), as centuries and ordinals are written
// in many languages ("XX wiek", "siglo XV"); the lone "I", a pronoun as often, is not read.
std::optional<double> roman_value(std::string_view word) {
  constexpr std::string_view kLetters = "IVXLCDM";
  constexpr int kValues[] = {1, 5, 10, 50, 100, 500, 1000};
  if (word.size() < 2 && word != "V" && word != "X") return std::nullopt;
  if (word.empty() || word.size() > 9 ||
      word.find_first_not_of(kLetters) != std::string_view::npos) {
    return std::nullopt;
  }
  int total = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const int value = kValues[kLetters.find(word[i])];
    const int next = i + 1 < word.size() ? kValues[kLetters.find(word[i + 1])] : 0;
    total += value < next ? -value : value;
  }
  // Only the canonical spelling of the value is a numeral ("IIII", "VX" and "DIC" are not).
  constexpr std::pair<int, std::string_view> kParts[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string canonical;
  for (int rest = total; const auto& [value, letters] : kParts) {
    for (; rest >= value; rest -= value) canonical += letters;
  }
  if (canonical != word) return std::nullopt;
  return total;
}

// Longest first, so that "er-Jahren" wins over "er".
std::vector<std::string> longest_first(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return words;
}

// Whether `text` at `at` starts with one of `words` that is not followed by a letter.
bool word_at(std::string_view text, std::size_t at, const std::vector<std::string>& words,
             std::size_t& end) {
  for (const std::string& word : words) {
    if (text.substr(at, word.size()) != word) continue;
    if (is_letter(code_point_at(text, at + word.size()).value) &&
        is_letter(code_point_at(word, 0).value)) {
      continue;
    }
    end = at + word.size();
    return true;
  }
  return false;
}

}  // namespace

NumberReader::NumberReader(const Resources& resources, const LanguageProfile& profile)
    : scales_(parse(resources.list(profile.code, "scale_words"))),
      words_(parse(resources.list(profile.code, "numerals"))),
      decade_suffixes_(longest_first(resources.list(profile.code, "decade_suffixes"))),
      range_words_(longest_first(resources.list(profile.code, "range_words"))),
      roman_suffixes_(longest_first(resources.list(profile.code, "roman_ordinal_suffixes"))),
      units_(parse_units(resources.list(profile.code, "units"))),
      spaces_between_words_(profile.spaces_between_words) {}

std::vector<NumberReader::Entry> NumberReader::parse(const std::vector<std::string>& lines) {
  std::vector<Entry> out;
  for (const std::string& line : lines) {
    const std::size_t space = line.find_last_of(" \t");
    if (space == std::string::npos) continue;
    char* end = nullptr;
    const double value = std::strtod(line.c_str() + space + 1, &end);
    if (end == line.c_str() + space + 1) continue;
    std::string word = line.substr(0, line.find_first_of(" \t"));
    std::string folded = fold_case(word);
    // A capitalised entry is a numeral only when written so ("May" the month, not "may").
    const bool capitalised = folded != word;
    out.push_back({std::move(folded), std::move(word), value, capitalised});
  }
  // Longest first, so that "millones" wins over "mil".
  std::sort(out.begin(), out.end(),
            [](const Entry& a, const Entry& b) { return a.word.size() > b.word.size(); });
  return out;
}

// The scale word right after a number (after at most one space), or 1; moves `at` past it.
double NumberReader::scale_after(std::string_view text, std::size_t& at) const {
  std::size_t probe = at;
  const CodePoint space = code_point_at(text, probe);
  if (is_inline_space(space.value)) probe = space.end;
  const std::string folded = fold_case(text.substr(probe, 32));
  for (const Entry& entry : scales_) {
    if (!folded.starts_with(entry.word)) continue;
    // A short entry must be a whole word ("bn", not "bnd"); stems of 3+ letters may inflect.
    const UChar32 next = code_point_at(folded, entry.word.size()).value;
    if (is_letter(next) && letter_count(entry.word) < 3 && spaces_between_words_) continue;
    at = probe + entry.word.size();
    return entry.value;
  }
  return 1.0;
}

std::vector<NumberReader::Unit> NumberReader::parse_units(const std::vector<std::string>& lines) {
  std::vector<Unit> out;
  for (const std::string& line : lines) {
    const std::size_t first = line.find(' ');
    const std::size_t second = line.find(' ', first == std::string::npos ? first : first + 1);
    if (second == std::string::npos) continue;
    char* end = nullptr;
    const double factor = std::strtod(line.c_str() + first + 1, &end);
    if (end == line.c_str() + first + 1) continue;
    out.push_back({fold_case(line.substr(0, first)), factor, line.substr(second + 1)});
  }
  std::sort(out.begin(), out.end(),
            [](const Unit& a, const Unit& b) { return a.word.size() > b.word.size(); });
  return out;
}

void NumberReader::read_unit(std::string_view text, std::size_t at, Number& number) const {
  const CodePoint gap = code_point_at(text, at);
  if (is_inline_space(gap.value) || gap.value == '-') at = gap.end;
  const std::string folded = fold_case(text.substr(at, 32));
  for (const Unit& unit : units_) {
    if (!folded.starts_with(unit.word)) continue;
    // A unit is a whole word ("m", not "mit"; "feet", not "feeting").
    if (is_letter(code_point_at(folded, unit.word.size()).value) && spaces_between_words_) {
      continue;
    }
    number.unit_factor = unit.factor;
    number.dimension = unit.dimension;
    return;
  }
}

namespace {

// The hour of a clock time on the 24-hour dial ("23:35") may be written on the 12-hour one
// ("11:35 pm").
void add_twelve_hour(std::string_view text, std::size_t end, Number& number) {
  const bool clock =
      end + 2 < text.size() && text[end] == ':' &&
      u_isdigit(static_cast<unsigned char>(text[end + 1])) &&
      u_isdigit(static_cast<unsigned char>(text[end + 2])) &&
      (end + 3 == text.size() || !u_isdigit(static_cast<unsigned char>(text[end + 3])));
  if (!clock || number.unscaled.size() != 1) return;
  const double hour = number.unscaled.front();
  if (hour < 13 || hour > 23) return;
  number.values.push_back(hour - 12);
  number.unscaled.push_back(hour - 12);
}

}  // namespace

// "12 to 14 million", "180亿至210亿": the first number of a range shares the scale word of the
// second.
void NumberReader::add_range_scale(std::string_view text, std::size_t end, Number& number) const {
  std::size_t at = end;
  if (is_inline_space(code_point_at(text, at).value)) at = code_point_at(text, at).end;
  std::size_t after_word = at;
  if (!word_at(text, at, range_words_, after_word)) return;
  at = after_word;
  if (is_inline_space(code_point_at(text, at).value)) at = code_point_at(text, at).end;
  if (at >= text.size() || !u_isdigit(code_point_at(text, at).value)) return;
  std::size_t after = align::number_end(text, at);
  const double scale = scale_after(text, after);
  if (scale == 1.0) return;
  const std::size_t unscaled = number.unscaled.size();
  for (std::size_t k = 0; k < unscaled; ++k) number.values.push_back(number.unscaled[k] * scale);
}

// A decade ("the 1980s", "80年代", "in den 90ern") is written with two digits or four: each form
// stands for the other.
void NumberReader::add_decade(std::string_view text, std::size_t end, Number& number) const {
  std::size_t after = end;
  if (number.unscaled.size() != 1 || !word_at(text, end, decade_suffixes_, after)) return;
  const double value = number.unscaled.front();
  if (std::fmod(value, 10) != 0) return;
  std::vector<double> forms;
  if (value < 100) forms = {1900 + value, 2000 + value};
  if (value >= 1000 && value < 2100) forms = {std::fmod(value, 100)};
  for (const double form : forms) {
    number.values.push_back(form);
    number.unscaled.push_back(form);
  }
}

void NumberReader::read_digits(const Document& document, ByteSpan span,
                               std::vector<Number>& out) const {
  const std::string_view text = document.text;
  std::size_t at = span.begin;
  while (at < span.end) {
    const CodePoint cp = code_point_at(text, at);
    if (!u_isdigit(cp.value)) {
      at = cp.end;
      continue;
    }
    const std::size_t end = std::min(align::number_end(text, at), span.end);
    if (part_of_name(text, at) || is_zero(text.substr(at, end - at))) {
      at = end;
      continue;
    }
    Number number{{at, end}, {}, {}, false, 1.0, {}};
    std::size_t after = end;
    const double scale = scale_after(text.substr(0, span.end), after);
    for (const std::string& key : align::number_keys(text.substr(at, end - at))) {
      const double value = std::strtod(key.c_str(), nullptr);
      number.unscaled.push_back(value);
      number.values.push_back(value * scale);
    }
    add_twelve_hour(text.substr(0, span.end), end, number);
    if (scale == 1.0) add_range_scale(text.substr(0, span.end), end, number);
    add_decade(text.substr(0, span.end), end, number);
    read_unit(text.substr(0, span.end), after, number);
    out.push_back(std::move(number));
    at = end;
  }
}

std::optional<double> NumberReader::word_value(std::string_view text) const {
  const std::string folded = fold_case(text);
  for (const Entry& entry : words_) {
    if (entry.capitalised ? text == entry.written : folded == entry.word) return entry.value;
  }
  return std::nullopt;
}

void NumberReader::read_words(const Document& document, ByteSpan span,
                              std::vector<Number>& out) const {
  // A view, not a copy of the text up to the span for every word.
  const std::string_view until_end = std::string_view(document.text).substr(0, span.end);
  for (const Word& word : words_in(document, span)) {
    const std::string_view text = document.view(word.span);
    std::optional<double> whole = roman_value(text);
    if (!whole) whole = roman_with_suffix(text);
    if (!whole) whole = word_value(text);
    if (!whole) continue;
    std::size_t after = word.span.end;
    const double scale = scale_after(until_end, after);
    Number number{word.span, {*whole * scale}, {*whole}, true, 1.0, {}};
    read_unit(until_end, after, number);
    out.push_back(std::move(number));
  }
}

std::optional<double> NumberReader::roman_with_suffix(std::string_view word) const {
  for (const std::string& suffix : roman_suffixes_) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      return roman_value(word.substr(0, word.size() - suffix.size()));
    }
  }
  return std::nullopt;
}

// Without spaces between words, numerals compose across the word breaks a dictionary puts
// between them (第二 | 十届 is 第二十届, 20th) and a scale word may follow the run (十万, 100000).
void NumberReader::read_numeral_runs(const Document& document, ByteSpan span,
                                     std::vector<Number>& out) const {
  const std::string_view text = std::string_view(document.text).substr(0, span.end);
  // Numeral characters have no case: compared as written, without folding every character.
  const auto value_of = [&](std::string_view character) -> std::optional<double> {
    for (const Entry& entry : words_) {
      if (character == entry.written) return entry.value;
    }
    return std::nullopt;
  };
  std::size_t at = span.begin;
  while (at < span.end) {
    std::size_t end = at;
    for (CodePoint cp = code_point_at(text, end);
         end < span.end && value_of(text.substr(cp.begin, cp.end - cp.begin));
         cp = code_point_at(text, end)) {
      end = cp.end;
    }
    if (end == at) {
      at = code_point_at(text, at).end;
      continue;
    }
    std::size_t after = end;
    const double scale = scale_after(text, after);
    for (const double value : numeral_runs(text.substr(at, end - at), value_of)) {
      Number number{{at, end}, {value * scale}, {value}, true, 1.0, {}};
      read_unit(text, after, number);
      out.push_back(std::move(number));
    }
    at = end;
  }
}

std::vector<Number> NumberReader::read(const Document& document, ByteSpan span) const {
  std::vector<Number> out;
  read_digits(document, span, out);
  if (spaces_between_words_) {
    read_words(document, span, out);
  } else {
    read_numeral_runs(document, span, out);
  }
  return out;
}

namespace {

constexpr double kMeasureTolerance = 0.1;

// Two measures in different units of one dimension ("200 feet", "60 Meter"): translators
// convert and round, so within a tenth of each other.
bool same_measure(const Number& a, const Number& b) {
  if (a.dimension.empty() || a.dimension != b.dimension || a.unit_factor == b.unit_factor) {
    return false;
  }
  return std::any_of(a.values.begin(), a.values.end(), [&](double x) {
    return std::any_of(b.values.begin(), b.values.end(), [&](double y) {
      const double in_base = x * a.unit_factor;
      const double other = y * b.unit_factor;
      return std::fabs(in_base - other) <= kMeasureTolerance * std::max(in_base, other);
    });
  });
}

}  // namespace

bool has_counterpart(const Number& number, const std::vector<Number>& others) {
  for (const Number& other : others) {
    if (any_shared(number.values, other.values) || same_measure(number, other)) return true;
  }
  // A scale word no list knows leaves one side unscaled: compare the bare numbers then.
  for (const Number& other : others) {
    const bool one_unscaled =
        any_shared(number.values, number.unscaled) || any_shared(other.values, other.unscaled);
    if (one_unscaled && any_shared(number.unscaled, other.unscaled)) return true;
  }
  return false;
}

}  // namespace mtlint::bilingual
