// mtlint rules / mtlint explain RULE: what each checker looks for.
#include <iomanip>
#include <iostream>
#include <memory>
#include <string>

#include "command.h"
#include "mtlint/registry.h"

namespace mtlint::cli {
namespace {

void print_rules() {
  std::cout << std::left << std::setw(28) << "RULE" << std::setw(14) << "CATEGORY" << std::setw(9)
            << "SEVERITY"
            << "SUMMARY\n";
  for (const Checker* checker : all_checkers()) {
    const CheckerInfo& info = checker->info();
    std::cout << std::setw(28) << info.id << std::setw(14) << info.category << std::setw(9)
              << to_string(info.severity) << info.summary
              << (info.needs_source ? " (needs --source)" : "") << '\n';
  }
}

int explain(const std::string& id) {
  const Checker* checker = find_checker(id);
  if (checker == nullptr) {
    print_error("unknown rule '" + id + "' (see 'mtlint rules')");
    return 2;
  }
  const CheckerInfo& info = checker->info();
  std::cout << info.id << " (" << info.category << ", " << to_string(info.severity)
            << (info.needs_source ? ", needs a source" : "") << ")\n\n"
            << info.summary << "\n\n"
            << info.explanation << "\n\n"
            << "Bad (" << info.example_lang << "):\n  " << info.bad_example << "\n\n"
            << "Good:\n  " << info.good_example << '\n';
  return 0;
}

}  // namespace

void add_rules_command(CLI::App& app, int& exit_code) {
  CLI::App* command = app.add_subcommand("rules", "List every rule: id, category, severity");
  command->callback([&exit_code] {
    print_rules();
    exit_code = 0;
  });
}

void add_explain_command(CLI::App& app, int& exit_code) {
  auto id = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("explain", "Explain one rule, with examples");
  command->add_option("RULE", *id, "a rule id such as quote.unbalanced")->required();
  command->callback([id, &exit_code] { exit_code = explain(*id); });
}

}  // namespace mtlint::cli
