#include "mtlint/registry.h"

#include <algorithm>
#include <array>

#include "check/checkers.h"

namespace mtlint {

std::span<const Checker* const> all_checkers() {
  static const auto list = std::to_array<const Checker*>({
      &checkers::align_addition(),
      &checkers::align_omission(),
      &checkers::boilerplate_scrape(),
      &checkers::consistency_variant(),
      &checkers::encoding_invisible(),
      &checkers::encoding_mojibake(),
      &checkers::entity_mismatch(),
      &checkers::garble_broken_sentence(),
      &checkers::garble_determiner_name(),
      &checkers::garble_fragment(),
      &checkers::garble_truncated(),
      &checkers::length_ratio(),
      &checkers::link_mismatch(),
      &checkers::number_format(),
      &checkers::number_mismatch(),
      &checkers::punct_doubled(),
      &checkers::punct_french_spacing(),
      &checkers::punct_fullwidth(),
      &checkers::punct_hyphen_dash(),
      &checkers::punct_inverted_mark(),
      &checkers::punct_mismatch(),
      &checkers::punct_missing_space_after(),
      &checkers::punct_space_before(),
      &checkers::punct_space_run(),
      &checkers::punct_stray(),
      &checkers::quote_straight_mixed(),
      &checkers::quote_style(),
      &checkers::quote_unbalanced(),
      &checkers::repeat_phrase(),
      &checkers::repeat_word(),
      &checkers::script_mixed(),
      &checkers::spell_sentence_case(),
      &checkers::spell_unknown(),
      &checkers::term_glossary(),
      &checkers::untranslated(),
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
