#include "bilingual_dictionary.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace mtlint::align {
namespace {

std::string_view trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const auto begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(kSpace) - begin + 1);
}

bool is_one_word(std::string_view phrase) {
  return !phrase.empty() && phrase.find_first_of(" \t") == std::string_view::npos;
}

// Byte length of the first `letters` code points of `word` (all of it when shorter).
std::size_t prefix_bytes(std::string_view word, std::size_t letters) {
  int32_t at = 0;
  const auto size = static_cast<int32_t>(word.size());
  for (std::size_t k = 0; k < letters && at < size; ++k) U8_FWD_1(word.data(), at, size);
  return static_cast<std::size_t>(at);
}

std::size_t count_letters(std::string_view word) {
  std::size_t letters = 0;
  int32_t at = 0;
  const auto size = static_cast<int32_t>(word.size());
  while (at < size) {
    U8_FWD_1(word.data(), at, size);
    ++letters;
  }
  return letters;
}

bool starts_ideographic(std::string_view word) {
  UChar32 c = 0;
  int32_t at = 0;
  U8_NEXT(word.data(), at, static_cast<int32_t>(word.size()), c);
  return u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC);
}

void add_id(std::vector<std::uint32_t>& ids, std::uint32_t id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

// The node key of a word: its side ('s' or 't') and its folded form.
std::string side_key(char side, std::string_view word) {
  std::string key(1, side);
  key += fold_case(word);
  return key;
}

void push_all(const std::vector<std::uint32_t>& ids, AnchorSet& out) {
  for (const std::uint32_t id : ids) out.push_back(lexical_anchor(id));
}

}  // namespace

std::uint64_t lexical_anchor(std::uint32_t id) { return anchor_hash("d", std::to_string(id)) | 2U; }

namespace {

// Words linked by entries form one concept (union-find): "год", "года" and "лет" all meet
// "year" as one anchor, so a sentence pair counts each shared concept once.
class Concepts {
 public:
  std::size_t node(const std::string& key) {
    const auto [found, inserted] = nodes_.try_emplace(key, parent_.size());
    if (inserted) parent_.push_back(parent_.size());
    return found->second;
  }
  std::size_t root(std::size_t n) {
    while (parent_[n] != n) n = parent_[n] = parent_[parent_[n]];
    return n;
  }
  void join(std::size_t a, std::size_t b) { parent_[root(a)] = root(b); }
  [[nodiscard]] const std::unordered_map<std::string, std::size_t>& nodes() const { return nodes_; }

 private:
  std::unordered_map<std::string, std::size_t> nodes_;
  std::vector<std::size_t> parent_;
};

}  // namespace

void BilingualDictionary::add_word(SideIndex& side, const std::string& key, std::uint32_t id) {
  add_id(side.exact[key], id);
  const std::size_t letters = count_letters(key);
  if (starts_ideographic(key)) {
    side.longest_ideographic = std::max(side.longest_ideographic, letters);
  } else if (letters > kStemLetters) {
    add_id(side.stems[key.substr(0, prefix_bytes(key, kStemLetters))], id);
  }
}

BilingualDictionary BilingualDictionary::parse(std::string_view text, Direction direction) {
  Concepts concepts;
  while (!text.empty()) {
    const auto newline = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, newline);
    text.remove_prefix(std::min(newline + 1, text.size()));
    const auto at = line.find(" @ ");
    if (at == std::string_view::npos || trim(line).starts_with('#')) continue;
    std::string_view target = trim(line.substr(0, at));
    std::string_view source = trim(line.substr(at + 3));
    if (!is_one_word(target) || !is_one_word(source)) continue;
    if (direction == Direction::reversed) std::swap(target, source);
    concepts.join(concepts.node(side_key('s', source)), concepts.node(side_key('t', target)));
  }
  BilingualDictionary dictionary;
  std::unordered_map<std::size_t, std::uint32_t> ids;
  for (const auto& [key, node] : concepts.nodes()) {
    const auto id =
        ids.try_emplace(concepts.root(node), static_cast<std::uint32_t>(ids.size())).first->second;
    const bool source = key.front() == 's';
    if (source) ++dictionary.source_words_;
    dictionary.add_word(source ? dictionary.source_ : dictionary.target_, key.substr(1), id);
  }
  return dictionary;
}

std::optional<BilingualDictionary> BilingualDictionary::read(const std::string& path,
                                                             Direction direction) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return parse(buffer.str(), direction);
}

// The exact form first; a longer word not listed as such meets the entries of its stem.
void BilingualDictionary::add_anchors(std::string_view folded_word, Side side,
                                      AnchorSet& out) const {
  const SideIndex& index = index_of(side);
  const std::string key(folded_word);
  if (const auto found = index.exact.find(key); found != index.exact.end()) {
    push_all(found->second, out);
    return;
  }
  if (count_letters(key) <= kStemLetters) return;
  const auto found = index.stems.find(key.substr(0, prefix_bytes(key, kStemLetters)));
  if (found != index.stems.end()) push_all(found->second, out);
}

// Greedy longest match from each position; an unmatched character is skipped.
void BilingualDictionary::add_run_anchors(std::string_view run, Side side, AnchorSet& out) const {
  const SideIndex& index = index_of(side);
  if (index.longest_ideographic == 0) return;
  std::size_t at = 0;
  while (at < run.size()) {
    const std::string_view rest = run.substr(at);
    std::size_t matched = 0;
    for (std::size_t letters = index.longest_ideographic; letters > 0 && matched == 0; --letters) {
      const std::size_t bytes = prefix_bytes(rest, letters);
      if (letters > 1 && bytes == prefix_bytes(rest, letters - 1)) continue;  // run too short
      if (const auto found = index.exact.find(std::string(rest.substr(0, bytes)));
          found != index.exact.end()) {
        push_all(found->second, out);
        matched = bytes;
      }
    }
    at += matched > 0 ? matched : prefix_bytes(rest, 1);
  }
}

}  // namespace mtlint::align
