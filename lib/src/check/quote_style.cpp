// quote.style: quotation marks of another language's style („…“ or «…» in English, “…” in
// German), judged against the language profile's pairs.
#include <algorithm>
#include <string>

#include "check/checkers.h"
#include "check/text_scan.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "quote.style",
    .category = "quote",
    .severity = Severity::info,
    .summary = "Quotation marks in another language's style.",
    .explanation =
        "Each language has its own quotation marks: \u201c\u2026\u201d in English, \u201e\u2026"
        "\u201c in German, \u00ab\u2026\u00bb in French and Russian. MT often keeps the "
        "source's marks. An opening mark that opens none of the profile's pairs is reported, "
        "once per quotation; straight quotes are left to quote.straight-mixed, and a "
        "continuation mark at the start of a paragraph (French, Spanish \u00bb) is not an "
        "opening mark. Marks are told apart by position: \u201c after a word closes a German "
        "quotation, before a word it opens an English one.",
    .bad_example = "Putin said he hoped \u201ethe dialogue will continue\u201c.",
    .good_example = "Putin said he hoped \u201cthe dialogue will \u2018continue\u2019\u201d.",
};

// Curly quotation marks that open a quotation in some language.
constexpr std::string_view kOpeners =
    "\u201c\u2018\u201e\u201a\u00ab\u00bb\u2039\u203a"
    "\u300c\u300e\u201d";
// Marks that open when a space stands on both sides ("« Bonjour »").
constexpr std::string_view kSpacedOpeners = "\u00ab\u201e\u201a\u2039\u300c\u300e";

bool is_gap(UChar32 c) { return c < 0 || u_isUWhiteSpace(c); }

// Skips the no-break spaces that French sets inside guillemets.
UChar32 next_visible(std::string_view text, std::size_t at) {
  CodePoint point = code_point_at(text, at);
  while (point.valid() && (point.value == 0x00A0 || point.value == 0x202F)) {
    point = code_point_at(text, point.end);
  }
  return point.value;
}

bool opens(std::string_view text, const CodePoint& mark, std::string_view character) {
  const UChar32 before = code_point_before(text, mark.begin).value;
  const UChar32 after = next_visible(text, mark.end);
  const bool open_before = is_gap(before) || u_charType(before) == U_START_PUNCTUATION ||
                           u_charType(before) == U_DASH_PUNCTUATION;
  if (!open_before) return false;
  if (!is_gap(after)) return !u_ispunct(after) || u_charType(after) == U_INITIAL_PUNCTUATION;
  return in_set(kSpacedOpeners, character);
}

class QuoteStyle final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const LanguageProfile& profile = context.target_profile;
    if (profile.script == "Zyyy") return;  // the generic profile has no style of its own
    if (profile.quotes.empty()) return;
    const std::string_view text = context.target.text;
    for (std::size_t at = 0; at < text.size();) {
      const CodePoint point = code_point_at(text, at);
      at = point.end;
      if (!point.valid() || point.value < 0x80) continue;
      const std::string_view mark = text.substr(point.begin, point.end - point.begin);
      if (!in_set(kOpeners, mark) || !opens(text, point, mark) || own(profile, mark)) continue;
      if (continues_paragraph(profile, text, point, mark)) continue;
      sink.report(make_finding(
          {point.begin, point.end},
          std::string(mark) + " is not a " + profile.name + " opening quote; " + profile.name +
              " uses " + profile.quotes.front().open + "\u2026" + profile.quotes.front().close));
    }
  }

 private:
  static bool own(const LanguageProfile& profile, std::string_view mark) {
    return std::any_of(profile.quotes.begin(), profile.quotes.end(),
                       [&](const QuotePair& pair) { return pair.open == mark; });
  }

  static bool continues_paragraph(const LanguageProfile& profile, std::string_view text,
                                  const CodePoint& point, std::string_view mark) {
    const UChar32 before = code_point_before(text, point.begin).value;
    return (before < 0 || before == '\n') && in_set(profile.quote_continuation_marks, mark);
  }
};

}  // namespace

const Checker& quote_style() {
  static const QuoteStyle checker;
  return checker;
}

}  // namespace mtlint::checkers
