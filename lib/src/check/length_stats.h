// The article's own ratio of target to source length, estimated robustly from its beads, for
// the checkers that judge a bead by its length (length.ratio, align.addition).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "mtlint/checker.h"

namespace mtlint::bilingual {

struct BeadLength {
  std::size_t index = 0;  // into the alignment's beads
  double source_chars = 0;
  double target_chars = 0;
  double log_ratio = 0;
};

struct ArticleRatios {
  std::vector<BeadLength> beads;  // beads with both sides, one of them long enough to judge
  double centre = 0;              // median log ratio
  double spread = 0;              // robust deviation of the log ratios
  bool usable = false;            // enough beads to judge any of them

  // How many deviations `bead`'s log ratio lies from the centre (negative: shorter).
  [[nodiscard]] double deviations(const BeadLength& bead) const {
    return (bead.log_ratio - centre) / spread;
  }
};

// Median and median absolute deviation of the log ratios of the beads with both sides (at least
// five of them, each with 20 characters or more on one side).
[[nodiscard]] ArticleRatios article_ratios(const CheckContext& context);

// The log of the ratio of target to source length that the two languages usually show (their
// profiles' length_vs_english), for texts too short to have an article ratio of their own;
// nullopt when a profile does not know it.
[[nodiscard]] std::optional<double> usual_log_ratio(const CheckContext& context);

// Non-space characters of `span`.
[[nodiscard]] double chars_in(const Document& document, ByteSpan span);

}  // namespace mtlint::bilingual
