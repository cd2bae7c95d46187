// Small code-point helpers that checkers share (ICU's U8 macros underneath).
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <string_view>

namespace mtlint {

struct CodePoint {
  UChar32 value = U_SENTINEL;  // U_SENTINEL (-1) at either end of the text
  std::size_t begin = 0;
  std::size_t end = 0;
  [[nodiscard]] bool valid() const { return value >= 0; }
};

[[nodiscard]] inline CodePoint code_point_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {U_SENTINEL, text.size(), text.size()};
  auto i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return {c, at, static_cast<std::size_t>(i)};
}

[[nodiscard]] inline CodePoint code_point_before(std::string_view text, std::size_t at) {
  if (at == 0) return {U_SENTINEL, 0, 0};
  auto i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_PREV(text.data(), 0, i, c);
  return {c, static_cast<std::size_t>(i), at};
}

// A space or tab or no-break space, not a line break.
[[nodiscard]] inline bool is_inline_space(UChar32 c) {
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

[[nodiscard]] inline bool is_letter(UChar32 c) { return c >= 0 && u_isalpha(c); }
[[nodiscard]] inline bool is_lower(UChar32 c) { return c >= 0 && u_islower(c); }
[[nodiscard]] inline bool is_upper(UChar32 c) { return c >= 0 && (u_isupper(c) || u_istitle(c)); }

// Is the code point `c` one of the UTF-8 characters listed in `set`?
[[nodiscard]] inline bool in_set(std::string_view set, std::string_view character) {
  return !character.empty() && set.find(character) != std::string_view::npos;
}

}  // namespace mtlint
