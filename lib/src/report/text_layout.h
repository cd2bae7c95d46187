// Terminal layout of a context line: how wide a code point is on screen, and the caret line
// that underlines a span. Shared by the writers that print source excerpts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mtlint {

// Columns a code point takes in a terminal: 2 for East Asian wide and fullwidth, 0 for
// combining marks and invisible format characters, 1 otherwise (invalid input included).
[[nodiscard]] int display_width(char32_t code_point);

// The line printed under a context line: `prefix` moves the caret to the span (spaces, and
// the context's own tabs so that tab stops line up), `marker` is "^~~~" over the span's width.
struct CaretLine {
  std::string prefix;
  std::string marker;
};

// `context_column` is the 1-based code-point column of the span in `context`; `span_text` is
// the span's original text, of which only the part before a line break is underlined.
[[nodiscard]] CaretLine caret_line(std::string_view context, std::size_t context_column,
                                   std::string_view span_text);

// Number of code points in UTF-8 `text` (an invalid sequence counts as one).
[[nodiscard]] std::size_t count_code_points(std::string_view text);

}  // namespace mtlint
