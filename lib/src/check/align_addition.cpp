// align.addition: target sentences with no source; a clause at the end of a sentence that makes
// it much longer than its source.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "align/length_model.h"
#include "check/bilingual.h"
#include "check/checkers.h"
#include "check/length_stats.h"

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
        "and not flagged here, nor are lines without letters. A sentence far longer than its "
        "source by the article's own length ratio (3.5 robust deviations, as length.ratio "
        "judges) whose last clause (from a comma or a conjunction of the target's "
        "clause_openers.txt) is about as long as the excess has that clause flagged as added "
        "(not for languages written without spaces, whose sentence lengths scatter too much). "
        "Example, with the source \"Der Sturm traf Florida.\".",
    .example_lang = "en",
    .bad_example = "The storm hit Florida. Experts expect more storms next year.",
    .good_example = "The storm hit Florida.",
};

constexpr double kLongerDeviations = 3.5;
constexpr double kTailTolerance = 0.35;  // of the excess length

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
    check_clauses(context, sink);
  }

 private:
  void check_clauses(const CheckContext& context, FindingSink& sink) const {
    // A character of a language written without spaces (Chinese, Japanese) stands for a whole
    // syllable or word: sentence lengths scatter too much there to point at a clause.
    if (!context.source_profile->spaces_between_words ||
        !context.target_profile.spaces_between_words) {
      return;
    }
    const bilingual::ArticleRatios ratios = bilingual::article_ratios(context);
    if (!ratios.usable) return;
    for (const bilingual::BeadLength& bead : ratios.beads) {
      if (ratios.deviations(bead) < kLongerDeviations) continue;
      const double expected = bead.source_chars * std::exp(ratios.centre);
      const ByteSpan span = bilingual::target_span(context, context.alignment->beads[bead.index]);
      const std::optional<ByteSpan> tail =
          tail_of_length(context, span, bead.target_chars - expected);
      if (!tail) continue;
      sink.report(make_finding(*tail, "'" + std::string(context.target.view(*tail)) +
                                          "' seems to have no source (the sentence is much "
                                          "longer than its source)"));
    }
  }

  // The last part of `span`, from a clause break or a clause-opening conjunction, whose length
  // is closest to `excess` characters, if within kTailTolerance of it.
  static std::optional<ByteSpan> tail_of_length(const CheckContext& context, ByteSpan span,
                                                double excess) {
    const Document& target = context.target;
    const auto& openers = context.resources.list(target.lang, "clause_openers");
    std::vector<std::size_t> starts;
    const auto clauses = bilingual::clauses_in(target.text, span);
    for (std::size_t c = 1; c < clauses.size(); ++c) starts.push_back(clauses[c].begin);
    for (const bilingual::Word& word : bilingual::words_in(target, span)) {
      const std::string folded = bilingual::fold_case(target.view(word.span));
      if (!word.initial && std::find(openers.begin(), openers.end(), folded) != openers.end()) {
        starts.push_back(word.span.begin);
      }
    }
    if (clauses.empty() || starts.empty()) return std::nullopt;
    const std::size_t end = clauses.back().end;
    std::optional<ByteSpan> best;
    double best_gap = kTailTolerance * excess;
    for (const std::size_t start : starts) {
      if (start >= end) continue;
      const double length = static_cast<double>(align::length_in_chars(target.view({start, end})));
      const double gap = std::fabs(length - excess);
      if (gap <= best_gap) {
        best_gap = gap;
        best = ByteSpan{start, end};
      }
    }
    return best;
  }
};

}  // namespace

const Checker& align_addition() {
  static const AlignAddition checker;
  return checker;
}

}  // namespace mtlint::checkers
