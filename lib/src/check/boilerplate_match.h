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
  BoilerplateMatcher(const LanguageProfile& profile, const Resources& resources) {
    add(profile.boilerplate);
    if (profile.code != "und") add(resources.list("und", "boilerplate"));
  }
  explicit BoilerplateMatcher(const CheckContext& context)
      : BoilerplateMatcher(context.target_profile, context.resources) {}

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

// Page furniture on either side of a bilingual check: it translates nothing, so a bead that
// holds only furniture is neither an omission nor an addition, nor a gap that explains one.
class Furniture {
 public:
  explicit Furniture(const CheckContext& context)
      : context_(context),
        target_(context),
        source_(
            context.source_profile != nullptr ? *context.source_profile : context.target_profile,
            context.resources) {}

  [[nodiscard]] bool source_sentence(std::size_t index) const {
    return matches(source_, *context_.source, index);
  }
  [[nodiscard]] bool target_sentence(std::size_t index) const {
    return matches(target_, context_.target, index);
  }
  [[nodiscard]] bool bead(const Bead& bead) const {
    for (std::size_t s = bead.source_begin; s < bead.source_end; ++s) {
      if (!source_sentence(s)) return false;
    }
    for (std::size_t t = bead.target_begin; t < bead.target_end; ++t) {
      if (!target_sentence(t)) return false;
    }
    return bead.source_size() + bead.target_size() > 0;
  }

 private:
  // A sentence is furniture when it or its whole paragraph is.
  static bool matches(const BoilerplateMatcher& matcher, const Document& document,
                      std::size_t index) {
    const Sentence& sentence = document.sentences[index];
    return matcher.matches(document.view(sentence.span)) ||
           matcher.matches(document.view(document.paragraphs[sentence.paragraph].span));
  }

  const CheckContext& context_;
  BoilerplateMatcher target_;
  BoilerplateMatcher source_;
};

}  // namespace mtlint
