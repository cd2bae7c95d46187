// The sentence aligner's parameters and search statistics, for benchmarks and evaluation runs.
// align_sentences() uses the defaults; most callers never need this header.
#pragma once

#include <cstddef>

#include "mtlint/align.h"

namespace mtlint {

struct AlignParams {
  // Gale-Church: variance of the target length per character of the bead (in target units).
  double variance_per_char = 6.8;
  // Prior probabilities of the bead kinds (each direction of an asymmetric kind gets this).
  double prior_1_1 = 0.89;
  double prior_1_0 = 0.03;
  double prior_2_1 = 0.05;
  double prior_2_2 = 0.011;
  double prior_3_1 = 0.005;
  // Cost subtracted for each anchor a bead's two sides share (0: length only).
  double anchor_weight = 1.0;
  // Cost added for each strong anchor (number, link, hashtag) a bead with both sides leaves
  // without a counterpart.
  double unmatched_strong_cost = 1.0;
  // Word-list concepts (bilingual dictionary): cost subtracted for each one a bead's sides
  // share, and cost added for each one on either side that the other side lacks.
  double lexical_weight = 0.5;
  double unmatched_lexical_cost = 0.25;
  // Cost added for each sentence of a merge (2-1, 1-2, 2-2, 3-1) that has anchors of its own but
  // shares none with the bead's other side: an added or omitted sentence folded into its
  // neighbour's bead looks like that, a genuine split almost never does.
  double unlinked_sentence_cost = 0.1;
  // Soft paragraph costs, used when both sides have real paragraphs.
  double paragraph_cross_cost = 3.0;     // a bead takes sentences of two paragraphs
  double paragraph_mismatch_cost = 1.0;  // a paragraph starts on one side of a bead only
  // Half-width of the first band around the length diagonal; doubled while the best path
  // touches its edge. 0: no band (the full quadratic search, for comparison only).
  std::size_t initial_band = 16;
};

struct AlignStats {
  std::size_t passes = 0;      // band widenings + 1
  std::size_t cells = 0;       // DP cells of the last pass
  std::size_t peak_bytes = 0;  // bytes of DP tables of the largest pass
};

[[nodiscard]] Alignment align_sentences_with(const AlignSide& source, const AlignSide& target,
                                             const AlignOptions& options, const AlignParams& params,
                                             AlignStats* stats = nullptr);

}  // namespace mtlint
