// Maps byte offsets of the normalised text (what checkers see) back to the input as given:
// code-point offset, 1-based line and column. Ingest strips a BOM, turns CRLF and CR into LF
// and applies NFC; each of those shifts offsets, and reports must point at the file itself.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mtlint {

struct SourcePosition {
  std::size_t offset = 0;  // code points from the start of the decoded input
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in code points
};

class OffsetMap {
 public:
  // An identity map over `original` (the decoded input, UTF-8, without BOM).
  explicit OffsetMap(std::string original = {});

  // Records that normalised byte `normalized_byte` corresponds to original byte
  // `original_byte`, and that the mapping is a constant shift from here to the next anchor.
  // Anchors must be added in increasing order of both offsets. A rewritten region is marked by
  // an anchor at each end with different lengths between them: a position inside it maps to
  // the region's start (an exclusive end in original_text() to the region's end).
  void add_anchor(std::size_t normalized_byte, std::size_t original_byte);

  [[nodiscard]] std::size_t to_original_byte(std::size_t normalized_byte) const;
  [[nodiscard]] SourcePosition position(std::size_t normalized_byte) const;
  // The original input's text between two normalised byte offsets.
  [[nodiscard]] std::string_view original_text(std::size_t normalized_begin,
                                               std::size_t normalized_end) const;
  [[nodiscard]] const std::string& original() const { return original_; }
  // The original line (without its line end) that holds normalised byte `normalized_byte`.
  [[nodiscard]] std::string_view line_text(std::size_t normalized_byte) const;

 private:
  struct Anchor {
    std::size_t normalized_byte;
    std::size_t original_byte;
  };
  static constexpr std::size_t block_size = 4096;

  // Rounds into a code-point boundary of the original; `round_up` for exclusive ends.
  [[nodiscard]] std::size_t map_byte(std::size_t normalized_byte, bool round_up) const;
  [[nodiscard]] std::size_t code_point_of(std::size_t original_byte) const;
  [[nodiscard]] std::size_t line_index_of(std::size_t original_byte) const;

  std::string original_;
  std::vector<Anchor> anchors_;
  std::vector<std::size_t> line_starts_;  // original byte offsets
  // Code points before original byte k * block_size, so a lookup never counts more than one
  // block even on a 50 MB single-line file.
  std::vector<std::size_t> block_code_points_;
};

}  // namespace mtlint
