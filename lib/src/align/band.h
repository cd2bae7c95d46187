// The part of the DP table searched: for each source position i, a range of target positions
// around the length diagonal. Stored row by row in flat arrays, so memory is linear in length.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace mtlint::align {

class Band {
 public:
  static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

  // Rows 0..diagonal.size()-1; row i spans the target positions its diagonal points (and its
  // neighbours' points) cover, widened by half_width on each side, clipped to [0, columns].
  Band(const std::vector<std::size_t>& diagonal, std::size_t columns, std::size_t half_width);

  [[nodiscard]] std::size_t rows() const { return lo_.size(); }
  [[nodiscard]] std::size_t columns() const { return columns_; }
  [[nodiscard]] std::size_t lo(std::size_t row) const { return lo_[row]; }
  [[nodiscard]] std::size_t hi(std::size_t row) const { return hi_[row]; }
  [[nodiscard]] std::size_t cells() const { return offset_.back(); }
  // Flat index of (row, column), or npos when outside the band.
  [[nodiscard]] std::size_t index(std::size_t row, std::size_t column) const {
    if (column < lo_[row] || column > hi_[row]) return npos;
    return offset_[row] + (column - lo_[row]);
  }
  // True when the column is within `margin` of an edge that is not the table's own edge.
  [[nodiscard]] bool near_edge(std::size_t row, std::size_t column, std::size_t margin) const;

 private:
  std::vector<std::size_t> lo_;
  std::vector<std::size_t> hi_;
  std::vector<std::size_t> offset_;
  std::size_t columns_;
};

// For each source position i (0..n), the target position at the same fraction of the text's
// characters: the path a pure length model expects.
[[nodiscard]] std::vector<std::size_t> length_diagonal(const std::vector<double>& source_prefix,
                                                       const std::vector<double>& target_prefix);

}  // namespace mtlint::align
