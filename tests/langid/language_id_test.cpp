#include "mtlint/language_id.h"

#include <gtest/gtest.h>

#include <string>

namespace mtlint {
namespace {

class LanguageId : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { prepare_language_identification(); }
};

struct Sample {
  const char* lang;
  const char* text;
};

TEST_F(LanguageId, IdentifiesNewsParagraphs) {
  const Sample samples[] = {
      {"en",
       "President Vladimir Putin said on Tuesday that the United States was trying to drag "
       "Russia into an armed conflict over Ukraine that his government did not want."},
      {"de",
       "Präsident Wladimir Putin sagte am Dienstag, die Vereinigten Staaten versuchten, "
       "Russland in einen bewaffneten Konflikt um die Ukraine hineinzuziehen."},
      {"fr",
       "Le président Vladimir Poutine a déclaré mardi que les États-Unis essayaient "
       "d'entraîner la Russie dans un conflit armé au sujet de l'Ukraine."},
      {"es",
       "El presidente Vladímir Putin dijo el martes que Estados Unidos estaba tratando de "
       "arrastrar a Rusia a un conflicto armado por Ucrania que su gobierno no quería."},
      {"it",
       "Il presidente Vladimir Putin ha detto martedì che gli Stati Uniti stanno cercando di "
       "trascinare la Russia in un conflitto armato sull'Ucraina che il suo governo non vuole."},
      {"ru",
       "Президент Владимир Путин заявил во вторник, что Соединенные Штаты пытаются втянуть "
       "Россию в вооруженный конфликт из-за Украины, которого его правительство не хочет."},
      {"zh",
       "俄罗斯总统普京周二表示，美国正试图将俄罗斯拖入一场关于乌克兰的武装冲突，"
       "而他的政府并不希望发生这场冲突。"},
      {"ja",
       "ロシアのプーチン大統領は火曜日、米国がウクライナをめぐる武力紛争にロシアを"
       "引きずり込もうとしていると述べた。"},
  };
  for (const Sample& sample : samples) {
    const LanguageGuess guess = identify_language(sample.text);
    EXPECT_EQ(guess.lang, sample.lang) << sample.text;
    EXPECT_TRUE(guess.reliable) << sample.lang;
    EXPECT_GE(guess.percent, 90) << sample.lang;
  }
}

TEST_F(LanguageId, TraditionalChineseIsZh) {
  const LanguageGuess guess = identify_language(
      "俄羅斯總統普京週二表示，美國正試圖將俄羅斯拖入一場關於烏克蘭的武裝衝突，"
      "而他的政府並不希望發生這場衝突。");
  EXPECT_EQ(guess.lang, "zh");
}

TEST_F(LanguageId, DigitsAndEmptyTextAreUndetermined) {
  for (const char* text : {"12345 67890 2022 100,000", ""}) {
    const LanguageGuess guess = identify_language(text);
    EXPECT_EQ(guess.lang, "und") << text;
    EXPECT_FALSE(guess.reliable);
    EXPECT_EQ(guess.percent, 0);
  }
}

TEST_F(LanguageId, LooksOnlyAtTheFirstBytesCutAtACodePoint) {
  const std::string russian =
      "Президент Владимир Путин заявил во вторник, что Соединенные Штаты пытаются втянуть Россию "
      "в вооруженный конфликт из-за Украины. ";
  // Distinct sentences: CLD2 discounts repeated text.
  const std::string english =
      "President Vladimir Putin said on Tuesday that the United States was trying to drag Russia "
      "into an armed conflict over Ukraine that his government did not want. He signaled that "
      "he was ready to engage in more diplomacy, even as he insisted that the presence of the "
      "alliance in Eastern Europe threatened world peace. Officials in both countries have "
      "accused the administration of overstating the threat of an invasion this winter.";
  const std::string text = russian + english;
  // An odd limit lands inside a two-byte Cyrillic letter.
  EXPECT_EQ(identify_language(text, russian.size() - 1).lang, "ru");
  EXPECT_EQ(identify_language(text, text.size()).lang, "en");
}

TEST_F(LanguageId, InvalidUtf8TailDoesNotHideTheLanguage) {
  const std::string text =
      "Le président Vladimir Poutine a déclaré mardi que les États-Unis essayaient d'entraîner la "
      "Russie dans un conflit armé au sujet de l'Ukraine. \xC3\x28\xFF";
  EXPECT_EQ(identify_language(text).lang, "fr");
}

}  // namespace
}  // namespace mtlint
