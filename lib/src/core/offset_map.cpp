#include "mtlint/offset_map.h"

#include <algorithm>

namespace mtlint {
namespace {

constexpr std::size_t kCheckpointStride = 4096;

bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0U) == 0x80U; }

}  // namespace

OffsetMap::OffsetMap(std::string original) : original_(std::move(original)) {
  anchors_.push_back({0, 0});
  line_starts_.push_back(0);
  checkpoints_.push_back({0, 0});
  std::size_t code_points = 0;
  std::size_t next_checkpoint = kCheckpointStride;
  for (std::size_t i = 0; i < original_.size(); ++i) {
    const char byte = original_[i];
    if (is_continuation(byte)) continue;
    if (i >= next_checkpoint) {
      checkpoints_.push_back({i, code_points});
      next_checkpoint = i + kCheckpointStride;
    }
    ++code_points;
    const bool line_end =
        byte == '\n' || (byte == '\r' && (i + 1 == original_.size() || original_[i + 1] != '\n'));
    if (line_end) line_starts_.push_back(i + 1);
  }
}

void OffsetMap::add_anchor(std::size_t normalized_byte, std::size_t original_byte) {
  if (!anchors_.empty() && anchors_.back().normalized_byte == normalized_byte) {
    anchors_.back().original_byte = original_byte;
    return;
  }
  anchors_.push_back({normalized_byte, original_byte});
}

std::size_t OffsetMap::to_original_byte(std::size_t normalized_byte) const {
  const auto after = std::upper_bound(
      anchors_.begin(), anchors_.end(), normalized_byte,
      [](std::size_t byte, const Anchor& anchor) { return byte < anchor.normalized_byte; });
  const Anchor& anchor = *std::prev(after);
  std::size_t original = anchor.original_byte + (normalized_byte - anchor.normalized_byte);
  // Inside a region that normalisation changed, stay at or before the next anchor.
  if (after != anchors_.end()) original = std::min(original, after->original_byte);
  return std::min(original, original_.size());
}

std::size_t OffsetMap::code_point_of(std::size_t original_byte) const {
  const auto after = std::upper_bound(
      checkpoints_.begin(), checkpoints_.end(), original_byte,
      [](std::size_t byte, const Checkpoint& checkpoint) { return byte < checkpoint.byte; });
  const Checkpoint& checkpoint = *std::prev(after);
  std::size_t code_points = checkpoint.code_point;
  for (std::size_t i = checkpoint.byte; i < original_byte; ++i) {
    if (!is_continuation(original_[i])) ++code_points;
  }
  return code_points;
}

std::size_t OffsetMap::line_index_of(std::size_t original_byte) const {
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), original_byte);
  return static_cast<std::size_t>(after - line_starts_.begin()) - 1;
}

SourcePosition OffsetMap::position(std::size_t normalized_byte) const {
  const std::size_t byte = to_original_byte(normalized_byte);
  const std::size_t line = line_index_of(byte);
  const std::size_t offset = code_point_of(byte);
  return {offset, line + 1, offset - code_point_of(line_starts_[line]) + 1};
}

std::string_view OffsetMap::original_text(std::size_t normalized_begin,
                                          std::size_t normalized_end) const {
  const std::size_t begin = to_original_byte(normalized_begin);
  const std::size_t end = std::max(begin, to_original_byte(normalized_end));
  return std::string_view(original_).substr(begin, end - begin);
}

std::string_view OffsetMap::line_text(std::size_t normalized_byte) const {
  const std::size_t line = line_index_of(to_original_byte(normalized_byte));
  const std::size_t begin = line_starts_[line];
  std::size_t end = line + 1 < line_starts_.size() ? line_starts_[line + 1] : original_.size();
  while (end > begin && (original_[end - 1] == '\n' || original_[end - 1] == '\r')) --end;
  return std::string_view(original_).substr(begin, end - begin);
}

}  // namespace mtlint
