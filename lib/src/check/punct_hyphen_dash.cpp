// punct.hyphen-dash: a spaced hyphen between words ("the moment - and the decisions") where
// the language sets a dash.
#include <string>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "punct.hyphen-dash",
    .category = "punct",
    .severity = Severity::info,
    .summary = "A spaced hyphen between words where a dash belongs.",
    .explanation =
        "A hyphen joins the parts of a word; a break in a sentence takes a dash (English \u2013 "
        "or \u2014, Russian \u2014). MT and plain-text feeds often leave \" - \". Only a hyphen "
        "with one space on each side and a letter on each side of those is flagged: a list "
        "bullet at the start of a line, a minus before a number, and \"--\" are left alone. The "
        "dash to use comes from dictionaries/<lang>/dashes.txt (first entry); languages without "
        "that list are not checked.",
    .bad_example = "The tensions of the moment - and the decisions to come.",
    .good_example = "The tensions of the moment \u2013 and the decisions to come - 5 degrees.",
};

class PunctHyphenDash final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const auto& dashes = context.resources.list(context.target_profile.code, "dashes");
    if (dashes.empty()) return;
    const std::string_view text = context.target.text;
    for (std::size_t at = text.find(" - "); at != std::string_view::npos;
         at = text.find(" - ", at + 1)) {
      const UChar32 before = code_point_before(text, at).value;
      const UChar32 after = code_point_at(text, at + 3).value;
      if (!is_letter(before) || !is_letter(after)) continue;
      Finding finding = make_finding(
          {at + 1, at + 2}, "spaced hyphen between words: use a dash (" + dashes.front() + ")");
      finding.suggestions.push_back({dashes.front(), false});
      sink.report(std::move(finding));
    }
  }
};

}  // namespace

const Checker& punct_hyphen_dash() {
  static const PunctHyphenDash checker;
  return checker;
}

}  // namespace mtlint::checkers
