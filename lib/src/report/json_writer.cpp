// The JSON report contract of DESIGN.md. Keys keep the contract's order (ordered_json); keys
// the contract does not list come after the contract's keys of the same object.
#include <cmath>
#include <nlohmann/json.hpp>

#include "mtlint/finding.h"
#include "mtlint/report.h"

namespace mtlint {
namespace {

using Json = nlohmann::ordered_json;

Json tool_json(const Report& report) {
  return Json{{"name", "mtlint"}, {"version", report.tool_version}};
}

Json document_info_json(const DocumentInfo& info) {
  return Json{{"path", info.path}, {"lang", info.lang}, {"lang_detected", info.lang_detected}};
}

Json span_json(const ReportedSpan& span) {
  return Json{{"start", span.start},
              {"end", span.end},
              {"line", span.line},
              {"column", span.column},
              {"text", span.text}};
}

// Three decimals say all a score means and keep reports stable across platforms.
double rounded_score(double score) { return std::round(score * 1000.0) / 1000.0; }

Json alignment_json(const std::optional<Alignment>& alignment) {
  Json beads = Json::array();
  if (!alignment) {
    return beads;
  }
  for (const Bead& bead : alignment->beads) {
    beads.push_back(Json{{"source", Json::array({bead.source_begin, bead.source_end})},
                         {"target", Json::array({bead.target_begin, bead.target_end})},
                         {"score", rounded_score(bead.score)}});
  }
  return beads;
}

Json finding_json(const ReportedFinding& reported) {
  const Finding& finding = reported.finding;
  Json suggestions = Json::array();
  for (const Suggestion& suggestion : finding.suggestions) {
    suggestions.push_back(Json{{"text", suggestion.text}, {"safe", suggestion.safe}});
  }
  return Json{{"rule", finding.rule},
              {"category", finding.category},
              {"severity", to_string(finding.severity)},
              {"message", finding.message},
              {"span", span_json(reported.span)},
              {"source_span", reported.source_span ? span_json(*reported.source_span) : Json()},
              {"suggestions", std::move(suggestions)}};
}

Json document_json(const DocumentReport& document) {
  Json findings = Json::array();
  for (const ReportedFinding& finding : document.findings) {
    findings.push_back(finding_json(finding));
  }
  const Summary& summary = document.summary;
  Json summary_json{{"errors", summary.errors},
                    {"warnings", summary.warnings},
                    {"infos", summary.infos},
                    {"words", summary.words}};
  if (summary.omitted > 0) summary_json["omitted"] = summary.omitted;
  return Json{
      {"id", document.id},
      {"source", document.source ? document_info_json(*document.source) : Json()},
      {"target", document_info_json(document.target)},
      {"alignment", alignment_json(document.alignment)},
      {"findings", std::move(findings)},
      {"summary", std::move(summary_json)},
  };
}

// Invalid UTF-8 in a message or span must not throw out of a writer: replace it with U+FFFD.
void dump(const Json& json, int indent, std::ostream& out) {
  out << json.dump(indent, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace

void write_json(const Report& report, std::ostream& out) {
  Json documents = Json::array();
  for (const DocumentReport& document : report.documents) {
    documents.push_back(document_json(document));
  }
  dump(Json{{"tool", tool_json(report)}, {"documents", std::move(documents)}}, 2, out);
}

void write_json_line(const Report& report, const DocumentReport& document, std::ostream& out) {
  Json line = Json{{"tool", tool_json(report)}};
  line.update(document_json(document));
  dump(line, -1, out);
}

}  // namespace mtlint
