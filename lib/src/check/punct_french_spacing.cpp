// punct.french-spacing: the no-break space that French typography puts before ; : ! ? » and
// after «, missing or written as an ordinary space.
#include <string>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "punct.french-spacing",
    .category = "punct",
    .severity = Severity::warning,
    .summary = "A mark that needs a no-break space before (or after) it has none.",
    .explanation =
        "Where the language profile says so (French: `space_before` and `space_after_open`), "
        "; : ! ? and \u00bb take a no-break or narrow no-break space before them and \u00ab one "
        "after it. MT and copy-paste drop it (\"non!\") or put an ordinary space that lets the "
        "line break before the mark (reported as info). A colon in a URL, a time or a ratio "
        "(14:30, 2:1), a mark that follows another one (\"?!\"), a mark inside a URL or an "
        "address, and names that end in a mark (dictionaries/<lang>/names_with_marks.txt: "
        "Yahoo!) are not flagged.",
    .example_lang = "fr",
    .bad_example = "Il a dit\u00a0: \u00abnon!\u00bb",
    .good_example =
        "Il a dit\u00a0: \u00ab\u00a0non\u00a0!\u00a0\u00bb Rendez-vous \u00e0 "
        "14:30 sur https://example.fr, dit Yahoo!",
};

std::string_view char_at(std::string_view text, const CodePoint& point) {
  return text.substr(point.begin, point.end - point.begin);
}

bool is_no_break(UChar32 c) { return c == 0x00A0 || c == 0x202F; }

// The run of non-space characters around `at`: a URL or an e-mail address keeps its marks.
bool inside_address(std::string_view text, std::size_t at) {
  std::size_t begin = at;
  while (begin > 0 && !u_isUWhiteSpace(code_point_before(text, begin).value)) {
    begin = code_point_before(text, begin).begin;
  }
  std::size_t end = at;
  while (end < text.size() && !u_isUWhiteSpace(code_point_at(text, end).value)) {
    end = code_point_at(text, end).end;
  }
  const std::string_view word = text.substr(begin, end - begin);
  return word.find("://") != std::string_view::npos || word.starts_with("www.") ||
         word.find('@') != std::string_view::npos;
}

bool names_mark(const std::vector<std::string>& names, std::string_view text, std::size_t end) {
  for (const std::string& name : names) {
    if (end < name.size() || text.substr(end - name.size(), name.size()) != name) continue;
    const std::size_t begin = end - name.size();
    if (begin == 0 || !is_letter(code_point_before(text, begin).value)) return true;
  }
  return false;
}

class PunctFrenchSpacing final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const LanguageProfile& profile = context.target_profile;
    if (profile.space_before.empty() && profile.space_after_open.empty()) return;
    const auto& names = context.resources.list(profile.code, "names_with_marks");
    const std::string_view text = context.target.text;
    for (std::size_t at = 0; at < text.size();) {
      const CodePoint point = code_point_at(text, at);
      at = point.end;
      if (!point.valid() || point.value < 0x21) continue;
      const std::string_view mark = char_at(text, point);
      if (in_set(profile.space_before, mark)) {
        check_before(text, point, names, sink);
      } else if (in_set(profile.space_after_open, mark)) {
        check_after(text, point, sink);
      }
    }
  }

 private:
  void check_before(std::string_view text, const CodePoint& mark,
                    const std::vector<std::string>& names, FindingSink& sink) const {
    const CodePoint before = code_point_before(text, mark.begin);
    if (!before.valid() || is_no_break(before.value)) return;
    const UChar32 after = code_point_at(text, mark.end).value;
    if (before.value == ' ') {
      const CodePoint earlier = code_point_before(text, before.begin);
      if (earlier.valid() && earlier.value != '\n' && !u_isUWhiteSpace(earlier.value)) {
        report(before, "\u00a0",
               "ordinary space before " + std::string(char_at(text, mark)) +
                   " (a line may break there): use a no-break space",
               Severity::info, sink);
      }
      return;
    }
    if (!is_letter(before.value) && !u_isdigit(before.value)) return;
    if (mark.value == ':' && (u_isdigit(before.value) && u_isdigit(after))) return;  // 14:30
    if (mark.value == ':' && after == '/') return;
    if (inside_address(text, mark.begin) || names_mark(names, text, mark.end)) return;
    // Inside a word ("aujourd'hui:suite") is another defect; here only a mark before a gap.
    if (is_letter(after) || u_isdigit(after)) return;
    report(mark, "\u00a0" + std::string(char_at(text, mark)),
           "no space before " + std::string(char_at(text, mark)) + ": add a no-break space",
           Severity::warning, sink);
  }

  void check_after(std::string_view text, const CodePoint& mark, FindingSink& sink) const {
    const CodePoint after = code_point_at(text, mark.end);
    if (!after.valid() || is_no_break(after.value)) return;
    if (after.value == ' ') {
      const UChar32 later = code_point_at(text, after.end).value;
      if (later >= 0 && !u_isUWhiteSpace(later)) {
        report(after, "\u00a0",
               "ordinary space after " + std::string(char_at(text, mark)) +
                   " (a line may break there): use a no-break space",
               Severity::info, sink);
      }
      return;
    }
    if (!is_letter(after.value) && !u_isdigit(after.value)) return;
    report(mark, std::string(char_at(text, mark)) + "\u00a0",
           "no space after " + std::string(char_at(text, mark)) + ": add a no-break space",
           Severity::warning, sink);
  }

  void report(const CodePoint& where, std::string replacement, std::string message,
              Severity severity, FindingSink& sink) const {
    Finding finding = make_finding({where.begin, where.end}, std::move(message));
    finding.severity = severity;
    finding.suggestions.push_back({std::move(replacement), true});
    sink.report(std::move(finding));
  }
};

}  // namespace

const Checker& punct_french_spacing() {
  static const PunctFrenchSpacing checker;
  return checker;
}

}  // namespace mtlint::checkers
