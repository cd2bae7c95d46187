// number.mismatch: a number of the source missing or changed in the aligned target, or a number
// in the target that the source lacks.
#include <string>
#include <vector>

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
        "equal), the first number of a range sharing the second's (range_words.txt: 12 to 14 "
        "million), decades in two or four digits (decade_suffixes.txt: 1980s, 80er, 80年代) "
        "small numbers written as words (numerals.txt: three, drei, три) and measures "
        "converted between units, within a tenth (units.txt: 200 feet, 60 Meter). "
        "Neighbouring sentences are searched too, so that alignment slop is not flagged. "
        "Example, with the source \"Die Firma verlor 1,5 Mrd. Euro.\".",
    .example_lang = "en",
    .bad_example = "The company lost 2.5 billion euros.",
    .good_example = "The company lost 1.5 billion euros.",
};

constexpr double kMinAskingWord = 2;

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
  // `spelled_ask`: the other side's language has a numerals list, so that a number written as a
  // word of two or more may be compared too (see keep_spelled_for_missing).
  static std::vector<bilingual::Number> unmatched(const std::vector<bilingual::Number>& numbers,
                                                  const std::vector<bilingual::Number>& others,
                                                  bool spelled_ask) {
    std::vector<bilingual::Number> out;
    for (const bilingual::Number& number : numbers) {
      // Words such as "one" are pronouns and articles as often as numbers: they answer, never ask.
      const bool asks = !number.spelled || (spelled_ask && number.values.size() == 1 &&
                                            number.values.front() >= kMinAskingWord &&
                                            number.values.front() == number.unscaled.front());
      if (asks && !bilingual::has_counterpart(number, others)) out.push_back(number);
    }
    return out;
  }

  // A number word of the target without counterpart ("May", "third", "a dozen") is reported
  // only in place of a source number the target lacks: a changed number ("7" became "nine").
  static void keep_spelled_for_missing(std::vector<bilingual::Number>& extra, std::size_t missing) {
    std::size_t digits = 0;
    for (const bilingual::Number& number : extra) digits += !number.spelled;
    std::size_t spelled_room = missing > digits ? missing - digits : 0;
    std::erase_if(extra, [&](const bilingual::Number& number) {
      if (!number.spelled) return false;
      if (spelled_room == 0) return true;
      --spelled_room;
      return false;
    });
  }

  void check_bead(const CheckContext& context, std::size_t index,
                  const bilingual::NumberReader& source_reader,
                  const bilingual::NumberReader& target_reader, FindingSink& sink) const {
    const Bead& bead = context.alignment->beads[index];
    const Document& source = *context.source;
    const Document& target = context.target;
    const bool source_has_words = !context.resources.list(source.lang, "numerals").empty();
    const auto missing =
        unmatched(source_reader.read(source, bilingual::source_span(context, bead)),
                  target_reader.read(target, bilingual::target_around(context, index)), false);
    auto extra = unmatched(target_reader.read(target, bilingual::target_span(context, bead)),
                           source_reader.read(source, bilingual::source_around(context, index)),
                           source_has_words);
    // Source number words without counterpart make room for target ones (八 became "nine").
    const bool target_has_words = !context.resources.list(target.lang, "numerals").empty();
    const auto lost = unmatched(
        source_reader.read(source, bilingual::source_span(context, bead)),
        target_reader.read(target, bilingual::target_around(context, index)), target_has_words);
    keep_spelled_for_missing(extra, lost.size());
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
