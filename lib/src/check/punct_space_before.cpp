// punct.space-before: a space before a mark that the language writes closed up ("demands .").
#include <string>

#include "check/checkers.h"
#include "check/text_scan.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "punct.space-before",
    .category = "punct",
    .severity = Severity::warning,
    .summary = "A space before a punctuation mark that the language writes closed up.",
    .explanation =
        "In most languages a comma, full stop, colon, semicolon, question or exclamation mark or "
        "closing bracket follows the word directly; MT output often leaves a space before it "
        "(\"Russia's demands .\"). Which marks count comes from the language profile, so French "
        "\"; : ! ?\", which take a space, are left to the French spacing rule. Not flagged: a mark "
        "that starts a word or a number (\".NET\", \".5\"), a spaced ellipsis, and a space after "
        "another mark (that is punct.doubled).",
    .bad_example = "He agreed to continue discussions on Russia's demands .",
    .good_example = "He agreed to continue discussions on Russia's demands.",
};

// The first code point after `at` that is not an inline space.
UChar32 next_visible(std::string_view text, std::size_t at) {
  CodePoint point = code_point_at(text, at);
  while (is_inline_space(point.value)) point = code_point_at(text, point.end);
  return point.value;
}

class PunctSpaceBefore final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string_view text = context.target.text;
    const std::string_view marks = context.target_profile.no_space_before;
    for (const Token& token : context.target.tokens) {
      if (token.kind != TokenKind::punct || !in_set(marks, context.target.view(token.span))) {
        continue;
      }
      check_mark(text, token.span, sink);
    }
  }

 private:
  void check_mark(std::string_view text, ByteSpan mark, FindingSink& sink) const {
    std::size_t space_begin = mark.begin;
    while (space_begin > 0 && is_inline_space(code_point_before(text, space_begin).value)) {
      space_begin = code_point_before(text, space_begin).begin;
    }
    if (space_begin == mark.begin || space_begin == 0) return;
    const CodePoint before = code_point_before(text, space_begin);
    if (!before.valid() || before.value == '\n' || u_ispunct(before.value)) return;
    const CodePoint after = code_point_at(text, mark.end);
    if (after.valid() && (u_isalnum(after.value) || after.value == '.')) return;
    if (mark.in(text) == "." && next_visible(text, mark.end) == '.') return;  // ". . ."
    const std::string symbol(mark.in(text));
    Finding finding = make_finding({space_begin, mark.end}, "space before '" + symbol + "'");
    finding.suggestions.push_back({symbol, true});
    sink.report(std::move(finding));
  }
};

}  // namespace

const Checker& punct_space_before() {
  static const PunctSpaceBefore checker;
  return checker;
}

}  // namespace mtlint::checkers
