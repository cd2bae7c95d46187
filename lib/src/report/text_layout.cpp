#include "report/text_layout.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace mtlint {
namespace {

// Decodes the code point at `*pos` and advances past it; invalid bytes decode as U+FFFD so
// that a damaged line still lays out one column per stray byte.
char32_t next_code_point(std::string_view text, std::size_t* pos) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  auto offset = static_cast<int32_t>(*pos);
  UChar32 c = 0;
  U8_NEXT(bytes, offset, length, c);
  *pos = static_cast<std::size_t>(offset);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

std::string_view first_line(std::string_view text) {
  const std::size_t cut = text.find_first_of("\r\n");
  return cut == std::string_view::npos ? text : text.substr(0, cut);
}

}  // namespace

int display_width(char32_t code_point) {
  const auto c = static_cast<UChar32>(code_point);
  constexpr uint32_t kInvisible = U_GC_MN_MASK | U_GC_ME_MASK | U_GC_CF_MASK;
  if ((U_GET_GC_MASK(c) & kInvisible) != 0) {
    return 0;
  }
  const int width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

CaretLine caret_line(std::string_view context, std::size_t context_column,
                     std::string_view span_text) {
  CaretLine line;
  std::size_t pos = 0;
  for (std::size_t column = 1; column < context_column && pos < context.size(); ++column) {
    const char32_t c = next_code_point(context, &pos);
    if (c == U'\t') {
      line.prefix += '\t';
    } else {
      line.prefix.append(static_cast<std::size_t>(display_width(c)), ' ');
    }
  }
  // Underline what the context shows of the span: up to its first line break, and no further
  // than the context, which may have been cut short on a very long line.
  std::size_t remaining = count_code_points(first_line(span_text));
  int width = 0;
  while (remaining > 0 && pos < context.size()) {
    const char32_t c = next_code_point(context, &pos);
    width += c == U'\t' ? 1 : display_width(c);
    --remaining;
  }
  // Built with push_back/append: GCC 12 at -O2 warns falsely (-Wrestrict) on `marker = "^"`.
  line.marker.push_back('^');
  if (width > 1) {
    line.marker.append(static_cast<std::size_t>(width - 1), '~');
  }
  return line;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    next_code_point(text, &pos);
    ++count;
  }
  return count;
}

}  // namespace mtlint
