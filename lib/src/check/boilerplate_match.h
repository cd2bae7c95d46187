// Matching paragraphs against the boilerplate lists (the target language's and the generic
// one): shared by boilerplate.scrape and garble.truncated, which must skip page furniture.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "check/text_scan.h"
#include "check/word_scan.h"
#include "mtlint/checker.h"
#include "mtlint/resources.h"

namespace mtlint {

class BoilerplateMatcher {
 public:
  explicit BoilerplateMatcher(const CheckContext& context) {
    add(context.target_profile.boilerplate);
    if (context.target_profile.code != "und") add(context.resources.list("und", "boilerplate"));
  }

  // The whole paragraph is one entry, or starts with an entry that ends in "*" (only short
  // paragraphs: a long one that starts like a cookie notice is an article about cookies).
  [[nodiscard]] bool matches(std::string_view paragraph) const {
    const std::string text = normalised(paragraph);
    if (text.empty()) return false;
    if (std::find(whole_.begin(), whole_.end(), text) != whole_.end()) return true;
    if (std::count(text.begin(), text.end(), ' ') >= kMaxPrefixWords) return false;
    return std::any_of(prefixes_.begin(), prefixes_.end(),
                       [&](const std::string& prefix) { return text.starts_with(prefix); });
  }

 private:
  static constexpr long kMaxPrefixWords = 40;

  void add(const std::vector<std::string>& entries) {
    for (const std::string& entry : entries) {
      if (entry.ends_with('*')) {
        const std::string prefix = trimmed(fold_case(entry.substr(0, entry.size() - 1)));
        if (!prefix.empty()) prefixes_.push_back(prefix);
      } else if (std::string text = normalised(entry); !text.empty()) {
        whole_.push_back(std::move(text));
      }
    }
  }

  static std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
    return text;
  }

  // Folded, trimmed, without final punctuation: "Comments are closed." == "comments are closed"
  static std::string normalised(std::string_view text) {
    while (!text.empty() && is_inline_space(code_point_at(text, 0).value)) {
      text.remove_prefix(code_point_at(text, 0).end);
    }
    while (!text.empty()) {
      const CodePoint last = code_point_before(text, text.size());
      const bool strip = is_inline_space(last.value) || last.value == '\n' ||
                         (u_ispunct(last.value) && !is_opening_mark(last.value) &&
                          last.value != ')' && last.value != 0x00A9);
      if (!strip) break;
      text.remove_suffix(last.end - last.begin);
    }
    return fold_case(text);
  }

  std::vector<std::string> whole_;
  std::vector<std::string> prefixes_;
};

}  // namespace mtlint
