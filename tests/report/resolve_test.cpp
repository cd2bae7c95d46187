// resolve_span and make_document_report over real OffsetMaps: positions, span text and context
// must point at the input as given, after CRLF and NFC changed the text checkers saw.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "mtlint/report.h"

namespace mtlint {
namespace {

// Original: "Line one\r\nCafe\u0301 «Мы» 東京\r\nend" (CRLF, decomposed é).
// Normalised: "Line one\nCafé «Мы» 東京\nend".
Document crlf_nfc_document() {
  Document doc;
  doc.id = "doc-1";
  doc.path = "in/doc.txt";
  doc.lang = "en";
  doc.lang_detected = true;
  doc.text = "Line one\nCaf\u00e9 \u00abМы\u00bb 東京\nend";
  doc.offsets = OffsetMap("Line one\r\nCafe\u0301 \u00abМы\u00bb 東京\r\nend");
  // Each rewritten region is marked at both ends, as ingest marks it.
  doc.offsets.add_anchor(8, 8);  // the first CRLF (2 bytes) became LF (1 byte)
  doc.offsets.add_anchor(9, 10);
  doc.offsets.add_anchor(12, 13);  // é (2 bytes) was e + U+0301 (3 bytes)
  doc.offsets.add_anchor(14, 16);
  doc.offsets.add_anchor(30, 32);  // the second CRLF
  doc.offsets.add_anchor(31, 34);
  return doc;
}

void expect_span(const ReportedSpan& span, std::size_t start, std::size_t end, std::size_t line,
                 std::size_t column, const std::string& text) {
  EXPECT_EQ(span.start, start);
  EXPECT_EQ(span.end, end);
  EXPECT_EQ(span.line, line);
  EXPECT_EQ(span.column, column);
  EXPECT_EQ(span.text, text);
}

TEST(ResolveSpan, NfcChangedWordKeepsOriginalCodePoints) {
  const Document doc = crlf_nfc_document();
  const ReportedSpan span = resolve_span(doc, {9, 14});
  expect_span(span, 10, 15, 2, 1, "Cafe\u0301");
  EXPECT_EQ(span.context, "Cafe\u0301 \u00abМы\u00bb 東京");
  EXPECT_EQ(span.context_column, 1u);
}

TEST(ResolveSpan, AfterCrlfAndNfcShift) {
  const Document doc = crlf_nfc_document();
  const ReportedSpan cyrillic = resolve_span(doc, {17, 21});
  expect_span(cyrillic, 17, 19, 2, 8, "Мы");
  EXPECT_EQ(cyrillic.context_column, 8u);
  expect_span(resolve_span(doc, {24, 30}), 21, 23, 2, 12, "東京");
  const ReportedSpan last = resolve_span(doc, {31, 34});
  expect_span(last, 25, 28, 3, 1, "end");
  EXPECT_EQ(last.context, "end");
}

TEST(ResolveSpan, SpanOverLineBreakKeepsCrlf) {
  const Document doc = crlf_nfc_document();
  const ReportedSpan span = resolve_span(doc, {27, 32});
  expect_span(span, 22, 26, 2, 13, "京\r\ne");
  EXPECT_EQ(span.context, "Cafe\u0301 \u00abМы\u00bb 東京");
}

TEST(ResolveSpan, OutOfRangeSpanIsClamped) {
  const Document doc = crlf_nfc_document();
  expect_span(resolve_span(doc, {31, 999}), 25, 28, 3, 1, "end");
  expect_span(resolve_span(doc, {999, 5}), 28, 28, 3, 4, "");
}

Document one_line_document(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.offsets = OffsetMap(text);
  return doc;
}

TEST(ResolveSpan, LongLineContextIsCutAroundSpan) {
  const Document doc = one_line_document(std::string(1000, 'a') + "teh" + std::string(1000, 'b'));
  const ReportedSpan span = resolve_span(doc, {1000, 1003});
  expect_span(span, 1000, 1003, 1, 1001, "teh");
  EXPECT_EQ(span.context, std::string(60, 'a') + "teh" + std::string(97, 'b'));
  EXPECT_EQ(span.context_column, 61u);
}

TEST(ResolveSpan, LongLineCutAtItsStartAndEnd) {
  const Document head = one_line_document("teh" + std::string(1000, 'b'));
  const ReportedSpan at_start = resolve_span(head, {0, 3});
  EXPECT_EQ(at_start.context, "teh" + std::string(157, 'b'));
  EXPECT_EQ(at_start.context_column, 1u);

  const Document tail = one_line_document(std::string(1000, 'a') + "teh");
  const ReportedSpan at_end = resolve_span(tail, {1000, 1003});
  EXPECT_EQ(at_end.context, std::string(157, 'a') + "teh");
  EXPECT_EQ(at_end.context_column, 158u);
}

TEST(ResolveSpan, LongLineWindowCountsCodePointsNotBytes) {
  std::string line;
  for (int i = 0; i < 300; ++i) {
    line += "ж";
  }
  const Document doc = one_line_document(line);
  const ReportedSpan span = resolve_span(doc, {400, 402});  // the 201st ж
  EXPECT_EQ(span.column, 201u);
  EXPECT_EQ(span.context.size(), 160u * 2);
  EXPECT_EQ(span.context_column, 61u);
}

Finding finding(std::string rule, Severity severity, ByteSpan span) {
  Finding f;
  f.category = rule.substr(0, rule.find('.'));
  f.rule = std::move(rule);
  f.severity = severity;
  f.span = span;
  return f;
}

TEST(MakeDocumentReport, SortsCountsAndResolves) {
  const Document target = crlf_nfc_document();
  Document source = one_line_document("Кафе «Мы» Токио");
  source.path = "in/src.txt";
  source.lang = "ru";
  Alignment alignment{{{0, 1, 0, 2, 0.5}}};

  std::vector<Finding> findings = {
      finding("spell.unknown", Severity::info, {31, 34}),
      finding("untranslated", Severity::warning, {17, 21}),
      finding("quote.style", Severity::error, {15, 23}),
      finding("punct.space-before", Severity::error, {15, 23}),
  };
  findings[1].source_span = ByteSpan{9, 17};
  const DocumentReport report =
      make_document_report(target, &source, &alignment, std::move(findings));

  EXPECT_EQ(report.id, "doc-1");
  EXPECT_EQ(report.target.path, "in/doc.txt");
  EXPECT_EQ(report.target.lang, "en");
  EXPECT_TRUE(report.target.lang_detected);
  ASSERT_TRUE(report.source);
  EXPECT_EQ(report.source->path, "in/src.txt");
  EXPECT_EQ(report.source->lang, "ru");
  EXPECT_FALSE(report.source->lang_detected);
  ASSERT_TRUE(report.alignment);
  EXPECT_EQ(report.alignment->beads.size(), 1u);

  ASSERT_EQ(report.findings.size(), 4u);
  EXPECT_EQ(report.findings[0].finding.rule, "punct.space-before");
  EXPECT_EQ(report.findings[1].finding.rule, "quote.style");
  EXPECT_EQ(report.findings[2].finding.rule, "untranslated");
  EXPECT_EQ(report.findings[3].finding.rule, "spell.unknown");
  ASSERT_TRUE(report.findings[2].source_span);
  expect_span(*report.findings[2].source_span, 5, 9, 1, 6, "«Мы»");
  EXPECT_FALSE(report.findings[0].source_span);

  EXPECT_EQ(report.summary.errors, 2u);
  EXPECT_EQ(report.summary.warnings, 1u);
  EXPECT_EQ(report.summary.infos, 1u);
  EXPECT_EQ(report.summary.words, target.word_count());
}

TEST(MakeDocumentReport, TargetOnlyIgnoresSourceSpans) {
  const Document target = crlf_nfc_document();
  std::vector<Finding> findings = {finding("untranslated", Severity::warning, {17, 21})};
  findings[0].source_span = ByteSpan{0, 3};
  const DocumentReport report = make_document_report(target, nullptr, nullptr, std::move(findings));
  EXPECT_FALSE(report.source);
  EXPECT_FALSE(report.alignment);
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_FALSE(report.findings[0].source_span);
}

}  // namespace
}  // namespace mtlint
