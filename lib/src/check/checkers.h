// One factory per checker, each defined in the checker's own file (named after its id).
// The registry (registry.cpp) lists them; keep both sorted by id.
#pragma once

#include "mtlint/checker.h"

namespace mtlint::checkers {

const Checker& garble_broken_sentence();
const Checker& punct_doubled();
const Checker& punct_missing_space_after();
const Checker& punct_space_before();
const Checker& quote_unbalanced();
const Checker& repeat_word();

}  // namespace mtlint::checkers
