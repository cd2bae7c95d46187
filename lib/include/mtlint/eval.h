// Evaluation: annotated corpora, readers for them, and the scoring of mtlint's findings against
// gold defects. Readers and scoring are plain functions of their inputs; running the engine over
// a corpus is in the runner part at the end (the only part that needs an Engine).
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "mtlint/finding.h"
#include "mtlint/result.h"

namespace mtlint {

class Engine;

// Code points into a text, [start, end). An empty span marks a point (a missing character).
struct CodePointSpan {
  std::size_t start = 0;
  std::size_t end = 0;
  friend bool operator==(CodePointSpan, CodePointSpan) = default;
};

// Two spans overlap when they share a code point; an empty span overlaps a span that contains
// or touches its point, since a rater's point mark and a checker's span rarely coincide.
[[nodiscard]] bool spans_overlap(CodePointSpan a, CodePointSpan b);

enum class Side { target, source };

struct GoldDefect {
  // What scores it: a class name (own corpora: a rule id or category such as "punct" or
  // "align.omission"; MQM: our name for the MQM category). Empty: a defect no class scores,
  // kept so that a finding on it is not counted as a false alarm.
  std::string category;
  Side side = Side::target;  // omissions are marked in the source
  CodePointSpan span;
  std::string label;  // the corpus's own label (MQM category, note), for people
};

struct AnnotatedItem {
  std::string id;
  std::string origin;  // "FILE:LINE" or the item's directory: where to look when it is wrong
  std::optional<std::string> source;  // absent: target-only
  std::string source_lang;
  std::string target;
  std::string target_lang;  // empty: identify from the text
  std::vector<GoldDefect> defects;
};

// A corpus as read: the items that could be read, and one error per record that could not.
struct Corpus {
  std::vector<AnnotatedItem> items;
  std::vector<Error> problems;  // file and line of each skipped record
};

// --- Readers -------------------------------------------------------------------------------

// The project's own corpora: PATH is one item directory or a directory of them. An item is
// `<src>-<tgt>.<name>/` with source.txt, target.txt and annotations.tsv (or `<tgt>.<name>/`
// without source.txt); subdirectories without target.txt are not items. See corpora/README.md. A
// missing or unreadable PATH is an error; a bad annotation line is a problem (the rest of the item
// is kept).
[[nodiscard]] Result<Corpus> read_own_corpus(const std::filesystem::path& path);
// MQM JSON Lines (one document x system per line; PATH may be a directory of .jsonl files).
// Gold = the union of all raters' spans (identical spans once); source issues are not gold.
[[nodiscard]] Result<Corpus> read_mqm(const std::filesystem::path& path);
// Our class for an MQM category ("Fluency/Punctuation" -> "Punctuation"); empty when we have
// no checker for it. `text` is the span's text (Mistranslation spans with digits are numbers).
[[nodiscard]] std::string mqm_class(std::string_view mqm_category, std::string_view text);

struct DemetrRecord {
  std::string id;
  std::string origin;  // "FILE:LINE"
  std::string type;    // perturbation_type
  std::string source;
  std::string source_lang;
  std::string mt;         // clean translation
  std::string perturbed;  // with the error
  CodePointSpan diff;     // diff_perturbed
  bool pert_check = true;
};

struct DemetrCorpus {
  std::vector<DemetrRecord> records;
  std::vector<Error> problems;
};

[[nodiscard]] Result<DemetrCorpus> read_demetr(const std::filesystem::path& path);
// True for perturbations that remove something: the error is an absence, so a finding
// anywhere in the sentence counts as a detection.
[[nodiscard]] bool demetr_type_is_absence(std::string_view type);

// Clean human text: `field` of each JSON Lines record, deduplicated, target-only, no gold.
// `lang` empty: from the record (MQM `lang_pair`, DEMETR: en) or identified from the text.
// `match` ("key=v1,v2", may be empty) keeps only records whose string field is one of the values.
[[nodiscard]] Result<Corpus> read_clean_text(const std::filesystem::path& path,
                                             const std::string& field, const std::string& lang,
                                             const std::string& match);

// --- Scoring -------------------------------------------------------------------------------

// A finding as scoring sees it: positions in code points of the texts as given.
struct EvalFinding {
  std::string rule;
  std::string category;
  Severity severity = Severity::warning;
  CodePointSpan span;
  std::optional<CodePointSpan> source_span;
  std::string message;
};

// A scored class: gold defects whose category is `name`, and findings whose rule matches one
// of `rules` (a rule id, a category, or an id prefix such as "number").
struct ScoringClass {
  std::string name;
  std::vector<std::string> rules;
};

struct ClassScore {
  std::string name;
  std::size_t gold = 0;                    // gold defects of this class
  std::size_t gold_found = 0;              // ... overlapped by a finding of this class
  std::size_t findings = 0;                // findings of this class
  std::size_t findings_true = 0;           // ... overlapping a gold defect of this class
  [[nodiscard]] double precision() const;  // 0 when there are no findings
  [[nodiscard]] double recall() const;     // 0 when there is no gold
  [[nodiscard]] double f1() const;
};

struct SpanScores {
  std::vector<ClassScore> classes;  // in the order of the classes given, then open classes
  ClassScore total;                 // micro-averaged over the classes
  std::size_t items = 0;
  std::size_t words = 0;         // target words
  std::size_t false_alarms = 0;  // findings overlapping no gold defect of any category
  std::map<std::string, std::size_t> false_alarms_by_rule;
  [[nodiscard]] double false_alarms_per_1k_words() const;
};

// What scoring one item found wrong: indices into the item's findings and gold defects.
struct ItemOutcome {
  std::vector<std::size_t> false_alarms;  // findings on no gold defect
  std::vector<std::size_t> missed;        // scored gold defects no finding of their class hit
};

// The MQM classes (Punctuation, Omission, Untranslated, ...) with the rules that answer them.
[[nodiscard]] std::vector<ScoringClass> mqm_classes();

class SpanScorer {
 public:
  // `open`: a finding no class takes makes a class of its category (own corpora, where every
  // finding should match a planted defect); otherwise it counts only as a false alarm or not.
  SpanScorer(std::vector<ScoringClass> classes, bool open);
  // Returns what went wrong on this item, for people looking for the cause.
  ItemOutcome add(const AnnotatedItem& item, const std::vector<EvalFinding>& findings,
                  std::size_t words);
  [[nodiscard]] SpanScores result() const;

 private:
  [[nodiscard]] std::size_t class_of(const EvalFinding& finding);
  [[nodiscard]] std::size_t class_named(const std::string& name);
  std::vector<ScoringClass> classes_;
  bool open_ = false;
  SpanScores scores_;
};

// Classes for the own corpora: one per gold category, matching rules by id or category.
[[nodiscard]] std::vector<ScoringClass> classes_from_gold(const std::vector<AnnotatedItem>& items);

struct DemetrTypeScore {
  std::string type;
  bool absence = false;
  std::size_t positives = 0;  // perturbed sentences (pert_check only)
  std::size_t detected = 0;
  std::size_t negatives = 0;  // clean mt sentences
  std::size_t negatives_flagged = 0;
  [[nodiscard]] double detection_rate() const;
  [[nodiscard]] double false_alarm_rate() const;
};

struct DemetrScores {
  std::vector<DemetrTypeScore> types;  // sorted by type
  std::size_t clean_sentences = 0;     // distinct clean mt sentences
  std::size_t clean_flagged = 0;
  std::size_t clean_words = 0;
  std::size_t clean_findings = 0;
  std::map<std::string, std::size_t> clean_findings_by_rule;
};

// Detection: a finding overlapping the record's diff (anywhere for absence types).
[[nodiscard]] bool demetr_detected(const DemetrRecord& record,
                                   const std::vector<EvalFinding>& findings);

// --- Running the engine --------------------------------------------------------------------

struct EvalOptions {
  Severity min_severity = Severity::warning;
  bool target_only = false;
  std::size_t limit = 0;  // items (DEMETR: records) to run; 0: all
  // When set, one JSON line per false alarm, missed gold defect or undetected perturbation,
  // with the text around it: what to read when a figure is worse than expected.
  std::ostream* cases = nullptr;
};

struct EvalReport {
  std::string corpus;  // own | mqm | demetr | text
  std::string path;
  std::string mode;  // "source+target" or "target-only"
  std::string note;  // how gold was formed, what counts
  Severity min_severity = Severity::warning;
  std::size_t items = 0;
  std::size_t skipped = 0;         // records the reader rejected
  std::size_t without_source = 0;  // items run target-only because the source failed
  std::size_t failed = 0;          // items the engine could not check
  std::optional<SpanScores> spans;
  std::optional<DemetrScores> demetr;
};

// Runs the engine on every item and scores the findings. Problems the engine reports for an
// item are appended to `problems` and the item is run target-only or skipped.
[[nodiscard]] SpanScores evaluate_spans(Engine& engine, const std::vector<AnnotatedItem>& items,
                                        SpanScorer scorer, const EvalOptions& options,
                                        EvalReport& report, std::vector<Error>& problems);
[[nodiscard]] DemetrScores evaluate_demetr(Engine& engine, const std::vector<DemetrRecord>& records,
                                           const EvalOptions& options, EvalReport& report,
                                           std::vector<Error>& problems);

void write_eval_text(const EvalReport& report, std::ostream& out);
void write_eval_json(const EvalReport& report, std::ostream& out);

}  // namespace mtlint
