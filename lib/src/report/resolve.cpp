// Turns checkers' byte spans into positions in the input as given, once, for every writer.
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <tuple>

#include "mtlint/report.h"

namespace mtlint {
namespace {

// A context line longer than this many code points is cut to a window around the span, so a
// one-line 50 MB file does not get copied once per finding.
constexpr std::size_t kContextWidth = 160;
// How much of the window goes before the span when the line is cut on both sides.
constexpr std::size_t kContextLead = 60;

// Moves `pos` back over at most `limit` code points of `line`; returns how many it moved.
std::size_t walk_back(std::string_view line, std::size_t* pos, std::size_t limit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  auto offset = static_cast<int32_t>(*pos);
  std::size_t moved = 0;
  for (; moved < limit && offset > 0; ++moved) {
    U8_BACK_1(bytes, 0, offset);
  }
  *pos = static_cast<std::size_t>(offset);
  return moved;
}

std::size_t walk_forward(std::string_view line, std::size_t* pos, std::size_t limit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  const auto length = static_cast<int32_t>(line.size());
  auto offset = static_cast<int32_t>(*pos);
  std::size_t moved = 0;
  for (; moved < limit && offset < length; ++moved) {
    U8_FWD_1(bytes, offset, length);
  }
  *pos = static_cast<std::size_t>(offset);
  return moved;
}

// Fills `context` and `context_column` from the original line holding normalised byte `begin`.
void set_context(const OffsetMap& offsets, std::size_t begin, ReportedSpan* span) {
  const std::string_view line = offsets.line_text(begin);
  const std::size_t line_start = static_cast<std::size_t>(line.data() - offsets.original().data());
  const std::size_t original_begin = offsets.to_original_byte(begin);
  std::size_t at = std::clamp(original_begin, line_start, line_start + line.size()) - line_start;

  std::size_t back_pos = at;
  std::size_t forward_pos = at;
  const std::size_t before = walk_back(line, &back_pos, kContextWidth);
  const std::size_t after = walk_forward(line, &forward_pos, kContextWidth);
  // Keep the whole line when it fits; otherwise give the span at least kContextLead code
  // points of lead-in and fill the rest of the window with what follows it.
  const std::size_t lead = std::min(before, std::max(kContextLead, kContextWidth - after));
  std::size_t window_begin = at;
  walk_back(line, &window_begin, lead);
  std::size_t window_end = at;
  walk_forward(line, &window_end, kContextWidth - lead);

  span->context = std::string(line.substr(window_begin, window_end - window_begin));
  span->context_column = lead + 1;
}

}  // namespace

ReportedSpan resolve_span(const Document& document, ByteSpan span) {
  // A checker's span past the end of the text is a checker bug; clamp rather than crash.
  const std::size_t begin = std::min(span.begin, document.text.size());
  const std::size_t end = std::clamp(span.end, begin, document.text.size());
  const SourcePosition first = document.offsets.position(begin);
  const SourcePosition last = document.offsets.position(end);

  ReportedSpan reported;
  reported.start = first.offset;
  reported.end = std::max(last.offset, first.offset);
  reported.line = first.line;
  reported.column = first.column;
  reported.text = std::string(document.offsets.original_text(begin, end));
  set_context(document.offsets, begin, &reported);
  return reported;
}

namespace {

DocumentInfo info_of(const Document& document) {
  return DocumentInfo{document.path, document.lang, document.lang_detected};
}

void count(Severity severity, Summary* summary) {
  switch (severity) {
    case Severity::error:
      ++summary->errors;
      break;
    case Severity::warning:
      ++summary->warnings;
      break;
    case Severity::info:
      ++summary->infos;
      break;
  }
}

}  // namespace

DocumentReport make_document_report(const Document& target, const Document* source,
                                    const Alignment* alignment, std::vector<Finding> findings) {
  DocumentReport report;
  report.id = target.id;
  report.target = info_of(target);
  if (source != nullptr) {
    report.source = info_of(*source);
  }
  if (alignment != nullptr) {
    report.alignment = *alignment;
  }
  report.findings.reserve(findings.size());
  for (Finding& finding : findings) {
    ReportedFinding reported;
    reported.span = resolve_span(target, finding.span);
    if (source != nullptr && finding.source_span) {
      reported.source_span = resolve_span(*source, *finding.source_span);
    }
    count(finding.severity, &report.summary);
    reported.finding = std::move(finding);
    report.findings.push_back(std::move(reported));
  }
  // Stable, so findings equal in position and rule keep the order the checkers gave them.
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const ReportedFinding& a, const ReportedFinding& b) {
                     return std::tie(a.span.start, a.span.end, a.finding.rule) <
                            std::tie(b.span.start, b.span.end, b.finding.rule);
                   });
  report.summary.words = target.word_count();
  return report;
}

}  // namespace mtlint
