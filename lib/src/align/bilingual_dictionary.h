// A hunalign-format bilingual word list: one "target phrase @ source phrase" per line. Only
// one-word entries are used; words linked by entries share one anchor (a concept).
//
// Inflection: a word longer than kStemLetters letters is also looked up by its first
// kStemLetters letters, so that "правительства" meets the entry "правительство" and "Regierungen"
// meets "Regierung" without listing every form; shorter words must be listed form by form.
// Scripts written without spaces (Chinese, Japanese): the entries are found inside a run of
// ideographs by greedy longest match.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "anchors.h"
#include "core/case_fold.h"

namespace mtlint::align {

class BilingualDictionary {
 public:
  // Which way the list's lines read for this alignment: `forward` when the list's source
  // language is the alignment's source ("target @ source"), `reversed` when the list was
  // written for the opposite direction ("source @ target").
  enum class Direction { forward, reversed };

  static constexpr std::size_t kStemLetters = 6;

  // Parses the text of a word list; lines without " @ ", comments (#) and phrases are skipped.
  [[nodiscard]] static BilingualDictionary parse(std::string_view text,
                                                 Direction direction = Direction::forward);
  // Reads and parses a file; nullopt when it cannot be read.
  [[nodiscard]] static std::optional<BilingualDictionary> read(
      const std::string& path, Direction direction = Direction::forward);

  // Adds the anchors of a word (case-folded) on the given side.
  void add_anchors(std::string_view folded_word, Side side, AnchorSet& out) const;
  // Adds the anchors of the entries found inside a run of ideographs.
  void add_run_anchors(std::string_view run, Side side, AnchorSet& out) const;

  // Number of distinct source words.
  [[nodiscard]] std::size_t size() const { return source_words_; }
  [[nodiscard]] bool empty() const { return source_words_ == 0; }

 private:
  using Index = std::unordered_map<std::string, std::vector<std::uint32_t>>;
  struct SideIndex {
    Index exact;
    Index stems;                          // first kStemLetters letters of the longer words
    std::size_t longest_ideographic = 0;  // in code points
  };

  static void add_word(SideIndex& side, const std::string& key, std::uint32_t id);
  [[nodiscard]] const SideIndex& index_of(Side side) const {
    return side == Side::source ? source_ : target_;
  }

  std::size_t source_words_ = 0;
  SideIndex source_;
  SideIndex target_;
};

using ::mtlint::fold_case;

// A shared dictionary entry: weak, and marked lexical so that the bead cost can weigh it apart.
[[nodiscard]] std::uint64_t lexical_anchor(std::uint32_t id);

}  // namespace mtlint::align
