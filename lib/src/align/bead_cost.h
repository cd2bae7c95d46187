// The cost of one bead: Gale-Church length cost, the bead kind's prior, shared anchors and
// paragraph structure. Lower is better; costs add along a path.
#pragma once

#include <array>
#include <cstdint>

#include "features.h"
#include "length_model.h"
#include "mtlint/align_tuning.h"

namespace mtlint::align {

struct BeadKind {
  std::uint8_t source = 0;
  std::uint8_t target = 0;
};

inline constexpr std::array<BeadKind, 8> kBeadKinds = {
    {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}}};

// Anchors a bead's two sides share, summed over its sentence pairs.
struct BeadShared {
  double all = 0.0;
  double strong = 0.0;
  double lexical = 0.0;   // word-list concepts, also counted in `all`
  double unlinked = 0.0;  // sentences of a merge that share nothing with the other side
};

class BeadCoster {
 public:
  BeadCoster(const SideFeatures& source, const SideFeatures& target, const AlignParams& params);

  // Cost of the bead of `kind` ending at (i, j), given the anchors it shares.
  [[nodiscard]] double cost(std::size_t kind, std::size_t i, std::size_t j,
                            BeadShared shared) const;
  // Confidence in [0, 1] of a bead found by the search.
  [[nodiscard]] double score(std::size_t kind, std::size_t i, std::size_t j,
                             BeadShared shared) const;
  [[nodiscard]] bool uses_anchors() const { return anchor_weight_ > 0.0; }
  // Whether both sides have word-list concepts (a word list was given and matched).
  [[nodiscard]] bool uses_lexical() const { return lexical_; }
  // Pair sums count an anchor once per pair; a bead shares at most what either side has.
  [[nodiscard]] BeadShared cap_shared(std::size_t kind, std::size_t i, std::size_t j,
                                      BeadShared pair_sum) const;

 private:
  [[nodiscard]] double paragraph_cost(const BeadKind& bead, std::size_t i, std::size_t j) const;

  const SideFeatures& source_;
  const SideFeatures& target_;
  LengthModel length_;
  std::array<double, kBeadKinds.size()> prior_cost_{};
  double anchor_weight_;
  double unmatched_strong_cost_;
  double lexical_weight_;
  double unmatched_lexical_cost_;
  double unlinked_sentence_cost_;
  double cross_cost_;
  double mismatch_cost_;
  bool paragraphs_;
  bool lexical_;
};

}  // namespace mtlint::align
