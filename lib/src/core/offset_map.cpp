#include "mtlint/offset_map.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "core/utf8.h"

namespace mtlint {
namespace {

// The byte after the next line end at or after `from` (LF, CRLF or lone CR), or npos.
std::size_t next_line_start(std::string_view text, std::size_t from) {
  const std::size_t end = text.find_first_of("\r\n", from);
  if (end == std::string_view::npos) return end;
  if (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') return end + 2;
  return end + 1;
}

}  // namespace

OffsetMap::OffsetMap(std::string original) : original_(std::move(original)) {
  const std::string_view text = original_;
  line_starts_.push_back(0);
  for (std::size_t start = next_line_start(text, 0); start != std::string_view::npos;
       start = next_line_start(text, start)) {
    line_starts_.push_back(start);
  }
  // Code points before each block boundary, so a lookup counts at most one block.
  block_code_points_.reserve(text.size() / block_size + 1);
  std::size_t code_points = 0;
  for (std::size_t block = 0; block < text.size(); block += block_size) {
    block_code_points_.push_back(code_points);
    code_points += utf8::count_code_points(text.substr(block, block_size));
  }
  block_code_points_.push_back(code_points);
}

void OffsetMap::add_anchor(std::size_t normalized_byte, std::size_t original_byte) {
  if (!anchors_.empty() && anchors_.back().normalized_byte == normalized_byte &&
      anchors_.back().original_byte == original_byte) {
    return;
  }
  anchors_.push_back({normalized_byte, original_byte});
}

std::size_t OffsetMap::map_byte(std::size_t normalized_byte, bool round_up) const {
  // Before the first anchor the texts agree byte for byte.
  const auto after = std::upper_bound(
      anchors_.begin(), anchors_.end(), normalized_byte,
      [](std::size_t value, const Anchor& anchor) { return value < anchor.normalized_byte; });
  Anchor from{0, 0};
  if (after != anchors_.begin()) from = *std::prev(after);
  std::size_t original_byte = from.original_byte + (normalized_byte - from.normalized_byte);
  // Between two anchors whose distances differ, normalisation rewrote the text: there is no
  // byte-for-byte correspondence, so the whole region maps to its start (or end).
  if (after != anchors_.end() && normalized_byte != from.normalized_byte &&
      after->normalized_byte - from.normalized_byte != after->original_byte - from.original_byte) {
    original_byte = round_up ? after->original_byte : from.original_byte;
  }
  original_byte = std::min(original_byte, original_.size());
  const std::size_t floor = utf8::floor_boundary(original_, original_byte);
  if (round_up && floor != original_byte) return floor + utf8::decode(original_, floor).length;
  return floor;
}

std::size_t OffsetMap::to_original_byte(std::size_t normalized_byte) const {
  return map_byte(normalized_byte, false);
}

std::size_t OffsetMap::code_point_of(std::size_t original_byte) const {
  const std::size_t block = original_byte / block_size;
  const std::size_t block_start = block * block_size;
  return block_code_points_[block] + utf8::count_code_points(std::string_view(original_).substr(
                                         block_start, original_byte - block_start));
}

std::size_t OffsetMap::line_index_of(std::size_t original_byte) const {
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), original_byte);
  return static_cast<std::size_t>(std::distance(line_starts_.begin(), next)) - 1;
}

SourcePosition OffsetMap::position(std::size_t normalized_byte) const {
  const std::size_t original_byte = to_original_byte(normalized_byte);
  const std::size_t line = line_index_of(original_byte);
  SourcePosition position;
  position.offset = code_point_of(original_byte);
  position.line = line + 1;
  position.column = position.offset - code_point_of(line_starts_[line]) + 1;
  return position;
}

std::string_view OffsetMap::original_text(std::size_t normalized_begin,
                                          std::size_t normalized_end) const {
  const std::size_t begin = map_byte(normalized_begin, false);
  // An end inside a rewritten region takes the whole region, so the text shown is never cut
  // in the middle of what the checker saw.
  const std::size_t end = std::max(begin, map_byte(normalized_end, true));
  return std::string_view(original_).substr(begin, end - begin);
}

std::string_view OffsetMap::line_text(std::size_t normalized_byte) const {
  const std::size_t line = line_index_of(to_original_byte(normalized_byte));
  const std::size_t begin = line_starts_[line];
  std::size_t end = original_.size();
  if (line + 1 < line_starts_.size()) {
    end = line_starts_[line + 1] - 1;
    if (original_[end] == '\n' && end > begin && original_[end - 1] == '\r') --end;
  }
  return std::string_view(original_).substr(begin, end - begin);
}

}  // namespace mtlint
