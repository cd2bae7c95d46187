// Synthetic pairs with known beads: every kind of departure from a 1-1 translation.
#include "mtlint/align.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "mtlint/align_tuning.h"

namespace mtlint {

// gtest prints beads with this (found by argument-dependent lookup).
void PrintTo(const Bead& bead, std::ostream* out) {
  *out << "[" << bead.source_begin << "," << bead.source_end << "):[" << bead.target_begin << ","
       << bead.target_end << ")";
}

namespace {

const std::vector<std::string> kWords = {"the",     "council", "said",    "on",      "water",
                                         "prices",  "would",   "rise",    "after",   "a",
                                         "long",    "dispute", "between", "farmers", "and",
                                         "traders", "in",      "spring",  "village", "market"};

// Sentence k of a synthetic article: a varying length, a year and a name to anchor it.
std::string source_sentence(std::size_t k) {
  std::string text = "Name" + std::string(1, static_cast<char>('a' + k % 26));
  const std::size_t words = 4 + (k * 7) % 19;
  for (std::size_t w = 0; w < words; ++w) text += " " + kWords[(k * 3 + w * 5) % kWords.size()];
  text += " in " + std::to_string(1900 + (k * 37) % 120) + ".";
  return text;
}

// Its "translation": lower-case words reversed (no cognates), names and numbers kept.
std::string translate(const std::string& sentence, std::size_t stretch = 1) {
  std::string out;
  std::size_t begin = 0;
  while (begin < sentence.size()) {
    std::size_t end = sentence.find(' ', begin);
    if (end == std::string::npos) end = sentence.size();
    std::string word = sentence.substr(begin, end - begin);
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word.assign(word.rbegin(), word.rend());
    for (std::size_t s = 0; s < stretch; ++s) out += (out.empty() ? "" : " ") + word;
    begin = end + 1;
  }
  return out;
}

struct Pair {
  std::vector<std::string> source;
  std::vector<std::string> target;
  std::vector<std::size_t> source_paragraphs;
  std::vector<std::size_t> target_paragraphs;
};

AlignSide side_of(const std::vector<std::string>& lines, std::vector<std::size_t> paragraphs) {
  AlignSide side;
  for (const std::string& line : lines) side.sentences.emplace_back(line);
  if (paragraphs.empty()) paragraphs.assign(lines.size(), 0);
  side.paragraph_of = std::move(paragraphs);
  return side;
}

Alignment align_pair(const Pair& pair, AlignStats* stats = nullptr) {
  return align_sentences_with(side_of(pair.source, pair.source_paragraphs),
                              side_of(pair.target, pair.target_paragraphs), {}, AlignParams{},
                              stats);
}

Pair literal_pair(std::size_t count) {
  Pair pair;
  for (std::size_t k = 0; k < count; ++k) {
    pair.source.push_back(source_sentence(k));
    pair.target.push_back(translate(pair.source.back()));
  }
  return pair;
}

// 1-1 beads for [0, count), with `changed` inserted where the known departure is.
std::vector<Bead> expected_beads(std::size_t sources, std::size_t targets,
                                 const std::vector<Bead>& changed) {
  std::vector<Bead> beads;
  std::size_t i = 0;
  std::size_t j = 0;
  auto next_change = changed.begin();
  while (i < sources || j < targets) {
    if (next_change != changed.end() && next_change->source_begin == i &&
        next_change->target_begin == j) {
      beads.push_back(*next_change);
      i = next_change->source_end;
      j = next_change->target_end;
      ++next_change;
    } else {
      beads.push_back({i, i + 1, j, j + 1, 0.0});
      ++i;
      ++j;
    }
  }
  return beads;
}

void expect_covering(const Alignment& alignment, std::size_t sources, std::size_t targets) {
  std::size_t i = 0;
  std::size_t j = 0;
  for (const Bead& bead : alignment.beads) {
    EXPECT_EQ(bead.source_begin, i);
    EXPECT_EQ(bead.target_begin, j);
    EXPECT_GT(bead.source_size() + bead.target_size(), 0U);
    EXPECT_GE(bead.score, 0.0);
    EXPECT_LE(bead.score, 1.0);
    i = bead.source_end;
    j = bead.target_end;
  }
  EXPECT_EQ(i, sources);
  EXPECT_EQ(j, targets);
}

TEST(Align, LiteralTranslationIsAllOneToOne) {
  const Pair pair = literal_pair(30);
  const Alignment alignment = align_pair(pair);
  EXPECT_EQ(alignment.beads, expected_beads(30, 30, {}));
  expect_covering(alignment, 30, 30);
}

TEST(Align, OmittedSentenceIsOneToZero) {
  Pair pair = literal_pair(20);
  pair.target.erase(pair.target.begin() + 8);
  EXPECT_EQ(align_pair(pair).beads, expected_beads(20, 19, {{8, 9, 8, 8, 0.0}}));
}

TEST(Align, AddedSentenceIsZeroToOne) {
  Pair pair = literal_pair(20);
  pair.target.insert(pair.target.begin() + 11, "Nota Bene: ti saw deifidom no eht tsal yad.");
  EXPECT_EQ(align_pair(pair).beads, expected_beads(20, 21, {{11, 11, 11, 12, 0.0}}));
}

TEST(Align, SplitSentenceIsOneToTwo) {
  Pair pair = literal_pair(20);
  const std::string whole = pair.target[6];
  const std::size_t middle = whole.find(' ', whole.size() / 2);
  pair.target[6] = whole.substr(0, middle) + ".";
  pair.target.insert(pair.target.begin() + 7, whole.substr(middle + 1));
  EXPECT_EQ(align_pair(pair).beads, expected_beads(20, 21, {{6, 7, 6, 8, 0.0}}));
}

TEST(Align, MergedSentencesAreTwoToOne) {
  Pair pair = literal_pair(20);
  pair.target[3] += " " + pair.target[4];
  pair.target.erase(pair.target.begin() + 4);
  EXPECT_EQ(align_pair(pair).beads, expected_beads(20, 19, {{3, 5, 3, 4, 0.0}}));
}

TEST(Align, DroppedParagraphIsOmissions) {
  Pair pair = literal_pair(24);
  for (std::size_t k = 0; k < 24; ++k) pair.source_paragraphs.push_back(k / 4);
  pair.target.erase(pair.target.begin() + 8, pair.target.begin() + 12);
  for (std::size_t k = 0; k < 20; ++k) pair.target_paragraphs.push_back(k < 8 ? k / 4 : k / 4 + 1);
  std::vector<Bead> dropped;
  for (std::size_t k = 8; k < 12; ++k) dropped.push_back({k, k + 1, 8, 8, 0.0});
  EXPECT_EQ(align_pair(pair).beads, expected_beads(24, 20, dropped));
}

TEST(Align, VeryDifferentLengthsStillOneToOne) {
  Pair pair = literal_pair(25);
  for (std::string& target : pair.target) target = translate(translate(target), 3);
  EXPECT_EQ(align_pair(pair).beads, expected_beads(25, 25, {}));
}

TEST(Align, EmptySideGivesNullBeads) {
  Pair pair = literal_pair(3);
  pair.target.clear();
  EXPECT_EQ(align_pair(pair).beads,
            expected_beads(3, 0, {{0, 1, 0, 0, 0.0}, {1, 2, 0, 0, 0.0}, {2, 3, 0, 0, 0.0}}));
  std::swap(pair.source, pair.target);
  const Alignment additions = align_pair(pair);
  ASSERT_EQ(additions.beads.size(), 3U);
  EXPECT_EQ(additions.beads[2], (Bead{0, 0, 2, 3, 1.0}));
  EXPECT_TRUE(align_pair(Pair{}).beads.empty());
}

TEST(Align, OneHugeUnpunctuatedSentenceAgainstManyIsLinear) {
  Pair pair = literal_pair(3000);
  std::string joined;
  for (const std::string& sentence : pair.source)
    joined += sentence.substr(0, sentence.size() - 1) + " ";
  pair.source = {joined};
  AlignStats stats;
  const Alignment alignment = align_pair(pair, &stats);
  expect_covering(alignment, 1, 3000);
  EXPECT_LE(stats.cells, 2U * 3001U);  // two rows at most as wide as the target
}

TEST(Align, LongPairStaysInsideABand) {
  const Pair pair = literal_pair(5000);
  AlignStats stats;
  const Alignment alignment = align_pair(pair, &stats);
  EXPECT_EQ(alignment.beads, expected_beads(5000, 5000, {}));
  EXPECT_EQ(stats.passes, 1U);
  EXPECT_LE(stats.cells, 5001U * 40U);
}

TEST(Align, ScoreIsHighForALiteralPairAndLowerForAnOmission) {
  Pair pair = literal_pair(10);
  pair.target.erase(pair.target.begin() + 5);
  const Alignment alignment = align_pair(pair);
  ASSERT_EQ(alignment.beads.size(), 10U);
  EXPECT_GT(alignment.beads[0].score, 0.9);
  EXPECT_LT(alignment.beads[5].score, alignment.beads[0].score);
}

TEST(Align, AlignSideReadsSentencesAndParagraphs) {
  Document document;
  document.lang = "en";
  document.text = "One. Two.\n\nThree.";
  document.sentences = {{{0, 4}, 0, 0, 0}, {{5, 9}, 0, 0, 0}, {{11, 17}, 1, 0, 0}};
  const AlignSide side = align_side(document);
  EXPECT_EQ(side.lang, "en");
  EXPECT_EQ(side.sentences, (std::vector<std::string_view>{"One.", "Two.", "Three."}));
  EXPECT_EQ(side.paragraph_of, (std::vector<std::size_t>{0, 0, 1}));
}

}  // namespace
}  // namespace mtlint
