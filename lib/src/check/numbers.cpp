// Numbers of the bilingual checkers: digits with locale separators and scale words, and small
// numbers written as words.
#include <algorithm>
#include <cmath>
#include <cstdlib>

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

}  // namespace

NumberReader::NumberReader(const Resources& resources, const LanguageProfile& profile)
    : scales_(parse(resources.list(profile.code, "scale_words"))),
      words_(parse(resources.list(profile.code, "numerals"))),
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
    out.push_back({fold_case(word), value});
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
    Number number{{at, end}, {}, {}, false};
    std::size_t after = end;
    const double scale = scale_after(text.substr(0, span.end), after);
    for (const std::string& key : align::number_keys(text.substr(at, end - at))) {
      const double value = std::strtod(key.c_str(), nullptr);
      number.unscaled.push_back(value);
      number.values.push_back(value * scale);
    }
    add_twelve_hour(text.substr(0, span.end), end, number);
    out.push_back(std::move(number));
    at = end;
  }
}

void NumberReader::read_words(const Document& document, ByteSpan span,
                              std::vector<Number>& out) const {
  if (words_.empty()) return;
  for (const Word& word : words_in(document, span)) {
    const std::string folded = fold_case(document.view(word.span));
    for (const Entry& entry : words_) {
      // Without spaces between words a dictionary word may hold the numeral ("三个").
      const bool hit = spaces_between_words_ ? folded == entry.word
                                             : folded.find(entry.word) != std::string::npos;
      if (!hit) continue;
      std::size_t after = word.span.end;
      const double scale = scale_after(document.text.substr(0, span.end), after);
      out.push_back({word.span, {entry.value * scale}, {entry.value}, true});
      break;
    }
  }
}

std::vector<Number> NumberReader::read(const Document& document, ByteSpan span) const {
  std::vector<Number> out;
  read_digits(document, span, out);
  read_words(document, span, out);
  return out;
}

bool has_counterpart(const Number& number, const std::vector<Number>& others) {
  for (const Number& other : others) {
    if (any_shared(number.values, other.values)) return true;
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
