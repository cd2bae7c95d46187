// number.format: decimal and thousands separators of another locale ("1,8 billion" in English,
// "1.5 Millionen" in German, "100,000" in French).
#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "number.format",
    .category = "number",
    .severity = Severity::warning,
    .summary = "A decimal or thousands separator of another locale.",
    .explanation =
        "MT often copies the source's number format: \"1,8 billion\" in English, \"1.5 "
        "Millionen\" in German, \"100,000\" in French or Russian. The profile gives the "
        "decimal and grouping separators. Only unambiguous numbers count: a separator followed "
        "by one or two digits is a decimal mark, several groups of three or \"000\" are "
        "grouping; \"1,500\" could be either and is left alone. A point used as a decimal mark "
        "where the language writes a comma is flagged only before a word of "
        "dictionaries/<lang>/number_words.txt (Millionen, Prozent, euros) or %, because the "
        "same shape is a time, a date or a version (12.30 Uhr, 3.1). An article that mostly "
        "writes numbers the other way on purpose, and a language without a profile, are not "
        "flagged. An article that groups thousands two ways (\"1,500,000\" and \"2 300 000\") "
        "has the less frequent way noted (info).",
    .bad_example = "Russia has massed 1,8 billion euros and 100,000 troops.",
    .good_example = "Russia has massed 1.8 billion euros, 100,000 troops and 1,500 tanks.",
};

struct Convention {
  char decimal = 0;   // the separator used as a decimal mark, 0 if none is certain
  char grouping = 0;  // the separator used to group thousands, 0 if none is certain
};

struct Shape {
  std::vector<std::string_view> groups;  // runs of digits
  std::string separators;                // one between each two groups
};

std::optional<Shape> shape_of(std::string_view number) {
  Shape shape;
  std::size_t begin = 0;
  for (std::size_t at = 0; at <= number.size(); ++at) {
    if (at < number.size() && number[at] >= '0' && number[at] <= '9') continue;
    if (at == begin) return std::nullopt;  // not digits and single separators only
    shape.groups.push_back(number.substr(begin, at - begin));
    if (at < number.size()) {
      if (number[at] != '.' && number[at] != ',') return std::nullopt;
      shape.separators += number[at];
    }
    begin = at + 1;
  }
  return shape;
}

bool groups_of_three(const Shape& shape, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i < last; ++i) {
    if (shape.groups[i].size() != 3) return false;
  }
  return true;
}

// What the number's separators certainly mean; ambiguous and irregular shapes say nothing.
Convention convention_of(const Shape& shape) {
  const std::string& seps = shape.separators;
  if (seps.empty() || (shape.groups.front().size() > 3 && seps.size() > 1)) return {};
  const char last = seps.back();
  const std::size_t same = static_cast<std::size_t>(std::count(seps.begin(), seps.end(), seps[0]));
  if (same == seps.size() && seps.size() > 1) {
    return groups_of_three(shape, 1, shape.groups.size()) ? Convention{0, seps[0]} : Convention{};
  }
  if (same == seps.size() - 1 && seps.size() > 1) {  // "1,234.56", "1.234,56"
    return groups_of_three(shape, 1, shape.groups.size() - 1) ? Convention{last, seps[0]}
                                                              : Convention{};
  }
  if (seps.size() != 1) return {};
  const std::string_view tail = shape.groups.back();
  if (tail.size() != 3) return {last, 0};
  return tail == "000" && shape.groups.front() != "0" ? Convention{0, last} : Convention{};
}

enum class Verdict { none, native, foreign };

Verdict judge(const LanguageProfile& profile, const Convention& convention) {
  const char decimal = profile.decimal_separator.size() == 1 ? profile.decimal_separator[0] : 0;
  if (decimal == 0 || (convention.decimal == 0 && convention.grouping == 0)) return Verdict::none;
  const auto groups = [&](char c) {
    return c != decimal && profile.grouping_separators.find(c) != std::string::npos;
  };
  if (convention.decimal != 0 && convention.decimal != decimal) return Verdict::foreign;
  if (convention.grouping != 0 && !groups(convention.grouping)) return Verdict::foreign;
  return Verdict::native;
}

// The word (or sign) after the number: a scale, unit or currency word makes "1.5" a quantity
// rather than a time, a date or a version.
bool quantity_follows(const Document& document, std::size_t token,
                      const std::vector<std::string>& words) {
  for (std::size_t next = token + 1; next < document.tokens.size() && next <= token + 2; ++next) {
    const Token& following = document.tokens[next];
    const std::string_view text = document.view(following.span);
    if (following.kind == TokenKind::space) {
      if (text.find('\n') != std::string_view::npos) return false;
      continue;
    }
    if (text == "%") return true;
    return following.kind == TokenKind::word &&
           std::find(words.begin(), words.end(), text) != words.end();
  }
  return false;
}

// "[1,1]", "(0,0)": a vector or a pair of coordinates, where the comma lists two numbers.
bool bracketed_list(const Document& document, ByteSpan number) {
  const UChar32 before = code_point_before(document.text, number.begin).value;
  const UChar32 after = code_point_at(document.text, number.end).value;
  return (before == '[' && after == ']') || (before == '(' && after == ')');
}

struct Candidate {
  std::size_t token = 0;
  Convention convention;
};

class NumberFormat final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const Document& document = context.target;
    const LanguageProfile& profile = context.target_profile;
    if (profile.script == "Zyyy") return;  // the generic profile knows no locale's numbers
    const auto& words = context.resources.list(profile.code, "number_words");
    // Decimal marks and thousands groups are judged apart: "100,000" in English says nothing
    // about how the same article writes decimals.
    std::array<std::size_t, 2> native{};  // [0] decimal marks, [1] groupings
    std::array<std::vector<Candidate>, 2> foreign;
    for (std::size_t t = 0; t < document.tokens.size(); ++t) {
      if (document.tokens[t].kind != TokenKind::number) continue;
      const std::optional<Shape> shape = shape_of(document.view(document.tokens[t].span));
      if (!shape) continue;
      const Convention convention = convention_of(*shape);
      const std::size_t role = convention.decimal != 0 ? 0 : 1;
      const Verdict verdict = judge(profile, convention);
      if (verdict == Verdict::native) ++native[role];
      if (verdict != Verdict::foreign) continue;
      if (convention.decimal == ',' && bracketed_list(document, document.tokens[t].span)) continue;
      // A point as decimal mark is also a time, a date or a version: a quantity word decides.
      if (convention.decimal == '.' && convention.grouping == 0 &&
          !quantity_follows(document, t, words)) {
        continue;
      }
      foreign[role].push_back({t, convention});
    }
    for (std::size_t role = 0; role < 2; ++role) {
      if (native[role] > 0 && foreign[role].size() > native[role]) continue;  // on purpose
      for (const Candidate& candidate : foreign[role]) report(document, profile, candidate, sink);
    }
    report_mixed_grouping(document, profile, sink);
  }

 private:
  // "1,500,000" here and "2 300 000" there: the minority way of grouping thousands (info).
  void report_mixed_grouping(const Document& document, const LanguageProfile& profile,
                             FindingSink& sink) const {
    std::map<std::string, std::vector<ByteSpan>> by_separator;
    for (std::size_t t = 0; t < document.tokens.size(); ++t) {
      if (document.tokens[t].kind != TokenKind::number) continue;
      if (const std::optional<ByteSpan> spaced = space_grouped(document, t)) {
        by_separator[std::string(document.view(document.tokens[t + 1].span))].push_back(*spaced);
        while (t + 2 < document.tokens.size() && document.tokens[t + 2].span.begin < spaced->end) {
          t += 2;
        }
        continue;
      }
      const std::optional<Shape> shape = shape_of(document.view(document.tokens[t].span));
      if (!shape) continue;
      const Convention convention = convention_of(*shape);
      // A separator of another locale is number.format's warning already.
      if (convention.grouping != 0 && judge(profile, convention) != Verdict::foreign) {
        by_separator[std::string(1, convention.grouping)].push_back(document.tokens[t].span);
      }
    }
    if (by_separator.size() < 2) return;
    const auto majority = std::max_element(
        by_separator.begin(), by_separator.end(),
        [](const auto& a, const auto& b) { return a.second.size() < b.second.size(); });
    for (const auto& [separator, spans] : by_separator) {
      if (separator == majority->first) continue;
      for (const ByteSpan span : spans) {
        Finding finding =
            make_finding(span, "thousands grouped with " + describe(separator) + " here and with " +
                                   describe(majority->first) + " elsewhere in the article (" +
                                   std::to_string(majority->second.size()) + " times)");
        finding.severity = Severity::info;
        sink.report(std::move(finding));
      }
    }
  }

  static std::string describe(const std::string& separator) {
    if (separator == " ") return "a space";
    if (separator == "\u00a0") return "a no-break space";
    if (separator == "\u202f") return "a narrow no-break space";
    return "'" + separator + "'";
  }

  // "2 300 000", "10 000" with a (no-break) space: a group of one to three digits and groups of
  // three after single spaces. A plain space must separate two groups at least ("20 300" may be
  // a date and a count), a no-break space one.
  static std::optional<ByteSpan> space_grouped(const Document& document, std::size_t token) {
    const auto digits = [&](std::size_t t, std::size_t min, std::size_t max) {
      if (t >= document.tokens.size() || document.tokens[t].kind != TokenKind::number) return false;
      const std::string_view text = document.view(document.tokens[t].span);
      return text.size() >= min && text.size() <= max &&
             std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const auto separator = [&](std::size_t t) {
      if (t >= document.tokens.size()) return std::string_view();
      const std::string_view text = document.view(document.tokens[t].span);
      return text == " " || text == "\u00a0" || text == "\u202f" ? text : std::string_view();
    };
    if (!digits(token, 1, 3) || separator(token + 1).empty()) return std::nullopt;
    const std::string_view used = separator(token + 1);
    std::size_t groups = 0;
    std::size_t t = token;
    while (separator(t + 1) == used && digits(t + 2, 3, 3)) {
      ++groups;
      t += 2;
    }
    if (groups == 0 || (used == " " && groups < 2)) return std::nullopt;
    if (code_point_at(document.text, document.tokens[t].span.end).value == ',' &&
        u_isdigit(code_point_at(document.text, document.tokens[t].span.end + 1).value)) {
      return std::nullopt;  // "1 234,5": a list or a decimal, not a plain grouping
    }
    return ByteSpan{document.tokens[token].span.begin, document.tokens[t].span.end};
  }

  void report(const Document& document, const LanguageProfile& profile, const Candidate& candidate,
              FindingSink& sink) const {
    const ByteSpan span = document.tokens[candidate.token].span;
    const std::string_view number = document.view(span);
    const std::string grouping = preferred_grouping(profile);
    std::string fixed;
    for (const char c : number) {
      if (c == candidate.convention.decimal)
        fixed += profile.decimal_separator;
      else if (c == candidate.convention.grouping)
        fixed += grouping;
      else
        fixed += c;
    }
    const std::string message =
        candidate.convention.decimal != 0
            ? "'" + std::string(1, candidate.convention.decimal) + "' as decimal mark; " +
                  profile.name + " writes '" + profile.decimal_separator + "'"
            : "'" + std::string(1, candidate.convention.grouping) + "' groups thousands; " +
                  profile.name + " writes '" + profile.decimal_separator + "' as decimal mark";
    Finding finding = make_finding(span, message);
    finding.suggestions.push_back({fixed, false});
    sink.report(std::move(finding));
  }

  // A no-break space where the language groups with spaces, else its first separator.
  static std::string preferred_grouping(const LanguageProfile& profile) {
    const std::string& seps = profile.grouping_separators;
    if (seps.find("\u00a0") != std::string::npos) return "\u00a0";
    const CodePoint first = code_point_at(seps, 0);
    return seps.substr(0, first.end);
  }
};

}  // namespace

const Checker& number_format() {
  static const NumberFormat checker;
  return checker;
}

}  // namespace mtlint::checkers
