// Unicode full case folding of a short UTF-8 text (a word, a name, a phrase): the one folding
// every stage compares words with, so that "Kyiv" found by one checker is "kyiv" for all.
#pragma once

#include <string>
#include <string_view>

namespace mtlint {

// ICU's default full case folding ("Straße" -> "strasse"). ASCII text takes a fast path with
// the same result: folding runs on every word of every document.
[[nodiscard]] std::string fold_case(std::string_view text);

}  // namespace mtlint
