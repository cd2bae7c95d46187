// Per-sentence features computed once per alignment call: length prefix sums, anchor sets,
// paragraph starts.
#pragma once

#include <cstddef>
#include <vector>

#include "anchors.h"
#include "mtlint/align.h"

namespace mtlint::align {

struct SideFeatures {
  std::vector<double> prefix_chars;         // prefix_chars[i]: characters of sentences [0, i)
  std::vector<AnchorSet> anchors;           // per sentence; empty when anchors are off
  std::vector<AnchorSet> lexical;           // per sentence: its word-list anchors only
  std::vector<std::size_t> prefix_anchors;  // anchors of sentences [0, i), like prefix_chars
  std::vector<std::size_t> prefix_strong;   // strong anchors of sentences [0, i)
  std::vector<std::size_t> prefix_lexical;  // word-list anchors of sentences [0, i)
  std::vector<bool> paragraph_start;        // per sentence
  bool paragraphs_informative = false;      // real paragraphs: more than one, not one per sentence
  // Per sentence: a whole sentence (not lower case at the start, . ! ? 。 at the end), not a
  // fragment cut at a semicolon.
  std::vector<bool> complete;

  [[nodiscard]] std::size_t size() const { return prefix_chars.size() - 1; }
  [[nodiscard]] std::size_t anchor_count(std::size_t begin, std::size_t end) const {
    return prefix_anchors.empty() ? 0 : prefix_anchors[end] - prefix_anchors[begin];
  }
  [[nodiscard]] std::size_t strong_count(std::size_t begin, std::size_t end) const {
    return prefix_strong.empty() ? 0 : prefix_strong[end] - prefix_strong[begin];
  }
  [[nodiscard]] std::size_t lexical_count(std::size_t begin, std::size_t end) const {
    return prefix_lexical.empty() ? 0 : prefix_lexical[end] - prefix_lexical[begin];
  }
  // Whether a sentence should share an anchor with its translation: a complete sentence that
  // carries numbers, links or word-list concepts. (Weak anchors do not count: German
  // capitalises every noun, and cognates often differ. Fragments, "C'était prévu ;", are often
  // too short to share anything.)
  [[nodiscard]] bool should_link(std::size_t sentence) const {
    return complete[sentence] &&
           strong_count(sentence, sentence + 1) + lexical_count(sentence, sentence + 1) > 0;
  }
  [[nodiscard]] double chars(std::size_t begin, std::size_t end) const {
    return prefix_chars[end] - prefix_chars[begin];
  }
};

[[nodiscard]] SideFeatures build_features(const AlignSide& side, Side which,
                                          AnchorExtractor* extractor);

}  // namespace mtlint::align
