#include "mtlint/speller.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>

namespace mtlint {
namespace {

using std::chrono::milliseconds;

const std::filesystem::path kHunspellDir = "/usr/share/hunspell";

// Opens a system dictionary, or explains why the test cannot run here.
std::unique_ptr<Speller> open_or_null(std::string_view name) {
  auto speller = Speller::open(kHunspellDir, name);
  return speller.ok() ? std::move(speller).value() : nullptr;
}

#define OPEN_OR_SKIP(var, name)                                            \
  std::unique_ptr<Speller> var = open_or_null(name);                       \
  if (!(var))                                                              \
  GTEST_SKIP() << "Hunspell dictionary " << (name) << " is not installed " \
               << "(/usr/share/hunspell)"

TEST(Speller, MissingDictionaryIsAnError) {
  const auto speller = Speller::open(kHunspellDir, "xx_NOPE");
  ASSERT_FALSE(speller.ok());
  EXPECT_EQ(speller.error().describe(),
            "/usr/share/hunspell/xx_NOPE.aff: Hunspell dictionary 'xx_NOPE' is not installed or "
            "not readable");
}

TEST(Speller, EnglishKnownAndUnknownWords) {
  OPEN_OR_SKIP(en, "en_US");
  for (const char* word : {"diplomacy", "signaled", "Ukraine", "NATO's", "the", "Tuesday"}) {
    EXPECT_TRUE(en->correct(word)) << word;
  }
  for (const char* word : {"diplomcy", "teh", "Kremlinx", "sanctionss"}) {
    EXPECT_FALSE(en->correct(word)) << word;
  }
  EXPECT_TRUE(en->correct(""));
}

TEST(Speller, CachedAnswerIsStableAndAddWordOverridesIt) {
  OPEN_OR_SKIP(en, "en_US");
  EXPECT_FALSE(en->correct("Zelenskyy"));
  EXPECT_FALSE(en->correct("Zelenskyy"));  // the cache answers the same
  en->add_word("Zelenskyy");
  EXPECT_TRUE(en->correct("Zelenskyy"));  // the cached "unknown" was dropped
  EXPECT_FALSE(en->correct("Zelenskyyy"));
}

TEST(Speller, SuggestionsAreBoundedAndCached) {
  OPEN_OR_SKIP(en, "en_US");
  const auto three = en->suggest("diplomcy", 3, milliseconds(500));
  ASSERT_FALSE(three.empty());
  EXPECT_LE(three.size(), 3U);
  EXPECT_EQ(three.front(), "diplomacy");
  // Cached now, so even a zero budget answers, with the same first entries.
  const auto one = en->suggest("diplomcy", 1, milliseconds(0));
  EXPECT_EQ(one, std::vector<std::string>{"diplomacy"});
  EXPECT_TRUE(en->suggest("sanctionz", 5, milliseconds(0)).empty());  // not cached, no budget
  EXPECT_TRUE(en->suggest("diplomcy", 0, milliseconds(500)).empty());
  EXPECT_TRUE(en->suggest(std::string(31, 'x'), 5, milliseconds(500)).empty());  // too long
}

TEST(Speller, GermanCompounds) {
  OPEN_OR_SKIP(de, "de_DE");
  EXPECT_TRUE(de->correct("Bundesregierung"));
  EXPECT_TRUE(de->correct("Straße"));
  EXPECT_FALSE(de->correct("Bundesregirung"));
}

TEST(Speller, RussianUtf8) {
  OPEN_OR_SKIP(ru, "ru_RU");
  EXPECT_TRUE(ru->correct("президент"));
  EXPECT_TRUE(ru->correct("переговоры"));
  EXPECT_FALSE(ru->correct("призидент"));
  const auto suggestions = ru->suggest("призидент", 5, milliseconds(500));
  ASSERT_FALSE(suggestions.empty());
  EXPECT_EQ(suggestions.front(), "президент");
}

TEST(Speller, PolishDictionaryInIso8859_2IsConverted) {
  OPEN_OR_SKIP(pl, "pl_PL");
  EXPECT_TRUE(pl->correct("żółć"));
  EXPECT_TRUE(pl->correct("prezydent"));
  EXPECT_FALSE(pl->correct("prezydnet"));
  EXPECT_FALSE(pl->correct("Путин"));  // not representable in ISO8859-2: unknown, no crash
  pl->add_word("Zełenski");
  EXPECT_TRUE(pl->correct("Zełenski"));
  const auto suggestions = pl->suggest("zólć", 10, milliseconds(500));
  EXPECT_NE(std::find(suggestions.begin(), suggestions.end(), "żółć"), suggestions.end());
}

}  // namespace
}  // namespace mtlint
