#include "mtlint/registry.h"

#include <algorithm>
#include <array>

#include "check/checkers.h"

namespace mtlint {

std::span<const Checker* const> all_checkers() {
  static const auto list = std::to_array<const Checker*>({
      &checkers::garble_broken_sentence(),
      &checkers::punct_doubled(),
      &checkers::punct_missing_space_after(),
      &checkers::punct_space_before(),
      &checkers::quote_unbalanced(),
      &checkers::repeat_word(),
  });
  return list;
}

const Checker* find_checker(std::string_view id) {
  const auto list = all_checkers();
  const auto found = std::find_if(list.begin(), list.end(),
                                  [&](const Checker* checker) { return checker->info().id == id; });
  return found == list.end() ? nullptr : *found;
}

}  // namespace mtlint
