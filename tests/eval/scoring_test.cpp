#include <gtest/gtest.h>

#include "mtlint/eval.h"

namespace mtlint {
namespace {

EvalFinding finding(const std::string& rule, CodePointSpan span,
                    std::optional<CodePointSpan> source_span = std::nullopt) {
  const std::string category = rule.substr(0, rule.find('.'));
  return EvalFinding{rule, category, Severity::warning, span, source_span, ""};
}

const ClassScore& score_of(const SpanScores& scores, const std::string& name) {
  for (const ClassScore& score : scores.classes) {
    if (score.name == name) return score;
  }
  ADD_FAILURE() << "no class " << name;
  return scores.total;
}

TEST(Overlap, SharesACodePointOrTouchesAPoint) {
  EXPECT_TRUE(spans_overlap({0, 5}, {4, 6}));
  EXPECT_FALSE(spans_overlap({0, 5}, {5, 6}));
  EXPECT_TRUE(spans_overlap({5, 5}, {3, 5}));  // a point at a span's end
  EXPECT_TRUE(spans_overlap({3, 8}, {5, 5}));
  EXPECT_FALSE(spans_overlap({9, 9}, {3, 8}));
  EXPECT_TRUE(spans_overlap({4, 4}, {4, 4}));
}

TEST(ClassScore, ComputesPrecisionRecallF1) {
  const ClassScore score{"punct", 4, 3, 6, 3};
  EXPECT_DOUBLE_EQ(score.precision(), 0.5);
  EXPECT_DOUBLE_EQ(score.recall(), 0.75);
  EXPECT_DOUBLE_EQ(score.f1(), 0.6);
  const ClassScore empty{"x", 0, 0, 0, 0};
  EXPECT_DOUBLE_EQ(empty.precision(), 0.0);
  EXPECT_DOUBLE_EQ(empty.f1(), 0.0);
}

AnnotatedItem gold_item() {
  return AnnotatedItem{"a",
                       "a",
                       "source text",
                       "ru",
                       "target text",
                       "en",
                       {{"punct", Side::target, {10, 12}, ""},
                        {"punct", Side::target, {30, 31}, ""},
                        {"align.omission", Side::source, {40, 60}, ""},
                        {"", Side::target, {70, 75}, "Accuracy/Mistranslation"}}};
}

TEST(SpanScorer, CountsTruePositivesPerClassAndFalseAlarms) {
  SpanScorer scorer(classes_from_gold({gold_item()}), true);
  const ItemOutcome outcome =
      scorer.add(gold_item(),
                 {finding("punct.doubled", {11, 13}),             // true: overlaps 10-12
                  finding("punct.space-before", {20, 21}),        // false alarm
                  finding("align.omission", {0, 0}, {{45, 46}}),  // true on the source side
                  finding("spell.unknown", {72, 74}),             // on an unscored gold span
                  finding("repeat.word", {80, 85})},              // open class, false alarm
                 2000);
  EXPECT_EQ(outcome.false_alarms, (std::vector<std::size_t>{1, 4}));
  EXPECT_EQ(outcome.missed, (std::vector<std::size_t>{1}));  // the second punct span
  const SpanScores scores = scorer.result();
  const ClassScore& punct = score_of(scores, "punct");
  EXPECT_EQ(punct.gold, 2U);
  EXPECT_EQ(punct.gold_found, 1U);
  EXPECT_EQ(punct.findings, 2U);
  EXPECT_EQ(punct.findings_true, 1U);
  const ClassScore& omission = score_of(scores, "align.omission");
  EXPECT_EQ(omission.gold_found, 1U);
  EXPECT_EQ(omission.findings_true, 1U);
  EXPECT_EQ(score_of(scores, "repeat").findings, 1U);
  EXPECT_EQ(score_of(scores, "spell").findings_true, 0U);
  EXPECT_EQ(scores.false_alarms, 2U);  // spell.unknown sits on a gold span: not a false alarm
  EXPECT_EQ(scores.false_alarms_by_rule.at("punct.space-before"), 1U);
  EXPECT_DOUBLE_EQ(scores.false_alarms_per_1k_words(), 1.0);
  EXPECT_EQ(scores.total.gold, 3U);
  EXPECT_EQ(scores.total.gold_found, 2U);
  EXPECT_EQ(scores.total.findings, 5U);
  EXPECT_EQ(scores.total.findings_true, 2U);
}

TEST(SpanScorer, AnOmissionWithoutASourceSpanIsNotMatched) {
  SpanScorer scorer(classes_from_gold({gold_item()}), false);
  scorer.add(gold_item(), {finding("align.omission", {45, 46})}, 100);
  EXPECT_EQ(score_of(scorer.result(), "align.omission").findings_true, 0U);
}

TEST(SpanScorer, MqmClassesTakeTheMostSpecificRule) {
  SpanScorer scorer(mqm_classes(), false);
  AnnotatedItem item{
      "m",
      "m",
      std::nullopt,
      "",
      "t",
      "en",
      {{"Locale convention", Side::target, {0, 4}, ""}, {"Number", Side::target, {10, 12}, ""}}};
  scorer.add(item,
             {finding("number.format", {1, 2}), finding("number.mismatch", {10, 11}),
              finding("script.mixed", {50, 51})},
             10);
  const SpanScores scores = scorer.result();
  EXPECT_EQ(score_of(scores, "Locale convention").findings_true, 1U);
  EXPECT_EQ(score_of(scores, "Number").findings_true, 1U);
  EXPECT_EQ(scores.total.findings, 2U);  // script.mixed belongs to no MQM class
  EXPECT_EQ(scores.false_alarms, 1U);
}

TEST(Demetr, DetectsByOverlapOrAnywhereForAbsences) {
  DemetrRecord record;
  record.type = "repeat2";
  record.diff = {8, 13};
  EXPECT_TRUE(demetr_detected(record, {finding("repeat.word", {4, 13})}));
  EXPECT_FALSE(demetr_detected(record, {finding("punct.doubled", {0, 2})}));
  record.type = "pp_removed";
  record.diff = {20, 20};
  EXPECT_TRUE(demetr_detected(record, {finding("align.omission", {0, 2})}));
  EXPECT_FALSE(demetr_detected(record, {}));
  EXPECT_TRUE(demetr_type_is_absence("ne_removed"));
  EXPECT_FALSE(demetr_type_is_absence("final_punc_removed"));
}

}  // namespace
}  // namespace mtlint
