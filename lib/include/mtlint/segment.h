// Segmentation with ICU over the UTF-8 text: paragraphs, sentences, tokens.
#pragma once

#include <string_view>

#include "mtlint/document.h"
#include "mtlint/language_profile.h"

namespace mtlint {

// Fills document.paragraphs, .sentences and .tokens from document.text, using ICU's break
// iterators for profile.code and then merging sentence breaks that the profile explains away
// (abbreviations such as "Mr." or "z. B.", initials such as "Antony J. Blinken").
void segment(Document& document, const LanguageProfile& profile);

// One sentence per line exactly as given (for scoring against external gold alignments);
// every non-empty line is a sentence, a paragraph per line as well.
void segment_presegmented(Document& document, const LanguageProfile& profile);

}  // namespace mtlint
