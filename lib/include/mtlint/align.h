// Sentence alignment of a source and a target document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mtlint/alignment.h"
#include "mtlint/document.h"

namespace mtlint {

struct AlignOptions {
  // Path of a hunalign-style bilingual word list ("target @ source" per line); empty: none.
  std::string dictionary_path;
};

// One side of an alignment problem: sentences (UTF-8) and the paragraph each belongs to.
struct AlignSide {
  std::string lang;  // primary subtag, "en"
  std::vector<std::string_view> sentences;
  std::vector<std::size_t> paragraph_of;  // same size as sentences; non-decreasing
  // Sentences that are no translation of anything (scraped page furniture): each gets a bead
  // of its own (0-1 or 1-0) and never pulls the alignment of its neighbours. Empty: none.
  std::vector<bool> untranslatable;
};

[[nodiscard]] AlignSide align_side(const Document& document);
[[nodiscard]] Alignment align_sentences(const AlignSide& source, const AlignSide& target,
                                        const AlignOptions& options = {});
[[nodiscard]] inline Alignment align_documents(const Document& source, const Document& target,
                                               const AlignOptions& options = {}) {
  return align_sentences(align_side(source), align_side(target), options);
}

}  // namespace mtlint
