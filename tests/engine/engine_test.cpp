#include "mtlint/engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "mtlint/ingest.h"

namespace mtlint {
namespace {

Document from_text(const std::string& text, const std::string& name = "article.txt") {
  Result<Document> document = document_from_bytes(text, name);
  EXPECT_TRUE(document.ok());
  return std::move(document).value();
}

std::vector<std::string> rules_of(const DocumentReport& report) {
  std::vector<std::string> rules;
  for (const ReportedFinding& finding : report.findings) rules.push_back(finding.finding.rule);
  return rules;
}

TEST(Engine, ChecksATargetOnlyArticleAndResolvesSpans) {
  Engine engine(default_dictionaries_dir(), {{"punct"}, {}});
  const Result<DocumentReport> report = engine.check(
      from_text("Héllo there.\r\nIt had far-reaching consequences. .\n"), std::nullopt, "en", "");
  ASSERT_TRUE(report.ok()) << report.error().describe();
  ASSERT_EQ(rules_of(*report), std::vector<std::string>{"punct.doubled"});
  const ReportedSpan& span = report->findings[0].span;
  EXPECT_EQ(span.text, ". .");
  EXPECT_EQ(span.line, 2U);
  EXPECT_EQ(span.column, 33U);
  EXPECT_EQ(span.start, 14U + 32U);  // "Héllo there.\r\n" is 14 code points
  EXPECT_FALSE(report->source.has_value());
  EXPECT_FALSE(report->alignment.has_value());
  EXPECT_EQ(report->target.lang, "en");
  EXPECT_EQ(report->summary.errors, 1U);
}

TEST(Engine, IdentifiesTheLanguageWhenNotGiven) {
  Engine engine(default_dictionaries_dir());
  const Result<DocumentReport> report =
      engine.check(from_text("Президент России заявил во вторник, что переговоры продолжатся. Он "
                             "надеется на диалог с Западом и не хочет войны."),
                   std::nullopt, "", "");
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->target.lang, "ru");
  EXPECT_TRUE(report->target.lang_detected);
}

TEST(Engine, RejectsAnUnknownLanguageCode) {
  Engine engine(default_dictionaries_dir());
  const Result<DocumentReport> report =
      engine.check(from_text("Some text."), std::nullopt, "xx", "");
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().describe(), "--target-lang: unknown language code 'xx'");
}

TEST(Engine, AlignsWhenASourceIsGiven) {
  Engine engine(default_dictionaries_dir());
  const Result<DocumentReport> report = engine.check(
      from_text("The mayor spoke on Tuesday. The bridge opens in March."),
      from_text("Мэр выступил во вторник. Мост откроется в марте.", "source.txt"), "en", "ru");
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE(report->alignment.has_value());
  ASSERT_TRUE(report->source.has_value());
  EXPECT_EQ(report->source->lang, "ru");
  EXPECT_EQ(report->alignment->beads.size(), 2U);
}

TEST(Engine, RuleSelectionByIdAndCategory) {
  EXPECT_FALSE(validate({{"punct.nonsense"}, {}}).ok());
  ASSERT_TRUE(validate({{"punct"}, {"punct.doubled"}}).ok());
  Engine engine(default_dictionaries_dir(), {{"punct"}, {"punct.doubled"}});
  const Result<DocumentReport> report =
      engine.check(from_text("It had consequences. . The the end ."), std::nullopt, "en", "");
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(rules_of(*report), std::vector<std::string>{"punct.space-before"});
}

TEST(Engine, ASentenceLeftInTheSourceLanguageIsNotAlsoMisspelt) {
  Engine engine(default_dictionaries_dir(), {{"untranslated", "spell.unknown"}, {}});
  const Result<DocumentReport> report = engine.check(
      from_text("Les travaux ont remplacé la verrière de la galerie. They were delayed by the "
                "pandemic and by a shortage of materials."),
      from_text("The works replaced the glass roof of the gallery. They were delayed by the "
                "pandemic and by a shortage of materials.",
                "source.txt"),
      "fr", "en");
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(rules_of(*report), std::vector<std::string>{"untranslated"});
}

}  // namespace
}  // namespace mtlint
