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
  // When dictionary_path is empty: the dictionaries directory, whose word list for the pair
  // (bilingual/<source>-<target>.txt, or bilingual/<target>-<source>.txt read the other way
  // round) is used when there is one. Empty: no word list.
  std::string dictionaries_dir;
};

// The word list `options` names for a language pair, and whether it is written for the
// opposite direction; an empty path when there is none.
struct BilingualListPath {
  std::string path;
  bool reversed = false;
};
[[nodiscard]] BilingualListPath find_bilingual_list(const AlignOptions& options,
                                                    const std::string& source_lang,
                                                    const std::string& target_lang);

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
