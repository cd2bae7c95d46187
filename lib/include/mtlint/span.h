// Byte ranges over a Document's UTF-8 text. Checkers speak only in these; the report layer
// turns them into code-point offsets, lines and columns of the original input.
#pragma once

#include <cstddef>
#include <string_view>

namespace mtlint {

struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;  // exclusive

  [[nodiscard]] std::size_t size() const { return end - begin; }
  [[nodiscard]] bool empty() const { return begin == end; }
  [[nodiscard]] bool overlaps(ByteSpan other) const {
    return begin < other.end && other.begin < end;
  }
  [[nodiscard]] std::string_view in(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  friend bool operator==(ByteSpan, ByteSpan) = default;
  friend auto operator<=>(ByteSpan, ByteSpan) = default;
};

}  // namespace mtlint
