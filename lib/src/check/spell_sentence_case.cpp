// spell.sentence-case: a paragraph whose first word starts in lower case ("the government
// said ..." as the first line of a paragraph).
#include <string>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "check/word_scan.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "spell.sentence-case",
    .category = "spell",
    .severity = Severity::warning,
    .summary = "A paragraph that starts in lower case.",
    .explanation =
        "A paragraph of a news article begins with a capital letter in every language written "
        "with case; MT output and text pasted from elsewhere sometimes start one in lower case, "
        "often because a sentence was cut across a line break. The first word of a paragraph "
        "(after any opening quotation marks) is flagged when it starts with a lower-case letter, "
        "with its capitalised form as a safe fix. Words written with an inner capital (iPhone, "
        "eBay), addresses (www.example.org), contractions after an apostrophe ('s-Hertogenbosch) "
        "paragraphs that open with a bracket, a dash or an ellipsis (a continuation), and a "
        "straight quote followed by a space (the close of a quotation cut by a line break) are "
        "not.",
    .bad_example = "the government met on Monday. It approved the budget.",
    .good_example = "The government met on Monday. It approved the budget.",
    .subsumes = {"spell.unknown"},
};

bool opening_quote(UChar32 c) {
  return c >= 0 &&
         (u_charType(c) == U_INITIAL_PUNCTUATION || u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK));
}

// The run of text up to the next white space, to tell an address from a word.
std::string_view chunk_from(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end < text.size() && !u_isUWhiteSpace(code_point_at(text, end).value)) {
    end = code_point_at(text, end).end;
  }
  return text.substr(begin, end - begin);
}

bool looks_like_address(std::string_view chunk) {
  const std::size_t mark = chunk.find_first_of("./@_:");
  return mark != std::string_view::npos && mark + 1 < chunk.size() &&
         is_letter(code_point_at(chunk, mark + 1).value);
}

std::string capitalised(std::string_view word) {
  const CodePoint first = code_point_at(word, 0);
  UChar32 title = u_totitle(first.value);
  std::string out(U8_LENGTH(title), '\0');
  std::size_t at = 0;
  bool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(out.data()), at, out.size(), title, error);
  return error ? std::string(word) : out + std::string(word.substr(first.end));
}

class SpellSentenceCase final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string_view text = context.target.text;
    for (const Paragraph& paragraph : context.target.paragraphs) {
      std::size_t at = paragraph.span.begin;
      bool after_quote = false;
      while (at < paragraph.span.end && opening_quote(code_point_at(text, at).value)) {
        const UChar32 quote = code_point_at(text, at).value;
        after_quote = true;
        at = code_point_at(text, at).end;
        // « with the (no-break) space French sets inside it; a straight quote with a space after
        // it closes a quotation begun on the line before.
        if (!is_inline_space(code_point_at(text, at).value)) continue;
        if (quote == '"' || quote == '\'') break;
        while (is_inline_space(code_point_at(text, at).value)) at = code_point_at(text, at).end;
      }
      if (!is_lower(code_point_at(text, at).value)) continue;
      std::size_t end = at;
      while (end < paragraph.span.end && is_letter(code_point_at(text, end).value)) {
        end = code_point_at(text, end).end;
      }
      const std::string_view word = text.substr(at, end - at);
      // "'s-Hertogenbosch", "'t Hooft": a clipped article is written in lower case.
      if (after_quote && code_point_at(word, 0).end == word.size()) continue;
      if (inner_upper(word) || looks_like_address(chunk_from(text, at))) continue;
      Finding finding = make_finding(
          {at, end}, "the paragraph starts in lower case: '" + std::string(word) + "'");
      finding.suggestions.push_back({capitalised(word), true});
      sink.report(std::move(finding));
    }
  }
};

}  // namespace

const Checker& spell_sentence_case() {
  static const SpellSentenceCase checker;
  return checker;
}

}  // namespace mtlint::checkers
