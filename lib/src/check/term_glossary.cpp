// term.glossary: the user glossary's required target terms and forbidden variants.
#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "check/bilingual.h"
#include "check/checkers.h"
#include "check/text_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "term.glossary",
    .category = "term",
    .severity = Severity::error,
    .needs_source = false,
    .summary = "A glossary term translated otherwise, or a forbidden variant used.",
    .explanation =
        "With a glossary (--glossary FILE, TSV: source term, required target term, forbidden "
        "variants separated by |, e.g. \"Киев<TAB>Kyiv<TAB>Kiev\"; or TBX, whose deprecated "
        "and superseded terms are the forbidden ones and whose languages must match the "
        "document's): where an aligned source "
        "sentence contains the source term (case-insensitive; longer words that start with it "
        "count, for inflection) the translation must contain the required term; a forbidden "
        "variant is flagged anywhere in the target, with or without a source. Without a "
        "glossary the rule finds nothing.",
    .example_lang = "en",
    .bad_example = "Shelling continued in Kiev.",
    .good_example = "Shelling continued in Kyiv.",
};

constexpr std::size_t kMinPrefixLetters = 4;  // shorter terms must match a whole word

// Where `term` starts a word of `document` within `span`: the matched words.
std::vector<ByteSpan> occurrences(const Document& document, ByteSpan span, std::string_view term) {
  const std::string folded_term = bilingual::fold_case(term);
  const bool prefix = bilingual::letter_count(term) >= kMinPrefixLetters;
  std::vector<ByteSpan> out;
  for (const Token& token : document.tokens) {
    if (token.kind != TokenKind::word || token.span.begin < span.begin ||
        token.span.end > span.end) {
      continue;
    }
    const std::size_t begin = token.span.begin;
    const std::string folded = bilingual::fold_case(document.text.substr(begin, term.size() + 8));
    if (!folded.starts_with(folded_term)) continue;
    std::size_t end = std::min(begin + term.size(), document.text.size());
    const bool more_letters = is_letter(code_point_at(document.text, end).value);
    if (more_letters && !prefix) continue;
    while (is_letter(code_point_at(document.text, end).value)) {
      end = code_point_at(document.text, end).end;
    }
    out.push_back({begin, end});
  }
  return out;
}

class TermGlossary final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const Document& target = context.target;
    const ByteSpan whole{0, target.text.size()};
    std::set<std::pair<std::size_t, std::size_t>> reported;  // a TBX term serves many pairs
    for (const GlossaryEntry& entry : context.resources.glossary()) {
      if (!serves(entry, context)) continue;
      for (const std::string& variant : entry.forbidden) {
        for (const ByteSpan found : occurrences(target, whole, variant)) {
          if (!reported.emplace(found.begin, found.end).second) continue;
          Finding finding =
              make_finding(found, "'" + std::string(target.view(found)) +
                                      "': the glossary requires '" + entry.target + "'");
          finding.suggestions.push_back({entry.target, false});
          sink.report(std::move(finding));
        }
      }
      if (context.source != nullptr && context.alignment != nullptr) {
        check_required(context, entry, sink);
      }
    }
  }

 private:
  // An entry of a TBX glossary serves its own languages; a TSV glossary's, every pair.
  static bool serves(const GlossaryEntry& entry, const CheckContext& context) {
    if (!entry.target_lang.empty() && entry.target_lang != context.target_profile.code) {
      return false;
    }
    return entry.source_lang.empty() || context.source_profile == nullptr ||
           entry.source_lang == context.source_profile->code;
  }

  void check_required(const CheckContext& context, const GlossaryEntry& entry,
                      FindingSink& sink) const {
    const auto& beads = context.alignment->beads;
    for (std::size_t i = 0; i < beads.size(); ++i) {
      if (beads[i].source_size() == 0 || beads[i].target_size() == 0) continue;
      const auto in_source =
          occurrences(*context.source, bilingual::source_span(context, beads[i]), entry.source);
      if (in_source.empty()) continue;
      const ByteSpan span = bilingual::target_span(context, beads[i]);
      const ByteSpan around = bilingual::target_around(context, i);
      if (!occurrences(context.target, around, entry.target).empty()) continue;
      // A forbidden variant there is reported already, with the required term as suggestion.
      const bool forbidden_used = std::any_of(
          entry.forbidden.begin(), entry.forbidden.end(), [&](const std::string& variant) {
            return !occurrences(context.target, span, variant).empty();
          });
      if (forbidden_used) continue;
      Finding finding = make_finding(
          span, "the glossary translates '" + entry.source + "' as '" + entry.target + "'");
      finding.source_span = in_source.front();
      sink.report(std::move(finding));
    }
  }
};

}  // namespace

const Checker& term_glossary() {
  static const TermGlossary checker;
  return checker;
}

}  // namespace mtlint::checkers
