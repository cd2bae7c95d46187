// The CLI's commands. Each adds its subcommand to the app; when it runs, it stores its exit
// code (0 clean, 1 findings at or above --fail-on, 2 usage or input error) in `exit_code`.
#pragma once

#include <CLI/CLI.hpp>

#include "mtlint/result.h"

namespace mtlint::cli {

void add_check_command(CLI::App& app, int& exit_code);
void add_align_command(CLI::App& app, int& exit_code);
void add_rules_command(CLI::App& app, int& exit_code);
void add_explain_command(CLI::App& app, int& exit_code);
void add_eval_command(CLI::App& app, int& exit_code);

// "mtlint: FILE: byte N: what is wrong" on stderr, one line.
void print_error(const Error& error);
void print_error(const std::string& message);

}  // namespace mtlint::cli
