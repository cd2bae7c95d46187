// quote.straight-mixed: straight quotes (" or ' used as a quote) in an article that otherwise
// uses curly ones.
#include <string>

#include "check/checkers.h"
#include "check/text_scan.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "quote.straight-mixed",
    .category = "quote",
    .severity = Severity::warning,
    .summary = "Straight quotes in an article that otherwise uses curly ones.",
    .explanation =
        "An article sets its quotations one way. When most quotation marks are curly (\u201c "
        "\u201d, \u201e \u201c, \u00ab \u00bb), a straight \" or a ' used as a quote is left "
        "over from a source, an API or a keyboard. A ' inside or after a word is an apostrophe "
        "and is left alone, as are inch and foot marks after digits (5'10\"). Where the "
        "position says whether the mark opens or closes, the fix is the profile's primary pair "
        "(the nested pair for '). A straight \" paired with a curly mark (\"Yes,\u201d) is a "
        "warning; straight quotes that pair with each other are only info: the article mixes "
        "two house styles, which professional copy does too, and the quotation reads the same.",
    .bad_example = "\u201cWe know who the fox is,\u201d she said. He said \"no\".",
    .good_example =
        "\u201cWe know who the fox is,\u201d she said. He said \u201cno\u201d. It's "
        "5'10\" tall.",
};

constexpr std::string_view kCurlyDouble = "\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d";

enum class Side { open, close, unclear };

Side side_of(std::string_view text, std::size_t at) {
  const UChar32 before = code_point_before(text, at).value;
  const UChar32 after = code_point_at(text, at + 1).value;
  const bool gap_before = before < 0 || u_isUWhiteSpace(before) ||
                          u_charType(before) == U_START_PUNCTUATION ||
                          u_charType(before) == U_DASH_PUNCTUATION;
  const bool gap_after =
      after < 0 || u_isUWhiteSpace(after) || (u_ispunct(after) && after != '\'' && after != '"');
  if (gap_before && !gap_after) return Side::open;
  if (!gap_before && gap_after) return Side::close;
  return Side::unclear;
}

// A ' that is an apostrophe (Russia's, players', '90s) or a foot mark (5').
bool is_apostrophe(std::string_view text, std::size_t at) {
  const UChar32 before = code_point_before(text, at).value;
  const UChar32 after = code_point_at(text, at + 1).value;
  if (is_letter(before) || u_isdigit(before) || u_isdigit(after)) return true;
  return false;
}

struct Counts {
  std::size_t curly = 0;
  std::size_t straight = 0;
};

bool is_curly_double(std::string_view text, const CodePoint& point) {
  return point.value >= 0x80 &&
         in_set(kCurlyDouble, text.substr(point.begin, point.end - point.begin));
}

// The double quotation mark nearest to `at` in its paragraph, forward or backward.
CodePoint neighbour_double(std::string_view text, std::size_t at, bool forward) {
  for (CodePoint point = forward ? code_point_at(text, at + 1) : code_point_before(text, at);
       point.valid() && point.value != '\n';
       point = forward ? code_point_at(text, point.end) : code_point_before(text, point.begin)) {
    if (point.value == '"' || is_curly_double(text, point)) return point;
  }
  return {};
}

// "In that game, my team won,”: a straight quote whose partner is curly.
bool paired_with_curly(std::string_view text, std::size_t at, Side side) {
  if (text[at] != '"' || side == Side::unclear) return false;
  const CodePoint partner = neighbour_double(text, at, side == Side::open);
  return partner.valid() && is_curly_double(text, partner);
}

Counts count_marks(std::string_view text) {
  Counts counts;
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint point = code_point_at(text, at);
    at = point.end;
    if (point.value == '"') ++counts.straight;
    if (is_curly_double(text, point)) ++counts.curly;
  }
  return counts;
}

class QuoteStraightMixed final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string_view text = context.target.text;
    const Counts counts = count_marks(text);
    if (counts.curly == 0 || counts.curly < counts.straight) return;
    bool single_open = false;  // a ' opened a quotation: the next closing ' ends it
    for (std::size_t at = 0; at < text.size(); ++at) {
      if (text[at] == '\n') single_open = false;
      if (text[at] != '"' && text[at] != '\'') continue;
      const Side side = side_of(text, at);
      if (text[at] == '\'') {
        const bool closes = single_open && side == Side::close;
        if (!closes && (is_apostrophe(text, at) || side != Side::open)) continue;
        single_open = side == Side::open;
      } else if (u_isdigit(code_point_before(text, at).value)) {
        continue;  // inches: 5'10"
      }
      report(context.target_profile, text, at, side, sink);
    }
  }

 private:
  void report(const LanguageProfile& profile, std::string_view text, std::size_t at, Side side,
              FindingSink& sink) const {
    Finding finding = make_finding(
        {at, at + 1}, std::string("straight ") + text[at] + " among curly quotation marks");
    if (!paired_with_curly(text, at, side)) finding.severity = Severity::info;
    const auto& quotes = profile.quotes;
    if (side != Side::unclear && !quotes.empty()) {
      const QuotePair& pair = text[at] == '\'' && quotes.size() > 1 ? quotes[1] : quotes[0];
      finding.suggestions.push_back({replacement(profile, pair, side), true});
    }
    sink.report(std::move(finding));
  }

  // The curly mark, with the no-break space the profile sets inside guillemets.
  static std::string replacement(const LanguageProfile& profile, const QuotePair& pair, Side side) {
    if (side == Side::open) {
      return in_set(profile.space_after_open, pair.open) ? pair.open + "\u00a0" : pair.open;
    }
    return in_set(profile.space_before, pair.close) ? "\u00a0" + pair.close : pair.close;
  }
};

}  // namespace

const Checker& quote_straight_mixed() {
  static const QuoteStraightMixed checker;
  return checker;
}

}  // namespace mtlint::checkers
