// punct.space-run: two or more spaces between words inside a sentence ("the  West").
#include <string>

#include "check/checkers.h"
#include "check/text_scan.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "punct.space-run",
    .category = "punct",
    .severity = Severity::info,
    .summary = "Two or more spaces between words inside a sentence.",
    .explanation =
        "A run of spaces between two words is left over where MT or an editor removed a word. "
        "It is harmless to read but shows in print and in justified columns. Indentation at the "
        "start of a line, spaces at the end of a line, runs that contain a tab (alignment), and "
        "two spaces after a sentence mark (an old typewriter habit, not a defect) are not "
        "flagged. The fix is one space.",
    .bad_example = "Officials in  Russia have accused the Biden administration.",
    .good_example = "Officials in Russia have accused the Biden administration.  It said so.",
};

bool is_run_space(char c) { return c == ' ' || c == '\t'; }

class PunctSpaceRun final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string_view text = context.target.text;
    for (std::size_t at = 0; at < text.size();) {
      if (!is_run_space(text[at])) {
        ++at;
        continue;
      }
      std::size_t end = at;
      while (end < text.size() && is_run_space(text[end])) ++end;
      if (flagged(context.target_profile, text, {at, end})) {
        Finding finding =
            make_finding({at, end}, std::to_string(end - at) + " spaces where one belongs");
        finding.suggestions.push_back({" ", true});
        sink.report(std::move(finding));
      }
      at = end;
    }
  }

 private:
  static bool flagged(const LanguageProfile& profile, std::string_view text, ByteSpan run) {
    if (run.size() < 2 || run.in(text).find('\t') != std::string_view::npos) return false;
    const CodePoint before = code_point_before(text, run.begin);
    const CodePoint after = code_point_at(text, run.end);
    if (!before.valid() || !after.valid()) return false;
    if (before.value == '\n' || after.value == '\n' || u_isUWhiteSpace(after.value)) return false;
    if (u_isUWhiteSpace(before.value)) return false;
    // Two spaces after a full stop are a typing habit between sentences, not a gap in one;
    // a closing quote or bracket may stand between the mark and the spaces.
    CodePoint mark = before;
    const auto type = u_charType(mark.value);
    if (type == U_FINAL_PUNCTUATION || type == U_END_PUNCTUATION || mark.value == '"' ||
        mark.value == 0x201C) {
      mark = code_point_before(text, mark.begin);
    }
    return !mark.valid() ||
           !in_set(profile.sentence_end, text.substr(mark.begin, mark.end - mark.begin));
  }
};

}  // namespace

const Checker& punct_space_run() {
  static const PunctSpaceRun checker;
  return checker;
}

}  // namespace mtlint::checkers
