// The project's own corpora: every annotation must name the exact text it marks.
#include <gtest/gtest.h>

#include <set>

#include "mtlint/eval.h"
#include "support/fixtures.h"

namespace mtlint {
namespace {

TEST(Corpora, EveryAnnotationMatchesItsText) {
  const Result<Corpus> corpus = read_own_corpus(testing::source_root() / "corpora");
  ASSERT_TRUE(corpus.ok()) << corpus.error().describe();
  for (const Error& problem : corpus->problems) ADD_FAILURE() << problem.describe();
  EXPECT_GE(corpus->items.size(), 8U);
  std::set<std::string> pairs;
  for (const AnnotatedItem& item : corpus->items) {
    EXPECT_TRUE(item.source.has_value()) << item.id;
    EXPECT_FALSE(item.defects.empty()) << item.id;
    pairs.insert(item.source_lang + "-" + item.target_lang);
  }
  EXPECT_GE(pairs.size(), 6U);
  for (const char* pair : {"ru-en", "de-en", "fr-en", "en-de", "en-ru", "zh-en"}) {
    EXPECT_TRUE(pairs.contains(pair)) << pair;
  }
}

}  // namespace
}  // namespace mtlint
