// punct.stray: a punctuation mark or symbol glued to the end of a word where none belongs
// ("melamine~ were", "it! was announced", "pet- food").
#include <algorithm>
#include <string>
#include <vector>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "core/case_fold.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "punct.stray",
    .category = "punct",
    .severity = Severity::warning,
    .summary = "A punctuation mark or symbol glued to a word where none belongs.",
    .explanation =
        "Scraping and MT leave marks behind in running text. Flagged, when glued to the end of "
        "a word and followed by a space: a symbol that prose never puts there (_ ~ ^ @; error); "
        "a question or exclamation mark followed by a word in lower case, inside a sentence; a "
        "hyphen, unless the next word joins a suspended compound (\"pre- and post-war\", "
        "\"Süd- und Nordkorea\": the words of the language's suspended_hyphen_words.txt; not in "
        "languages written without spaces, whose scraped titles use \"- \" as a separator). "
        "An apostrophe glued to the end of a word and followed by a space (\"you' realize\") "
        "is flagged too, unless the word ends as the language's apostrophe_endings.txt allows "
        "(English \"the workers' union\", Italian \"un po' di\") or a single quotation mark "
        "was opened before it in the paragraph. "
        "Addresses and handles (a chunk with '/', '@', '.' or '_' inside) are not flagged.",
    .bad_example = "Officials~ said the vote was postponed! until March.",
    .good_example =
        "Officials said the vote on pre- and post-war claims was postponed until March.",
};

constexpr std::string_view kSymbols = "_~^@";

// The run of text before `at` back to white space.
std::string_view chunk_before(std::string_view text, std::size_t at) {
  std::size_t begin = at;
  while (begin > 0 && !u_isUWhiteSpace(code_point_before(text, begin).value)) {
    begin = code_point_before(text, begin).begin;
  }
  return text.substr(begin, at - begin);
}

bool in_address(std::string_view chunk) {
  return chunk.find_first_of("/@_") != std::string_view::npos ||
         std::any_of(chunk.begin(), chunk.end(), [&](char c) { return c == '.'; });
}

// The word after one space following `at`, or empty.
std::string_view word_after_space(std::string_view text, std::size_t at) {
  if (code_point_at(text, at).value != ' ') return {};
  const std::size_t begin = at + 1;
  std::size_t end = begin;
  while (is_letter(code_point_at(text, end).value)) end = code_point_at(text, end).end;
  return text.substr(begin, end - begin);
}

class PunctStray final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    check_marks(context, sink);
    for (const Paragraph& paragraph : context.target.paragraphs) {
      check_apostrophes(context, paragraph.span, sink);
    }
  }

 private:
  void check_marks(const CheckContext& context, FindingSink& sink) const {
    const std::string_view text = context.target.text;
    const auto& suspended =
        context.resources.list(context.target_profile.code, "suspended_hyphen_words");
    for (std::size_t at = text.find_first_of("_~^@!?-"); at != std::string_view::npos;
         at = text.find_first_of("_~^@!?-", at + 1)) {
      const CodePoint before = code_point_before(text, at);
      if (!before.valid() || u_isUWhiteSpace(before.value)) continue;
      if (!u_isUWhiteSpace(code_point_at(text, at + 1).value)) continue;
      const char mark = text[at];
      const std::string_view next = word_after_space(text, at + 1);
      if (kSymbols.find(mark) != std::string_view::npos) {
        if (in_address(chunk_before(text, at))) continue;
        report(text, at, Severity::error, sink);
      } else if (mark == '!' || mark == '?') {
        if (is_letter(before.value) && !next.empty() && is_lower(code_point_at(next, 0).value)) {
          report(text, at, Severity::warning, sink);
        }
      } else if (context.target_profile.spaces_between_words &&
                 (is_letter(before.value) || before.value == ',')) {
        // Unspaced scripts use "标题- 栏目" as a separator in scraped titles.
        const std::string folded = fold_case(next);
        if (std::find(suspended.begin(), suspended.end(), folded) != suspended.end()) continue;
        if (in_address(chunk_before(text, at))) continue;
        report(text, at, Severity::warning, sink);
      }
    }
  }

  // "you' realize": an apostrophe closing a word that takes none, outside single quotes.
  void check_apostrophes(const CheckContext& context, ByteSpan paragraph, FindingSink& sink) const {
    const std::string_view text = context.target.text;
    const auto& endings = context.resources.list(context.target_profile.code, "apostrophe_endings");
    bool quoted = false;  // a single quotation mark opened earlier in the paragraph
    for (std::size_t at = paragraph.begin; at < paragraph.end; at = code_point_at(text, at).end) {
      const CodePoint mark = code_point_at(text, at);
      if (mark.value != '\'' && mark.value != 0x2018 && mark.value != 0x2019) continue;
      const CodePoint before = code_point_before(text, at);
      if (mark.value == 0x2018 || !is_letter(before.value)) {
        quoted |= is_letter(code_point_at(text, mark.end).value);
        continue;
      }
      if (quoted || !u_isUWhiteSpace(code_point_at(text, mark.end).value)) continue;
      const std::string word = fold_case(chunk_before(text, at));
      const bool takes_one = std::any_of(endings.begin(), endings.end(),
                                         [&](const std::string& e) { return word.ends_with(e); });
      if (!takes_one) report(text, at, Severity::warning, sink);
    }
  }

  void report(std::string_view text, std::size_t at, Severity severity, FindingSink& sink) const {
    const CodePoint mark = code_point_at(text, at);
    Finding finding =
        make_finding({at, mark.end}, "stray '" + std::string(text.substr(at, mark.end - at)) + "'");
    finding.suggestions.push_back({"", severity == Severity::error});
    finding.severity = severity;
    sink.report(std::move(finding));
  }
};

}  // namespace

const Checker& punct_stray() {
  static const PunctStray checker;
  return checker;
}

}  // namespace mtlint::checkers
