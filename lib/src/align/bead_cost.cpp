#include "bead_cost.h"

#include <algorithm>
#include <cmath>

namespace mtlint::align {
namespace {

double prior_of(const BeadKind& kind, const AlignParams& params) {
  const int big = std::max(kind.source, kind.target);
  const int small = std::min(kind.source, kind.target);
  if (small == 0) return params.prior_1_0;
  if (big == 1) return params.prior_1_1;
  if (big == 2) return small == 1 ? params.prior_2_1 : params.prior_2_2;
  return params.prior_3_1;
}

}  // namespace

BeadCoster::BeadCoster(const SideFeatures& source, const SideFeatures& target,
                       const AlignParams& params)
    : source_(source),
      target_(target),
      anchor_weight_(source.anchors.empty() ? 0.0 : params.anchor_weight),
      unmatched_strong_cost_(params.unmatched_strong_cost),
      lexical_weight_(params.lexical_weight),
      unmatched_lexical_cost_(params.unmatched_lexical_cost),
      unlinked_sentence_cost_(params.unlinked_sentence_cost),
      cross_cost_(params.paragraph_cross_cost),
      mismatch_cost_(params.paragraph_mismatch_cost),
      paragraphs_(source.paragraphs_informative && target.paragraphs_informative),
      lexical_(source.lexical_count(0, source.size()) > 0 &&
               target.lexical_count(0, target.size()) > 0) {
  const double source_chars = source.prefix_chars.back();
  const double target_chars = target.prefix_chars.back();
  length_.ratio = source_chars > 0.0 && target_chars > 0.0 ? target_chars / source_chars : 1.0;
  length_.variance_per_char = params.variance_per_char;
  for (std::size_t k = 0; k < kBeadKinds.size(); ++k) {
    prior_cost_[k] = -std::log(prior_of(kBeadKinds[k], params));
  }
}

double BeadCoster::paragraph_cost(const BeadKind& bead, std::size_t i, std::size_t j) const {
  if (!paragraphs_) return 0.0;
  double cost = 0.0;
  const std::size_t source_begin = i - bead.source;
  const std::size_t target_begin = j - bead.target;
  for (std::size_t k = source_begin + 1; k < i; ++k) {
    if (source_.paragraph_start[k]) cost += cross_cost_;
  }
  for (std::size_t k = target_begin + 1; k < j; ++k) {
    if (target_.paragraph_start[k]) cost += cross_cost_;
  }
  if (bead.source > 0 && bead.target > 0 &&
      source_.paragraph_start[source_begin] != target_.paragraph_start[target_begin]) {
    cost += mismatch_cost_;
  }
  return cost;
}

BeadShared BeadCoster::cap_shared(std::size_t kind, std::size_t i, std::size_t j,
                                  BeadShared pair_sum) const {
  const BeadKind& bead = kBeadKinds[kind];
  if (bead.source + bead.target <= 2) return pair_sum;
  const std::size_t source_begin = i - bead.source;
  const std::size_t target_begin = j - bead.target;
  const auto all =
      std::min(source_.anchor_count(source_begin, i), target_.anchor_count(target_begin, j));
  const auto strong =
      std::min(source_.strong_count(source_begin, i), target_.strong_count(target_begin, j));
  const auto lexical =
      std::min(source_.lexical_count(source_begin, i), target_.lexical_count(target_begin, j));
  return {std::min(pair_sum.all, static_cast<double>(all)),
          std::min(pair_sum.strong, static_cast<double>(strong)),
          std::min(pair_sum.lexical, static_cast<double>(lexical)), pair_sum.unlinked};
}

double BeadCoster::cost(std::size_t kind, std::size_t i, std::size_t j, BeadShared shared) const {
  const BeadKind& bead = kBeadKinds[kind];
  // Whether a sentence is left out or added does not depend on its length: the prior alone
  // prices 1-0 and 0-1 beads.
  const double length =
      bead.source == 0 || bead.target == 0
          ? 0.0
          : length_.cost(source_.chars(i - bead.source, i), target_.chars(j - bead.target, j));
  double anchors =
      -anchor_weight_ * (shared.all - shared.lexical) - lexical_weight_ * shared.lexical;
  if (bead.source > 0 && bead.target > 0) {
    const auto strong = static_cast<double>(source_.strong_count(i - bead.source, i) +
                                            target_.strong_count(j - bead.target, j));
    anchors += unmatched_strong_cost_ * (strong - 2.0 * shared.strong);
    // Word-list concepts on either side that the other side lacks: a sentence whose known
    // words find no counterpart is probably not part of the bead.
    if (lexical_) {
      const auto lexical = static_cast<double>(source_.lexical_count(i - bead.source, i) +
                                               target_.lexical_count(j - bead.target, j));
      anchors += unmatched_lexical_cost_ * std::max(0.0, lexical - 2.0 * shared.lexical);
    }
    anchors += unlinked_sentence_cost_ * shared.unlinked;
  }
  return prior_cost_[kind] + length + anchors + paragraph_cost(bead, i, j);
}

double BeadCoster::score(std::size_t kind, std::size_t i, std::size_t j, BeadShared shared) const {
  const BeadKind& bead = kBeadKinds[kind];
  const double length =
      length_.probability(source_.chars(i - bead.source, i), target_.chars(j - bead.target, j));
  // Each shared anchor halves the remaining doubt the length model leaves.
  return 1.0 - (1.0 - length) * std::exp2(-shared.all);
}

}  // namespace mtlint::align
