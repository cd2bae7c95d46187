// The list of every checker mtlint has, sorted by id.
#pragma once

#include <span>
#include <string_view>

#include "mtlint/checker.h"

namespace mtlint {

[[nodiscard]] std::span<const Checker* const> all_checkers();
// nullptr when no checker has that id.
[[nodiscard]] const Checker* find_checker(std::string_view id);

}  // namespace mtlint
