// Running the engine over annotated items and DEMETR records.
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "mtlint/engine.h"
#include "mtlint/eval.h"
#include "mtlint/ingest.h"

namespace mtlint {
namespace {

struct Checked {
  std::vector<EvalFinding> findings;
  std::size_t words = 0;
};

struct Texts {
  const std::string& id;
  const std::optional<std::string>& source;
  const std::string& source_lang;
  const std::string& target;
  const std::string& target_lang;
};

CodePointSpan to_span(const ReportedSpan& span) { return {span.start, span.end}; }

Checked to_checked(const DocumentReport& report, Severity min_severity) {
  Checked out;
  out.words = report.summary.words;
  for (const ReportedFinding& reported : report.findings) {
    const Finding& finding = reported.finding;
    if (finding.severity < min_severity) continue;
    std::optional<CodePointSpan> source_span;
    if (reported.source_span) source_span = to_span(*reported.source_span);
    out.findings.push_back(EvalFinding{finding.rule, finding.category, finding.severity,
                                       to_span(reported.span), source_span, finding.message});
  }
  return out;
}

Result<Checked> check_once(Engine& engine, const Texts& texts, bool with_source,
                           Severity min_severity) {
  Result<Document> target = document_from_bytes(texts.target, texts.id + " (target)");
  if (!target) return target.error();
  std::optional<Document> source;
  if (with_source && texts.source) {
    Result<Document> read = document_from_bytes(*texts.source, texts.id + " (source)");
    if (!read) return read.error();
    source = std::move(read).value();
  }
  Result<DocumentReport> report = engine.check(std::move(target).value(), std::move(source),
                                               texts.target_lang, texts.source_lang);
  if (!report) return report.error();
  return to_checked(*report, min_severity);
}

// Collects problems once each: a missing language profile would otherwise repeat per item.
class ProblemLog {
 public:
  ProblemLog(EvalReport& report, std::vector<Error>& problems)
      : report_(report), problems_(problems) {}
  void add(Error error, const std::string& what_happened) {
    error.message += " (" + what_happened + ")";
    if (seen_.insert(error.message).second) problems_.push_back(std::move(error));
  }
  EvalReport& report() { return report_; }

 private:
  EvalReport& report_;
  std::vector<Error>& problems_;
  std::set<std::string> seen_;
};

// With the source when asked and possible; target-only when the source cannot be checked.
std::optional<Checked> check_texts(Engine& engine, const Texts& texts, const EvalOptions& options,
                                   ProblemLog& log) {
  const bool with_source = texts.source.has_value() && !options.target_only;
  Result<Checked> checked = check_once(engine, texts, with_source, options.min_severity);
  if (!checked && with_source) {
    log.add(checked.error(), "such items checked target-only");
    ++log.report().without_source;
    checked = check_once(engine, texts, false, options.min_severity);
  }
  if (!checked) {
    log.add(checked.error(), "such items skipped");
    ++log.report().failed;
    return std::nullopt;
  }
  return std::move(checked).value();
}

void count_clean(const Checked& checked, DemetrScores& scores) {
  ++scores.clean_sentences;
  scores.clean_words += checked.words;
  scores.clean_findings += checked.findings.size();
  if (!checked.findings.empty()) ++scores.clean_flagged;
  for (const EvalFinding& finding : checked.findings) {
    ++scores.clean_findings_by_rule[finding.rule];
  }
}

// The text of `span` with up to `context` code points either side, the span in [[ ]].
std::string excerpt(const std::string& text, CodePointSpan span, std::size_t context = 50) {
  std::vector<std::size_t> starts;  // byte offset of each code point, then the end
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) starts.push_back(i);
  }
  starts.push_back(text.size());
  const std::size_t last = starts.size() - 1;
  const auto at = [&](std::size_t code_point) { return starts[std::min(code_point, last)]; };
  const std::size_t from = span.start > context ? span.start - context : 0;
  const std::size_t to = span.end + context;
  return text.substr(at(from), at(span.start) - at(from)) + "[[" +
         text.substr(at(span.start), at(span.end) - at(span.start)) + "]]" +
         text.substr(at(span.end), at(to) - at(span.end));
}

void write_case(std::ostream* out, nlohmann::json line) {
  if (out != nullptr)
    *out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void write_span_cases(std::ostream* out, const AnnotatedItem& item,
                      const std::vector<EvalFinding>& findings, const ItemOutcome& outcome) {
  if (out == nullptr) return;
  for (const std::size_t f : outcome.false_alarms) {
    const EvalFinding& finding = findings[f];
    write_case(out, {{"case", "false alarm"},
                     {"origin", item.origin},
                     {"rule", finding.rule},
                     {"message", finding.message},
                     {"text", excerpt(item.target, finding.span)}});
  }
  for (const std::size_t g : outcome.missed) {
    const GoldDefect& gold = item.defects[g];
    const bool on_source = gold.side == Side::source && item.source;
    write_case(out, {{"case", "missed"},
                     {"origin", item.origin},
                     {"class", gold.category},
                     {"label", gold.label},
                     {"side", on_source ? "source" : "target"},
                     {"text", excerpt(on_source ? *item.source : item.target, gold.span)}});
  }
}

void write_demetr_clean_cases(std::ostream* out, const DemetrRecord& record,
                              const Checked& checked) {
  for (const EvalFinding& finding : checked.findings) {
    write_case(out, {{"case", "false alarm"},
                     {"origin", record.origin},
                     {"rule", finding.rule},
                     {"message", finding.message},
                     {"text", excerpt(record.mt, finding.span)}});
  }
}

void write_demetr_missed_case(std::ostream* out, const DemetrRecord& record) {
  write_case(out, {{"case", "undetected"},
                   {"origin", record.origin},
                   {"type", record.type},
                   {"source", record.source},
                   {"text", excerpt(record.perturbed, record.diff)}});
}

}  // namespace

SpanScores evaluate_spans(Engine& engine, const std::vector<AnnotatedItem>& items,
                          SpanScorer scorer, const EvalOptions& options, EvalReport& report,
                          std::vector<Error>& problems) {
  ProblemLog log(report, problems);
  report.mode = options.target_only ? "target-only" : "source+target";
  report.min_severity = options.min_severity;
  for (const AnnotatedItem& item : items) {
    if (options.limit != 0 && report.items == options.limit) break;
    ++report.items;
    const Texts texts{item.id, item.source, item.source_lang, item.target, item.target_lang};
    const std::optional<Checked> checked = check_texts(engine, texts, options, log);
    if (!checked) continue;
    const ItemOutcome outcome = scorer.add(item, checked->findings, checked->words);
    write_span_cases(options.cases, item, checked->findings, outcome);
  }
  return scorer.result();
}

DemetrScores evaluate_demetr(Engine& engine, const std::vector<DemetrRecord>& records,
                             const EvalOptions& options, EvalReport& report,
                             std::vector<Error>& problems) {
  ProblemLog log(report, problems);
  report.mode = options.target_only ? "target-only" : "source+target";
  report.min_severity = options.min_severity;
  const std::string english = "en";
  std::map<std::string, std::optional<Checked>> clean;  // the same mt recurs for every type
  std::map<std::string, DemetrTypeScore> types;
  DemetrScores scores;
  for (const DemetrRecord& record : records) {
    if (options.limit != 0 && report.items == options.limit) break;
    ++report.items;
    DemetrTypeScore& type = types[record.type];
    type.type = record.type;
    type.absence = demetr_type_is_absence(record.type);
    const std::optional<std::string> source = record.source;
    const std::string key = record.source + '\x1f' + record.mt;
    auto [found, inserted] = clean.try_emplace(key);
    if (inserted) {
      found->second = check_texts(
          engine, {record.id, source, record.source_lang, record.mt, english}, options, log);
      if (found->second) {
        count_clean(*found->second, scores);
        write_demetr_clean_cases(options.cases, record, *found->second);
      }
    }
    if (found->second) {
      ++type.negatives;
      if (!found->second->findings.empty()) ++type.negatives_flagged;
    }
    if (!record.pert_check) continue;  // not a clean positive
    const std::optional<Checked> perturbed = check_texts(
        engine, {record.id, source, record.source_lang, record.perturbed, english}, options, log);
    if (!perturbed) continue;
    ++type.positives;
    if (demetr_detected(record, perturbed->findings)) {
      ++type.detected;
    } else {
      write_demetr_missed_case(options.cases, record);
    }
  }
  for (auto& [name, type] : types) scores.types.push_back(type);
  return scores;
}

}  // namespace mtlint
