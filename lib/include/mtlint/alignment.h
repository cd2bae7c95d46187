// Which target sentences translate which source sentences.
#pragma once

#include <cstddef>
#include <vector>

namespace mtlint {

struct Bead {
  std::size_t source_begin = 0;  // source sentences [source_begin, source_end)
  std::size_t source_end = 0;
  std::size_t target_begin = 0;  // target sentences [target_begin, target_end)
  std::size_t target_end = 0;
  double score = 0.0;  // confidence in [0, 1]

  [[nodiscard]] std::size_t source_size() const { return source_end - source_begin; }
  [[nodiscard]] std::size_t target_size() const { return target_end - target_begin; }
  friend bool operator==(const Bead& a, const Bead& b) {
    return a.source_begin == b.source_begin && a.source_end == b.source_end &&
           a.target_begin == b.target_begin && a.target_end == b.target_end;
  }
};

// Beads cover both documents' sentences in order, monotone, without gaps.
struct Alignment {
  std::vector<Bead> beads;
};

}  // namespace mtlint
