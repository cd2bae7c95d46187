#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace mtlint::cli {

[[nodiscard]] bool stdout_is_terminal();
// Runs `write` on stdout (path empty or "-") or on a file that appears only when complete.
// False (after printing the error) when the file could not be written.
bool emit(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace mtlint::cli
