// mtlint's entry point: wires the commands together; no checking logic lives here.
#include <CLI/CLI.hpp>
#include <csignal>
#include <iostream>

#include "command.h"
#include "mtlint/language_id.h"

#ifndef MTLINT_VERSION
#define MTLINT_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe is not an error: writes just fail quietly
  mtlint::prepare_language_identification();

  CLI::App app{
      "mtlint checks a machine-translated news article against its source and reports the "
      "defects a reader would notice: garbled fragments, stray punctuation, unbalanced quotes, "
      "broken sentences, dropped sentences, changed numbers and names.",
      "mtlint"};
  app.set_version_flag("--version", std::string("mtlint ") + MTLINT_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  mtlint check article.en.txt --target-lang en\n"
      "  mtlint check article.en.txt --source article.ru.txt --format json -o report.json\n"
      "  mtlint align article.ru.txt article.en.txt --format beads\n"
      "  mtlint rules\n"
      "  mtlint explain quote.unbalanced\n"
      "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or "
      "input error.");

  // Usage errors, like input errors, are one line on stderr.
  app.failure_message([](const CLI::App*, const CLI::Error& error) {
    return std::string("mtlint: ") + error.what() + " (see 'mtlint --help')\n";
  });

  int exit_code = 0;
  mtlint::cli::add_check_command(app, exit_code);
  mtlint::cli::add_align_command(app, exit_code);
  mtlint::cli::add_rules_command(app, exit_code);
  mtlint::cli::add_explain_command(app, exit_code);
  mtlint::cli::add_eval_command(app, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }
  return exit_code;
}
