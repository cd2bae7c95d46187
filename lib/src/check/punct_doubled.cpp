// punct.doubled: two punctuation marks where one belongs ("consequences. .", "said,,").
#include <algorithm>
#include <string>
#include <vector>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "punct.doubled",
    .category = "punct",
    .severity = Severity::error,
    .summary = "Two punctuation marks where one belongs.",
    .explanation =
        "Machine translation often leaves a sentence mark twice (\"consequences. .\") or a comma "
        "beside a full stop (\"said,.\"). A reader sees it at once; news copy does not double "
        "\"!\" or \"?\" either. An ellipsis (\"...\", \". . .\"), \"?!\" and \"!?\", and a "
        "period that ends an abbreviation before a comma (\"Inc.,\") and an ellipsis after a comma "
        "(\"that, ... about\") are not flagged.",
    .bad_example = "The attack would have far-reaching consequences. . Talks go on,, he said.",
    .good_example = "The attack would have far-reaching consequences. Talks go on, he said...",
};

// Marks that end a clause or a sentence, ASCII and full-width.
constexpr std::string_view kMarks = ".,;:!?。，；：！？、";

bool is_mark(std::string_view text, const CodePoint& point) {
  return point.valid() && in_set(kMarks, text.substr(point.begin, point.end - point.begin));
}

// Higher wins when the two marks are merged into one.
int strength(std::string_view mark) {
  for (const auto& [marks, rank] :
       {std::pair{std::string_view("?!？！"), 4}, std::pair{std::string_view(".。"), 3},
        std::pair{std::string_view(":："), 2}, std::pair{std::string_view(";；"), 1}}) {
    if (in_set(marks, mark)) return rank;
  }
  return 0;
}

bool is_period(std::string_view mark) { return mark == "." || mark == "。"; }

// Pairs of marks that are written on purpose.
bool allowed(std::string_view text, const CodePoint& first, const CodePoint& second) {
  const std::string_view a = text.substr(first.begin, first.end - first.begin);
  const std::string_view b = text.substr(second.begin, second.end - second.begin);
  const bool touching = first.end == second.begin;
  // "?!" and "!?" are written on purpose; news copy never doubles one mark ("!!", "??").
  if (touching && strength(a) == 4 && strength(b) == 4 && a != b) return true;
  // "das, ... ungefähr": an ellipsis after a comma marks a pause, as "..." alone would.
  if (a != "." && b == "." && text.substr(second.end).starts_with("..")) return true;
  if (a == "." && b == ".") {
    // An ellipsis, spaced or not: a third period before or after.
    const CodePoint before = code_point_before(text, first.begin);
    std::size_t after = second.end;
    while (after < text.size() && text[after] == ' ') ++after;
    return (before.valid() &&
            (before.value == '.' ||
             (before.value == ' ' && code_point_before(text, before.begin).value == '.'))) ||
           (after < text.size() && text[after] == '.');
  }
  // "Inc.," "U.S.?" — the period belongs to an abbreviation.
  return touching && a == ".";
}

std::string_view char_of(std::string_view text, const CodePoint& point) {
  return text.substr(point.begin, point.end - point.begin);
}

// Whether `point` is the closing mark of a line of paired_marks.txt ("¿ ?").
bool closes_pair(const std::vector<std::string>& pairs, std::string_view text,
                 const CodePoint& point) {
  const std::string_view mark = char_of(text, point);
  return std::any_of(pairs.begin(), pairs.end(), [mark](const std::string& line) {
    const std::size_t space = line.rfind(' ');
    return space != std::string::npos && std::string_view(line).substr(space + 1) == mark;
  });
}

class PunctDoubled final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string_view text = context.target.text;
    // Spanish closes "¿…?" and may go on with a comma ("¿Y ahora?, preguntó"): the closing
    // marks of dictionaries/<lang>/paired_marks.txt may take , ; : after them.
    const auto& closers = context.resources.list(context.target_profile.code, "paired_marks");
    for (std::size_t at = 0; at < text.size();) {
      const CodePoint first = code_point_at(text, at);
      at = first.end;
      if (!is_mark(text, first)) continue;
      std::size_t next = first.end;
      while (next < text.size() && is_inline_space(code_point_at(text, next).value)) {
        next = code_point_at(text, next).end;
      }
      const CodePoint second = code_point_at(text, next);
      if (!is_mark(text, second) || allowed(text, first, second)) continue;
      if (closes_pair(closers, text, first) && in_set(",;:", char_of(text, second))) continue;
      report(text, first, second, sink);
      at = second.end;
    }
  }

 private:
  void report(std::string_view text, const CodePoint& first, const CodePoint& second,
              FindingSink& sink) const {
    const std::string_view a = text.substr(first.begin, first.end - first.begin);
    const std::string_view b = text.substr(second.begin, second.end - second.begin);
    const std::string_view kept = strength(b) > strength(a) ? b : a;
    Finding finding =
        make_finding({first.begin, second.end},
                     a == b ? "doubled '" + std::string(a) + "'"
                            : "'" + std::string(a) + "' followed by '" + std::string(b) + "'");
    finding.suggestions.push_back({std::string(kept), a == b || (is_period(a) && is_period(b))});
    sink.report(std::move(finding));
  }
};

}  // namespace

const Checker& punct_doubled() {
  static const PunctDoubled checker;
  return checker;
}

}  // namespace mtlint::checkers
