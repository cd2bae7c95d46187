#include "band.h"

#include <algorithm>

namespace mtlint::align {

Band::Band(const std::vector<std::size_t>& diagonal, std::size_t columns, std::size_t half_width)
    : columns_(columns) {
  const std::size_t rows = diagonal.size();
  lo_.resize(rows);
  hi_.resize(rows);
  offset_.resize(rows + 1);
  offset_[0] = 0;
  for (std::size_t i = 0; i < rows; ++i) {
    // A row is entered where the previous row's diagonal point lies and left where the next
    // one's lies, so it must cover both to keep the path connected.
    const std::size_t low = std::min(diagonal[i], i > 0 ? diagonal[i - 1] : diagonal[i]);
    const std::size_t high = std::max(diagonal[i], i + 1 < rows ? diagonal[i + 1] : diagonal[i]);
    lo_[i] = low > half_width ? low - half_width : 0;
    hi_[i] = columns - high > half_width ? high + half_width : columns;
    offset_[i + 1] = offset_[i] + (hi_[i] - lo_[i] + 1);
  }
  // The corners must be inside, whatever the diagonal says.
  if (rows > 0) {
    lo_[0] = 0;
    hi_[rows - 1] = columns;
    for (std::size_t i = 0; i < rows; ++i) offset_[i + 1] = offset_[i] + (hi_[i] - lo_[i] + 1);
  }
}

bool Band::near_edge(std::size_t row, std::size_t column, std::size_t margin) const {
  const bool near_low = lo_[row] > 0 && column < lo_[row] + margin;
  const bool near_high = hi_[row] < columns_ && column + margin > hi_[row];
  return near_low || near_high;
}

std::vector<std::size_t> length_diagonal(const std::vector<double>& source_prefix,
                                         const std::vector<double>& target_prefix) {
  const std::size_t n = source_prefix.size() - 1;
  const std::size_t m = target_prefix.size() - 1;
  std::vector<std::size_t> diagonal(n + 1, 0);
  const double source_total = source_prefix.back();
  const double target_total = target_prefix.back();
  std::size_t j = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    if (source_total <= 0.0 || target_total <= 0.0) {
      diagonal[i] = n == 0 ? m : i * m / n;
      continue;
    }
    const double wanted = source_prefix[i] / source_total * target_total;
    while (j < m && target_prefix[j + 1] <= wanted) ++j;
    // Round to the nearer of j and j + 1.
    const bool next_nearer = j < m && (target_prefix[j + 1] - wanted) < (wanted - target_prefix[j]);
    diagonal[i] = next_nearer ? j + 1 : j;
  }
  diagonal[n] = m;
  return diagonal;
}

}  // namespace mtlint::align
