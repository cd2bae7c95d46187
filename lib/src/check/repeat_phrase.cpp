// repeat.phrase: a phrase of two to four words said twice in a row ("the government the
// government").
#include <algorithm>
#include <string>
#include <vector>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "check/word_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "repeat.phrase",
    .category = "repeat",
    .severity = Severity::warning,
    .summary = "The same two to four words twice in a row.",
    .explanation =
        "MT and careless editing repeat whole phrases (\"the government the government\", "
        "\"pet food pet food\"). A run of two to four words followed at once by the same words "
        "(ignoring case, with only spaces between) is flagged. Repeats across punctuation "
        "(\"New York, New York\"), numbers, single repeated words (see repeat.word) and the "
        "phrases a language repeats on purpose (repeatable_phrases.txt: \"tick tock tick "
        "tock\") are not.",
    .bad_example = "Prices of pet food pet food rose as the government watched.",
    .good_example = "Prices of pet food rose as the government, the whole government, watched.",
};

constexpr std::size_t kMaxPhrase = 4;

class RepeatPhrase final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const Document& document = context.target;
    std::vector<const Token*> run;
    for (const Token& token : document.tokens) {
      if (token.kind == TokenKind::word) {
        run.push_back(&token);
        continue;
      }
      if (token.kind == TokenKind::space &&
          document.view(token.span).find('\n') == std::string_view::npos) {
        continue;
      }
      check_run(context, run, sink);
      run.clear();
    }
    check_run(context, run, sink);
  }

 private:
  void check_run(const CheckContext& context, const std::vector<const Token*>& run,
                 FindingSink& sink) const {
    if (run.size() < 4) return;
    std::vector<std::string> words;
    words.reserve(run.size());
    for (const Token* token : run) words.push_back(fold_case(context.target.view(token->span)));
    for (std::size_t i = 0; i + 4 <= words.size();) {
      const std::size_t length = repeated_length(context, words, i);
      if (length == 0) {
        ++i;
        continue;
      }
      const ByteSpan first{run[i]->span.begin, run[i + length - 1]->span.end};
      Finding finding = make_finding({first.begin, run[i + 2 * length - 1]->span.end},
                                     "'" + std::string(context.target.view(first)) + "' repeated");
      finding.suggestions.push_back({std::string(context.target.view(first)), false});
      sink.report(std::move(finding));
      i += 2 * length;
    }
  }

  // The length of the phrase starting at `i` that is repeated right after it, or 0.
  static std::size_t repeated_length(const CheckContext& context,
                                     const std::vector<std::string>& words, std::size_t i) {
    for (std::size_t n = 2; n <= kMaxPhrase && i + 2 * n <= words.size(); ++n) {
      const auto phrase = words.begin() + static_cast<std::ptrdiff_t>(i);
      const auto end = phrase + static_cast<std::ptrdiff_t>(n);
      if (!std::equal(phrase, end, end)) continue;
      if (std::all_of(phrase, end, [&](const std::string& w) { return w == *phrase; })) continue;
      std::string joined = *phrase;
      for (auto word = phrase + 1; word != end; ++word) joined += " " + *word;
      const auto& allowed =
          context.resources.list(context.target_profile.code, "repeatable_phrases");
      if (std::find(allowed.begin(), allowed.end(), joined) != allowed.end()) continue;
      return n;
    }
    return 0;
  }
};

}  // namespace

const Checker& repeat_phrase() {
  static const RepeatPhrase checker;
  return checker;
}

}  // namespace mtlint::checkers
