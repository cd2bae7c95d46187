// punct.inverted-mark: a question or exclamation that ends with ? or ! without the opening
// ¿ or ¡ the language writes before it (Spanish).
#include <string>
#include <vector>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "punct.inverted-mark",
    .category = "punct",
    .severity = Severity::warning,
    .summary = "A question or exclamation without its opening inverted mark.",
    .explanation =
        "Spanish opens a question with \u00bf and an exclamation with \u00a1; MT from English "
        "often keeps only the closing mark. The pairs come from "
        "dictionaries/<lang>/paired_marks.txt (\"\u00bf ?\"), so languages without the list are "
        "not checked. The opening mark may stand anywhere in the same sentence before the "
        "closing one (\"Pero, \u00bfqu\u00e9 pasa?\"), either opening mark may open a mixed "
        "\"\u00a1\u00bfQu\u00e9?!\", and a mark in brackets (\"(?)\") or in a URL is not flagged.",
    .example_lang = "es",
    .bad_example = "Qu\u00e9 quiere Rusia? Nadie lo sabe.",
    .good_example = "\u00bfQu\u00e9 quiere Rusia? Pero, \u00bfc\u00f3mo lo sabe? \u00a1Basta!",
};

struct MarkPair {
  std::string open;
  std::string close;
};

std::vector<MarkPair> pairs_of(const std::vector<std::string>& lines) {
  std::vector<MarkPair> pairs;
  for (const std::string& line : lines) {
    const std::size_t space = line.find(' ');
    if (space == std::string::npos) continue;
    pairs.push_back({line.substr(0, space), line.substr(line.find_first_not_of(' ', space))});
  }
  return pairs;
}

const MarkPair* pair_closed_by(const std::vector<MarkPair>& pairs, std::string_view mark) {
  for (const MarkPair& pair : pairs) {
    if (pair.close == mark) return &pair;
  }
  return nullptr;
}

bool is_opener(const std::vector<MarkPair>& pairs, std::string_view mark) {
  for (const MarkPair& pair : pairs) {
    if (pair.open == mark) return true;
  }
  return false;
}

class PunctInvertedMark final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::vector<MarkPair> pairs =
        pairs_of(context.resources.list(context.target_profile.code, "paired_marks"));
    if (pairs.empty()) return;
    for (const Sentence& sentence : context.target.sentences) {
      check_sentence(context.target.text, sentence.span, pairs, sink);
    }
  }

 private:
  // Each group of closing marks ("?", "?!") needs an opening mark since the previous group.
  void check_sentence(std::string_view text, ByteSpan sentence, const std::vector<MarkPair>& pairs,
                      FindingSink& sink) const {
    bool opened = false;
    bool in_group = false;
    for (std::size_t at = sentence.begin; at < sentence.end;) {
      const CodePoint point = code_point_at(text, at);
      at = point.end;
      const std::string_view mark = text.substr(point.begin, point.end - point.begin);
      if (is_opener(pairs, mark)) {
        opened = true;
        continue;
      }
      const MarkPair* pair = pair_closed_by(pairs, mark);
      if (pair == nullptr) {
        if (in_group) opened = false;
        in_group = false;
        continue;
      }
      if (!in_group && !opened && !excused(text, point)) {
        sink.report(make_finding(
            {point.begin, point.end},
            std::string(mark) + " without an opening " + pair->open + " in its sentence"));
      }
      in_group = true;
    }
  }

  static bool excused(std::string_view text, const CodePoint& mark) {
    const UChar32 before = code_point_before(text, mark.begin).value;
    const UChar32 after = code_point_at(text, mark.end).value;
    if (before == '(' && after == ')') return true;          // "(?)", an editor's doubt
    if (before < 0 || u_isUWhiteSpace(before)) return true;  // a lone mark, not a sentence end
    return is_letter(after) || u_isdigit(after) || after == '=' || after == '/';  // URLs
  }
};

}  // namespace

const Checker& punct_inverted_mark() {
  static const PunctInvertedMark checker;
  return checker;
}

}  // namespace mtlint::checkers
