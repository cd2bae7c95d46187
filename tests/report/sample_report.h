// A hand-built Report that exercises every writer: a bilingual document with an alignment and
// a target-only one; Cyrillic, CJK, a tab and a combining mark before spans; safe and unsafe
// suggestions; an empty span, one that runs past its line, and one on a cut context line.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "mtlint/report.h"

namespace mtlint::testing {

struct SpanSpec {
  std::size_t start;
  std::size_t end;
  std::size_t line;
  std::size_t column;
  std::string text;
  std::string context;
  std::size_t context_column = 0;  // 0: same as column (the whole line is the context)
};

inline ReportedSpan make_span(SpanSpec spec) {
  ReportedSpan span;
  span.start = spec.start;
  span.end = spec.end;
  span.line = spec.line;
  span.column = spec.column;
  span.text = std::move(spec.text);
  span.context = std::move(spec.context);
  span.context_column = spec.context_column == 0 ? spec.column : spec.context_column;
  return span;
}

inline ReportedFinding make_finding(const std::string& rule, Severity severity, std::string message,
                                    SpanSpec span, std::vector<Suggestion> suggestions = {}) {
  ReportedFinding reported;
  reported.finding.rule = rule;
  reported.finding.category = rule.substr(0, rule.find('.'));
  reported.finding.severity = severity;
  reported.finding.message = std::move(message);
  reported.finding.suggestions = std::move(suggestions);
  reported.span = make_span(std::move(span));
  return reported;
}

inline DocumentReport bilingual_document() {
  DocumentReport doc;
  doc.id = "042";
  doc.source = DocumentInfo{"articles/042.ru.txt", "ru", true};
  doc.target = DocumentInfo{"articles/042.en.txt", "en", false};
  doc.alignment =
      Alignment{{{0, 1, 0, 1, 0.93}, {1, 2, 1, 3, 0.87649}, {2, 3, 3, 3, 0.0}, {3, 3, 3, 4, 1.0}}};
  auto untranslated =
      make_finding("untranslated", Severity::warning, "text left in Russian",
                   {31, 45, 2, 10, "Мы не отступим", "He said «Мы не отступим» on Tuesday."});
  untranslated.source_span =
      make_span({12, 28, 1, 13, "«Мы не отступим»", "Мэр сказал: «Мы не отступим» во вторник."});
  doc.findings = {
      std::move(untranslated),
      make_finding("punct.doubled", Severity::error, "doubled punctuation",
                   {80, 82, 3, 15, "..", "Prices rose 5%.. in March."}, {{".", true}}),
      make_finding("script.mixed", Severity::info, "word mixes Latin and Cyrillic letters",
                   {119, 125, 4, 11, "cl\u043esed", "「東京証券取引所」 cl\u043esed higher."},
                   {{"closed", false}}),
      make_finding("spell.unknown", Severity::warning, "unknown word",
                   {150, 157, 5, 16, "reopend", "\tCafe\u0301 Pushkin reopend."},
                   {{"reopened", false}, {"reopen", false}}),
      make_finding("garble.broken-sentence", Severity::warning, "sentence broken across lines",
                   {175, 188, 6, 11, "ended\nwithout", "The talks ended"}),
      make_finding("quote.unbalanced", Severity::error, "closing quote missing",
                   {214, 214, 7, 25, "", "She called it “a victory."}, {{"”", true}}),
  };
  doc.summary = Summary{2, 3, 1, 61};
  return doc;
}

inline DocumentReport target_only_document() {
  DocumentReport doc;
  doc.id = "feed-7";
  doc.target = DocumentInfo{"feeds/item-7.txt", "zh", true};
  doc.findings = {
      make_finding("repeat.word", Severity::error, "word repeated",
                   {7, 11, 1, 8, "市场市场", "北京时间周二，市场市场上涨。"}, {{"市场", true}}),
      make_finding("spell.unknown", Severity::info, "unknown word",
                   {1217, 1220, 2, 1204, "teh", "abc teh def", 5}),
  };
  doc.summary = Summary{1, 0, 1, 9};
  return doc;
}

inline Report sample_report() {
  Report report;
  report.tool_version = "0.1.0";
  report.documents = {bilingual_document(), target_only_document()};
  return report;
}

}  // namespace mtlint::testing
