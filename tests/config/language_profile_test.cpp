#include "mtlint/language_profile.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace mtlint {
namespace {

std::filesystem::path dictionaries() {
  if (const char* dir = std::getenv("MTLINT_DICTIONARIES"); dir && *dir) return dir;
  return std::filesystem::path(MTLINT_SOURCE_ROOT) / "dictionaries";
}

LanguageProfile load(std::string_view lang) {
  auto profile = load_profile(dictionaries(), lang);
  EXPECT_TRUE(profile.ok()) << (profile.ok() ? "" : profile.error().describe());
  return profile.ok() ? std::move(profile).value() : LanguageProfile{};
}

TEST(LanguageCode, AcceptsIsoCodesWithSubtags) {
  for (const char* code : {"en", "en-GB", "pt_BR", "zh-Hans", "EN", "de", "ru", "uk", "und", "yue",
                           "sr-Latn-RS", "es-419"}) {
    EXPECT_TRUE(is_valid_language_code(code)) << code;
  }
}

TEST(LanguageCode, RejectsUnknownOrMalformedCodes) {
  for (const char* code :
       {"xx", "english", "e1", "", "e", "en-", "-en", "qqq", "en-toolongtag", "en GB", "é"}) {
    EXPECT_FALSE(is_valid_language_code(code)) << code;
  }
}

TEST(LanguageCode, PrimaryLanguageIsLowerCaseFirstSubtag) {
  EXPECT_EQ(primary_language("en-GB"), "en");
  EXPECT_EQ(primary_language("zh_Hant"), "zh");
  EXPECT_EQ(primary_language("EN"), "en");
  EXPECT_EQ(primary_language("yue"), "yue");
}

TEST(LoadProfile, English) {
  const LanguageProfile en = load("en-US");
  EXPECT_EQ(en.code, "en");
  EXPECT_EQ(en.name, "English");
  EXPECT_EQ(en.quotes, (std::vector<QuotePair>{{"“", "”"}, {"‘", "’"}}));
  EXPECT_EQ(en.quote_continuation, QuoteContinuation::reopen);
  EXPECT_EQ(en.decimal_separator, ".");
  EXPECT_EQ(en.grouping_separators, ",");
  EXPECT_EQ(en.hunspell, "en_US");
  for (const char* abbreviation : {"Mr.", "Dr.", "Gen.", "U.S.", "e.g.", "a.m.", "Jan."}) {
    EXPECT_TRUE(en.is_abbreviation(abbreviation)) << abbreviation;
  }
  EXPECT_FALSE(en.is_abbreviation("Mr"));
  EXPECT_FALSE(en.is_abbreviation("Inc."));
  EXPECT_EQ(en.single_letter_words, (std::unordered_set<std::string>{"a", "i"}));
  EXPECT_EQ(en.determiners, (std::unordered_set<std::string>{"the", "a", "an"}));
  EXPECT_EQ(en.boilerplate.front(), "Comments are closed.");
  EXPECT_EQ(en.repeatable_words, (std::unordered_set<std::string>{"had", "that", "is", "ylang"}));
}

TEST(LoadProfile, German) {
  const LanguageProfile de = load("de");
  EXPECT_EQ(de.quotes.front(), (QuotePair{"„", "“"}));
  EXPECT_EQ(de.decimal_separator, ",");
  EXPECT_EQ(de.grouping_separators, ". \u00A0\u202F");
  EXPECT_TRUE(de.is_abbreviation("z. B."));
  EXPECT_TRUE(de.is_abbreviation("Nr."));
  EXPECT_TRUE(de.is_abbreviation("#."));
  EXPECT_TRUE(de.single_letter_words.empty());
  EXPECT_TRUE(de.determiners.contains("der"));
  EXPECT_EQ(de.boilerplate.front(), "Kommentare sind geschlossen.");
  EXPECT_GT(de.length_vs_english, 1.0);  // German needs more letters than English
}

TEST(LoadProfile, FrenchSpacingRules) {
  const LanguageProfile fr = load("fr-FR");
  EXPECT_EQ(fr.quotes.front(), (QuotePair{"«", "»"}));
  EXPECT_EQ(fr.quote_continuation, QuoteContinuation::mark);
  EXPECT_EQ(fr.quote_continuation_marks, "«»");
  EXPECT_EQ(fr.space_before, ";:!?»");
  EXPECT_EQ(fr.space_after_open, "«");
  EXPECT_EQ(fr.no_space_before.find(';'), std::string::npos);
  EXPECT_EQ(fr.grouping_separators, " \u00A0\u202F");
  EXPECT_TRUE(fr.is_abbreviation("p. ex."));
  EXPECT_TRUE(fr.single_letter_words.contains("à"));
  EXPECT_EQ(fr.boilerplate.front(), "Les commentaires sont fermés.");
  EXPECT_TRUE(fr.repeatable_words.contains("nous"));
}

TEST(LoadProfile, Russian) {
  const LanguageProfile ru = load("ru");
  EXPECT_EQ(ru.script, "Cyrl");
  EXPECT_EQ(ru.quotes, (std::vector<QuotePair>{{"«", "»"}, {"„", "“"}}));
  EXPECT_EQ(ru.grouping_separators, " \u00A0\u202F");
  EXPECT_EQ(ru.hunspell, "ru_RU");
  for (const char* abbreviation : {"т. е.", "т. д.", "г.", "млн.", "ул."}) {
    EXPECT_TRUE(ru.is_abbreviation(abbreviation)) << abbreviation;
  }
  EXPECT_EQ(ru.single_letter_words.size(), 8U);
  EXPECT_TRUE(ru.determiners.empty());
  EXPECT_EQ(ru.boilerplate.front(), "Комментарии закрыты.");
}

TEST(LoadProfile, ChineseAndJapaneseHaveNoSpacesBetweenWords) {
  const LanguageProfile zh = load("zh-Hant");
  EXPECT_EQ(zh.code, "zh");
  EXPECT_FALSE(zh.spaces_between_words);
  EXPECT_EQ(zh.sentence_end, "。！？");
  EXPECT_EQ(zh.hunspell, "");
  const LanguageProfile ja = load("ja");
  EXPECT_FALSE(ja.spaces_between_words);
  EXPECT_EQ(ja.quotes.front(), (QuotePair{"「", "」"}));
}

TEST(LoadProfile, EveryShippedLanguageLoadsWithQuotesAndBoilerplate) {
  const std::vector<std::pair<std::string, std::string>> expected{
      {"en", "en_US"}, {"de", "de_DE"}, {"fr", "fr_FR"}, {"es", "es_ES"}, {"it", "it_IT"},
      {"ru", "ru_RU"}, {"zh", ""},      {"ja", ""},      {"pt", "pt_PT"}, {"pl", "pl_PL"},
      {"nl", "nl_NL"}, {"uk", ""},      {"und", ""}};
  for (const auto& [lang, hunspell] : expected) {
    const LanguageProfile profile = load(lang);
    EXPECT_EQ(profile.code, lang);
    EXPECT_EQ(profile.hunspell, hunspell) << lang;
    EXPECT_GE(profile.quotes.size(), 2U) << lang;
    EXPECT_FALSE(profile.boilerplate.empty()) << lang;
    EXPECT_NE(profile.name, "") << lang;
  }
  for (const char* lang : {"en", "de", "fr", "es", "ru"}) {
    EXPECT_GE(load(lang).abbreviations.size(), 30U) << lang;
  }
}

TEST(LoadProfile, ValidCodeWithoutDirectoryGetsGenericProfile) {
  const LanguageProfile sv = load("sv-SE");
  EXPECT_EQ(sv.code, "sv");
  EXPECT_EQ(sv.name, "Undetermined");
  EXPECT_EQ(sv.hunspell, "");
  EXPECT_TRUE(sv.abbreviations.empty());
}

TEST(LoadProfile, InvalidCodeIsAnError) {
  const auto profile = load_profile(dictionaries(), "xx");
  ASSERT_FALSE(profile.ok());
  EXPECT_EQ(profile.error().describe(), "unknown language code 'xx'");
}

}  // namespace
}  // namespace mtlint
