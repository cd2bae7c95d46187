// length.ratio: beads whose length ratio is an outlier against the article's own distribution.
#include <cmath>
#include <string>

#include "check/bilingual.h"
#include "check/checkers.h"
#include "check/length_stats.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "length.ratio",
    .category = "length",
    .severity = Severity::info,
    .needs_source = true,
    .summary = "A sentence much shorter or longer than its source.",
    .explanation =
        "The article's own ratio of target to source length is estimated robustly (median and "
        "median absolute deviation of the log ratios of its 1-1 beads, at least five of them). "
        "A bead whose log ratio lies more than 3.5 deviations away is reported (info), more than "
        "6 away as a warning: a sentence much shorter than its source has probably lost "
        "something, a much longer one gained something. Beads under 20 characters on both sides "
        "are not judged.",
    .example_lang = "en",
    // Needs an article of five sentences or more: see tests/fixtures/bilingual/length.ratio.
    .bad_example = "The minister resigned.",
    .good_example = "The minister resigned on Tuesday after a week of protests in the capital.",
};

constexpr double kInfoDeviations = 3.5;
constexpr double kWarningDeviations = 6.0;

class LengthRatio final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const bilingual::ArticleRatios ratios = bilingual::article_ratios(context);
    if (!ratios.usable) return;
    for (const bilingual::BeadLength& bead : ratios.beads) {
      const double z = ratios.deviations(bead);
      if (std::fabs(z) < kInfoDeviations) continue;
      const Bead& judged = context.alignment->beads[bead.index];
      Finding finding = make_finding(
          bilingual::target_span(context, judged),
          std::string(z < 0 ? "much shorter" : "much longer") + " than its source (" +
              std::to_string(
                  static_cast<int>(std::lround(100 * std::exp(bead.log_ratio - ratios.centre)))) +
              "% of the article's usual length)");
      if (std::fabs(z) >= kWarningDeviations) finding.severity = Severity::warning;
      finding.source_span = bilingual::source_span(context, judged);
      sink.report(std::move(finding));
    }
  }
};

}  // namespace

const Checker& length_ratio() {
  static const LengthRatio checker;
  return checker;
}

}  // namespace mtlint::checkers
