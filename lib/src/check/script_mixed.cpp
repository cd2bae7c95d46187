// script.mixed: a word that mixes letters of two scripts ("пoлитика" with a Latin o, "Ukrаine"
// with a Cyrillic а): invisible to a reader, fatal to search and spelling.
#include <unicode/uscript.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "script.mixed",
    .category = "script",
    .severity = Severity::error,
    .summary = "A word that mixes letters of two scripts.",
    .explanation =
        "A Latin o inside a Cyrillic word, or a Cyrillic \u0430 inside an English one, looks "
        "right but is another character: search, spelling, sorting and name matching all miss "
        "the word. Comes from OCR, keyboard switching and deliberate obfuscation. Each letter's "
        "script comes from ICU; digits and marks (Common, Inherited) do not count, and the "
        "mixes that writing systems use on purpose are fine: Japanese Han with kana, Korean "
        "Hangul with Han, Latin letters next to CJK (\"T\u6064\"). When every odd letter has a "
        "look-alike in the word's main script (dictionaries/und/confusables.txt), the fix "
        "rewrites it and is safe.",
    .example_lang = "ru",
    .bad_example =
        "\u041f\u0443\u0442\u0438\u043d \u0437\u0430\u044f\u0432\u0438\u043b \u043e "
        "\u043fo\u043b\u0438\u0442\u0438\u043a\u0435 \u0421\u0428\u0410.",
    .good_example =
        "\u041f\u0443\u0442\u0438\u043d \u0437\u0430\u044f\u0432\u0438\u043b \u043e "
        "\u043f\u043e\u043b\u0438\u0442\u0438\u043a\u0435 \u0421\u0428\u0410 \u0438 "
        "NATO, 5G.",
};

struct Letter {
  ByteSpan span;  // within the word
  UScriptCode script = USCRIPT_COMMON;
};

UScriptCode script_of(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  if (U_FAILURE(status) || c == 0x00B5) return USCRIPT_COMMON;  // µ is the micro sign
  return script;
}

bool is_cjk(UScriptCode script) {
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
         script == USCRIPT_HANGUL;
}

// Mixes that writing systems make on purpose.
bool legitimate(const std::map<UScriptCode, std::size_t>& counts) {
  return std::all_of(counts.begin(), counts.end(),
                     [](const auto& entry) {
                       return is_cjk(entry.first) || entry.first == USCRIPT_LATIN;
                     }) &&
         std::any_of(counts.begin(), counts.end(),
                     [](const auto& entry) { return is_cjk(entry.first); });
}

std::vector<Letter> letters_of(std::string_view word) {
  std::vector<Letter> letters;
  for (std::size_t at = 0; at < word.size();) {
    const CodePoint point = code_point_at(word, at);
    at = std::max(point.end, at + 1);
    if (!is_letter(point.value)) continue;
    const UScriptCode script = script_of(point.value);
    if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
    letters.push_back({{point.begin, point.end}, script});
  }
  return letters;
}

// The look-alike of `letter` in `script`, from the confusable groups; empty if none.
std::string look_alike(const std::vector<std::string>& groups, std::string_view letter,
                       UScriptCode script) {
  for (const std::string& group : groups) {
    std::vector<std::string_view> members;
    for (std::size_t at = 0; at < group.size();) {
      const std::size_t end = std::min(group.find(' ', at), group.size());
      if (end > at) members.emplace_back(group.data() + at, end - at);
      at = end + 1;
    }
    if (std::find(members.begin(), members.end(), letter) == members.end()) continue;
    for (std::string_view member : members) {
      if (script_of(code_point_at(member, 0).value) == script) return std::string(member);
    }
  }
  return {};
}

// The script most letters are in; on a tie the profile's script if it is one of the leaders.
std::optional<UScriptCode> main_script(const std::map<UScriptCode, std::size_t>& counts,
                                       const std::string& profile_script) {
  std::size_t best = 0;
  for (const auto& [script, count] : counts) best = std::max(best, count);
  std::vector<UScriptCode> leaders;
  for (const auto& [script, count] : counts) {
    if (count == best) leaders.push_back(script);
  }
  if (leaders.size() == 1) return leaders.front();
  for (const UScriptCode script : leaders) {
    if (profile_script == uscript_getShortName(script)) return script;
  }
  return std::nullopt;
}

class ScriptMixed final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const Document& document = context.target;
    const auto& groups = context.resources.list("und", "confusables");
    for (const Token& token : document.tokens) {
      if (token.kind != TokenKind::word && token.kind != TokenKind::ideograph) continue;
      const std::string_view word = document.view(token.span);
      const std::vector<Letter> letters = letters_of(word);
      std::map<UScriptCode, std::size_t> counts;
      for (const Letter& letter : letters) ++counts[letter.script];
      if (counts.size() < 2 || legitimate(counts)) continue;
      report(token.span, word, letters, main_script(counts, context.target_profile.script), groups,
             sink);
    }
  }

 private:
  void report(ByteSpan span, std::string_view word, const std::vector<Letter>& letters,
              std::optional<UScriptCode> main, const std::vector<std::string>& groups,
              FindingSink& sink) const {
    std::string message = "word mixes scripts";
    std::string fixed;
    std::size_t copied = 0;
    bool fixable = main.has_value();
    for (const Letter& letter : letters) {
      if (!fixable || letter.script == *main) continue;
      const std::string alike = look_alike(groups, letter.span.in(word), *main);
      fixable = !alike.empty();
      fixed.append(word.substr(copied, letter.span.begin - copied)).append(alike);
      copied = letter.span.end;
      message += "; " + std::string(letter.span.in(word)) + " is " + uscript_getName(letter.script);
    }
    if (main) message += std::string(" in a ") + uscript_getName(*main) + " word";
    Finding finding = make_finding(span, std::move(message));
    if (fixable) {
      fixed.append(word.substr(copied));
      finding.suggestions.push_back({std::move(fixed), true});
    }
    sink.report(std::move(finding));
  }
};

}  // namespace

const Checker& script_mixed() {
  static const ScriptMixed checker;
  return checker;
}

}  // namespace mtlint::checkers
