// punct.fullwidth: an ASCII punctuation mark between CJK characters where the full-width form
// belongs ("普京表示,美国" for "普京表示，美国").
#include <unicode/uscript.h>

#include <string>
#include <vector>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "punct.fullwidth",
    .category = "punct",
    .severity = Severity::warning,
    .summary = "An ASCII punctuation mark in CJK text where the full-width form belongs.",
    .explanation =
        "Languages written without spaces between words (the profile's "
        "`spaces_between_words = false`: Chinese, Japanese) use full-width marks \uff0c \u3002 "
        "\uff1f \uff01 \uff1a \uff1b \uff08 \uff09. MT and copy-paste leave ASCII ones between "
        "Chinese characters, which look cramped and break line layout. Only a mark with CJK "
        "text on both sides (or at the end of a line after CJK text) is flagged: numbers "
        "(3.5), Latin runs (iPhone 14, Apple), and URLs keep their ASCII marks. The fix is the "
        "full-width mark. Half-width parentheses, common in edited text, are only info.",
    .example_lang = "zh",
    .bad_example =
        "\u666e\u4eac\u5468\u4e8c\u8868\u793a,\u7f8e\u56fd\u8bd5\u56fe\u62d6"
        "\u5165\u51b2\u7a81.",
    .good_example =
        "\u666e\u4eac\u5468\u4e8c\u8868\u793a\uff0c\u7f8e\u56fd\u589e\u957f3.5%"
        "\uff0c\u82f9\u679ciPhone 14, Apple\u3002",
};

// "ASCII full-width" pairs from dictionaries/<lang>/fullwidth_marks.txt.
std::string_view fullwidth_of(const std::vector<std::string>& pairs, char c) {
  for (const std::string& pair : pairs) {
    if (pair.size() > 2 && pair[0] == c && pair[1] == ' ') return std::string_view(pair).substr(2);
  }
  return {};
}

bool is_cjk_letter(UChar32 c) {
  if (c < 0x2E80) return false;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return U_SUCCESS(status) && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
                               script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL);
}

// Full-width punctuation, CJK brackets and the curly quotes Chinese uses.
bool is_cjk_mark(UChar32 c) {
  return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019;
}

bool ends_line(UChar32 c) { return c < 0 || c == '\n'; }

// Is the ASCII mark `c` set in CJK text, judged by its two neighbours?
bool in_cjk_context(UChar32 c, UChar32 before, UChar32 after) {
  const bool cjk_after = is_cjk_letter(after) || is_cjk_mark(after);
  switch (c) {
    case '(':
      return cjk_after && (is_cjk_letter(before) || ends_line(before));
    case ')':
    case '.':
    case '?':
    case '!':
      return is_cjk_letter(before) && (cjk_after || ends_line(after));
    default:
      return is_cjk_letter(before) && cjk_after;
  }
}

class PunctFullwidth final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    if (context.target_profile.spaces_between_words) return;
    const auto& pairs = context.resources.list(context.target_profile.code, "fullwidth_marks");
    const std::string_view text = context.target.text;
    for (std::size_t at = 0; at < text.size(); ++at) {
      const std::string_view wide = fullwidth_of(pairs, text[at]);
      if (wide.empty()) continue;
      // Look through neighbouring ASCII marks: "は,(ロシア)" is CJK text all along.
      std::size_t begin = at;
      while (begin > 0 && !fullwidth_of(pairs, text[begin - 1]).empty()) --begin;
      std::size_t end = at + 1;
      while (end < text.size() && !fullwidth_of(pairs, text[end]).empty()) ++end;
      const UChar32 before = code_point_before(text, begin).value;
      const UChar32 after = code_point_at(text, end).value;
      if (!in_cjk_context(static_cast<unsigned char>(text[at]), before, after)) continue;
      Finding finding = make_finding({at, at + 1}, "ASCII '" + std::string(1, text[at]) +
                                                       "' in CJK text: use " + std::string(wide));
      finding.suggestions.push_back({std::string(wide), true});
      // Half-width parentheses are common in edited Chinese and Japanese news (datelines,
      // "(记者…)"): a note, not a warning. The other marks are not.
      if (text[at] == '(' || text[at] == ')') finding.severity = Severity::info;
      sink.report(std::move(finding));
    }
  }
};

}  // namespace

const Checker& punct_fullwidth() {
  static const PunctFullwidth checker;
  return checker;
}

}  // namespace mtlint::checkers
