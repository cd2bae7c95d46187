// punct.missing-space-after: a word glued to the mark before it ("said,but", "end.The").
#include <string>

#include "check/checkers.h"
#include "check/text_scan.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "punct.missing-space-after",
    .category = "punct",
    .severity = Severity::warning,
    .summary = "No space after a comma, semicolon, colon, or the mark that ends a sentence.",
    .explanation =
        "Two words glued by a mark (\"talks,but\", \"weeks.The\") are a typical trace of MT "
        "segments joined without their space. Only letters on both sides count, so numbers "
        "(\"1,5\", \"10:30\"), abbreviations (\"U.S.\", \"e.g.\"), web addresses "
        "(\"example.com\") and languages written without spaces are not flagged.",
    .bad_example = "The talks failed,but both sides met again.The Kremlin said so;nothing more.",
    .good_example = "The talks failed, but both sides met again. The Kremlin visited example.com.",
};

constexpr const char* kMarks = ",;:.!?";

// The run of letters (and dots) around `at`, to tell "U.S.A" and "example.com" from prose.
bool looks_like_address_or_abbreviation(std::string_view text, ByteSpan mark) {
  const CodePoint before = code_point_before(text, mark.begin);
  const CodePoint before2 = code_point_before(text, before.begin);
  if (!is_letter(before2.value)) return true;  // "U.S", single letter before the dot
  std::size_t end = mark.end;
  std::size_t letters = 0;
  bool has_lower_start = is_lower(code_point_at(text, end).value);
  while (end < text.size() && is_letter(code_point_at(text, end).value)) {
    end = code_point_at(text, end).end;
    ++letters;
  }
  const CodePoint following = code_point_at(text, end);
  if (following.value == '.' || following.value == '/' || following.value == '@') return true;
  return has_lower_start && letters <= 4;  // "example.com", "bbc.co"
}

class PunctMissingSpaceAfter final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    if (!context.target_profile.spaces_between_words) return;
    const std::string_view text = context.target.text;
    // Scans bytes, not tokens: ICU keeps "again.The" and "said:Now" together as one word.
    for (std::size_t at = text.find_first_of(kMarks); at != std::string_view::npos;
         at = text.find_first_of(kMarks, at + 1)) {
      const ByteSpan mark{at, at + 1};
      const CodePoint before = code_point_before(text, at);
      const CodePoint after = code_point_at(text, at + 1);
      if (!is_letter(before.value) || !is_letter(after.value)) continue;
      const char symbol = text[at];
      if ((symbol == '.' || symbol == ':') && looks_like_address_or_abbreviation(text, mark)) {
        continue;
      }
      report(text, before, mark, after, sink);
    }
  }

 private:
  void report(std::string_view text, const CodePoint& before, ByteSpan mark, const CodePoint& after,
              FindingSink& sink) const {
    const std::string symbol(mark.in(text));
    Finding finding = make_finding({before.begin, after.end}, "no space after '" + symbol + "'");
    const ByteSpan left{before.begin, before.end};
    const ByteSpan right{after.begin, after.end};
    finding.suggestions.push_back(
        {std::string(left.in(text)) + symbol + " " + std::string(right.in(text)), true});
    sink.report(std::move(finding));
  }
};

}  // namespace

const Checker& punct_missing_space_after() {
  static const PunctMissingSpaceAfter checker;
  return checker;
}

}  // namespace mtlint::checkers
