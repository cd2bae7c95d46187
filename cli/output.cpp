// Where the CLI's words go: errors to stderr in one line; reports to stdout or, atomically,
// to a file (written beside it and renamed, so a failed run leaves no partial file).
#include "output.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "command.h"

namespace mtlint::cli {

void print_error(const Error& error) { std::cerr << "mtlint: " << error.describe() << '\n'; }

void print_error(const std::string& message) { std::cerr << "mtlint: " << message << '\n'; }

bool stdout_is_terminal() { return isatty(fileno(stdout)) != 0; }

bool emit(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-") {
    write(std::cout);
    std::cout.flush();
    return true;
  }
  const std::string temporary = path + ".mtlint-partial";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      print_error(Error{path, "cannot open for writing", {}, {}});
      return false;
    }
    write(out);
    if (!out.flush()) {
      print_error(Error{path, "write failed", {}, {}});
      std::filesystem::remove(temporary);
      return false;
    }
  }
  std::error_code failure;
  std::filesystem::rename(temporary, path, failure);
  if (failure) {
    print_error(Error{path, "cannot write: " + failure.message(), {}, {}});
    std::filesystem::remove(temporary, failure);
    return false;
  }
  return true;
}

}  // namespace mtlint::cli
