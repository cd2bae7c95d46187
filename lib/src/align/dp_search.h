// The monotone bead search: a dynamic programme over a band around the length diagonal,
// widened until the best path keeps clear of the band's edges.
#pragma once

#include <vector>

#include "features.h"
#include "mtlint/align_tuning.h"
#include "mtlint/alignment.h"

namespace mtlint::align {

[[nodiscard]] std::vector<Bead> search_beads(const SideFeatures& source, const SideFeatures& target,
                                             const AlignParams& params, AlignStats* stats);

}  // namespace mtlint::align
