// entity.mismatch: a name of the source missing from the aligned target, a name in the target
// with no counterpart in the source, or a name left in the source's script.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "check/bilingual.h"
#include "check/checkers.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "entity.mismatch",
    .category = "entity",
    .severity = Severity::warning,
    .needs_source = true,
    .summary = "A name differs between the source and the translation.",
    .explanation =
        "Names of the source (capitalised words not at the start of a sentence, acronyms of "
        "four letters or more; Latin words in Chinese or Japanese) must appear in the aligned "
        "translation. Words are compared after ICU transliteration to Latin and case folding, on "
        "a prefix, so that inflected and transcribed forms meet (Путина and Putin, Москве and "
        "Moscow). A name in the translation that the source lacks is flagged when the source is "
        "written with spaces between words, and so is a name left in the source's script. "
        "Where every noun is capitalised (German) only words the speller does not know count. "
        "Example, with the source \"Путин встретился с Макроном.\".",
    .example_lang = "en",
    .bad_example = "Putin met with Merkel.",
    .good_example = "Putin met with Macron.",
};

class EntityMismatch final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    if (context.source == nullptr || context.alignment == nullptr) return;
    bilingual::NameMatcher names;
    const auto& beads = context.alignment->beads;
    for (std::size_t i = 0; i < beads.size(); ++i) {
      if (beads[i].source_size() == 0 || beads[i].target_size() == 0) continue;
      check_source_names(context, i, names, sink);
      check_target_names(context, i, names, sink);
    }
  }

 private:
  // Source names in runs of adjacent names ("Donald Trump", "Organizacji Narodów
  // Zjednoczonych"): a run is found when any of its words is, since institutions are translated
  // word by word and only some words keep their shape.
  static std::vector<std::vector<bilingual::Word>> name_runs(const CheckContext& context,
                                                             const ByteSpan span) {
    const Document& source = *context.source;
    const Speller* speller = context.resources.speller(*context.source_profile);
    std::vector<std::vector<bilingual::Word>> runs;
    bool joined = false;
    for (const bilingual::Word& word : bilingual::words_in(source, span)) {
      const std::string_view text = source.view(word.span);
      const bool name = bilingual::is_name(context, source, *context.source_profile, word);
      // A capitalised common word ("Národní", "Estados") is part of a translated title.
      const bool common = speller != nullptr && speller->correct(bilingual::fold_case(text));
      if (!name && !(joined && bilingual::starts_upper(text))) {
        joined = false;
        continue;
      }
      const bool adjacent =
          joined && !runs.empty() &&
          source.view({runs.back().back().span.end, word.span.begin}).find_first_not_of(" -") ==
              std::string_view::npos;
      if (!adjacent) runs.emplace_back();
      if (!common || !adjacent) runs.back().push_back(word);
      if (common && runs.back().empty()) runs.pop_back();
      joined = !runs.empty();
    }
    return runs;
  }

  void check_source_names(const CheckContext& context, std::size_t index,
                          bilingual::NameMatcher& names, FindingSink& sink) const {
    const Document& source = *context.source;
    const Bead& bead = context.alignment->beads[index];
    const auto target_words =
        bilingual::words_in(context.target, bilingual::target_around(context, index));
    const Speller* speller = context.resources.speller(*context.source_profile);
    const auto& exonyms = context.resources.list(context.source_profile->code, "exonyms");
    std::set<std::string> reported;
    for (const auto& run : name_runs(context, bilingual::source_span(context, bead))) {
      const bool found = std::any_of(run.begin(), run.end(), [&](const bilingual::Word& word) {
        return names.found_with_exonyms(source.view(word.span), exonyms, context.target,
                                        target_words);
      });
      const std::string_view first = source.view(run.front().span);
      if (found || (speller != nullptr && speller->correct(bilingual::fold_case(first)))) {
        continue;
      }
      const ByteSpan whole{run.front().span.begin, run.back().span.end};
      if (!reported.insert(names.key(source.view(whole))).second) continue;
      Finding finding = make_finding(bilingual::target_span(context, bead),
                                     "the source's name '" + std::string(source.view(whole)) +
                                         "' is missing from the translation");
      finding.source_span = whole;
      sink.report(std::move(finding));
    }
  }

  void check_target_names(const CheckContext& context, std::size_t index,
                          bilingual::NameMatcher& names, FindingSink& sink) const {
    const Document& target = context.target;
    const UScriptCode source_script = bilingual::profile_script(*context.source_profile);
    const bool cross_script = source_script != bilingual::profile_script(context.target_profile);
    // Names written in ideographs have no Latin form to meet (越南 is not Vietnam).
    // Only names written in the same script compare reliably the other way round: transcription
    // from Cyrillic or Devanagari varies too much (Эрдоган, Erdogan, Erdoğan).
    const bool comparable = !cross_script && context.source_profile->spaces_between_words;
    const auto source_words =
        bilingual::words_in(*context.source, bilingual::source_around(context, index));
    const Speller* speller = context.resources.speller(context.target_profile);
    const auto& exonyms = context.resources.list(context.source_profile->code, "exonyms");
    for (const bilingual::Word& word : bilingual::words_in(
             target, bilingual::target_span(context, context.alignment->beads[index]))) {
      const std::string_view text = target.view(word.span);
      if (cross_script && bilingual::script_of(text) == source_script &&
          bilingual::starts_upper(text)) {
        sink.report(
            make_finding(word.span, "'" + std::string(text) + "' is left in the source's script"));
        continue;
      }
      if (!comparable || !bilingual::is_name(context, target, context.target_profile, word)) {
        continue;
      }
      // Words the speller knows are capitalised common words ("White House") or names such as
      // weekdays and months that translate into other words.
      if (speller != nullptr && speller->correct(text)) continue;
      if (names.found_with_exonyms(text, exonyms, *context.source, source_words, true)) continue;
      sink.report(make_finding(
          word.span, "the name '" + std::string(text) + "' has no counterpart in the source"));
    }
  }
};

}  // namespace

const Checker& entity_mismatch() {
  static const EntityMismatch checker;
  return checker;
}

}  // namespace mtlint::checkers
