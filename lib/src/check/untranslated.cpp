// untranslated: target text still in the source language.
#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

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
        "does. Names, numbers, URLs and the target's loanwords (loanwords.txt: viral, Burger) "
        "are not flagged (names left in the source's script are "
        "entity.mismatch's); a capitalised word inside a sentence counts as a name unless the "
        "source language capitalises every noun and its speller knows the word. Example, with the "
        "source \"Die Saison wurde ohne Zuschauer "
        "beendet.\".",
    .example_lang = "en",
    .bad_example = "The Saison ended ohne spectators.",
    .good_example = "The season ended without spectators.",
    .subsumes = {"spell.unknown", "punct.french-spacing"},
};

constexpr std::size_t kMinSingleLetters = 4;

// A name's words come in runs (Olaf Scholz, Markus Söder): in a language that does not
// capitalise its nouns, a capitalised word next to another non-initial capitalised one is taken
// for part of a name.
bool beside_capitalised(const Document& document, const std::vector<bilingual::Word>& words,
                        std::size_t k) {
  const auto capitalised = [&](std::size_t i) {
    return !words[i].initial && bilingual::starts_upper(document.view(words[i].span));
  };
  return (k > 0 && capitalised(k - 1)) || (k + 1 < words.size() && capitalised(k + 1));
}

bool nouns_capitalised(const CheckContext& context, const LanguageProfile& profile) {
  const auto& options = context.resources.list(profile.code, "entity_options");
  return std::find(options.begin(), options.end(), "nouns-capitalised") != options.end();
}

class Untranslated final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    if (context.source == nullptr || context.alignment == nullptr) return;
    const auto& beads = context.alignment->beads;
    const std::unordered_set<std::string> names = source_names(context);
    const std::unordered_set<std::string> kept = loanwords(context);
    for (std::size_t i = 0; i < beads.size(); ++i) {
      if (beads[i].target_size() == 0) continue;
      if (beads[i].source_size() > 0 && whole_sentence(context, beads[i], sink)) continue;
      check_words(context, i, names, kept, sink);
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

  // Words written capitalised inside a sentence of a source that does not capitalise its
  // nouns, and sentence-initial ones next to such a word ("Derry City", "Wells Fargo"): names,
  // whatever case they take at the start of a target sentence. Taken from the whole source, as
  // an article names the same club or bank several times.
  static std::unordered_set<std::string> source_names(const CheckContext& context) {
    std::unordered_set<std::string> out;
    if (nouns_capitalised(context, *context.source_profile)) return out;
    const Document& source = *context.source;
    const auto words = bilingual::words_in(source, {0, source.text.size()});
    const auto inner_capital = [&](std::size_t k) {
      return k < words.size() && !words[k].initial &&
             bilingual::starts_upper(source.view(words[k].span));
    };
    // "The" of "The Hoops" starts a sentence before a name but is written lower case elsewhere.
    std::unordered_set<std::string> lower_case;
    for (const bilingual::Word& word : words) {
      const std::string_view text = source.view(word.span);
      if (!bilingual::starts_upper(text)) lower_case.insert(bilingual::fold_case(text));
    }
    for (std::size_t k = 0; k < words.size(); ++k) {
      const std::string_view text = source.view(words[k].span);
      if (!bilingual::starts_upper(text)) continue;
      std::string folded = bilingual::fold_case(text);
      if (inner_capital(k) ||
          (words[k].initial && inner_capital(k + 1) && !lower_case.contains(folded))) {
        out.insert(std::move(folded));
      }
    }
    return out;
  }

  // English words that German, say, has taken over ("viral", "Burger"): kept on purpose.
  static std::unordered_set<std::string> loanwords(const CheckContext& context) {
    std::unordered_set<std::string> out;
    for (const std::string& word :
         context.resources.list(context.target_profile.code, "loanwords")) {
      out.insert(bilingual::fold_case(word));
    }
    return out;
  }

  static std::unordered_set<std::string> folded_words(const Document& document, ByteSpan span) {
    std::unordered_set<std::string> out;
    for (const bilingual::Word& word : bilingual::words_in(document, span)) {
      out.insert(bilingual::fold_case(document.view(word.span)));
    }
    return out;
  }

  // Word `k` of `words` (over the target) copied from the source and left untranslated.
  struct SourceWords {
    std::unordered_set<std::string> all;           // folded
    const std::unordered_set<std::string>& names;  // folded, see source_names
    const std::unordered_set<std::string>& kept;   // folded, see loanwords
  };

  bool copied_word(const CheckContext& context, const SourceWords& source,
                   const std::vector<bilingual::Word>& words, std::size_t k) const {
    const std::string_view text = context.target.view(words[k].span);
    const std::string folded = bilingual::fold_case(text);
    if (!source.all.contains(folded) || source.names.contains(folded) ||
        source.kept.contains(folded)) {
      return false;
    }
    const Speller* target_speller = context.resources.speller(context.target_profile);
    const Speller* source_speller = context.resources.speller(*context.source_profile);
    if (target_speller == nullptr || target_speller->correct(text)) return false;
    if (source_speller != nullptr && !source_speller->correct(text)) return false;
    if (!bilingual::starts_upper(text)) return true;
    if (source_speller != nullptr && !nouns_capitalised(context, *context.source_profile) &&
        !source_speller->correct(folded)) {
      return false;  // a name: the source's speller knows it only capitalised (Yellowstone)
    }
    if (!nouns_capitalised(context, context.target_profile) &&
        beside_capitalised(context.target, words, k)) {
      return false;
    }
    // Otherwise a capitalised word inside a sentence is most often a name both sides keep
    // (Markus); but where the source language capitalises every noun, one its speller knows is
    // a common noun left untranslated (Verhandlungsrunde), as entity.mismatch's is_name judges.
    return words[k].initial || (source_speller != nullptr && !bilingual::all_upper(text) &&
                                nouns_capitalised(context, *context.source_profile));
  }

  void check_words(const CheckContext& context, std::size_t index,
                   const std::unordered_set<std::string>& names,
                   const std::unordered_set<std::string>& kept, FindingSink& sink) const {
    const Document& target = context.target;
    const ByteSpan span = bilingual::target_span(context, context.alignment->beads[index]);
    const UScriptCode source_script = bilingual::profile_script(*context.source_profile);
    const bool cross_script = source_script != bilingual::profile_script(context.target_profile);
    const ByteSpan source_text = bilingual::source_around(context, index);
    const SourceWords source{folded_words(*context.source, source_text), names, kept};
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
    const auto words = bilingual::words_in(target, span);
    for (std::size_t k = 0; k < words.size(); ++k) {
      const bilingual::Word& word = words[k];
      const std::string_view text = target.view(word.span);
      bool in_link = false;
      for (const ByteSpan link : links) in_link = in_link || link.overlaps(word.span);
      const bool flagged =
          !in_link && (cross_script ? bilingual::script_of(text) == source_script &&
                                          !(bilingual::starts_upper(text))
                                    : copied_word(context, source, words, k));
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
