// number.mismatch: a number of the source missing or changed in the aligned target, or a number
// in the target that the source lacks.
#include <string>

#include "check/bilingual.h"
#include "check/checkers.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "number.mismatch",
    .category = "number",
    .severity = Severity::error,
    .needs_source = true,
    .summary = "A number differs between the source and the translation.",
    .explanation =
        "Every number of a source sentence must appear in the aligned translation in an "
        "equivalent form, and the translation must have no number the source lacks. Forms are "
        "compared by value: locale separators (1,5 and 1.5; 100 000 and 100,000), scale words "
        "listed in the profile's scale_words.txt (1.5 billion, 1,5 Mrd., 1,5 млрд and 15亿 are "
        "equal) and small numbers written as words (numerals.txt: three, drei, три). "
        "Neighbouring sentences are searched too, so that alignment slop is not flagged. "
        "Example, with the source \"Die Firma verlor 1,5 Mrd. Euro.\".",
    .example_lang = "en",
    .bad_example = "The company lost 2.5 billion euros.",
    .good_example = "The company lost 1.5 billion euros.",
};

class NumberMismatch final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    if (context.source == nullptr || context.alignment == nullptr) return;
    const bilingual::NumberReader source_reader(context.resources, *context.source_profile);
    const bilingual::NumberReader target_reader(context.resources, context.target_profile);
    const auto& beads = context.alignment->beads;
    for (std::size_t i = 0; i < beads.size(); ++i) {
      if (beads[i].source_size() == 0 || beads[i].target_size() == 0) continue;
      check_bead(context, i, source_reader, target_reader, sink);
    }
  }

 private:
  static std::vector<bilingual::Number> unmatched(const std::vector<bilingual::Number>& numbers,
                                                  const std::vector<bilingual::Number>& others) {
    std::vector<bilingual::Number> out;
    for (const bilingual::Number& number : numbers) {
      // Words such as "one" are pronouns as often as numbers: they answer, never ask.
      if (!number.spelled && !bilingual::has_counterpart(number, others)) out.push_back(number);
    }
    return out;
  }

  void check_bead(const CheckContext& context, std::size_t index,
                  const bilingual::NumberReader& source_reader,
                  const bilingual::NumberReader& target_reader, FindingSink& sink) const {
    const Bead& bead = context.alignment->beads[index];
    const Document& source = *context.source;
    const Document& target = context.target;
    const auto missing =
        unmatched(source_reader.read(source, bilingual::source_span(context, bead)),
                  target_reader.read(target, bilingual::target_around(context, index)));
    const auto extra =
        unmatched(target_reader.read(target, bilingual::target_span(context, bead)),
                  source_reader.read(source, bilingual::source_around(context, index)));
    // A changed number shows on both sides: report it once, at the target number.
    for (std::size_t k = 0; k < extra.size(); ++k) {
      const std::string written(target.view(extra[k].span));
      std::string message = "'" + written + "' has no counterpart in the source";
      Finding finding = make_finding(extra[k].span, "");
      if (k < missing.size()) {
        finding.source_span = missing[k].span;
        message = "'" + written + "' where the source has '" +
                  std::string(source.view(missing[k].span)) + "'";
      }
      finding.message = std::move(message);
      sink.report(std::move(finding));
    }
    for (std::size_t k = extra.size(); k < missing.size(); ++k) {
      Finding finding = make_finding(bilingual::target_span(context, bead),
                                     "the source's '" + std::string(source.view(missing[k].span)) +
                                         "' is missing from the translation");
      finding.source_span = missing[k].span;
      sink.report(std::move(finding));
    }
  }
};

}  // namespace

const Checker& number_mismatch() {
  static const NumberMismatch checker;
  return checker;
}

}  // namespace mtlint::checkers
