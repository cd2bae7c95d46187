// Printing an EvalReport: a table for people, JSON for comparing versions.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "mtlint/eval.h"

namespace mtlint {
namespace {

std::string percent(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", 100.0 * value);
  return buffer;
}

std::string fixed(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

std::string pad(std::string text, std::size_t width, bool left = false) {
  if (text.size() >= width) return text + " ";
  const std::string fill(width - text.size(), ' ');
  return left ? text + fill : fill + text;
}

std::string by_rule(const std::map<std::string, std::size_t>& counts) {
  std::string out;
  for (const auto& [rule, count] : counts) {
    out += (out.empty() ? "" : ", ") + rule + " " + std::to_string(count);
  }
  return out.empty() ? "none" : out;
}

void write_class_row(const ClassScore& score, std::ostream& out) {
  out << pad(score.name, 22, true) << pad(std::to_string(score.gold), 6)
      << pad(std::to_string(score.gold_found), 7) << pad(std::to_string(score.findings), 10)
      << pad(std::to_string(score.findings_true), 6) << pad(percent(score.precision()), 11)
      << pad(percent(score.recall()), 9) << pad(percent(score.f1()), 8) << "\n";
}

void write_spans_text(const SpanScores& scores, std::ostream& out) {
  if (!scores.classes.empty()) {
    out << pad("class", 22, true) << pad("gold", 6) << pad("found", 7) << pad("findings", 10)
        << pad("true", 6) << pad("precision", 11) << pad("recall", 9) << pad("F1", 8) << "\n";
    for (const ClassScore& score : scores.classes) write_class_row(score, out);
    write_class_row(scores.total, out);
  }
  out << "words " << scores.words << "; false alarms (findings on no gold span) "
      << scores.false_alarms << " = " << fixed(scores.false_alarms_per_1k_words())
      << " per 1,000 words\n";
  out << "false alarms by rule: " << by_rule(scores.false_alarms_by_rule) << "\n";
}

void write_demetr_text(const DemetrScores& scores, std::ostream& out) {
  out << pad("type", 20, true) << pad("match", 9) << pad("perturbed", 10) << pad("detected", 9)
      << pad("rate", 8) << pad("clean", 7) << pad("flagged", 8) << pad("false-alarm", 12) << "\n";
  for (const DemetrTypeScore& type : scores.types) {
    out << pad(type.type, 20, true) << pad(type.absence ? "anywhere" : "overlap", 9)
        << pad(std::to_string(type.positives), 10) << pad(std::to_string(type.detected), 9)
        << pad(percent(type.detection_rate()), 8) << pad(std::to_string(type.negatives), 7)
        << pad(std::to_string(type.negatives_flagged), 8)
        << pad(percent(type.false_alarm_rate()), 12) << "\n";
  }
  const double rate = scores.clean_sentences == 0 ? 0.0
                                                  : static_cast<double>(scores.clean_flagged) /
                                                        static_cast<double>(scores.clean_sentences);
  const double per_1k = scores.clean_words == 0
                            ? 0.0
                            : 1000.0 * static_cast<double>(scores.clean_findings) /
                                  static_cast<double>(scores.clean_words);
  out << "distinct clean mt sentences " << scores.clean_sentences << ", flagged "
      << scores.clean_flagged << " (" << percent(rate) << "); findings " << scores.clean_findings
      << " in " << scores.clean_words << " words = " << fixed(per_1k) << " per 1,000 words\n";
  out << "clean mt findings by rule: " << by_rule(scores.clean_findings_by_rule) << "\n";
}

nlohmann::json class_json(const ClassScore& score) {
  return {{"name", score.name},
          {"gold", score.gold},
          {"gold_found", score.gold_found},
          {"findings", score.findings},
          {"findings_true", score.findings_true},
          {"precision", score.precision()},
          {"recall", score.recall()},
          {"f1", score.f1()}};
}

nlohmann::json spans_json(const SpanScores& scores) {
  nlohmann::json classes = nlohmann::json::array();
  for (const ClassScore& score : scores.classes) classes.push_back(class_json(score));
  return {{"classes", classes},
          {"total", class_json(scores.total)},
          {"words", scores.words},
          {"false_alarms", scores.false_alarms},
          {"false_alarms_per_1k_words", scores.false_alarms_per_1k_words()},
          {"false_alarms_by_rule", scores.false_alarms_by_rule}};
}

nlohmann::json demetr_json(const DemetrScores& scores) {
  nlohmann::json types = nlohmann::json::array();
  for (const DemetrTypeScore& type : scores.types) {
    types.push_back({{"type", type.type},
                     {"match", type.absence ? "anywhere" : "overlap"},
                     {"perturbed", type.positives},
                     {"detected", type.detected},
                     {"detection_rate", type.detection_rate()},
                     {"clean", type.negatives},
                     {"clean_flagged", type.negatives_flagged},
                     {"false_alarm_rate", type.false_alarm_rate()}});
  }
  return {{"types", types},
          {"clean_sentences", scores.clean_sentences},
          {"clean_flagged", scores.clean_flagged},
          {"clean_words", scores.clean_words},
          {"clean_findings", scores.clean_findings},
          {"clean_findings_by_rule", scores.clean_findings_by_rule}};
}

}  // namespace

void write_eval_text(const EvalReport& report, std::ostream& out) {
  out << "mtlint eval: " << report.corpus << " " << report.path << " (" << report.mode
      << ", findings at " << to_string(report.min_severity) << " or above)\n";
  if (!report.note.empty()) out << report.note << "\n";
  out << "items " << report.items << "; records skipped " << report.skipped
      << "; run target-only after a source failure " << report.without_source << "; not checked "
      << report.failed << "\n\n";
  if (report.spans) write_spans_text(*report.spans, out);
  if (report.demetr) write_demetr_text(*report.demetr, out);
}

void write_eval_json(const EvalReport& report, std::ostream& out) {
  nlohmann::json json = {{"corpus", report.corpus},
                         {"path", report.path},
                         {"mode", report.mode},
                         {"note", report.note},
                         {"min_severity", to_string(report.min_severity)},
                         {"items", report.items},
                         {"skipped", report.skipped},
                         {"without_source", report.without_source},
                         {"failed", report.failed}};
  if (report.spans) json["spans"] = spans_json(*report.spans);
  if (report.demetr) json["demetr"] = demetr_json(*report.demetr);
  out << json.dump(2) << "\n";
}

}  // namespace mtlint
