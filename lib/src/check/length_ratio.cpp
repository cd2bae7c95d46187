// length.ratio: beads whose length ratio is an outlier against the article's own distribution.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "align/length_model.h"
#include "check/bilingual.h"
#include "check/checkers.h"

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

constexpr std::size_t kMinBeads = 5;
constexpr double kMinChars = 20;
constexpr double kInfoDeviations = 3.5;
constexpr double kWarningDeviations = 6.0;
constexpr double kMinSpread = 0.12;  // log units: sentence ratios always scatter this much

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

class LengthRatio final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    if (context.source == nullptr || context.alignment == nullptr) return;
    std::vector<double> ratios;
    std::vector<const Bead*> judged;
    for (const Bead& bead : context.alignment->beads) {
      if (bead.source_size() == 0 || bead.target_size() == 0) continue;
      const double s = chars(*context.source, bilingual::source_span(context, bead));
      const double t = chars(context.target, bilingual::target_span(context, bead));
      if (std::max(s, t) < kMinChars || s == 0 || t == 0) continue;
      ratios.push_back(std::log(t / s));
      judged.push_back(&bead);
    }
    if (ratios.size() < kMinBeads) return;
    const double centre = median(ratios);
    std::vector<double> deviations;
    for (const double r : ratios) deviations.push_back(std::fabs(r - centre));
    const double spread = std::max(kMinSpread, 1.4826 * median(deviations));
    for (std::size_t k = 0; k < ratios.size(); ++k) {
      const double z = (ratios[k] - centre) / spread;
      if (std::fabs(z) < kInfoDeviations) continue;
      Finding finding = make_finding(
          bilingual::target_span(context, *judged[k]),
          std::string(z < 0 ? "much shorter" : "much longer") + " than its source (" +
              std::to_string(static_cast<int>(std::lround(100 * std::exp(ratios[k] - centre)))) +
              "% of the article's usual length)");
      if (std::fabs(z) >= kWarningDeviations) finding.severity = Severity::warning;
      finding.source_span = bilingual::source_span(context, *judged[k]);
      sink.report(std::move(finding));
    }
  }

 private:
  static double chars(const Document& document, ByteSpan span) {
    return static_cast<double>(align::length_in_chars(document.view(span)));
  }
};

}  // namespace

const Checker& length_ratio() {
  static const LengthRatio checker;
  return checker;
}

}  // namespace mtlint::checkers
