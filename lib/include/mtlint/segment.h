// Segmentation with ICU over the UTF-8 text: paragraphs, sentences, tokens.
#pragma once

#include <memory>
#include <string_view>

#include "mtlint/document.h"
#include "mtlint/language_profile.h"

namespace mtlint {

// Fills document.paragraphs, .sentences and .tokens from document.text, using ICU's break
// iterators for profile.code and then merging sentence breaks that the profile explains away
// (abbreviations such as "Mr." or "z. B.", initials such as "Antony J. Blinken").
void segment(Document& document, const LanguageProfile& profile);

// Reusable segmentation for one language: holds ICU's break iterators, so a batch run creates
// them once per language and thread. Not thread-safe.
class Segmenter {
 public:
  explicit Segmenter(const LanguageProfile& profile);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  void segment(Document& document) const;
  // Tokens only; paragraphs and sentences are left as they are.
  void tokenize(Document& document) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One sentence per line exactly as given (for scoring against external gold alignments):
// line k is sentence k, empty lines included (a final line end does not start a new line);
// each line is its own paragraph. Tokens as usual.
void segment_presegmented(Document& document, const LanguageProfile& profile);

}  // namespace mtlint
