// mtlint eval --corpus own|mqm|demetr|text PATH: runs the checkers over annotated data and
// prints how well the findings match the gold defects.
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "command.h"
#include "mtlint/engine.h"
#include "mtlint/eval.h"
#include "output.h"

namespace mtlint::cli {
namespace {

struct EvalArguments {
  std::string corpus;
  std::string path;
  std::string format = "text";
  std::string output;
  std::string min_severity = "warning";
  std::string field = "reference";
  std::string lang;
  std::string match;
  std::string cases;
  std::size_t limit = 0;
  bool target_only = false;
  std::vector<std::string> disable;
};

constexpr const char* kUnionNote =
    "gold: the union of all raters' spans (a span marked by several raters counts once); "
    "source issues excluded; omissions matched on the source side; a finding counts when it "
    "overlaps a gold span of its class";

Severity parse_severity(const std::string& name) {
  if (name == "error") return Severity::error;
  if (name == "info") return Severity::info;
  return Severity::warning;
}

void print_problems(const std::vector<Error>& problems) {
  for (const Error& problem : problems) print_error(problem);
}

// Reads the span corpora (own, mqm, text) into items and the scorer that goes with them.
Result<Corpus> read_span_corpus(const EvalArguments& arguments, EvalReport& report) {
  if (arguments.corpus == "own") {
    report.note = "gold: corpora/*/annotations.tsv; omissions matched on the source side";
    return read_own_corpus(arguments.path);
  }
  if (arguments.corpus == "mqm") {
    report.note = kUnionNote;
    return read_mqm(arguments.path);
  }
  report.note = "clean human text (field '" + arguments.field +
                "', deduplicated), target-only: every finding is a false alarm";
  return read_clean_text(arguments.path, arguments.field, arguments.lang, arguments.match);
}

SpanScorer scorer_for(const std::string& corpus, const std::vector<AnnotatedItem>& items) {
  if (corpus == "mqm") return SpanScorer(mqm_classes(), false);
  if (corpus == "own") return SpanScorer(classes_from_gold(items), true);
  return SpanScorer({}, false);
}

int run_spans(Engine& engine, const EvalArguments& arguments, const EvalOptions& options,
              EvalReport& report) {
  Result<Corpus> corpus = read_span_corpus(arguments, report);
  if (!corpus) {
    print_error(corpus.error());
    return 2;
  }
  print_problems(corpus->problems);
  report.skipped = corpus->problems.size();
  std::vector<Error> problems;
  report.spans = evaluate_spans(engine, corpus->items, scorer_for(arguments.corpus, corpus->items),
                                options, report, problems);
  print_problems(problems);
  return 0;
}

int run_demetr(Engine& engine, const EvalArguments& arguments, const EvalOptions& options,
               EvalReport& report) {
  Result<DemetrCorpus> corpus = read_demetr(arguments.path);
  if (!corpus) {
    print_error(corpus.error());
    return 2;
  }
  print_problems(corpus->problems);
  report.skipped = corpus->problems.size();
  report.note =
      "detection: perturbed sentences (pert_check) with a finding overlapping diff_perturbed; "
      "for absence types ('anywhere') a finding anywhere in the sentence; false alarm: the "
      "record's clean mt has any finding";
  std::vector<Error> problems;
  report.demetr = evaluate_demetr(engine, corpus->records, options, report, problems);
  print_problems(problems);
  return 0;
}

int run_eval(const EvalArguments& arguments) {
  Result<RuleSelection> rules = validate({{}, arguments.disable});
  if (!rules) {
    print_error(rules.error());
    return 2;
  }
  Engine engine(default_dictionaries_dir(), *rules);
  std::ofstream cases;
  if (!arguments.cases.empty()) {
    cases.open(arguments.cases);
    if (!cases) {
      print_error(Error{arguments.cases, "cannot write the cases file", {}, {}});
      return 2;
    }
  }
  const EvalOptions options{parse_severity(arguments.min_severity),
                            arguments.target_only || arguments.corpus == "text", arguments.limit,
                            arguments.cases.empty() ? nullptr : &cases};
  EvalReport report;
  report.corpus = arguments.corpus;
  report.path = arguments.path;
  const int code = arguments.corpus == "demetr" ? run_demetr(engine, arguments, options, report)
                                                : run_spans(engine, arguments, options, report);
  if (code != 0) return code;
  const bool written = emit(arguments.output, [&](std::ostream& out) {
    if (arguments.format == "json") {
      write_eval_json(report, out);
    } else {
      write_eval_text(report, out);
    }
  });
  return written ? 0 : 2;
}

}  // namespace

void add_eval_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<EvalArguments>();
  CLI::App* command = app.add_subcommand(
      "eval", "Measure the checkers against annotated data (precision, recall, false alarms)");
  command
      ->add_option("--corpus", arguments->corpus,
                   "own (corpora/ directories), mqm (JSON Lines or a directory of them), "
                   "demetr (JSON Lines), text (one field of JSON Lines: clean human text)")
      ->required()
      ->check(CLI::IsMember({"own", "mqm", "demetr", "text"}));
  command->add_option("PATH", arguments->path, "the corpus file or directory")->required();
  command->add_option("--format,-f", arguments->format, "output format")
      ->check(CLI::IsMember({"text", "json"}));
  command->add_option("--output,-o", arguments->output, "write the results to FILE");
  command->add_option("--limit", arguments->limit, "run only the first N items (0: all)");
  command
      ->add_option("--min-severity", arguments->min_severity,
                   "count findings at this severity or above")
      ->check(CLI::IsMember({"info", "warning", "error"}));
  command->add_flag("--target-only", arguments->target_only, "do not give the checkers the source");
  command->add_option("--field", arguments->field,
                      "--corpus text: the JSON field holding the text (default: reference)");
  command->add_option("--lang", arguments->lang,
                      "--corpus text: the text's language (default: from the record)");
  command->add_option("--match", arguments->match,
                      "--corpus text: only records with KEY=V1,V2 (e.g. system=refA,ref,refB)");
  command->add_option("--disable", arguments->disable, "not these rules or categories");
  command->add_option("--cases", arguments->cases,
                      "write each false alarm, missed defect and undetected perturbation to FILE "
                      "(JSON Lines, with the text around it)");
  command->callback([arguments, &exit_code] { exit_code = run_eval(*arguments); });
}

}  // namespace mtlint::cli
