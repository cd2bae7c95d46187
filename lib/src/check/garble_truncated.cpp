// garble.truncated: the article stops in the middle of a sentence ("... and the talks will").
#include <string>

#include "check/boilerplate_match.h"
#include "check/checkers.h"
#include "check/text_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "garble.truncated",
    .category = "garble",
    .severity = Severity::warning,
    .summary = "The article ends in the middle of a sentence.",
    .explanation =
        "A translation cut off by a length limit or a lost segment ends without its final "
        "punctuation. The last paragraph (page furniture such as \"Comments are closed.\" "
        "aside) is flagged when its last sentence has at least six words and ends on a "
        "lower-case word or on a comma, semicolon, colon or dash; when it reads as running text "
        "(at least ten words, most of them in lower case, no colon or semicolon), also when it "
        "ends on a name or a number (\"... was announced on Tuesday\"). Headings, bylines, "
        "credits and captions (short, in title case, \"Photo: Reuters\", \"Reporting by ...; "
        "editing by ...\") and a sentence ending on a bracket or a quotation mark are not.",
    .bad_example = "Talks resumed on Monday. Officials said that the next round would",
    .good_example = "Talks resumed on Monday. Officials said the next round would follow soon.",
};

constexpr std::size_t kMinWords = 6;
// Running text, not a heading or a credit line: long enough, and mostly in lower case.
constexpr std::size_t kMinRunningWords = 10;
constexpr double kMinLowerShare = 0.6;

bool is_cut_mark(UChar32 c) {
  return c == ',' || c == ';' || c == ':' || c == 0x2013 || c == 0x2014 || c == '-';
}

class GarbleTruncated final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const Document& document = context.target;
    const BoilerplateMatcher boilerplate(context);
    for (std::size_t p = document.paragraphs.size(); p-- > 0;) {
      const Paragraph& paragraph = document.paragraphs[p];
      if (paragraph.span.empty() || paragraph.first_sentence == paragraph.end_sentence) continue;
      if (boilerplate.matches(document.view(paragraph.span))) continue;
      check_sentence(document, document.sentences[paragraph.end_sentence - 1], sink);
      return;
    }
  }

 private:
  void check_sentence(const Document& document, const Sentence& sentence, FindingSink& sink) const {
    std::size_t words = 0;
    std::size_t lower_words = 0;
    bool labelled = false;  // "Photo: Reuters", "Reporting by ...; editing by ..."
    const Token* last = nullptr;
    for (std::size_t t = sentence.first_token; t < sentence.end_token; ++t) {
      const Token& token = document.tokens[t];
      if (token.kind == TokenKind::space) continue;
      const UChar32 first = code_point_at(document.text, token.span.begin).value;
      if (token.kind == TokenKind::word) {
        ++words;
        lower_words += is_lower(first);
      }
      labelled |= token.kind == TokenKind::punct && (first == ':' || first == ';');
      last = &token;
    }
    if (last == nullptr || words < kMinWords) return;
    const UChar32 first = code_point_at(document.text, last->span.begin).value;
    const bool running_text = !labelled && words >= kMinRunningWords &&
                              static_cast<double>(lower_words) >= kMinLowerShare * words;
    const bool cut = (last->kind == TokenKind::word && (is_lower(first) || running_text)) ||
                     (last->kind == TokenKind::number && running_text) ||
                     (last->kind == TokenKind::punct && is_cut_mark(first));
    if (!cut) return;
    sink.report(make_finding(last->span, "the article ends in the middle of a sentence"));
  }
};

}  // namespace

const Checker& garble_truncated() {
  static const GarbleTruncated checker;
  return checker;
}

}  // namespace mtlint::checkers
