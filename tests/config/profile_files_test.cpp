// Profiles and list files written to a temporary directory: malformed input must give an
// error naming the file and line.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "mtlint/finding.h"
#include "mtlint/language_profile.h"

namespace mtlint {
namespace {

class ProfileFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    root_ = std::filesystem::temp_directory_path() /
            ("mtlint_profiles_" + std::to_string(::getpid()) + "_" + info->name());
    std::filesystem::create_directories(root_ / "en");
    std::filesystem::create_directories(root_ / "und");
    write("und/profile.toml", "name = \"Generic\"\n");
  }
  void TearDown() override { std::filesystem::remove_all(root_); }

  void write(const std::string& relative, const std::string& content) {
    std::ofstream(root_ / relative, std::ios::binary) << content;
  }
  std::string path(const std::string& relative) const { return (root_ / relative).string(); }

  std::filesystem::path root_;
};

TEST_F(ProfileFiles, SyntaxErrorNamesFileAndLine) {
  write("en/profile.toml", "name = \"English\"\nscript = \"Latn\"\nquotes = [[\"“\", \"”\"\n");
  const auto profile = load_profile(root_, "en");
  ASSERT_FALSE(profile.ok());
  EXPECT_EQ(profile.error().file, path("en/profile.toml"));
  ASSERT_TRUE(profile.error().line.has_value());
  EXPECT_GE(*profile.error().line, 3U);
}

TEST_F(ProfileFiles, WrongTypeNamesTheKeyAndLine) {
  write("en/profile.toml", "name = \"English\"\n\nspaces_between_words = \"yes\"\n");
  const auto profile = load_profile(root_, "en");
  ASSERT_FALSE(profile.ok());
  EXPECT_EQ(profile.error().describe(),
            path("en/profile.toml") + ": line 3: 'spaces_between_words' must be true or false");
}

TEST_F(ProfileFiles, LengthVsEnglishMustBePositive) {
  write("en/profile.toml", "length_vs_english = 1.1\n");
  ASSERT_TRUE(load_profile(root_, "en").ok());
  EXPECT_DOUBLE_EQ(load_profile(root_, "en").value().length_vs_english, 1.1);
  write("en/profile.toml", "length_vs_english = 0\n");
  const auto profile = load_profile(root_, "en");
  ASSERT_FALSE(profile.ok());
  EXPECT_EQ(profile.error().message, "'length_vs_english' must be a positive number");
}

TEST_F(ProfileFiles, UnknownKeyIsAnError) {
  write("en/profile.toml", "nmae = \"English\"\n");
  const auto profile = load_profile(root_, "en");
  ASSERT_FALSE(profile.ok());
  EXPECT_EQ(profile.error().message, "unknown key 'nmae'");
  EXPECT_EQ(profile.error().line, 1U);
}

TEST_F(ProfileFiles, BadQuotePairAndContinuation) {
  write("en/profile.toml", "quotes = [[\"“\"]]\n");
  auto profile = load_profile(root_, "en");
  ASSERT_FALSE(profile.ok());
  EXPECT_EQ(profile.error().message, "each quote pair must be [\"open\", \"close\"]");
  write("en/profile.toml", "quote_continuation = \"sometimes\"\n");
  profile = load_profile(root_, "en");
  ASSERT_FALSE(profile.ok());
  EXPECT_EQ(profile.error().line, 1U);
}

TEST_F(ProfileFiles, ListFilesSkipCommentsAndKeepInnerSpaces) {
  write("en/profile.toml", "name = \"Test\"\nquote_continuation = \"reopen\"\n");
  write("en/abbreviations.txt", "# what this is for\n#\n\nMr.\n  z. B.  \r\n#.\n");
  write("en/boilerplate.txt", "\xEF\xBB\xBF# header\nRead more\nFollow us on*\n");
  const auto profile = load_profile(root_, "EN");
  ASSERT_TRUE(profile.ok()) << profile.error().describe();
  EXPECT_EQ(profile->abbreviations, (std::unordered_set<std::string>{"Mr.", "z. B.", "#."}));
  EXPECT_EQ(profile->boilerplate, (std::vector<std::string>{"Read more", "Follow us on*"}));
  EXPECT_TRUE(profile->determiners.empty());  // a missing list is an empty list
  EXPECT_EQ(profile->quote_continuation, QuoteContinuation::reopen);
  EXPECT_EQ(profile->decimal_separator, ".");  // not in the file: the default
}

TEST_F(ProfileFiles, InvalidUtf8InListNamesLine) {
  write("en/profile.toml", "name = \"Test\"\n");
  write("en/determiners.txt", "# articles\nthe\n\xC3\x28\n");
  const auto profile = load_profile(root_, "en");
  ASSERT_FALSE(profile.ok());
  EXPECT_EQ(profile.error().describe(), path("en/determiners.txt") + ": line 3: not valid UTF-8");
}

TEST_F(ProfileFiles, GenericFallbackAndMissingGenericProfile) {
  const auto generic = load_profile(root_, "sv");
  ASSERT_TRUE(generic.ok());
  EXPECT_EQ(generic->code, "sv");
  EXPECT_EQ(generic->name, "Generic");
  std::filesystem::remove_all(root_ / "und");
  const auto missing = load_profile(root_, "sv");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().message, "language profile not found");
}

TEST(ErrorDescribe, PrefersByteOffsetThenLine) {
  EXPECT_EQ((Error{"a.txt", "invalid UTF-8 sequence", 12, 3}).describe(),
            "a.txt: byte 12: invalid UTF-8 sequence");
  EXPECT_EQ((Error{"p.toml", "expected a string", {}, 4}).describe(),
            "p.toml: line 4: expected a string");
  EXPECT_EQ((Error{"-", "empty input", {}, {}}).describe(), "-: empty input");
  EXPECT_EQ((Error{"", "unknown language code 'xx'", {}, {}}).describe(),
            "unknown language code 'xx'");
}

TEST(SeverityNames, AreLowerCase) {
  EXPECT_EQ(to_string(Severity::error), "error");
  EXPECT_EQ(to_string(Severity::warning), "warning");
  EXPECT_EQ(to_string(Severity::info), "info");
}

}  // namespace
}  // namespace mtlint
