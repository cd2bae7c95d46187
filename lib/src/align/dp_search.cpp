#include "dp_search.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

#include "band.h"
#include "bead_cost.h"

namespace mtlint::align {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr std::uint8_t kNoBead = 0xFF;
constexpr std::uint32_t kUnknownPair = 0xFFFFFFFF;
// A path this close to a band edge may have been pushed there by it: widen and search again.
constexpr std::size_t kEdgeMargin = 3;

class BandSearch {
 public:
  BandSearch(const SideFeatures& source, const SideFeatures& target, const BeadCoster& coster,
             const Band& band)
      : source_(source),
        target_(target),
        coster_(coster),
        band_(band),
        cost_(band.cells(), kInfinity),
        back_(band.cells(), kNoBead),
        pair_(coster.uses_anchors() ? band.cells() : 0, kUnknownPair) {}

  void run();
  // The best path's beads, or nothing when the end is unreachable inside the band.
  [[nodiscard]] std::vector<Bead> backtrace(bool& touches_edge);
  [[nodiscard]] std::size_t bytes() const {
    return cost_.size() * sizeof(double) + back_.size() + pair_.size() * sizeof(std::uint32_t);
  }

 private:
  void relax_cell(std::size_t i, std::size_t j);
  [[nodiscard]] BeadShared pair_shared(std::size_t source, std::size_t target);
  [[nodiscard]] BeadShared bead_shared(std::size_t kind, std::size_t i, std::size_t j);
  // Word-list concepts the bead's source sentences [source_begin, i) and target sentences
  // [target_begin, j) have in common, each counted once.
  [[nodiscard]] std::size_t bead_concepts(std::size_t source_begin, std::size_t i,
                                          std::size_t target_begin, std::size_t j);

  const SideFeatures& source_;
  const SideFeatures& target_;
  const BeadCoster& coster_;
  const Band& band_;
  std::vector<double> cost_;
  std::vector<std::uint8_t> back_;
  // Anchors shared by sentence pair (i-1, j-1), memoised: all in the low byte, strong in the
  // next, lexical in the third.
  std::vector<std::uint32_t> pair_;
  AnchorSet source_concepts_;  // scratch space of bead_concepts()
  AnchorSet target_concepts_;
};

BeadShared BandSearch::pair_shared(std::size_t source, std::size_t target) {
  const std::size_t cell = band_.index(source + 1, target + 1);
  std::uint32_t packed = cell != Band::npos ? pair_[cell] : kUnknownPair;
  if (packed == kUnknownPair) {
    const SharedAnchors shared =
        shared_anchor_counts(source_.anchors[source], target_.anchors[target]);
    packed = static_cast<std::uint32_t>(std::min<std::size_t>(shared.all, 255) |
                                        (std::min<std::size_t>(shared.strong, 255) << 8U) |
                                        (std::min<std::size_t>(shared.lexical, 255) << 16U));
    if (cell != Band::npos) pair_[cell] = packed;
  }
  return {static_cast<double>(packed & 0xFFU), static_cast<double>((packed >> 8U) & 0xFFU),
          static_cast<double>((packed >> 16U) & 0xFFU)};
}

std::size_t BandSearch::bead_concepts(std::size_t source_begin, std::size_t i,
                                      std::size_t target_begin, std::size_t j) {
  auto gather = [](const SideFeatures& side, std::size_t begin, std::size_t end, AnchorSet& out) {
    out.clear();
    for (std::size_t k = begin; k < end; ++k) {
      out.insert(out.end(), side.lexical[k].begin(), side.lexical[k].end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  };
  gather(source_, source_begin, i, source_concepts_);
  gather(target_, target_begin, j, target_concepts_);
  return shared_anchors(source_concepts_, target_concepts_);
}

BeadShared BandSearch::bead_shared(std::size_t kind, std::size_t i, std::size_t j) {
  if (!coster_.uses_anchors()) return {};
  const BeadKind& bead = kBeadKinds[kind];
  const std::size_t source_begin = i - bead.source;
  const std::size_t target_begin = j - bead.target;
  BeadShared sum;
  // Per sentence of the bead: whether it shares any anchor with the other side at all.
  std::array<bool, 3> source_linked{};
  std::array<bool, 3> target_linked{};
  std::size_t pairs_with_concepts = 0;
  for (std::size_t s = source_begin; s < i; ++s) {
    for (std::size_t t = target_begin; t < j; ++t) {
      const BeadShared pair = pair_shared(s, t);
      sum.all += pair.all;
      sum.strong += pair.strong;
      sum.lexical += pair.lexical;
      if (pair.lexical > 0.0) ++pairs_with_concepts;
      source_linked[s - source_begin] = source_linked[s - source_begin] || pair.all > 0.0;
      target_linked[t - target_begin] = target_linked[t - target_begin] || pair.all > 0.0;
    }
  }
  if (pairs_with_concepts > 1) {
    // Common words recur from sentence to sentence: summed over the pairs of a merge they would
    // count twice. A merge shares the concepts its two sides have in common, each once.
    const auto lexical = static_cast<double>(bead_concepts(source_begin, i, target_begin, j));
    sum.all += lexical - sum.lexical;
    sum.lexical = lexical;
  }
  if (bead.source + bead.target > 2) {
    for (std::size_t s = source_begin; s < i; ++s) {
      if (!source_linked[s - source_begin] && source_.should_link(s)) sum.unlinked += 1.0;
    }
    for (std::size_t t = target_begin; t < j; ++t) {
      if (!target_linked[t - target_begin] && target_.should_link(t)) sum.unlinked += 1.0;
    }
  }
  return coster_.cap_shared(kind, i, j, sum);
}

void BandSearch::relax_cell(std::size_t i, std::size_t j) {
  const std::size_t cell = band_.index(i, j);
  double best = cost_[cell];
  std::uint8_t best_kind = back_[cell];
  for (std::size_t kind = 0; kind < kBeadKinds.size(); ++kind) {
    const BeadKind& bead = kBeadKinds[kind];
    if (bead.source > i || bead.target > j) continue;
    const std::size_t previous = band_.index(i - bead.source, j - bead.target);
    if (previous == Band::npos || cost_[previous] == kInfinity) continue;
    const double total = cost_[previous] + coster_.cost(kind, i, j, bead_shared(kind, i, j));
    if (total < best) {
      best = total;
      best_kind = static_cast<std::uint8_t>(kind);
    }
  }
  cost_[cell] = best;
  back_[cell] = best_kind;
}

void BandSearch::run() {
  cost_[band_.index(0, 0)] = 0.0;
  for (std::size_t i = 0; i < band_.rows(); ++i) {
    for (std::size_t j = band_.lo(i); j <= band_.hi(i); ++j) {
      if (i != 0 || j != 0) relax_cell(i, j);
    }
  }
}

std::vector<Bead> BandSearch::backtrace(bool& touches_edge) {
  touches_edge = false;
  std::size_t i = band_.rows() - 1;
  std::size_t j = band_.columns();
  std::vector<Bead> beads;
  if (cost_[band_.index(i, j)] == kInfinity) return beads;
  while (i > 0 || j > 0) {
    if (band_.near_edge(i, j, kEdgeMargin)) touches_edge = true;
    const std::uint8_t kind = back_[band_.index(i, j)];
    const BeadKind& bead = kBeadKinds[kind];
    Bead out{i - bead.source, i, j - bead.target, j, 0.0};
    out.score = coster_.score(kind, i, j, bead_shared(kind, i, j));
    beads.push_back(out);
    i -= bead.source;
    j -= bead.target;
  }
  std::reverse(beads.begin(), beads.end());
  return beads;
}

// One side is empty: every sentence of the other is an omission or an addition, for certain.
std::vector<Bead> one_sided(std::size_t sources, std::size_t targets) {
  std::vector<Bead> beads;
  for (std::size_t i = 0; i < sources; ++i) beads.push_back({i, i + 1, 0, 0, 1.0});
  for (std::size_t j = 0; j < targets; ++j) beads.push_back({0, 0, j, j + 1, 1.0});
  return beads;
}

}  // namespace

std::vector<Bead> search_beads(const SideFeatures& source, const SideFeatures& target,
                               const AlignParams& params, AlignStats* stats) {
  const std::size_t n = source.size();
  const std::size_t m = target.size();
  AlignStats local;
  AlignStats& out = stats != nullptr ? *stats : local;
  out = AlignStats{};
  if (n == 0 || m == 0) return one_sided(n, m);
  const BeadCoster coster(source, target, params);
  const std::vector<std::size_t> diagonal =
      length_diagonal(source.prefix_chars, target.prefix_chars);
  const std::size_t full = std::max(n, m);
  std::size_t half_width = params.initial_band == 0 ? full : std::min(params.initial_band, full);
  while (true) {
    const Band band(diagonal, m, half_width);
    BandSearch search(source, target, coster, band);
    search.run();
    ++out.passes;
    out.cells = band.cells();
    out.peak_bytes = std::max(out.peak_bytes, search.bytes());
    bool touches_edge = false;
    std::vector<Bead> beads = search.backtrace(touches_edge);
    if ((!beads.empty() && !touches_edge) || half_width >= full) return beads;
    half_width = std::min(half_width * 2, full);
  }
}

}  // namespace mtlint::align
