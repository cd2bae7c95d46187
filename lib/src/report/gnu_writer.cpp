// GNU "Formatting Error Messages" style, one line per finding, for editors that parse it:
//   path:line:column-endcolumn: severity: message [rule]
// The end column is inclusive (the last code point of the span) and is given only when the
// span is non-empty and ends on its first line; otherwise the form is path:line:column:.
// We keep ':' between line and column (rather than the also-allowed `line.column`) because it
// is what compilers print and what every editor's error parser recognises.
#include <string>
#include <string_view>

#include "mtlint/finding.h"
#include "mtlint/report.h"
#include "report/text_layout.h"

namespace mtlint {
namespace {

void write_location(const DocumentReport& document, const ReportedSpan& span, std::ostream& out) {
  const std::string& path = document.target.path.empty() ? document.id : document.target.path;
  out << path << ':' << span.line << ':' << span.column;
  const std::string_view text = span.text;
  const bool one_line = text.find_first_of("\r\n") == std::string_view::npos;
  if (!text.empty() && one_line) {
    out << '-' << span.column + count_code_points(text) - 1;
  }
  out << ':';
}

// An editor reads one finding per line, so a line break inside a message must not start a new
// one.
std::string one_line(std::string_view text) {
  std::string line(text);
  for (char& c : line) {
    if (c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return line;
}

}  // namespace

void write_gnu(const Report& report, std::ostream& out) {
  for (const DocumentReport& document : report.documents) {
    for (const ReportedFinding& reported : document.findings) {
      const Finding& finding = reported.finding;
      write_location(document, reported.span, out);
      out << ' ' << to_string(finding.severity) << ": " << one_line(finding.message) << " ["
          << finding.rule << "]\n";
    }
  }
}

}  // namespace mtlint
