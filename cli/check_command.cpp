// mtlint check TARGET [--source SRC] ...: one article, one report.
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "command.h"
#include "mtlint/engine.h"
#include "output.h"

#ifndef MTLINT_VERSION
#define MTLINT_VERSION "0.0.0"
#endif

namespace mtlint::cli {
namespace {

struct CheckArguments {
  CheckRequest request;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  std::string color = "auto";
  std::vector<std::string> enable;
  std::vector<std::string> disable;
  std::string words_file;  // --words: words that are always spelled right
  std::string glossary;    // --glossary: TSV or TBX for term.glossary
};

std::vector<std::string> split_commas(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    std::size_t begin = 0;
    while (begin <= value.size()) {
      const std::size_t comma = std::min(value.find(',', begin), value.size());
      if (comma > begin) out.push_back(value.substr(begin, comma - begin));
      begin = comma + 1;
    }
  }
  return out;
}

bool fails(const Report& report, const std::string& fail_on) {
  if (fail_on == "never") return false;
  const std::map<std::string, Severity> levels = {
      {"error", Severity::error}, {"warning", Severity::warning}, {"info", Severity::info}};
  const Severity threshold = levels.at(fail_on);
  for (const DocumentReport& document : report.documents) {
    for (const ReportedFinding& finding : document.findings) {
      if (finding.finding.severity >= threshold) return true;
    }
  }
  return false;
}

bool use_color(const CheckArguments& arguments) {
  if (arguments.color == "always") return true;
  if (arguments.color == "never" || !arguments.output.empty()) return false;
  return stdout_is_terminal() && std::getenv("NO_COLOR") == nullptr;
}

void write_report(const Report& report, const CheckArguments& arguments, std::ostream& out) {
  if (arguments.format == "json") {
    write_json(report, out);
  } else if (arguments.format == "gnu") {
    write_gnu(report, out);
  } else {
    write_text(report, out, {.color = use_color(arguments) ? ColorMode::always : ColorMode::never});
  }
}

// One word per line; blank lines and lines starting with '#' are skipped.
Result<std::vector<std::string>> read_words(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{path, "cannot read the words file", {}, {}};
  std::vector<std::string> words;
  for (std::string line; std::getline(in, line);) {
    const std::size_t begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos || line[begin] == '#') continue;
    const std::size_t end = line.find_last_not_of(" \t\r");
    words.push_back(line.substr(begin, end - begin + 1));
  }
  return words;
}

int run_check(const CheckArguments& arguments) {
  Result<RuleSelection> rules =
      validate({split_commas(arguments.enable), split_commas(arguments.disable)});
  if (!rules) {
    print_error(rules.error());
    return 2;
  }
  Engine engine(default_dictionaries_dir(), *rules);
  if (!arguments.glossary.empty()) {
    Result<std::vector<GlossaryEntry>> glossary = read_glossary(arguments.glossary);
    if (!glossary) {
      print_error(glossary.error());
      return 2;
    }
    engine.resources().set_glossary(std::move(glossary).value());
  }
  if (!arguments.words_file.empty()) {
    Result<std::vector<std::string>> words = read_words(arguments.words_file);
    if (!words) {
      print_error(words.error());
      return 2;
    }
    engine.resources().add_user_words(*words);
  }
  Result<DocumentReport> document = engine.check(arguments.request);
  if (!document) {
    print_error(document.error());
    return 2;
  }
  Report report{MTLINT_VERSION, {std::move(document).value()}};
  if (!emit(arguments.output, [&](std::ostream& out) { write_report(report, arguments, out); })) {
    return 2;
  }
  return fails(report, arguments.fail_on) ? 1 : 0;
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<CheckArguments>();
  CLI::App* command = app.add_subcommand("check", "Check one translated article");
  command->add_option("TARGET", arguments->request.target_path, "the translation ('-': stdin)")
      ->required();
  command->add_option("--source,-s", arguments->request.source_path, "the original article");
  command->add_option("--target-lang", arguments->request.target_lang,
                      "language of TARGET (BCP-47, e.g. en); identified when omitted");
  command->add_option("--source-lang", arguments->request.source_lang,
                      "language of the source; identified when omitted");
  command->add_option("--encoding", arguments->request.ingest.encoding,
                      "input encoding: utf-8 (default), auto, or a name such as windows-1251");
  command->add_option("--format,-f", arguments->format, "report format")
      ->check(CLI::IsMember({"text", "json", "gnu"}));
  command->add_option("--output,-o", arguments->output, "write the report to FILE");
  command->add_option("--fail-on", arguments->fail_on, "exit 1 when a finding is at least this")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  command->add_option("--color", arguments->color, "colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  command->add_option("--enable", arguments->enable, "only these rules or categories (a,b,...)");
  command->add_option("--disable", arguments->disable, "not these rules or categories (a,b,...)");
  command->add_option("--words", arguments->words_file,
                      "FILE of words always spelled right (one a line, '#' comments)");
  command->add_option("--glossary", arguments->glossary,
                      "glossary: TSV (source term, target term, forbidden|variants) or TBX");
  command->callback([arguments, &exit_code] { exit_code = run_check(*arguments); });
}

}  // namespace mtlint::cli
