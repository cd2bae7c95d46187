#include "segment/paragraphs.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <optional>

namespace mtlint {
namespace {

bool is_space_at(std::string_view text, std::size_t at, std::size_t& next) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  next = static_cast<std::size_t>(i);
  return c >= 0 && u_isUWhiteSpace(c);
}

bool is_blank(std::string_view text, ByteSpan line) { return trim_space(text, line).empty(); }

// The last code point of `line` after trailing closing quotes and brackets.
bool ends_sentence(std::string_view text, ByteSpan line, std::string_view sentence_end) {
  const ByteSpan trimmed = trim_space(text, line);
  auto end = static_cast<int32_t>(trimmed.end);
  const auto begin = static_cast<int32_t>(trimmed.begin);
  while (end > begin) {
    int32_t start = end;
    UChar32 c = 0;
    U8_PREV(text.data(), begin, start, c);
    const auto type = static_cast<UCharCategory>(u_charType(c));
    if (type == U_FINAL_PUNCTUATION || type == U_END_PUNCTUATION || c == '"' || c == '\'') {
      end = start;
      continue;
    }
    const std::string_view last =
        text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    return sentence_end.find(last) != std::string_view::npos;
  }
  return false;
}

}  // namespace

ByteSpan trim_space(std::string_view text, ByteSpan span) {
  std::size_t begin = span.begin;
  std::size_t next = 0;
  while (begin < span.end && is_space_at(text, begin, next)) begin = next;
  std::size_t end = span.end;
  while (end > begin) {
    auto start = static_cast<int32_t>(end);
    UChar32 c = 0;
    U8_PREV(text.data(), static_cast<int32_t>(begin), start, c);
    if (c < 0 || !u_isUWhiteSpace(c)) break;
    end = static_cast<std::size_t>(start);
  }
  return {begin, end};
}

std::vector<ByteSpan> find_lines(std::string_view text) {
  std::vector<ByteSpan> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t newline = text.find('\n', begin);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    lines.push_back({begin, end});
    begin = end + 1;
  }
  return lines;
}

std::vector<ByteSpan> find_paragraphs(std::string_view text, std::string_view sentence_end) {
  std::vector<ByteSpan> paragraphs;
  std::optional<ByteSpan> open;
  auto close = [&] {
    if (open) paragraphs.push_back(trim_space(text, *open));
    open.reset();
  };
  for (const ByteSpan line : find_lines(text)) {
    if (is_blank(text, line)) {
      close();
      continue;
    }
    if (open) {
      open->end = line.end;
    } else {
      open = line;
    }
    if (ends_sentence(text, line, sentence_end)) close();
  }
  close();
  return paragraphs;
}

}  // namespace mtlint
