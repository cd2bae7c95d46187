// untranslated: target text still in the source language.
#include <string>
#include <unordered_set>

#include "check/bilingual.h"
#include "check/checkers.h"
#include "mtlint/language_id.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "untranslated",
    .category = "untranslated",
    .severity = Severity::warning,
    .needs_source = true,
    .summary = "Text left in the source language.",
    .explanation =
        "Flags a target sentence that language identification (CLD2) places in the source "
        "language and that shares most of its words with the source; words in the source's "
        "script inside a target written in another script; and target words copied from the "
        "aligned source sentence that the target's speller does not know but the source's "
        "does. Names, numbers and URLs are not flagged (names left in the source's script are "
        "entity.mismatch's). Example, with the source \"Die Saison wurde ohne Zuschauer "
        "beendet.\".",
    .example_lang = "en",
    .bad_example = "The Saison ended ohne spectators.",
    .good_example = "The season ended without spectators.",
};

constexpr std::size_t kMinSingleLetters = 4;

class Untranslated final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    if (context.source == nullptr || context.alignment == nullptr) return;
    const auto& beads = context.alignment->beads;
    for (std::size_t i = 0; i < beads.size(); ++i) {
      if (beads[i].target_size() == 0) continue;
      if (beads[i].source_size() > 0 && whole_sentence(context, beads[i], sink)) continue;
      check_words(context, i, sink);
    }
  }

 private:
  // A target passage in the source language, judged by CLD2 and by its overlap with the source.
  bool whole_sentence(const CheckContext& context, const Bead& bead, FindingSink& sink) const {
    const ByteSpan span = bilingual::target_span(context, bead);
    const std::string_view text = context.target.view(span);
    const LanguageGuess guess = identify_language(text);
    if (!guess.reliable || guess.percent < 80 || guess.lang != context.source->lang ||
        guess.lang == context.target.lang) {
      return false;
    }
    const auto source_words = folded_words(*context.source, bilingual::source_span(context, bead));
    const auto target_words = bilingual::words_in(context.target, span);
    std::size_t shared = 0;
    for (const bilingual::Word& word : target_words) {
      shared += source_words.contains(bilingual::fold_case(context.target.view(word.span)));
    }
    if (target_words.empty() || 2 * shared < target_words.size()) return false;
    sink.report(make_finding(span, "the sentence is still in the source language"));
    return true;
  }

  static std::unordered_set<std::string> folded_words(const Document& document, ByteSpan span) {
    std::unordered_set<std::string> out;
    for (const bilingual::Word& word : bilingual::words_in(document, span)) {
      out.insert(bilingual::fold_case(document.view(word.span)));
    }
    return out;
  }

  bool copied_word(const CheckContext& context, const std::unordered_set<std::string>& source,
                   std::string_view text, bool initial) const {
    if (!source.contains(bilingual::fold_case(text))) return false;
    const Speller* target_speller = context.resources.speller(context.target_profile);
    const Speller* source_speller = context.resources.speller(*context.source_profile);
    if (target_speller == nullptr || target_speller->correct(text)) return false;
    // A capitalised word inside a sentence is most often a name both sides keep (Markus,
    // Bundesliga), even where the source language capitalises its nouns.
    if (bilingual::starts_upper(text) && !initial) return false;
    return source_speller == nullptr || source_speller->correct(text);
  }

  void check_words(const CheckContext& context, std::size_t index, FindingSink& sink) const {
    const Document& target = context.target;
    const ByteSpan span = bilingual::target_span(context, context.alignment->beads[index]);
    const UScriptCode source_script = bilingual::profile_script(*context.source_profile);
    const bool cross_script = source_script != bilingual::profile_script(context.target_profile);
    const auto source = folded_words(*context.source, bilingual::source_around(context, index));
    const auto links = bilingual::links_in(target.text, span);
    ByteSpan run{};
    std::size_t run_words = 0;
    auto flush = [&] {
      if (run_words > 0 && (run_words >= 2 || bilingual::letter_count(target.view(run)) >=
                                                  (cross_script ? 1 : kMinSingleLetters))) {
        sink.report(make_finding(
            run, "'" + std::string(target.view(run)) + "' is left in the source language"));
      }
      run_words = 0;
    };
    for (const bilingual::Word& word : bilingual::words_in(target, span)) {
      const std::string_view text = target.view(word.span);
      bool in_link = false;
      for (const ByteSpan link : links) in_link = in_link || link.overlaps(word.span);
      const bool flagged =
          !in_link && (cross_script ? bilingual::script_of(text) == source_script &&
                                          !(bilingual::starts_upper(text))
                                    : copied_word(context, source, text, word.initial));
      if (!flagged) {
        flush();
        continue;
      }
      // Words separated by spaces only form one run.
      const bool joins =
          run_words > 0 && bilingual::letter_count(target.view({run.end, word.span.begin})) == 0 &&
          target.view({run.end, word.span.begin}).find_first_not_of(' ') == std::string_view::npos;
      if (!joins) flush();
      run = run_words == 0 ? word.span : ByteSpan{run.begin, word.span.end};
      ++run_words;
    }
    flush();
  }
};

}  // namespace

const Checker& untranslated() {
  static const Untranslated checker;
  return checker;
}

}  // namespace mtlint::checkers
