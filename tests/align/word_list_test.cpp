// The bilingual word list: found for the language pair in either direction, inflected forms met
// through their stem, words found inside ideographic runs, and an added sentence that only the
// word list tells apart from the sentence it follows.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "align/anchors.h"
#include "align/bilingual_dictionary.h"
#include "mtlint/align.h"
#include "mtlint/align_tuning.h"

namespace mtlint {
namespace {

namespace fs = std::filesystem;
using align::AnchorExtractor;
using align::BilingualDictionary;
using align::Side;

std::size_t shared(AnchorExtractor& extractor, const std::string& source,
                   const std::string& target) {
  return align::shared_anchors(extractor.extract(source, Side::source),
                               extractor.extract(target, Side::target));
}

TEST(WordList, InflectedFormsMeetThroughTheirStem) {
  const BilingualDictionary list =
      BilingualDictionary::parse("government @ правительство\nyear @ год\n");
  AnchorExtractor extractor(&list);
  EXPECT_EQ(shared(extractor, "решение правительства", "the governments decided"), 1U);
  EXPECT_EQ(shared(extractor, "в этом году", "this year"), 0U);  // short words: listed forms only
  EXPECT_EQ(shared(extractor, "в этом год", "this year"), 1U);
}

TEST(WordList, FormsOfOneConceptCountOnce) {
  const BilingualDictionary list =
      BilingualDictionary::parse("year @ год\nyear @ года\nyears @ лет\nyears @ года\n");
  EXPECT_EQ(list.size(), 3U);
  AnchorExtractor extractor(&list);
  EXPECT_EQ(shared(extractor, "года и лет", "year after year, years"), 1U);
}

TEST(WordList, WordsAreFoundInsideIdeographicRuns) {
  const BilingualDictionary list =
      BilingualDictionary::parse("economy @ 经济\ngrowth @ 增长\ngrowth @ 经济增长率\n");
  AnchorExtractor extractor(&list);
  EXPECT_EQ(shared(extractor, "中国经济增长", "China's economy: growth"), 2U);
  EXPECT_EQ(shared(extractor, "中国政府", "the economy"), 0U);
}

TEST(WordList, AReversedListSwapsItsSides) {
  const BilingualDictionary list =
      BilingualDictionary::parse("Haus @ maison\n", BilingualDictionary::Direction::reversed);
  AnchorExtractor extractor(&list);
  EXPECT_EQ(shared(extractor, "das Haus", "la maison"), 1U);
  EXPECT_EQ(shared(extractor, "la maison", "das Haus"), 0U);
}

TEST(WordList, WebAddressInsideChineseTextIsAnAnchor) {
  AnchorExtractor extractor;
  EXPECT_EQ(shared(extractor, "更多数据可在www.stats.gov.cn查询。", "See www.stats.gov.cn."), 1U);
}

class WordListDirectory : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("mtlint_word_list_" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "bilingual");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / "bilingual" / name) << text;
  }
  fs::path dir_;
};

TEST_F(WordListDirectory, TheListOfThePairIsFoundEitherWay) {
  write("xx-yy.txt", "b @ a\n");
  const AlignOptions options{{}, dir_.string()};
  const BilingualListPath forward = find_bilingual_list(options, "xx", "yy");
  EXPECT_EQ(forward.path, (dir_ / "bilingual" / "xx-yy.txt").string());
  EXPECT_FALSE(forward.reversed);
  const BilingualListPath backward = find_bilingual_list(options, "yy", "xx");
  EXPECT_EQ(backward.path, forward.path);
  EXPECT_TRUE(backward.reversed);
  EXPECT_TRUE(find_bilingual_list(options, "xx", "zz").path.empty());
  EXPECT_EQ(find_bilingual_list(AlignOptions{"/explicit.txt", dir_.string()}, "xx", "yy").path,
            "/explicit.txt");
}

// Words of two made-up languages: the target word is the source word backwards.
const std::vector<std::string> kVocabulary = {
    "abo", "bek", "cid", "dol", "eft", "fum", "gaz", "hib", "jon", "kel", "lum", "mip",
    "nor", "pod", "qua", "rix", "sen", "tav", "ulk", "vor", "wes", "yat", "zeb", "oki"};

std::string backwards(const std::string& word) { return {word.rbegin(), word.rend()}; }

std::string sentence(std::size_t k, std::size_t words, bool target) {
  std::string text;
  for (std::size_t w = 0; w < words; ++w) {
    const std::string& word = kVocabulary[(k * 7 + w * 5) % kVocabulary.size()];
    text += (w == 0 ? "" : " ") + (target ? backwards(word) : word);
  }
  return text + ".";
}

AlignSide side_of(const std::vector<std::string>& sentences, const std::string& lang) {
  AlignSide side;
  side.lang = lang;
  for (const std::string& s : sentences) side.sentences.emplace_back(s);
  side.paragraph_of.assign(sentences.size(), 0);
  return side;
}

// Sentence 5 is translated short and followed by an added sentence of words its source does
// not have: by length alone the two look like one split translation.
TEST_F(WordListDirectory, AnAddedSentenceWithoutAnchorsIsToldApartByTheList) {
  std::string list;
  for (const std::string& word : kVocabulary) list += backwards(word) + " @ " + word + "\n";
  list += "tsop @ post\nlrig @ girl\nmrots @ storm\nrevir @ river\n";
  write("xx-yy.txt", list);
  std::vector<std::string> source;
  std::vector<std::string> target;
  for (std::size_t k = 0; k < 10; ++k) {
    const std::size_t words = 6 + (k * 3) % 5;
    source.push_back(sentence(k, words, false));
    target.push_back(sentence(k, k == 5 ? words - 3 : words, true));
  }
  target.insert(target.begin() + 6, "tsop lrig mrots revir tsop mrots.");
  const AlignSide source_side = side_of(source, "xx");
  const AlignSide target_side = side_of(target, "yy");
  auto has_added_bead = [](const Alignment& alignment) {
    for (const Bead& bead : alignment.beads) {
      if (bead.source_begin == 6 && bead.source_end == 6 && bead.target_begin == 6 &&
          bead.target_end == 7)
        return true;
    }
    return false;
  };
  // Without the list the added sentence is folded into a bead with a neighbour.
  EXPECT_FALSE(has_added_bead(align_sentences(source_side, target_side)));
  const Alignment with = align_sentences(source_side, target_side, AlignOptions{{}, dir_.string()});
  EXPECT_TRUE(has_added_bead(with));
  EXPECT_EQ(with.beads.size(), 11U);
}

}  // namespace
}  // namespace mtlint
