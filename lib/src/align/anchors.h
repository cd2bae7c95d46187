// Lexical anchors of a sentence: tokens that survive translation without a bilingual resource
// (numbers, names and cognates, URLs, e-mail addresses, hashtags, ?, !, quotation marks), each
// reduced to a language-neutral form and hashed, so that comparing two sentences is a merge of
// two short sorted vectors.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mtlint::align {

class BilingualDictionary;

using AnchorSet = std::vector<std::uint64_t>;  // sorted, unique

// Which side of the pair a sentence is on: the dictionary maps target words to source words.
enum class Side { source, target };

// Extracts anchors. Owns the one ICU transliterator of an alignment call and a cache of the
// words it has already reduced (news repeats its names).
class AnchorExtractor {
 public:
  explicit AnchorExtractor(const BilingualDictionary* dictionary = nullptr);
  ~AnchorExtractor();
  AnchorExtractor(const AnchorExtractor&) = delete;
  AnchorExtractor& operator=(const AnchorExtractor&) = delete;

  [[nodiscard]] AnchorSet extract(std::string_view sentence, Side side);

  // The language-neutral key of a word: transliterated to Latin, ASCII, lower case.
  [[nodiscard]] const std::string& latin_key(std::string_view word);

 private:
  void add_word(std::string_view word, bool capitalised, Side side, AnchorSet& out);
  void add_chunk(std::string_view chunk, Side side, AnchorSet& out);

  class Transliterator;
  std::unique_ptr<Transliterator> transliterator_;
  std::unordered_map<std::string, std::string> latin_cache_;
  const BilingualDictionary* dictionary_;
};

// Canonical forms of a number as written ("1,5", "100 000", "8847,60"); one or two keys when
// the separators are ambiguous across locales ("1.500" is 1.5 or 1500).
[[nodiscard]] std::vector<std::string> number_keys(std::string_view number);

// End of the number that starts with a digit at `at`: digits, and separators only between digit
// groups ("1,5", "100 000", "1.234.567").
[[nodiscard]] std::size_t number_end(std::string_view text, std::size_t at);

// Number of anchors two sets share.
[[nodiscard]] std::size_t shared_anchors(const AnchorSet& a, const AnchorSet& b);

// Strong anchors (numbers, links, hashtags) survive any correct translation, so a bead that
// leaves one unmatched is suspect; weak ones (names, cognates, marks) only count when they meet.
// The low bit of the hash says which.
[[nodiscard]] std::uint64_t anchor_hash(std::string_view kind, std::string_view key,
                                        bool strong = false);
[[nodiscard]] inline bool is_strong(std::uint64_t anchor) { return (anchor & 1U) != 0; }
// Bit 1 marks an anchor from a bilingual word list (a shared concept).
[[nodiscard]] inline bool is_lexical(std::uint64_t anchor) { return (anchor & 2U) != 0; }
[[nodiscard]] std::size_t count_strong(const AnchorSet& anchors);
// Anchors that come from a bilingual word list (bit 1 of the hash).
[[nodiscard]] std::size_t count_lexical(const AnchorSet& anchors);

// Anchors two sets share: all of them, and the strong ones among them.
struct SharedAnchors {
  std::size_t all = 0;
  std::size_t strong = 0;
  std::size_t lexical = 0;
};
[[nodiscard]] SharedAnchors shared_anchor_counts(const AnchorSet& a, const AnchorSet& b);

}  // namespace mtlint::align
