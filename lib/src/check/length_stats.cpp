#include "check/length_stats.h"

#include <algorithm>
#include <cmath>

#include "align/length_model.h"
#include "check/bilingual.h"

namespace mtlint::bilingual {
namespace {

constexpr std::size_t kMinBeads = 5;
constexpr double kMinChars = 20;
constexpr double kMinSpread = 0.12;  // log units: sentence ratios always scatter this much

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

}  // namespace

double chars_in(const Document& document, ByteSpan span) {
  return static_cast<double>(align::length_in_chars(document.view(span)));
}

std::optional<double> usual_log_ratio(const CheckContext& context) {
  if (context.source_profile == nullptr) return std::nullopt;
  const double source = context.source_profile->length_vs_english;
  const double target = context.target_profile.length_vs_english;
  if (source <= 0 || target <= 0) return std::nullopt;
  return std::log(target / source);
}

ArticleRatios article_ratios(const CheckContext& context) {
  ArticleRatios out;
  if (context.source == nullptr || context.alignment == nullptr) return out;
  const auto& beads = context.alignment->beads;
  std::vector<double> ratios;
  for (std::size_t i = 0; i < beads.size(); ++i) {
    if (beads[i].source_size() == 0 || beads[i].target_size() == 0) continue;
    const double s = chars_in(*context.source, source_span(context, beads[i]));
    const double t = chars_in(context.target, target_span(context, beads[i]));
    if (std::max(s, t) < kMinChars || s == 0 || t == 0) continue;
    out.beads.push_back({i, s, t, std::log(t / s)});
    ratios.push_back(out.beads.back().log_ratio);
  }
  if (ratios.size() < kMinBeads) return out;
  out.centre = median(ratios);
  std::vector<double> deviations;
  for (const double r : ratios) deviations.push_back(std::fabs(r - out.centre));
  out.spread = std::max(kMinSpread, 1.4826 * median(deviations));
  out.usable = true;
  return out;
}

}  // namespace mtlint::bilingual
