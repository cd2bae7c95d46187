// One factory per checker, each defined in the checker's own file (named after its id).
// The registry (registry.cpp) lists them; keep both sorted by id.
#pragma once

#include "mtlint/checker.h"

namespace mtlint::checkers {

const Checker& align_addition();
const Checker& align_omission();
const Checker& boilerplate_scrape();
const Checker& consistency_variant();
const Checker& encoding_invisible();
const Checker& encoding_mojibake();
const Checker& entity_mismatch();
const Checker& garble_broken_sentence();
const Checker& garble_determiner_name();
const Checker& garble_fragment();
const Checker& garble_truncated();
const Checker& length_ratio();
const Checker& link_mismatch();
const Checker& number_format();
const Checker& number_mismatch();
const Checker& punct_doubled();
const Checker& punct_french_spacing();
const Checker& punct_fullwidth();
const Checker& punct_hyphen_dash();
const Checker& punct_inverted_mark();
const Checker& punct_mismatch();
const Checker& punct_missing_space_after();
const Checker& punct_space_before();
const Checker& punct_space_run();
const Checker& punct_stray();
const Checker& quote_straight_mixed();
const Checker& quote_style();
const Checker& quote_unbalanced();
const Checker& repeat_phrase();
const Checker& repeat_word();
const Checker& script_mixed();
const Checker& spell_sentence_case();
const Checker& spell_unknown();
const Checker& term_glossary();
const Checker& untranslated();

}  // namespace mtlint::checkers
