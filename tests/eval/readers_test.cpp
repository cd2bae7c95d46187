#include <gtest/gtest.h>

#include "eval/eval_test_support.h"
#include "mtlint/eval.h"

namespace mtlint {
namespace {

using testing::ScratchDir;

constexpr const char* kHeader = "category\tside\tstart\tend\ttext\tnote\n";

TEST(OwnCorpus, ReadsAnItemWithCodePointOffsets) {
  const ScratchDir dir;
  dir.write("ru-en.sample/source.txt", "Привет, мир. Всё хорошо.\n");
  dir.write("ru-en.sample/target.txt", "Héllo,, world. All good.\n");
  dir.write("ru-en.sample/annotations.tsv",
            std::string(kHeader) + "punct\ttarget\t5\t7\t,,\tdoubled comma\n" +
                "# a comment line\n" + "align.omission\tsource\t13\t24\tВсё хорошо.\t\n");
  const Result<Corpus> corpus = read_own_corpus(dir.path());
  ASSERT_TRUE(corpus.ok());
  EXPECT_TRUE(corpus->problems.empty());
  ASSERT_EQ(corpus->items.size(), 1U);
  const AnnotatedItem& item = corpus->items[0];
  EXPECT_EQ(item.source_lang, "ru");
  EXPECT_EQ(item.target_lang, "en");
  ASSERT_EQ(item.defects.size(), 2U);
  EXPECT_EQ(item.defects[0].category, "punct");
  EXPECT_EQ(item.defects[0].span, (CodePointSpan{5, 7}));
  EXPECT_EQ(item.defects[1].side, Side::source);
}

TEST(OwnCorpus, ReportsBadAnnotationLinesAndKeepsTheRest) {
  const ScratchDir dir;
  dir.write("en.only/target.txt", "One two two three.\n");
  dir.write("en.only/annotations.tsv", std::string(kHeader) + "repeat\ttarget\t4\t11\ttwo two\t\n" +
                                           "repeat\ttarget\t4\t7\tTWO\twrong text\n" +
                                           "repeat\ttarget\t4\t900\ttwo\t\n" +
                                           "repeat\tmiddle\t4\t7\ttwo\t\n" + "too\tfew\n" +
                                           "align.omission\tsource\t0\t1\tx\tno source file\n");
  const Result<Corpus> corpus = read_own_corpus(dir.path());
  ASSERT_TRUE(corpus.ok());
  ASSERT_EQ(corpus->items.size(), 1U);
  EXPECT_FALSE(corpus->items[0].source.has_value());
  EXPECT_EQ(corpus->items[0].defects.size(), 1U);
  ASSERT_EQ(corpus->problems.size(), 5U);
  EXPECT_EQ(corpus->problems[0].line, 3U);
  EXPECT_NE(corpus->problems[0].file.find("annotations.tsv"), std::string::npos);
}

TEST(OwnCorpus, AMissingDirectoryIsAnError) {
  EXPECT_FALSE(read_own_corpus("/nonexistent/mtlint/corpora").ok());
}

TEST(Mqm, ReadsTheUnionOfRatersAndSkipsMalformedLines) {
  const ScratchDir dir;
  const std::string record =
      R"({"id": "x/de-en/1/sys", "lang_pair": "de-en", "source": "Es ist 5 Uhr. Gut.",)"
      R"( "target": "It is 6 o'clock,, good.", "errors": [)"
      R"({"side": "target", "start": 15, "end": 17, "category": "Fluency/Punctuation", "rater": "r1"},)"
      R"({"side": "target", "start": 15, "end": 17, "category": "Fluency/Punctuation", "rater": "r2"},)"
      R"({"side": "target", "start": 6, "end": 7, "category": "Accuracy/Mistranslation", "rater": "r1"},)"
      R"({"side": "source", "start": null, "end": null, "src_start": 14, "src_end": 18,)"
      R"( "category": "Accuracy/Omission", "rater": "r2"},)"
      R"({"side": "target", "start": 0, "end": 2, "category": "Source issue", "rater": "r2"},)"
      R"({"side": "target", "start": 0, "end": 99, "category": "Fluency/Spelling", "rater": "r3"}]})";
  const auto file = dir.write("mqm.jsonl", record + "\n{not json\n\n{\"id\": \"no texts\"}\n");
  const Result<Corpus> corpus = read_mqm(file);
  ASSERT_TRUE(corpus.ok());
  ASSERT_EQ(corpus->items.size(), 1U);
  const AnnotatedItem& item = corpus->items[0];
  EXPECT_EQ(item.source_lang, "de");
  ASSERT_EQ(item.defects.size(), 3U);  // one punctuation (two raters), number, omission
  EXPECT_EQ(item.defects[0].category, "Punctuation");
  EXPECT_EQ(item.defects[1].category, "Number");
  EXPECT_EQ(item.defects[2].side, Side::source);
  EXPECT_EQ(item.defects[2].span, (CodePointSpan{14, 18}));
  ASSERT_EQ(corpus->problems.size(), 3U);  // the span past the end, line 2, line 4
  EXPECT_EQ(corpus->problems[1].line, 2U);
  EXPECT_EQ(corpus->problems[2].line, 4U);
}

TEST(Mqm, MapsCategoriesToOurClasses) {
  EXPECT_EQ(mqm_class("Fluency/Punctuation", "\""), "Punctuation");
  EXPECT_EQ(mqm_class("Accuracy/Source language fragment", "Haus"), "Untranslated");
  EXPECT_EQ(mqm_class("Locale convention/Date format", "5/3"), "Locale convention");
  EXPECT_EQ(mqm_class("Accuracy/Mistranslation", "word"), "");
  EXPECT_EQ(mqm_class("Style/Awkward", "x"), "");
}

TEST(Demetr, ReadsRecordsAndSkipsMalformedOnes) {
  const ScratchDir dir;
  const std::string good =
      R"({"id": "d/1/repeat2", "perturbation_type": "repeat2", "src_lang": "de",)"
      R"( "source": "Futter.", "mt": "Pet food.", "perturbed": "Pet food food.",)"
      R"( "pert_check": true, "diff_mt": [8, 8], "diff_perturbed": [8, 13]})";
  const std::string past_end =
      R"({"id": "d/2/x", "perturbation_type": "x", "src_lang": "de", "source": "a", "mt": "b",)"
      R"( "perturbed": "c", "diff_perturbed": [0, 5]})";
  const auto file = dir.write("demetr.jsonl", good + "\n[1, 2]\n" + past_end + "\n");
  const Result<DemetrCorpus> corpus = read_demetr(file);
  ASSERT_TRUE(corpus.ok());
  ASSERT_EQ(corpus->records.size(), 1U);
  EXPECT_EQ(corpus->records[0].diff, (CodePointSpan{8, 13}));
  EXPECT_EQ(corpus->records[0].source_lang, "de");
  ASSERT_EQ(corpus->problems.size(), 2U);
  EXPECT_EQ(corpus->problems[0].line, 2U);
  EXPECT_EQ(corpus->problems[1].line, 3U);
}

TEST(CleanText, ReadsOneFieldDeduplicatedAndFiltered) {
  const ScratchDir dir;
  const auto file = dir.write(
      "clean.jsonl",
      R"({"id": "a", "lang_pair": "en-de", "system": "refA", "source": "S1", "target": "T1"})"
      "\n"
      R"({"id": "b", "lang_pair": "en-de", "system": "refA", "source": "S1", "target": "T2"})"
      "\n"
      R"({"id": "c", "lang_pair": "en-de", "system": "sys", "source": "S3", "target": "T3"})"
      "\n");
  const Result<Corpus> sources = read_clean_text(file, "source", "", "");
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->items.size(), 2U);
  EXPECT_EQ(sources->items[0].target_lang, "en");
  const Result<Corpus> references = read_clean_text(file, "target", "", "system=refA,ref");
  ASSERT_TRUE(references.ok());
  ASSERT_EQ(references->items.size(), 2U);
  EXPECT_EQ(references->items[1].target, "T2");
  EXPECT_EQ(references->items[1].target_lang, "de");
  EXPECT_FALSE(read_clean_text(file, "target", "", "no-equals").ok());
}

}  // namespace
}  // namespace mtlint
