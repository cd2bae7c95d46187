// A hunalign-format bilingual word list: one "target phrase @ source phrase" per line. Only
// one-word entries are used; a source word and its translations share one anchor.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "anchors.h"

namespace mtlint::align {

class BilingualDictionary {
 public:
  // Parses the text of a word list; lines without " @ " and phrases are skipped.
  [[nodiscard]] static BilingualDictionary parse(std::string_view text);
  // Reads and parses a file; nullopt when it cannot be read.
  [[nodiscard]] static std::optional<BilingualDictionary> read(const std::string& path);

  // Adds the anchors of a word (case-folded) on the given side.
  void add_anchors(std::string_view folded_word, Side side, AnchorSet& out) const;

  [[nodiscard]] std::size_t size() const { return source_ids_.size(); }
  [[nodiscard]] bool empty() const { return source_ids_.empty(); }

 private:
  std::unordered_map<std::string, std::uint32_t> source_ids_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> target_to_source_;
};

// Case folding for dictionary lookups (ICU full case folding; ASCII fast path).
[[nodiscard]] std::string fold_case(std::string_view word);

}  // namespace mtlint::align
