#include "mtlint/offset_map.h"

#include <gtest/gtest.h>

#include <string>

#include "mtlint/document.h"

namespace mtlint {
namespace {

void expect_position(const OffsetMap& map, std::size_t byte, std::size_t offset, std::size_t line,
                     std::size_t column) {
  const SourcePosition position = map.position(byte);
  EXPECT_EQ(position.offset, offset) << "byte " << byte;
  EXPECT_EQ(position.line, line) << "byte " << byte;
  EXPECT_EQ(position.column, column) << "byte " << byte;
}

TEST(OffsetMap, IdentityCountsCodePointsAndLines) {
  const OffsetMap map("\xD0\x9C\xD0\xB8\xD1\x80\nab\rcd\r\nef");  // "Мир\nab\rcd\r\nef"
  expect_position(map, 0, 0, 1, 1);
  expect_position(map, 4, 2, 1, 3);    // "р"
  expect_position(map, 7, 4, 2, 1);    // "a"
  expect_position(map, 10, 7, 3, 1);   // "c" after a lone CR
  expect_position(map, 14, 11, 4, 1);  // "e" after CRLF
  EXPECT_EQ(map.line_text(8), "ab");
  EXPECT_EQ(map.line_text(11), "cd");
  EXPECT_EQ(map.line_text(15), "ef");
  EXPECT_EQ(map.original_text(2, 6), "\xD0\xB8\xD1\x80");
}

TEST(OffsetMap, RewrittenRegionMapsToItsStart) {
  // original "xe\u0301y" (5 bytes), normalised "x\u00E9y" (4 bytes)
  OffsetMap map("xe\xCC\x81y");
  map.add_anchor(1, 1);
  map.add_anchor(3, 4);
  EXPECT_EQ(map.to_original_byte(1), 1U);
  EXPECT_EQ(map.to_original_byte(2), 1U);
  EXPECT_EQ(map.to_original_byte(3), 4U);
  expect_position(map, 3, 3, 1, 4);  // "y" is the 4th code point of the original
  EXPECT_EQ(map.original_text(1, 3), "e\xCC\x81");
  EXPECT_EQ(map.original_text(1, 2), "e\xCC\x81");  // an end inside takes the whole region
  EXPECT_EQ(map.original_text(3, 4), "y");
}

TEST(OffsetMap, LongSingleLineUsesCheckpoints) {
  std::string text(100000, 'a');
  text += "\xC3\xA9z";  // a two-byte code point, then one more
  const OffsetMap map(text);
  expect_position(map, 100000, 100000, 1, 100001);
  expect_position(map, 100002, 100001, 1, 100002);
  EXPECT_EQ(map.line_text(5).size(), text.size());
}

TEST(Document, WordCountCountsWordsNumbersIdeographs) {
  Document document;
  document.tokens = {{{0, 1}, TokenKind::word},
                     {{1, 2}, TokenKind::space},
                     {{2, 3}, TokenKind::number},
                     {{3, 4}, TokenKind::punct},
                     {{4, 7}, TokenKind::ideograph}};
  EXPECT_EQ(document.word_count(), 3U);
}

}  // namespace
}  // namespace mtlint
