#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "mtlint/segment.h"

namespace mtlint {
namespace {

LanguageProfile profile_with(std::string code, std::vector<std::string> abbreviations) {
  LanguageProfile profile;
  profile.code = std::move(code);
  profile.abbreviations.insert(abbreviations.begin(), abbreviations.end());
  return profile;
}

std::vector<std::string> sentences_of(const std::string& text, const LanguageProfile& profile) {
  Document document;
  document.text = text;
  segment(document, profile);
  std::vector<std::string> out;
  for (const Sentence& sentence : document.sentences) {
    out.emplace_back(document.view(sentence.span));
  }
  return out;
}

TEST(Segmenter, KeepsInitialsAndTitlesInsideSentences) {
  const auto en = profile_with("en", {"Mr.", "Dr."});
  EXPECT_EQ(
      sentences_of("President Vladimir V. Putin spoke. Mr. Orban listened to Antony J. "
                   "Blinken. Dr. Smith left.",
                   en),
      (std::vector<std::string>{"President Vladimir V. Putin spoke.",
                                "Mr. Orban listened to Antony J. Blinken.", "Dr. Smith left."}));
}

TEST(Segmenter, JoinsAbbreviationsWithAnInnerSpace) {
  const auto de = profile_with("de", {"z. B.", "#."});
  EXPECT_EQ(sentences_of("Er kam z. B. am 1. Februar. Dann ging er.", de),
            (std::vector<std::string>{"Er kam z. B. am 1. Februar.", "Dann ging er."}));
}

TEST(Segmenter, RussianAbbreviations) {
  const auto ru = profile_with("ru", {"т. е.", "г."});
  EXPECT_EQ(sentences_of("Это было в 2014 г. Тогда всё изменилось, т. е. Россия ушла. Конец.", ru),
            (std::vector<std::string>{"Это было в 2014 г. Тогда всё изменилось, т. е. Россия ушла.",
                                      "Конец."}));
}

TEST(Segmenter, DoesNotBreakBeforeLowerCase) {
  const auto en = profile_with("en", {});
  EXPECT_EQ(sentences_of("Troops in the south. eastern and northern Ukraine. Next one.", en),
            (std::vector<std::string>{"Troops in the south. eastern and northern Ukraine.",
                                      "Next one."}));
}

TEST(Segmenter, ParagraphsFromBlankLinesAndSentenceFinalLineBreaks) {
  Document document;
  document.text = "Headline here\n\nFirst para. Still first.\nSecond para.\n\n\nThird\nwrapped.";
  segment(document, profile_with("en", {}));
  ASSERT_EQ(document.paragraphs.size(), 4U);
  EXPECT_EQ(document.view(document.paragraphs[0].span), "Headline here");
  EXPECT_EQ(document.view(document.paragraphs[1].span), "First para. Still first.");
  EXPECT_EQ(document.view(document.paragraphs[2].span), "Second para.");
  EXPECT_EQ(document.view(document.paragraphs[3].span), "Third\nwrapped.");
  EXPECT_EQ(document.paragraphs[1].end_sentence - document.paragraphs[1].first_sentence, 2U);
  EXPECT_EQ(document.sentences[3].paragraph, 2U);
}

TEST(Segmenter, TokensCoverTheTextWithKinds) {
  Document document;
  document.text = "Russia’s 100,000 troops, 中国.";
  segment(document, profile_with("en", {}));
  std::string joined;
  std::vector<TokenKind> kinds;
  for (const Token& token : document.tokens) {
    joined += document.view(token.span);
    kinds.push_back(token.kind);
  }
  EXPECT_EQ(joined, document.text);
  EXPECT_EQ(document.view(document.tokens[0].span), "Russia’s");
  EXPECT_EQ(kinds[0], TokenKind::word);
  EXPECT_EQ(kinds[1], TokenKind::space);
  EXPECT_EQ(kinds[2], TokenKind::number);
  EXPECT_EQ(document.view(document.tokens[2].span), "100,000");
  EXPECT_EQ(kinds[5], TokenKind::punct);
  EXPECT_EQ(kinds[7], TokenKind::ideograph);
  ASSERT_EQ(document.sentences.size(), 1U);
  EXPECT_EQ(document.sentences[0].first_token, 0U);
  EXPECT_EQ(document.sentences[0].end_token, document.tokens.size());
}

TEST(Segmenter, ChineseSentences) {
  EXPECT_EQ(
      sentences_of("普京周二表示。美国试图把俄罗斯拖入冲突！真的吗？", profile_with("zh", {})),
      (std::vector<std::string>{"普京周二表示。", "美国试图把俄罗斯拖入冲突！", "真的吗？"}));
}

TEST(Segmenter, PresegmentedKeepsLineNumbers) {
  Document document;
  document.text = "Eins .\n\nZwei .\n";
  segment_presegmented(document, profile_with("de", {}));
  ASSERT_EQ(document.sentences.size(), 3U);
  EXPECT_EQ(document.view(document.sentences[0].span), "Eins .");
  EXPECT_TRUE(document.sentences[1].span.empty());
  EXPECT_EQ(document.view(document.sentences[2].span), "Zwei .");
}

TEST(Segmenter, OneHugeLineWithoutPunctuationIsOneSentence) {
  Document document;
  for (int i = 0; i < 20000; ++i) document.text += "word ";
  segment(document, profile_with("en", {}));
  EXPECT_EQ(document.sentences.size(), 1U);
  EXPECT_EQ(document.tokens.size(), 40000U);
}

}  // namespace
}  // namespace mtlint
