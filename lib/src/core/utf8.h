// Small UTF-8 helpers shared by the stages. They work on bytes and never allocate on the
// success path, so they are cheap enough for 50 MB inputs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mtlint::utf8 {

// Where the first invalid sequence starts and why it is invalid, e.g.
// "invalid UTF-8 (byte 0xC3 not followed by a continuation byte)".
struct Invalid {
  std::size_t offset = 0;
  std::string reason;
};

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
[[nodiscard]] std::optional<Invalid> validate(std::string_view bytes);

struct Decoded {
  char32_t code_point = 0;
  std::size_t length = 0;  // bytes consumed; 1 for an invalid byte (decoded as U+FFFD)
};

// Decodes the code point starting at byte `pos` (< text.size()). Never reads past the end.
[[nodiscard]] Decoded decode(std::string_view text, std::size_t pos);

[[nodiscard]] constexpr bool is_continuation(unsigned char byte) { return (byte & 0xC0U) == 0x80U; }

// Code points in valid UTF-8 (counts the bytes that are not continuation bytes).
[[nodiscard]] std::size_t count_code_points(std::string_view text);

// The largest code-point boundary <= pos (pos is clamped to text.size()).
[[nodiscard]] std::size_t floor_boundary(std::string_view text, std::size_t pos);

// At most `max_bytes` bytes of `text`, cut at a code-point boundary.
[[nodiscard]] std::string_view truncate(std::string_view text, std::size_t max_bytes);

}  // namespace mtlint::utf8
