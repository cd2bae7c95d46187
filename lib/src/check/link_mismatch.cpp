// link.mismatch: URLs, e-mail addresses, @handles and #hashtags of the source that do not survive
// unchanged in the aligned target.
#include <algorithm>
#include <string>
#include <vector>

#include "check/bilingual.h"
#include "check/checkers.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "link.mismatch",
    .category = "link",
    .severity = Severity::error,
    .needs_source = true,
    .summary = "A URL, e-mail address, handle or hashtag changed in translation.",
    .explanation =
        "URLs, e-mail addresses, @handles and #hashtags of a source sentence must appear "
        "unchanged in the aligned translation (or a neighbouring sentence): a translated, "
        "respelled or dropped link breaks. A changed link is reported at the target's link "
        "with the source's as the source span. Links only the target has are not flagged. "
        "Example, with the source \"Mehr unter www.example.de/wahl.\".",
    .example_lang = "en",
    .bad_example = "More at www.example.com/election.",
    .good_example = "More at www.example.de/wahl.",
};

class LinkMismatch final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    if (context.source == nullptr || context.alignment == nullptr) return;
    const auto& beads = context.alignment->beads;
    for (std::size_t i = 0; i < beads.size(); ++i) {
      if (beads[i].source_size() == 0 || beads[i].target_size() == 0) continue;
      check_bead(context, i, sink);
    }
  }

 private:
  static std::vector<ByteSpan> unmatched(const Document& document, ByteSpan span,
                                         const Document& other, ByteSpan other_span) {
    std::vector<std::string> there;
    for (const ByteSpan link : bilingual::links_in(other.text, other_span)) {
      there.emplace_back(other.view(link));
    }
    std::vector<ByteSpan> out;
    for (const ByteSpan link : bilingual::links_in(document.text, span)) {
      if (std::find(there.begin(), there.end(), document.view(link)) == there.end()) {
        out.push_back(link);
      }
    }
    return out;
  }

  void check_bead(const CheckContext& context, std::size_t index, FindingSink& sink) const {
    const Bead& bead = context.alignment->beads[index];
    const Document& source = *context.source;
    const Document& target = context.target;
    const auto missing = unmatched(source, bilingual::source_span(context, bead), target,
                                   bilingual::target_around(context, index));
    if (missing.empty()) return;
    const auto changed = unmatched(target, bilingual::target_span(context, bead), source,
                                   bilingual::source_around(context, index));
    for (std::size_t k = 0; k < missing.size(); ++k) {
      const std::string written(source.view(missing[k]));
      Finding finding =
          k < changed.size()
              ? make_finding(changed[k], "'" + std::string(target.view(changed[k])) +
                                             "' should be the source's '" + written + "'")
              : make_finding(bilingual::target_span(context, bead),
                             "the source's '" + written + "' is missing from the translation");
      finding.source_span = missing[k];
      if (k < changed.size()) finding.suggestions.push_back({written, false});
      sink.report(std::move(finding));
    }
  }
};

}  // namespace

const Checker& link_mismatch() {
  static const LinkMismatch checker;
  return checker;
}

}  // namespace mtlint::checkers
