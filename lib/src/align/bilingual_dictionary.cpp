#include "bilingual_dictionary.h"

#include <unicode/unistr.h>

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

}  // namespace

std::string fold_case(std::string_view word) {
  const bool ascii = std::all_of(word.begin(), word.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    std::string out(word);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  text.foldCase();
  std::string out;
  text.toUTF8String(out);
  return out;
}

BilingualDictionary BilingualDictionary::parse(std::string_view text) {
  BilingualDictionary dictionary;
  while (!text.empty()) {
    const auto newline = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, newline);
    text.remove_prefix(std::min(newline + 1, text.size()));
    const auto at = line.find(" @ ");
    if (at == std::string_view::npos) continue;
    const std::string_view target = trim(line.substr(0, at));
    const std::string_view source = trim(line.substr(at + 3));
    if (!is_one_word(target) || !is_one_word(source)) continue;
    const auto next_id = static_cast<std::uint32_t>(dictionary.source_ids_.size());
    const std::uint32_t id =
        dictionary.source_ids_.try_emplace(fold_case(source), next_id).first->second;
    auto& ids = dictionary.target_to_source_[fold_case(target)];
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return dictionary;
}

std::optional<BilingualDictionary> BilingualDictionary::read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return parse(buffer.str());
}

void BilingualDictionary::add_anchors(std::string_view folded_word, Side side,
                                      AnchorSet& out) const {
  const std::string key(folded_word);
  if (side == Side::source) {
    if (const auto found = source_ids_.find(key); found != source_ids_.end()) {
      out.push_back(anchor_hash("d", std::to_string(found->second)));
    }
    return;
  }
  if (const auto found = target_to_source_.find(key); found != target_to_source_.end()) {
    for (const std::uint32_t id : found->second)
      out.push_back(anchor_hash("d", std::to_string(id)));
  }
}

}  // namespace mtlint::align
