// garble.fragment: a stray one-letter token between words ("does not s didn't comply"), and a
// word split by a stray space ("the govern ment said").
#include <string>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "check/word_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "garble.fragment",
    .category = "garble",
    .severity = Severity::warning,
    .summary = "A stray one-letter fragment between words, or a word split by a stray space.",
    .explanation =
        "MT output sometimes keeps a piece of a word it abandoned (\"if the West does not s "
        "didn't comply\"). A lower-case letter standing alone between two words is flagged "
        "unless the language uses it as a word (English \"a\" and \"I\", Russian \"в\", listed "
        "in single_letter_words.txt). Capital letters (initials, \"Plan B\", \"World War I\"), "
        "letters followed by a period or a bracket (\"V.\", \"a)\"), letters next to numbers or "
        "symbols (\"5 m\", \"x = 3\"), letters in quotes and abbreviations from the language's "
        "list (\"v\" for \"v.\") are not. When a spelling dictionary is installed, two words "
        "that are not both words but join into one (\"govern ment\") are flagged too.",
    .bad_example = "He threatened measures if the West does not s didn't comply.",
    .good_example = "He threatened measures if the West did not comply, a source said.",
};

bool joined_by_line_space(const Document& document, ByteSpan first, ByteSpan second) {
  const std::string_view between =
      std::string_view(document.text).substr(first.end, second.begin - first.end);
  return between.find('\n') == std::string_view::npos;
}

bool all_lower(std::string_view word) {
  for (std::size_t at = 0; at < word.size(); at = code_point_at(word, at).end) {
    if (!is_lower(code_point_at(word, at).value)) return false;
  }
  return true;
}

class GarbleFragment final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    // The generic profile does not know which letters are words.
    if (context.target_profile.script == "Zyyy") return;
    const Document& document = context.target;
    const Speller* speller = context.resources.speller(context.target_profile);
    const std::vector<WordRef> words = words_of(document);
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (is_orphan_letter(context, words[i])) {
        sink.report(make_finding(words[i].span, "stray letter '" + std::string(words[i].text) +
                                                    "': a fragment of an abandoned word?"));
      } else if (speller != nullptr && i + 1 < words.size()) {
        check_split(context, *speller, words[i], words[i + 1], sink);
      }
    }
  }

 private:
  static bool is_orphan_letter(const CheckContext& context, const WordRef& word) {
    const Document& document = context.target;
    const CodePoint letter = code_point_at(word.text, 0);
    if (letter.end != word.text.size() || !is_lower(letter.value)) return false;
    const LanguageProfile& profile = context.target_profile;
    const std::string lower(word.text);
    if (profile.single_letter_words.contains(lower) || profile.is_abbreviation(lower + ".")) {
      return false;
    }
    // Between two words with plain spaces on both sides: not "a)", "(b)", "x = 3", "5 m", "'s'".
    if (!is_inline_space(code_point_before(document.text, word.span.begin).value) ||
        !is_inline_space(code_point_at(document.text, word.span.end).value)) {
      return false;
    }
    const Token* before = previous_solid(document, word.token);
    const Token* after = next_solid(document, word.token);
    if (before == nullptr || after == nullptr || before->kind != TokenKind::word ||
        after->kind != TokenKind::word) {
      return false;
    }
    return joined_by_line_space(document, before->span, word.span) &&
           joined_by_line_space(document, word.span, after->span) &&
           !letters_talked_about(context, word);
  }

  // "pronounce r and rr", "the letters c and g": another bare letter two words away.
  static bool letters_talked_about(const CheckContext& context, const WordRef& word) {
    const Document& document = context.target;
    for (const std::size_t token : {word.token - 4, word.token + 4}) {
      if (token >= document.tokens.size() || document.tokens[token].kind != TokenKind::word) {
        continue;
      }
      const std::string_view other = document.view(document.tokens[token].span);
      const CodePoint first = code_point_at(other, 0);
      const bool single = first.end == other.size() &&
                          !context.target_profile.single_letter_words.contains(std::string(other));
      const bool doubled =
          code_point_count(other) == 2 && other.substr(first.end) == other.substr(0, first.end);
      if (single || doubled) return true;
    }
    return false;
  }

  // "govern ment": one half is no word, the two joined are one.
  void check_split(const CheckContext& context, const Speller& speller, const WordRef& first,
                   const WordRef& second, FindingSink& sink) const {
    const Document& document = context.target;
    if (second.span.begin != first.span.end + 1 || document.text[first.span.end] != ' ') return;
    if (!all_lower(second.text) || code_point_count(first.text) < 2 ||
        code_point_count(second.text) < 2 || has_digit(first.text) || is_all_caps(first.text)) {
      return;
    }
    const auto correct = [&](std::string_view word) { return speller.correct(word); };
    const auto& prefixes = context.resources.list(context.target_profile.code, "word_prefixes");
    // "Programm hochklappen": the second word is a particle verb, a word in its own right.
    const bool second_known =
        correct(second.text) || known_after_prefix(second.text, prefixes, correct);
    if (correct(first.text) && second_known) return;
    const std::string joined = std::string(first.text) + std::string(second.text);
    if (code_point_count(joined) < 6 || !speller.correct(joined)) return;
    Finding finding = make_finding({first.span.begin, second.span.end},
                                   "word split by a stray space: '" + joined + "'?");
    finding.suggestions.push_back({joined, false});
    sink.report(std::move(finding));
  }
};

}  // namespace

const Checker& garble_fragment() {
  static const GarbleFragment checker;
  return checker;
}

}  // namespace mtlint::checkers
