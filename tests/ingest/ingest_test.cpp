#include "mtlint/ingest.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "support/fixtures.h"

namespace mtlint {
namespace {

std::string fixture(const char* name) {
  return (testing::fixtures_dir() / "ingest" / name).string();
}

// The error as "message @offset" so that one comparison pins both.
std::string error_of(const Result<Document>& result) {
  if (result.ok()) return "ok";
  const Error& error = result.error();
  std::string out = error.message;
  if (error.offset) out += " @" + std::to_string(*error.offset);
  return out;
}

TEST(IngestErrors, FixturesNameWhatIsWrongAndWhere) {
  const Result<Document> empty = read_document(fixture("empty.txt"));
  EXPECT_EQ(error_of(empty), "empty input");
  EXPECT_EQ(empty.error().file, fixture("empty.txt"));
  const Result<Document> invalid = read_document(fixture("invalid_utf8.txt"));
  EXPECT_EQ(error_of(invalid), "invalid UTF-8 (byte 0xC3 not followed by a continuation byte) @34");
  EXPECT_EQ(invalid.error().line, 2U);
  EXPECT_EQ(error_of(read_document(fixture("binary.bin"))), "binary data (NUL byte) @8");
  EXPECT_EQ(error_of(read_document(fixture("missing.txt"))), "no such file");
  EXPECT_EQ(error_of(read_document((testing::fixtures_dir() / "ingest").string())),
            "is a directory");
}

TEST(IngestErrors, EmptyAfterBomOrWhiteSpace) {
  EXPECT_EQ(error_of(document_from_bytes("\xEF\xBB\xBF", "t")), "empty input");
  EXPECT_EQ(error_of(document_from_bytes("\xEF\xBB\xBF \r\n\t\xC2\xA0", "t")), "empty input");
  EXPECT_EQ(error_of(document_from_bytes("", "t")), "empty input");
}

TEST(IngestErrors, InvalidUtf8AfterBomCountsTheBom) {
  EXPECT_EQ(error_of(document_from_bytes("\xEF\xBB\xBF"
                                         "ab\xE2\x82",
                                         "t")),
            "invalid UTF-8 (sequence starting with byte 0xE2 cut off at end of input) @5");
}

TEST(IngestErrors, EncodingProblems) {
  EXPECT_EQ(error_of(document_from_bytes("abc", "t", {"no-such-charset"})),
            "unknown encoding 'no-such-charset'");
  // ICU maps all 256 bytes of windows-1251 and -1252; 0xD2 is unassigned in windows-1253.
  EXPECT_EQ(error_of(document_from_bytes("ok \xD2 no", "t", {"windows-1253"})),
            "cannot convert from windows-1253 (byte 0xD2 is not a character in this encoding) @3");
  EXPECT_EQ(error_of(document_from_bytes("ok \x82", "t", {"Shift_JIS"})),
            "cannot convert from Shift_JIS (sequence cut off at end of input) @3");
  EXPECT_EQ(error_of(document_from_bytes(std::string_view("a\0b", 3), "t", {"windows-1252"})),
            "binary data (NUL byte) @1");
}

TEST(IngestErrors, UnreadableFile) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads any file";
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "mtlint_unreadable";
  std::ofstream(path) << "text";
  std::filesystem::permissions(path, std::filesystem::perms::none);
  EXPECT_EQ(error_of(read_document(path.string())), "cannot open file (Permission denied)");
  std::filesystem::remove(path);
}

TEST(Ingest, BomIsRemovedAndPositionsCountWithoutIt) {
  const Result<Document> document = read_document(fixture("bom.txt"));
  ASSERT_TRUE(document.ok()) << error_of(document);
  EXPECT_EQ(document->text, "Putin signals openness to diplomacy.\n");
  EXPECT_EQ(document->offsets.original(), document->text);
  EXPECT_EQ(document->id, fixture("bom.txt"));
  EXPECT_EQ(document->encoding, "UTF-8");
  EXPECT_EQ(document->offsets.position(6).offset, 6U);
}

TEST(Ingest, CrLfBecomesLfAndPositionsPointAtTheOriginal) {
  const Result<Document> document = read_document(fixture("crlf.txt"));
  ASSERT_TRUE(document.ok()) << error_of(document);
  EXPECT_EQ(document->text,
            "MOSCOW \xE2\x80\x93 Putin said on Tuesday.\nThe West does not comply.\n");
  const std::size_t the = document->text.find("The");
  const SourcePosition position = document->offsets.position(the);
  EXPECT_EQ(position.offset, 33U);  // 31 code points, then CR and LF
  EXPECT_EQ(position.line, 2U);
  EXPECT_EQ(position.column, 1U);
  EXPECT_EQ(document->offsets.line_text(the), "The West does not comply.");
  EXPECT_EQ(document->offsets.original_text(the - 1, the), "\r\n");
  EXPECT_EQ(document->offsets.position(document->text.size()).offset, 60U);
}

TEST(Ingest, LoneCrIsALineEnd) {
  const Result<Document> document = document_from_bytes("a\rb\r\nc\rd", "t");
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document->text, "a\nb\nc\nd");
  const SourcePosition d = document->offsets.position(6);
  EXPECT_EQ(d.offset, 7U);
  EXPECT_EQ(d.line, 4U);
  EXPECT_EQ(d.column, 1U);
}

TEST(Ingest, NfcComposesAndPositionsCountOriginalCodePoints) {
  // "Cafe\u0301 au lait\r\nde\u0301ja\u0300 vu"
  const Result<Document> document =
      document_from_bytes("Cafe\xCC\x81 au lait\r\nde\xCC\x81ja\xCC\x80 vu", "t");
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document->text, "Caf\xC3\xA9 au lait\nd\xC3\xA9j\xC3\xA0 vu");
  const SourcePosition au = document->offsets.position(document->text.find("au"));
  EXPECT_EQ(au.offset, 6U);
  EXPECT_EQ(au.column, 7U);
  const SourcePosition vu = document->offsets.position(document->text.find("vu"));
  EXPECT_EQ(vu.offset, 22U);
  EXPECT_EQ(vu.line, 2U);
  EXPECT_EQ(vu.column, 8U);
  const std::size_t e_acute = document->text.find("\xC3\xA9");
  EXPECT_EQ(document->offsets.original_text(e_acute, e_acute + 2), "e\xCC\x81");
  EXPECT_EQ(document->offsets.original_text(0, document->text.find(" au")), "Cafe\xCC\x81");
  EXPECT_EQ(document->offsets.line_text(document->text.find("vu")), "de\xCC\x81ja\xCC\x80 vu");
}

TEST(IngestEncodings, SingleByteCharsetsConvert) {
  const Result<Document> cp1251 =
      document_from_bytes("\xCF\xF0\xE8\xE2\xE5\xF2", "t", {"windows-1251"});
  ASSERT_TRUE(cp1251.ok()) << error_of(cp1251);
  EXPECT_EQ(cp1251->text, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");  // "Привет"
  EXPECT_EQ(cp1251->encoding, "windows-1251");
  const Result<Document> koi8 = document_from_bytes("\xF0\xD2\xC9\xD7\xC5\xD4", "t", {"KOI8-R"});
  ASSERT_TRUE(koi8.ok()) << error_of(koi8);
  EXPECT_EQ(koi8->text, cp1251->text);
  EXPECT_EQ(koi8->encoding, "KOI8-R");
  const Result<Document> cp1252 =
      document_from_bytes("caf\xE9 \x93quoted\x94 \x80", "t", {"windows-1252"});
  ASSERT_TRUE(cp1252.ok()) << error_of(cp1252);
  EXPECT_EQ(cp1252->text, "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC");
  EXPECT_EQ(cp1252->encoding, "windows-1252");
  // Offsets count code points of the decoded text, not input bytes.
  EXPECT_EQ(cp1252->offsets.position(cp1252->text.find("quoted")).offset, 6U);
}

TEST(IngestEncodings, Utf8NameSpellings) {
  for (const char* name : {"utf-8", "UTF8", "utf8"}) {
    const Result<Document> document = document_from_bytes("caf\xC3\xA9", "t", {name});
    ASSERT_TRUE(document.ok()) << name;
    EXPECT_EQ(document->encoding, "UTF-8");
  }
}

TEST(IngestEncodings, AutoDetectsCyrillicWindows1251) {
  const std::string sentence = testing::read_file(fixture("cp1251.txt"));
  const Result<Document> document =
      document_from_bytes(sentence + sentence + sentence, "t", {"auto"});
  ASSERT_TRUE(document.ok()) << error_of(document);
  EXPECT_EQ(document->encoding, "windows-1251");
  EXPECT_TRUE(document->text.starts_with("\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB4"));
}

TEST(IngestEncodings, AutoRefusesOrExplainsWeakGuesses) {
  // ucsdet guesses UTF-8 here; the strict path then says where the bytes are not UTF-8.
  EXPECT_EQ(error_of(document_from_bytes("caf\xE9", "t", {"auto"})),
            "invalid UTF-8 (sequence starting with byte 0xE9 cut off at end of input) @3");
}

TEST(IngestEncodings, AutoKeepsValidUtf8) {
  const Result<Document> document = document_from_bytes("caf\xC3\xA9", "t", {"auto"});
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document->encoding, "UTF-8");
  EXPECT_EQ(error_of(document_from_bytes(std::string_view("a\0b", 3), "t", {"auto"})),
            "binary data (NUL byte) @1");
}

TEST(Ingest, FiftyMegabyteSingleLine) {
  const std::size_t size = 50U * 1024U * 1024U;
  std::string bytes(size, 'a');
  bytes.replace(size - 100, 3, "e\xCC\x81");  // "e\u0301" near the end
  bytes.replace(size - 50, 2, "\r\n");
  const auto start = std::chrono::steady_clock::now();
  const Result<Document> document = document_from_bytes(bytes, "big", {});
  ASSERT_TRUE(document.ok());
  const OffsetMap& offsets = document->offsets;
  EXPECT_EQ(document->text.size(), size - 2);
  for (std::size_t i = 0; i < 2000; ++i) {
    const SourcePosition p = offsets.position(size - 200 - i);  // before the é: identity
    ASSERT_EQ(p.offset, size - 200 - i);
    ASSERT_EQ(p.column, p.offset + 1);
  }
  // After "é" (2 bytes for 3) and the CRLF (1 byte for 2): "a" after the line end.
  const SourcePosition last = offsets.position(size - 50);
  EXPECT_EQ(last.line, 2U);
  EXPECT_EQ(last.column, 1U);
  EXPECT_EQ(last.offset, size - 48 - 1);  // original byte size-48, one two-byte code point before
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0);
}

}  // namespace
}  // namespace mtlint
