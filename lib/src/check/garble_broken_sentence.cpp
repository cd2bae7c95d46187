// garble.broken-sentence: a sentence cut by a stray period and continued in lower case
// ("in the south. eastern and northern Ukraine").
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "garble.broken-sentence",
    .category = "garble",
    .severity = Severity::warning,
    .summary = "A sentence cut in two by a stray period and continued in lower case.",
    .explanation =
        "MT sometimes puts a full stop in the middle of a sentence (\"troops in the south. "
        "eastern and northern Ukraine\"), often where the source had a comma or a line break. "
        "A period after a word, followed by a word in lower case (possibly behind an opening "
        "quote), is flagged. Abbreviations from the language's list (\"approx.\", \"vs.\"), "
        "abbreviations that may also end a sentence (\"Ltd.\", \"etc.\", from "
        "inline_abbreviations.txt), single letters and initials (\"e.g.\", \"V.\"), and numbers "
        "are not.",
    .bad_example = "Troops massed in the south. eastern and northern Ukraine.",
    .good_example = "Troops massed in the south, east and north of Ukraine. Talks went on.",
};

// The letters that end right before `end`, as a span.
ByteSpan word_before(std::string_view text, std::size_t end) {
  std::size_t begin = end;
  while (begin > 0 && is_letter(code_point_before(text, begin).value)) {
    begin = code_point_before(text, begin).begin;
  }
  return {begin, end};
}

// After the period: spaces, then opening quotes or brackets, then a lower-case word.
std::optional<ByteSpan> lower_case_continuation(std::string_view text, std::size_t from) {
  std::size_t at = from;
  bool spaced = false;
  while (is_inline_space(code_point_at(text, at).value)) {
    at = code_point_at(text, at).end;
    spaced = true;
  }
  if (!spaced) return std::nullopt;
  while (code_point_at(text, at).valid() && u_ispunct(code_point_at(text, at).value) &&
         u_hasBinaryProperty(code_point_at(text, at).value, UCHAR_QUOTATION_MARK)) {
    at = code_point_at(text, at).end;
  }
  const std::size_t word_begin = at;
  if (!is_lower(code_point_at(text, at).value)) return std::nullopt;
  while (is_letter(code_point_at(text, at).value)) at = code_point_at(text, at).end;
  return ByteSpan{word_begin, at};
}

// A two-word abbreviation whose last word ends at `period` ("p. ej.", "p. ex."): the text from
// the word before it, when that word ends in a period and one space separates them.
std::string_view two_word_candidate(std::string_view text, ByteSpan word, std::size_t period) {
  const CodePoint space = code_point_before(text, word.begin);
  if (space.value != ' ' || code_point_before(text, space.begin).value != '.') return {};
  const ByteSpan previous = word_before(text, code_point_before(text, space.begin).begin);
  if (previous.empty()) return {};
  return text.substr(previous.begin, period + 1 - previous.begin);
}

// Abbreviations that may end a sentence ("Inc.", "etc.") and so are not in abbreviations.txt,
// but are followed by lower case inside one ("Co., Ltd. said").
bool is_listed(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

class GarbleBrokenSentence final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string_view text = context.target.text;
    const auto& inline_abbreviations =
        context.resources.list(context.target_profile.code, "inline_abbreviations");
    for (std::size_t at = text.find('.'); at != std::string_view::npos;
         at = text.find('.', at + 1)) {
      const ByteSpan word = word_before(text, at);
      if (word.empty() || code_point_at(text, word.begin).end == at) continue;  // "e.g."
      const CodePoint before_word = code_point_before(text, word.begin);
      if (before_word.value == '.') continue;  // "U.S.", "a.m."
      const std::string with_period = std::string(word.in(text)) + ".";
      if (context.target_profile.is_abbreviation(with_period) ||
          is_listed(inline_abbreviations, with_period) ||
          context.target_profile.is_abbreviation(two_word_candidate(text, word, at))) {
        continue;
      }
      const auto next = lower_case_continuation(text, at + 1);
      if (!next) continue;
      Finding finding =
          make_finding({at, next->end}, "sentence cut by a stray '.' and continued in lower case");
      finding.suggestions.push_back({std::string(text.substr(at + 1, next->end - at - 1)), false});
      sink.report(std::move(finding));
    }
  }
};

}  // namespace

const Checker& garble_broken_sentence() {
  static const GarbleBrokenSentence checker;
  return checker;
}

}  // namespace mtlint::checkers
