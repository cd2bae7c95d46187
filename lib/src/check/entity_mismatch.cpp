// entity.mismatch: a name of the source missing from the aligned target, a name in the target
// with no counterpart in the source, or a name left in the source's script.
#include <algorithm>
#include <cctype>
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
        "Names of the source (capitalised words not at the start of a sentence, or at its start "
        "when the speller does not know them in lower case; acronyms of four letters or more, of "
        "three where the language keeps them in translation (entity_options.txt: "
        "short-acronyms-kept); Latin words in Chinese or Japanese) must appear in the aligned "
        "translation; in a run of names the last one (the surname) decides. Words are compared "
        "after ICU transliteration to Latin and case folding, on a prefix or their consonants, "
        "so that inflected and transcribed forms meet (Путина and Putin, Москве and Moscow), "
        "also inside compounds (Südkorea); exonyms, weekdays and months come from "
        "dictionaries/<lang>/exonyms.txt, weekdays.txt and months.txt. A name in the translation "
        "that the source lacks (one the speller knows only capitalised, or not at all) is flagged "
        "when the source is written with spaces between words, in its script or in one whose "
        "names transcribe letter by letter (entity_options.txt: names-transliterate); across "
        "scripts a rare name also counts as found when it shares most letter pairs with source "
        "words or when another name of its run is found. A name left in a non-Latin source's "
        "script is flagged too. A capitalised word the speller also knows in lower case counts "
        "when the other language's speller knows it only capitalised (Gaza, Putin); where every "
        "noun is capitalised (German) only such words and those the speller does not know count. "
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
    const std::vector<std::string> exonyms = counterparts(context);
    const auto& beads = context.alignment->beads;
    for (std::size_t i = 0; i < beads.size(); ++i) {
      if (beads[i].source_size() == 0 || beads[i].target_size() == 0) continue;
      check_source_names(context, i, exonyms, names, sink);
      check_target_names(context, i, exonyms, names, sink);
    }
  }

 private:
  // The source language's exonyms, then its weekdays and months paired line by line with the
  // target language's (dictionaries/<lang>/weekdays.txt, months.txt), in the exonym format
  // ("Dienstag Tuesday"), so that a translated calendar name counts as found.
  static std::vector<std::string> counterparts(const CheckContext& context) {
    const Resources& resources = context.resources;
    const std::string& source_lang = context.source_profile->code;
    const std::string& target_lang = context.target_profile.code;
    std::vector<std::string> out = resources.list(source_lang, "exonyms");
    for (const char* calendar : {"weekdays", "months"}) {
      const auto& source_lines = resources.list(source_lang, calendar);
      const auto& target_lines = resources.list(target_lang, calendar);
      for (std::size_t n = 0; n < std::min(source_lines.size(), target_lines.size()); ++n) {
        for (const std::string_view form : forms_of(source_lines[n])) {
          out.push_back(std::string(form) + " " + target_lines[n]);
        }
      }
    }
    return out;
  }

  static std::vector<std::string_view> forms_of(std::string_view line) {
    std::vector<std::string_view> forms;
    for (std::size_t at = 0; at < line.size();) {
      const std::size_t end = std::min(line.find(' ', at), line.size());
      if (end > at) forms.push_back(line.substr(at, end - at));
      at = end + 1;
    }
    return forms;
  }

  // Source names in runs of adjacent names ("Donald Trump", "Organizacji Narodów
  // Zjednoczonych"). A run is found when its last word is: a changed surname (Anna Sokolova →
  // Anna Smirnova) is a different person, while titles and first names before it are often
  // translated or dropped (Михаил, Минобороны).
  static std::vector<std::vector<bilingual::Word>> name_runs(const CheckContext& context,
                                                             const ByteSpan span) {
    const Document& source = *context.source;
    const Speller* speller = context.resources.speller(*context.source_profile);
    std::vector<std::vector<bilingual::Word>> runs;
    // Acronyms of three letters are compared where the language keeps them in translation
    // (entity_options.txt: short-acronyms-kept; NHL, ČEZ), within a script (not США and US).
    const bool short_acronyms =
        bilingual::profile_script(*context.source_profile) ==
            bilingual::profile_script(context.target_profile) &&
        has_option(context, context.source_profile->code, "short-acronyms-kept");
    bool joined = false;
    for (const bilingual::Word& word : bilingual::words_in(source, span)) {
      const std::string_view text = source.view(word.span);
      const bool name =
          is_any_name(context, source, *context.source_profile, word) ||
          (short_acronyms && bilingual::all_upper(text) && bilingual::letter_count(text) == 3);
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
                          const std::vector<std::string>& exonyms, bilingual::NameMatcher& names,
                          FindingSink& sink) const {
    const Document& source = *context.source;
    const Bead& bead = context.alignment->beads[index];
    const auto target_words =
        bilingual::words_in(context.target, bilingual::target_around(context, index));
    const Speller* speller = context.resources.speller(*context.source_profile);
    std::set<std::string> reported;
    for (const auto& run : name_runs(context, bilingual::source_span(context, bead))) {
      const bool found = names.found_with_exonyms(source.view(run.back().span), exonyms,
                                                  context.target, target_words);
      // A run that starts with a common word is a translated title (Národní, South Africa,
      // East Germany), unless it ends in a word the speller does not know at all (Machu
      // Picchu, where "machu" is a Polish word).
      const std::string_view first = source.view(run.front().span);
      const bool common = speller != nullptr && speller->correct(bilingual::fold_case(first)) &&
                          !known_elsewhere_as_name(context, names, first) &&
                          (run.size() == 1 || speller->correct(source.view(run.back().span)));
      if (found || common) continue;
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
                          const std::vector<std::string>& exonyms, bilingual::NameMatcher& names,
                          FindingSink& sink) const {
    const Document& target = context.target;
    const UScriptCode source_script = bilingual::profile_script(*context.source_profile);
    const bool cross_script = source_script != bilingual::profile_script(context.target_profile);
    // A Latin name inside a text of another script is usually written as its owner writes it
    // (The Lancet in a Russian text); only other scripts are "left" untranslated.
    const bool can_be_left = cross_script && source_script != USCRIPT_LATIN;
    // Names written in ideographs have no Latin form to meet (越南 is not Vietnam); other scripts
    // are compared where the language transcribes foreign names letter by letter.
    const bool comparable =
        context.source_profile->spaces_between_words &&
        (!cross_script || has_option(context, context.source_profile->code, "names-transliterate"));
    const bool capitalises_nouns =
        has_option(context, context.target_profile.code, "nouns-capitalised");
    const auto& adjective_endings =
        context.resources.list(context.target_profile.code, "name_adjective_endings");
    const auto source_words =
        bilingual::words_in(*context.source, bilingual::source_around(context, index));
    const Speller* speller = context.resources.speller(context.target_profile);
    const auto words = bilingual::words_in(
        target, bilingual::target_span(context, context.alignment->beads[index]));
    for (std::size_t w = 0; w < words.size(); ++w) {
      const bilingual::Word& word = words[w];
      const std::string_view text = target.view(word.span);
      if (can_be_left && bilingual::script_of(text) == source_script &&
          bilingual::starts_upper(text)) {
        sink.report(
            make_finding(word.span, "'" + std::string(text) + "' is left in the source's script"));
        continue;
      }
      if (!comparable || !is_any_name(context, target, context.target_profile, word)) {
        continue;
      }
      if (is_common_word(speller, text) || ends_with_any(text, adjective_endings)) continue;
      // Where every noun is capitalised, a word the speller does not know is mostly a compound
      // (Bestäuber, Einwanderergruppe), not a name: only acronyms are looked for.
      if (capitalises_nouns && !bilingual::all_upper(text)) continue;
      // Across scripts a rare name is transcribed in many ways: one resembling a source word
      // counts as found, and so does one in a run of names of which another is found.
      if (cross_script && speller != nullptr && !speller->correct(text) &&
          (names.resembles(text, *context.source, source_words) ||
           run_found(context, words, w, names, source_words))) {
        continue;
      }
      if (names.found_with_exonyms(text, exonyms, *context.source, source_words, true)) continue;
      sink.report(make_finding(
          word.span, "the name '" + std::string(text) + "' has no counterpart in the source"));
    }
  }

  // Is another word of the run of capitalised words around words[at] found in the source (the
  // surname of Recep Tayyip Erdoğan)?
  static bool run_found(const CheckContext& context, const std::vector<bilingual::Word>& words,
                        std::size_t at, bilingual::NameMatcher& names,
                        const std::vector<bilingual::Word>& source_words) {
    const Document& target = context.target;
    const auto joined = [&](std::size_t left) {
      return bilingual::starts_upper(target.view(words[left + 1].span)) &&
             bilingual::starts_upper(target.view(words[left].span)) &&
             target.view({words[left].span.end, words[left + 1].span.begin})
                     .find_first_not_of(" -") == std::string_view::npos;
    };
    const auto found = [&](std::size_t k) {
      return names.found_in(target.view(words[k].span), *context.source, source_words);
    };
    for (std::size_t k = at; k > 0 && joined(k - 1);) {
      if (found(--k)) return true;
    }
    for (std::size_t k = at; k + 1 < words.size() && joined(k);) {
      if (found(++k)) return true;
    }
    return false;
  }

  // Does the target's speller know the source word `text`, or its Latin form where the scripts
  // differ (Путин as Putin, where "путин" is also a Russian word), only capitalised?
  static bool known_elsewhere_as_name(const CheckContext& context, bilingual::NameMatcher& names,
                                      std::string_view text) {
    const Document& source = *context.source;
    const LanguageProfile& profile = *context.source_profile;
    if (bilingual::known_only_capitalised(context, source, profile, text)) return true;
    if (bilingual::profile_script(profile) == bilingual::profile_script(context.target_profile)) {
      return false;
    }
    std::string latin = names.key(text);
    if (latin.empty()) return false;
    latin.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(latin.front())));
    return bilingual::known_only_capitalised(context, source, profile, latin);
  }

  // A name inside a sentence or one starting it (see bilingual::is_initial_name).
  static bool is_any_name(const CheckContext& context, const Document& document,
                          const LanguageProfile& profile, const bilingual::Word& word) {
    return bilingual::is_name(context, document, profile, word) ||
           bilingual::is_initial_name(context, document, profile, word);
  }

  // Is `option` in dictionaries/<lang>/entity_options.txt?
  static bool has_option(const CheckContext& context, const std::string& lang,
                         std::string_view option) {
    const auto& options = context.resources.list(lang, "entity_options");
    return std::find(options.begin(), options.end(), option) != options.end();
  }

  static bool ends_with_any(std::string_view word, const std::vector<std::string>& endings) {
    return std::any_of(endings.begin(), endings.end(), [word](const std::string& ending) {
      return word.size() > ending.size() + 2 && word.ends_with(ending);
    });
  }

  // A capitalised word the speller also knows in lower case ("White House", "Corona") or an
  // acronym it knows ("GDP", which translates) is no name to look for in the source; one it knows
  // only capitalised (Spain, Merkel) or not at all is.
  static bool is_common_word(const Speller* speller, std::string_view text) {
    if (speller == nullptr) return false;
    return speller->correct(bilingual::fold_case(text)) ||
           (bilingual::all_upper(text) && speller->correct(text));
  }
};

}  // namespace

const Checker& entity_mismatch() {
  static const EntityMismatch checker;
  return checker;
}

}  // namespace mtlint::checkers
