// Gale-Church length model: how likely a target length is given the source length, with the
// character ratio estimated from the document pair itself.
#pragma once

#include <string_view>

namespace mtlint::align {

struct LengthModel {
  double ratio = 1.0;  // target characters per source character
  double variance_per_char = 6.8;

  // Two-sided tail probability of the length difference, in (0, 1], and its -log.
  [[nodiscard]] double probability(double source_chars, double target_chars) const;
  [[nodiscard]] double cost(double source_chars, double target_chars) const;

 private:
  [[nodiscard]] double delta(double source_chars, double target_chars) const;
};

// Characters that count for length: code points other than white space.
[[nodiscard]] std::size_t length_in_chars(std::string_view sentence);

// The same without web addresses ("https://…", "www.…") and digits: they are copied, not
// translated, so they do not grow with the language pair's length ratio (a URL in a Chinese
// sentence would otherwise weigh as much as three times its length in English, and
// "2024年…增长4.6%" would expect twelve more English characters for its eight digits).
[[nodiscard]] std::size_t translated_length_in_chars(std::string_view sentence);

// -log(erfc(x)) for x >= 0, without underflow for large x.
[[nodiscard]] double minus_log_erfc(double x);

}  // namespace mtlint::align
