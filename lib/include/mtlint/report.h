// The report model: findings resolved to positions in the original input, ready for writers.
// Writers render a Report and nothing else; they never recompute positions.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "mtlint/alignment.h"
#include "mtlint/document.h"
#include "mtlint/finding.h"

namespace mtlint {

struct ReportedSpan {
  std::size_t start = 0;  // code points into the input as given, [start, end)
  std::size_t end = 0;
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, code points
  std::string text;        // the input's code points [start, end)
  // The line that holds `start`, without its line end, cut to at most a few hundred code
  // points around the span for very long lines; `context_column` is the span's 1-based column
  // within `context`.
  std::string context;
  std::size_t context_column = 1;
};

struct ReportedFinding {
  Finding finding;  // rule, category, severity, message, suggestions (byte spans kept)
  ReportedSpan span;
  std::optional<ReportedSpan> source_span;
};

struct DocumentInfo {
  std::string path;
  std::string lang;
  bool lang_detected = false;
};

struct Summary {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t words = 0;    // words in the target
  std::size_t omitted = 0;  // findings past the per-rule limit: counted here, not listed
};

struct DocumentReport {
  std::string id;
  std::optional<DocumentInfo> source;  // absent in a target-only run
  DocumentInfo target;
  std::optional<Alignment> alignment;     // present when a source was aligned
  std::vector<ReportedFinding> findings;  // sorted by position, then rule
  Summary summary;
};

struct Report {
  std::string tool_version;
  std::vector<DocumentReport> documents;
};

// Resolves byte spans to positions; sorts findings; counts the summary.
[[nodiscard]] DocumentReport make_document_report(const Document& target, const Document* source,
                                                  const Alignment* alignment,
                                                  std::vector<Finding> findings);
[[nodiscard]] ReportedSpan resolve_span(const Document& document, ByteSpan span);

enum class ColorMode { never, always };

struct TextOptions {
  ColorMode color = ColorMode::never;
};

void write_text(const Report& report, std::ostream& out, const TextOptions& options = {});
void write_gnu(const Report& report, std::ostream& out);
void write_json(const Report& report, std::ostream& out);
// One document object per line (mtlint batch).
void write_json_line(const Report& report, const DocumentReport& document, std::ostream& out);

}  // namespace mtlint
