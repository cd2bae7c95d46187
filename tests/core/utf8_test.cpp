#include "core/utf8.h"

#include <gtest/gtest.h>

namespace mtlint {
namespace {

TEST(Utf8Validate, AcceptsAsciiAndMultiByte) {
  EXPECT_FALSE(utf8::validate("plain ASCII text longer than eight bytes"));
  EXPECT_FALSE(utf8::validate("caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80"));
}

struct BadCase {
  std::string bytes;
  std::size_t offset;
  std::string reason;
};

TEST(Utf8Validate, ReportsFirstBadSequenceWithReason) {
  const BadCase cases[] = {
      {"abc\xC3(", 3, "invalid UTF-8 (byte 0xC3 not followed by a continuation byte)"},
      {"abcdefghij\x80", 10, "invalid UTF-8 (unexpected continuation byte 0x80)"},
      {"x\xC0\xAF", 1, "invalid UTF-8 (byte 0xC0 never appears in UTF-8)"},
      {"x\xFF", 1, "invalid UTF-8 (byte 0xFF never appears in UTF-8)"},
      {"ok\xE2\x80", 2, "invalid UTF-8 (sequence starting with byte 0xE2 cut off at end of input)"},
      {"\xE0\x80\x80", 0, "invalid UTF-8 (overlong encoding starting with byte 0xE0)"},
      {"\xED\xA0\x80", 0, "invalid UTF-8 (UTF-16 surrogate encoded, starting with byte 0xED)"},
      {"\xF4\x90\x80\x80", 0, "invalid UTF-8 (code point above U+10FFFF, starting with byte 0xF4)"},
  };
  for (const BadCase& c : cases) {
    const auto invalid = utf8::validate(c.bytes);
    ASSERT_TRUE(invalid) << c.reason;
    EXPECT_EQ(invalid->offset, c.offset);
    EXPECT_EQ(invalid->reason, c.reason);
  }
}

TEST(Utf8Decode, DecodesAndFlagsInvalid) {
  const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xFF";
  EXPECT_EQ(utf8::decode(text, 0).code_point, U'a');
  EXPECT_EQ(utf8::decode(text, 1).code_point, U'\u00E9');
  EXPECT_EQ(utf8::decode(text, 1).length, 2U);
  EXPECT_EQ(utf8::decode(text, 3).code_point, U'\u20AC');
  EXPECT_EQ(utf8::decode(text, 6).code_point, U'\U0001F600');
  EXPECT_EQ(utf8::decode(text, 6).length, 4U);
  EXPECT_EQ(utf8::decode(text, 10).code_point, U'\uFFFD');
  EXPECT_EQ(utf8::decode(text, 10).length, 1U);
}

TEST(Utf8Count, CountsCodePoints) {
  EXPECT_EQ(utf8::count_code_points(""), 0U);
  EXPECT_EQ(utf8::count_code_points("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 2022"), 11U);
}

TEST(Utf8Cut, NeverSplitsACodePoint) {
  const std::string text =
      "ab\xE2\x82\xAC"
      "c";  // "ab€c"
  EXPECT_EQ(utf8::floor_boundary(text, 3), 2U);
  EXPECT_EQ(utf8::floor_boundary(text, 5), 5U);
  EXPECT_EQ(utf8::floor_boundary(text, 99), text.size());
  EXPECT_EQ(utf8::truncate(text, 4), "ab");
  EXPECT_EQ(utf8::truncate(text, 5), "ab\xE2\x82\xAC");
}

}  // namespace
}  // namespace mtlint
