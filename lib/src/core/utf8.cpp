#include "core/utf8.h"

#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace mtlint::utf8 {
namespace {

enum class Problem {
  none,
  stray_continuation,
  never_valid,
  truncated,
  no_continuation,
  overlong,
  surrogate,
  too_large
};

struct Sequence {
  std::size_t length = 0;
  Problem problem = Problem::none;
};

constexpr std::uint64_t high_bits = 0x8080808080808080ULL;

// The range the second byte must lie in; it is narrower than 0x80..0xBF for the leads that
// could otherwise spell an overlong form, a surrogate or a code point above U+10FFFF.
Sequence second_byte_rule(unsigned char lead, unsigned char second) {
  if (lead == 0xE0 && second < 0xA0) return {0, Problem::overlong};
  if (lead == 0xED && second > 0x9F) return {0, Problem::surrogate};
  if (lead == 0xF0 && second < 0x90) return {0, Problem::overlong};
  if (lead == 0xF4 && second > 0x8F) return {0, Problem::too_large};
  return {};
}

// Checks the sequence at s (avail >= 1 bytes, s[0] >= 0x80).
Sequence check_sequence(const unsigned char* s, std::size_t avail) {
  const unsigned char lead = s[0];
  if (lead < 0xC0) return {0, Problem::stray_continuation};
  if (lead < 0xC2 || lead > 0xF4) return {0, Problem::never_valid};
  const std::size_t length = lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4);
  for (std::size_t k = 1; k < length; ++k) {
    if (k >= avail) return {0, Problem::truncated};
    if (!is_continuation(s[k])) return {0, Problem::no_continuation};
    if (k == 1) {
      const Sequence rule = second_byte_rule(lead, s[1]);
      if (rule.problem != Problem::none) return rule;
    }
  }
  return {length, Problem::none};
}

std::string describe(Problem problem, unsigned char byte) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(byte));
  const std::string b = hex;
  switch (problem) {
    case Problem::stray_continuation:
      return "invalid UTF-8 (unexpected continuation byte " + b + ")";
    case Problem::never_valid:
      return "invalid UTF-8 (byte " + b + " never appears in UTF-8)";
    case Problem::truncated:
      return "invalid UTF-8 (sequence starting with byte " + b + " cut off at end of input)";
    case Problem::no_continuation:
      return "invalid UTF-8 (byte " + b + " not followed by a continuation byte)";
    case Problem::overlong:
      return "invalid UTF-8 (overlong encoding starting with byte " + b + ")";
    case Problem::surrogate:
      return "invalid UTF-8 (UTF-16 surrogate encoded, starting with byte " + b + ")";
    case Problem::too_large:
      return "invalid UTF-8 (code point above U+10FFFF, starting with byte " + b + ")";
    case Problem::none:
      break;
  }
  return "invalid UTF-8";
}

}  // namespace

std::optional<Invalid> validate(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    // Most news text is ASCII: skip eight ASCII bytes at a time.
    if (i + 8 <= n) {
      std::uint64_t word = 0;
      std::memcpy(&word, p + i, 8);
      if ((word & high_bits) == 0) {
        i += 8;
        continue;
      }
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const Sequence sequence = check_sequence(p + i, n - i);
    if (sequence.problem != Problem::none) return Invalid{i, describe(sequence.problem, p[i])};
    i += sequence.length;
  }
  return std::nullopt;
}

Decoded decode(std::string_view text, std::size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  if (s[0] < 0x80) return {s[0], 1};
  const Sequence sequence = check_sequence(s, text.size() - pos);
  if (sequence.problem != Problem::none) return {U'\uFFFD', 1};
  const unsigned lead_bits = sequence.length == 2 ? 0x1FU : (sequence.length == 3 ? 0x0FU : 0x07U);
  char32_t value = s[0] & lead_bits;
  for (std::size_t k = 1; k < sequence.length; ++k) value = (value << 6) | (s[k] & 0x3FU);
  return {value, sequence.length};
}

std::size_t count_code_points(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t continuations = 0;
  std::size_t i = 0;
  // A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear.
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, p + i, 8);
    continuations += static_cast<std::size_t>(std::popcount(word & ~(word << 1) & high_bits));
  }
  for (; i < n; ++i) continuations += is_continuation(p[i]) ? 1 : 0;
  return n - continuations;
}

std::size_t floor_boundary(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return text.size();
  // A valid sequence has at most three continuation bytes; stop there on broken input.
  for (int k = 0; k < 3 && pos > 0 && is_continuation(static_cast<unsigned char>(text[pos])); ++k) {
    --pos;
  }
  return pos;
}

std::string_view truncate(std::string_view text, std::size_t max_bytes) {
  return text.substr(0, floor_boundary(text, max_bytes));
}

}  // namespace mtlint::utf8
