// align.addition: target sentences with no source.
#include <string>

#include "check/bilingual.h"
#include "check/checkers.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "align.addition",
    .category = "align",
    .severity = Severity::warning,
    .needs_source = true,
    .summary = "A target sentence with no source.",
    .explanation =
        "A target sentence the aligner pairs with no source sentence (a 0-1 bead) was added in "
        "translation or scraped along with the article. Lines that are the profile's "
        "boilerplate (page furniture such as \"Share this article\") are boilerplate.scrape's "
        "and not flagged here, nor are lines without letters. Example, with the source \"Der "
        "Sturm traf Florida.\".",
    .example_lang = "en",
    .bad_example = "The storm hit Florida. Experts expect more storms next year.",
    .good_example = "The storm hit Florida.",
};

class AlignAddition final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    if (context.source == nullptr || context.alignment == nullptr) return;
    const Document& target = context.target;
    const auto& beads = context.alignment->beads;
    const Furniture furniture(context);
    for (std::size_t i = 0; i < beads.size(); ++i) {
      const Bead& bead = beads[i];
      if (bead.source_size() > 0 ||
          bilingual::beside_opposite_gap(*context.alignment, i, furniture)) {
        continue;
      }
      for (std::size_t t = bead.target_begin; t < bead.target_end; ++t) {
        const std::string_view text = target.view(target.sentences[t].span);
        if (bilingual::letter_count(text) < 2 || furniture.target_sentence(t)) continue;
        sink.report(make_finding(target.sentences[t].span, "the sentence has no source"));
      }
    }
  }
};

}  // namespace

const Checker& align_addition() {
  static const AlignAddition checker;
  return checker;
}

}  // namespace mtlint::checkers
