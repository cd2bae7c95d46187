// Anchors: numbers across locales, names across scripts, links, punctuation, word lists.
#include "align/anchors.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "align/bilingual_dictionary.h"

namespace mtlint::align {
namespace {

using Keys = std::vector<std::string>;

TEST(NumberKeys, NormaliseSeparatorsAcrossLocales) {
  EXPECT_EQ(number_keys("1,5"), (Keys{"1.5"}));
  EXPECT_EQ(number_keys("1.5"), (Keys{"1.5"}));
  EXPECT_EQ(number_keys("8847,60"), (Keys{"8847.6"}));
  EXPECT_EQ(number_keys("100 000"), (Keys{"100000"}));
  EXPECT_EQ(number_keys("100\u00a0000"), (Keys{"100000"}));
  EXPECT_EQ(number_keys("1.500"), (Keys{"1500", "1.5"}));
  EXPECT_EQ(number_keys("1,234.5"), (Keys{"1234.5"}));
  EXPECT_EQ(number_keys("2024"), (Keys{"2024"}));
  EXPECT_EQ(number_keys("007"), (Keys{"7"}));
}

std::size_t shared(std::string_view source, std::string_view target) {
  AnchorExtractor extractor;
  return shared_anchors(extractor.extract(source, Side::source),
                        extractor.extract(target, Side::target));
}

TEST(Anchors, NamesMeetAcrossScriptsAndInflection) {
  EXPECT_EQ(shared("Встреча с Путиным", "A meeting with Putin"), 1U);
  EXPECT_EQ(shared("Зеленский приехал", "Zelensky arrived"), 1U);
  EXPECT_EQ(shared("Die Organisation", "l’organisation"), 1U);  // cognate prefix "organ"
  EXPECT_EQ(shared("Er kam", "Il est venu"), 0U);
}

TEST(Anchors, NumbersMeetAcrossLocales) {
  EXPECT_EQ(shared("рост на 1,5 процента в 2023 году", "growth of 1.5 percent in 2023"), 2U);
  EXPECT_EQ(shared("100 000 человек", "100,000 people"), 1U);
  EXPECT_EQ(shared("in 1956 15 Bergsteiger", "en 1956, 15 alpinistes"), 2U);
}

TEST(Anchors, LinksHashtagsAndMarks) {
  EXPECT_EQ(shared("Siehe https://example.org/a.", "See https://example.org/a"), 1U);
  EXPECT_EQ(shared("Schreiben Sie an info@example.org", "Write to info@example.org."), 1U);
  EXPECT_EQ(shared("#Выборы2024", "#Выборы2024"), 1U);
  EXPECT_EQ(shared("Warum?", "Why?"), 1U);
  EXPECT_EQ(shared("为什么？", "Why?"), 1U);
  EXPECT_EQ(shared("Er sagte: «Nein!»", "He said: \"No!\""), 2U);
}

TEST(BilingualDictionary, TargetWordsMeetTheirSource) {
  const BilingualDictionary dictionary =
      BilingualDictionary::parse("maison @ Haus\nbâtiment @ haus\nbad line\nun deux @ eins\n");
  EXPECT_EQ(dictionary.size(), 1U);
  AnchorExtractor extractor(&dictionary);
  const AnchorSet source = extractor.extract("ein altes haus", Side::source);
  EXPECT_EQ(shared_anchors(source, extractor.extract("une vieille maison", Side::target)), 1U);
  EXPECT_EQ(shared_anchors(source, extractor.extract("un vieux bâtiment", Side::target)), 1U);
  EXPECT_EQ(shared_anchors(source, extractor.extract("une voiture", Side::target)), 0U);
}

TEST(BilingualDictionary, ReadsAFileAndFailsOnAMissingOne) {
  EXPECT_FALSE(BilingualDictionary::read("/nonexistent/dictionary.txt").has_value());
  const auto path = std::filesystem::temp_directory_path() / "mtlint_align_dictionary_test.txt";
  std::ofstream(path) << "maison @ haus\n";
  const auto dictionary = BilingualDictionary::read(path.string());
  std::filesystem::remove(path);
  ASSERT_TRUE(dictionary.has_value());
  EXPECT_EQ(dictionary->size(), 1U);
}

}  // namespace
}  // namespace mtlint::align
