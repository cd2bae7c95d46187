// garble.determiner-name: an article before a name that the same text uses without one
// ("relevant to the Russia" where "Russia" stands bare everywhere else).
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "check/word_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "garble.determiner-name",
    .category = "garble",
    .severity = Severity::warning,
    .summary = "An article before a name that the article otherwise uses without one.",
    .explanation =
        "MT from languages without articles sometimes puts one before a name (\"issues "
        "relevant to the Russia\"). A name (capitalised words away from the start of a "
        "sentence) after an article from name_determiners.txt is flagged when it ends the "
        "phrase, and the same text uses the name at least twice without an article and never "
        "with one elsewhere. Names that take the article (\"the United States\", \"the "
        "Kremlin\": they appear with it elsewhere), acronyms (\"the EU\") and names used as "
        "modifiers (\"the Russia desk\") are not flagged. Languages whose nouns are capitalised "
        "or whose names take articles (German, French, Italian) leave the list empty.",
    .bad_example =
        "Talks with Russia stalled. Russia's allies objected. They discussed issues relevant "
        "to the Russia.",
    .good_example =
        "Talks with Russia stalled. Russia's allies objected. They discussed issues relevant "
        "to Russia and the United States.",
};

struct NameRun {
  std::size_t first = 0;  // index into the words
  std::size_t last = 0;
  std::string key;  // folded, without a possessive ending
  const WordRef* determiner = nullptr;
  bool ends_phrase = false;  // followed by punctuation or the end, or possessive
};

std::string_view without_possessive(std::string_view word) {
  for (std::string_view ending : {"’s", "'s"}) {
    if (word.size() > ending.size() && word.ends_with(ending)) {
      return word.substr(0, word.size() - ending.size());
    }
  }
  return word;
}

bool adjacent(const Document& document, const WordRef& a, const WordRef& b) {
  return b.token == a.token + 2 && document.view(document.tokens[a.token + 1].span) == " ";
}

class GarbleDeterminerName final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const auto& list = context.resources.list(context.target_profile.code, "name_determiners");
    if (list.empty()) return;
    const std::vector<WordRef> words = words_of(context.target);
    const std::vector<NameRun> runs = name_runs(context.target, words, list);
    std::map<std::string, int> bare, bare_heads, with_article;
    for (const NameRun& run : runs) {
      if (run.determiner != nullptr) {
        ++with_article[run.key];
      } else {
        ++bare[run.key];
        if (run.ends_phrase) ++bare_heads[run.key];
      }
    }
    for (const NameRun& run : runs) {
      if (run.determiner == nullptr || !run.ends_phrase || run.determiner->initial) continue;
      if (with_article[run.key] != 1 || bare[run.key] < 2 || bare_heads[run.key] < 1) continue;
      const ByteSpan name{words[run.first].span.begin, words[run.last].span.end};
      Finding finding =
          make_finding({run.determiner->span.begin, name.end},
                       "'" + std::string(context.target.view(name)) +
                           "' is used without an article everywhere else in the article");
      finding.suggestions.push_back({std::string(context.target.view(name)), false});
      sink.report(std::move(finding));
    }
  }

 private:
  static std::vector<NameRun> name_runs(const Document& document, const std::vector<WordRef>& words,
                                        const std::vector<std::string>& determiners) {
    const auto is_determiner = [&](const WordRef& word) {
      const std::string folded = fold_case(word.text);
      return std::find(determiners.begin(), determiners.end(), folded) != determiners.end();
    };
    std::vector<NameRun> runs;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!is_name_word(words[i]) || is_determiner(words[i])) continue;
      NameRun run{i, i, {}, nullptr, false};
      while (run.last + 1 < words.size() && is_name_word(words[run.last + 1]) &&
             adjacent(document, words[run.last], words[run.last + 1])) {
        ++run.last;
      }
      if (i > 0 && adjacent(document, words[i - 1], words[i]) && is_determiner(words[i - 1])) {
        run.determiner = &words[i - 1];
      }
      for (std::size_t w = run.first; w <= run.last; ++w) {
        if (w > run.first) run.key += ' ';
        run.key += fold_case(w == run.last ? without_possessive(words[w].text) : words[w].text);
      }
      const Token* after = next_solid(document, words[run.last].token);
      run.ends_phrase = after == nullptr || after->kind != TokenKind::word ||
                        without_possessive(words[run.last].text) != words[run.last].text;
      i = run.last;
      runs.push_back(std::move(run));
    }
    return runs;
  }

  static bool is_name_word(const WordRef& word) {
    return starts_upper(word.text) && !is_all_caps(word.text) && !has_digit(word.text);
  }
};

}  // namespace

const Checker& garble_determiner_name() {
  static const GarbleDeterminerName checker;
  return checker;
}

}  // namespace mtlint::checkers
