#include "length_model.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace mtlint::align {

double minus_log_erfc(double x) {
  // erfc underflows near x = 26; the asymptotic form is exact to 1e-3 well before that.
  if (x < 20.0) return -std::log(std::erfc(x));
  return x * x + std::log(x * std::sqrt(std::numbers::pi));
}

double LengthModel::delta(double source_chars, double target_chars) const {
  const double expected = source_chars * ratio;
  // Symmetric in the two sides, so that 1-0 and 0-1 beads are judged alike.
  const double spread = std::max((expected + target_chars) / 2.0, 1.0) * variance_per_char;
  return std::abs(target_chars - expected) / std::sqrt(spread);
}

double LengthModel::probability(double source_chars, double target_chars) const {
  return std::erfc(delta(source_chars, target_chars) / std::numbers::sqrt2);
}

double LengthModel::cost(double source_chars, double target_chars) const {
  return minus_log_erfc(delta(source_chars, target_chars) / std::numbers::sqrt2);
}

std::size_t length_in_chars(std::string_view sentence) {
  std::size_t chars = 0;
  int32_t at = 0;
  const auto size = static_cast<int32_t>(sentence.size());
  while (at < size) {
    UChar32 c = 0;
    U8_NEXT(sentence.data(), at, size, c);
    if (!u_isUWhiteSpace(c)) ++chars;
  }
  return chars;
}

namespace {

std::size_t digits_in(std::string_view sentence) {
  return static_cast<std::size_t>(
      std::count_if(sentence.begin(), sentence.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

}  // namespace

std::size_t translated_length_in_chars(std::string_view sentence) {
  std::size_t chars = length_in_chars(sentence);
  chars -= digits_in(sentence);
  std::size_t at = 0;
  while (at < sentence.size()) {
    const std::size_t begin = std::min(
        {sentence.find("http://", at), sentence.find("https://", at), sentence.find("www.", at)});
    if (begin == std::string_view::npos) break;
    // The address runs over printable ASCII; CJK text may follow it without a space.
    std::size_t end = begin;
    while (end < sentence.size() && sentence[end] > ' ' &&
           static_cast<unsigned char>(sentence[end]) < 0x80) {
      ++end;
    }
    chars -= std::min(chars, end - begin - digits_in(sentence.substr(begin, end - begin)));
    at = end;
  }
  return chars;
}

}  // namespace mtlint::align
