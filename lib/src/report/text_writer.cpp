// Compiler-style output: one diagnostic per finding with its line and a caret under the span,
// then one summary line for the whole run.
#include <string>
#include <string_view>

#include "mtlint/finding.h"
#include "mtlint/report.h"
#include "report/text_layout.h"

namespace mtlint {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kGreen = "\x1b[1;32m";

std::string_view severity_color(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "\x1b[1;31m";
    case Severity::warning:
      return "\x1b[1;35m";
    case Severity::info:
      return "\x1b[1;36m";
  }
  return kBold;
}

// Wraps `text` in an ANSI style when colour is on.
class Painter {
 public:
  explicit Painter(ColorMode mode) : on_(mode == ColorMode::always) {}
  void paint(std::ostream& out, std::string_view style, std::string_view text) const {
    if (on_) {
      out << style << text << kReset;
    } else {
      out << text;
    }
  }

 private:
  bool on_;
};

std::string location(const DocumentReport& document, const ReportedSpan& span) {
  const std::string& path = document.target.path.empty() ? document.id : document.target.path;
  return path + ':' + std::to_string(span.line) + ':' + std::to_string(span.column) + ':';
}

void write_finding(const DocumentReport& document, const ReportedFinding& reported,
                   const Painter& painter, std::ostream& out) {
  const Finding& finding = reported.finding;
  painter.paint(out, kBold, location(document, reported.span));
  out << ' ';
  painter.paint(out, severity_color(finding.severity), to_string(finding.severity));
  out << ": " << finding.message << " [" << finding.rule << "]\n";

  const ReportedSpan& span = reported.span;
  const CaretLine caret = caret_line(span.context, span.context_column, span.text);
  out << span.context << '\n' << caret.prefix;
  painter.paint(out, kGreen, caret.marker);
  out << '\n';
  for (const Suggestion& suggestion : finding.suggestions) {
    out << "  suggestion: \"" << suggestion.text << '"' << (suggestion.safe ? " (safe)" : "")
        << '\n';
  }
}

std::string counted(std::size_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + ' ' + std::string(n == 1 ? singular : plural);
}

void write_summary(const Report& report, std::ostream& out) {
  Summary total;
  for (const DocumentReport& document : report.documents) {
    total.errors += document.summary.errors;
    total.warnings += document.summary.warnings;
    total.infos += document.summary.infos;
    total.words += document.summary.words;
    total.omitted += document.summary.omitted;
  }
  if (total.errors + total.warnings + total.infos == 0) {
    out << "no findings";
  } else {
    out << counted(total.errors, "error", "errors") << ", "
        << counted(total.warnings, "warning", "warnings") << ", "
        << counted(total.infos, "info", "infos");
  }
  if (total.omitted > 0) out << " (and " << total.omitted << " more not listed)";
  out << " in " << counted(report.documents.size(), "document", "documents") << " ("
      << counted(total.words, "word", "words") << ")\n";
}

}  // namespace

void write_text(const Report& report, std::ostream& out, const TextOptions& options) {
  const Painter painter(options.color);
  for (const DocumentReport& document : report.documents) {
    for (const ReportedFinding& finding : document.findings) {
      write_finding(document, finding, painter, out);
    }
  }
  write_summary(report, out);
}

}  // namespace mtlint
