// Scoring findings against gold spans: per class precision, recall, F1; false alarms.
#include <algorithm>
#include <set>

#include "mtlint/eval.h"

namespace mtlint {
namespace {

constexpr std::size_t kNoClass = static_cast<std::size_t>(-1);

double ratio(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

// How specifically `pattern` names the finding's rule: 0 not at all, else the pattern length,
// so that "number.format" wins over "number" when both are given.
std::size_t match_length(const std::string& pattern, const EvalFinding& finding) {
  if (finding.rule == pattern || finding.category == pattern) return pattern.size();
  if (finding.rule.size() > pattern.size() && finding.rule.starts_with(pattern) &&
      finding.rule[pattern.size()] == '.') {
    return pattern.size();
  }
  return 0;
}

// A gold defect is compared on its own side: omissions against the finding's source span.
bool finding_hits(const EvalFinding& finding, const GoldDefect& gold) {
  if (gold.side == Side::target) return spans_overlap(finding.span, gold.span);
  return finding.source_span && spans_overlap(*finding.source_span, gold.span);
}

}  // namespace

bool spans_overlap(CodePointSpan a, CodePointSpan b) {
  if (a.start == a.end) return b.start <= a.start && a.start <= b.end;
  if (b.start == b.end) return a.start <= b.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

double ClassScore::precision() const { return ratio(findings_true, findings); }
double ClassScore::recall() const { return ratio(gold_found, gold); }
double ClassScore::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

double SpanScores::false_alarms_per_1k_words() const {
  return words == 0 ? 0.0 : 1000.0 * static_cast<double>(false_alarms) / static_cast<double>(words);
}

std::vector<ScoringClass> classes_from_gold(const std::vector<AnnotatedItem>& items) {
  std::set<std::string> names;
  for (const AnnotatedItem& item : items) {
    for (const GoldDefect& defect : item.defects) {
      if (!defect.category.empty()) names.insert(defect.category);
    }
  }
  std::vector<ScoringClass> classes;
  for (const std::string& name : names) classes.push_back({name, {name}});
  return classes;
}

SpanScorer::SpanScorer(std::vector<ScoringClass> classes, bool open)
    : classes_(std::move(classes)), open_(open) {
  for (const ScoringClass& scoring_class : classes_) {
    scores_.classes.push_back(ClassScore{scoring_class.name, 0, 0, 0, 0});
  }
}

std::size_t SpanScorer::class_named(const std::string& name) {
  for (std::size_t i = 0; i < classes_.size(); ++i) {
    if (classes_[i].name == name) return i;
  }
  classes_.push_back({name, {}});
  scores_.classes.push_back(ClassScore{name, 0, 0, 0, 0});
  return classes_.size() - 1;
}

std::size_t SpanScorer::class_of(const EvalFinding& finding) {
  std::size_t best = kNoClass;
  std::size_t best_length = 0;
  for (std::size_t i = 0; i < classes_.size(); ++i) {
    for (const std::string& pattern : classes_[i].rules) {
      const std::size_t length = match_length(pattern, finding);
      if (length > best_length) {
        best = i;
        best_length = length;
      }
    }
  }
  if (best == kNoClass && open_) return class_named(finding.category);
  return best;
}

ItemOutcome SpanScorer::add(const AnnotatedItem& item, const std::vector<EvalFinding>& findings,
                            std::size_t words) {
  ItemOutcome outcome;
  ++scores_.items;
  scores_.words += words;
  // Gold classes first: a finding's class must not be made before the gold's class exists.
  for (const GoldDefect& gold : item.defects) {
    if (!gold.category.empty()) static_cast<void>(class_named(gold.category));
  }
  std::vector<std::size_t> finding_class;
  for (const EvalFinding& finding : findings) finding_class.push_back(class_of(finding));
  for (std::size_t g = 0; g < item.defects.size(); ++g) {
    const GoldDefect& gold = item.defects[g];
    if (gold.category.empty()) continue;
    const std::size_t index = class_named(gold.category);
    ++scores_.classes[index].gold;
    bool found = false;
    for (std::size_t f = 0; f < findings.size() && !found; ++f) {
      found = finding_class[f] == index && finding_hits(findings[f], gold);
    }
    if (found) {
      ++scores_.classes[index].gold_found;
    } else {
      outcome.missed.push_back(g);
    }
  }
  for (std::size_t f = 0; f < findings.size(); ++f) {
    const auto hits = [&](const GoldDefect& gold) { return finding_hits(findings[f], gold); };
    if (std::none_of(item.defects.begin(), item.defects.end(), hits)) {
      ++scores_.false_alarms;
      ++scores_.false_alarms_by_rule[findings[f].rule];
      outcome.false_alarms.push_back(f);
    }
    if (finding_class[f] == kNoClass) continue;
    ClassScore& score = scores_.classes[finding_class[f]];
    ++score.findings;
    const std::string& name = classes_[finding_class[f]].name;
    const bool matched =
        std::any_of(item.defects.begin(), item.defects.end(),
                    [&](const GoldDefect& g) { return g.category == name && hits(g); });
    if (matched) ++score.findings_true;
  }
  return outcome;
}

SpanScores SpanScorer::result() const {
  SpanScores out = scores_;
  out.total = ClassScore{"all", 0, 0, 0, 0};
  for (const ClassScore& score : out.classes) {
    out.total.gold += score.gold;
    out.total.gold_found += score.gold_found;
    out.total.findings += score.findings;
    out.total.findings_true += score.findings_true;
  }
  return out;
}

double DemetrTypeScore::detection_rate() const { return ratio(detected, positives); }
double DemetrTypeScore::false_alarm_rate() const { return ratio(negatives_flagged, negatives); }

bool demetr_detected(const DemetrRecord& record, const std::vector<EvalFinding>& findings) {
  if (demetr_type_is_absence(record.type)) return !findings.empty();
  return std::any_of(findings.begin(), findings.end(), [&](const EvalFinding& finding) {
    return spans_overlap(finding.span, record.diff);
  });
}

}  // namespace mtlint
