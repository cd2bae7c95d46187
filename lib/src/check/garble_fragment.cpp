// garble.fragment: a stray one-letter token between words ("does not s didn't comply"), and a
// word split by a stray space ("the govern ment said"), a doubled negation or auxiliary.
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
        "that are not both words but join into one (\"govern ment\") are flagged too. So are a "
        "negation doubled, next to the first or behind an auxiliary (\"not didn't\", \"does "
        "not did not\"; not \"not only not\"; the language's negations.txt) and two finite "
        "auxiliaries of one group side by side (\"will "
        "would\", \"does did\": exclusive_auxiliaries.txt, one group a line).",
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
    check_doubled_verbs(context, words, sink);
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
  // "does not did not", "not didn't": a second negation right after the first; "will would":
  // two finite auxiliaries of one group (exclusive_auxiliaries.txt) side by side.
  void check_doubled_verbs(const CheckContext& context, const std::vector<WordRef>& words,
                           FindingSink& sink) const {
    const std::string& lang = context.target_profile.code;
    const auto& negations = context.resources.list(lang, "negations");
    const auto& groups = context.resources.list(lang, "exclusive_auxiliaries");
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      if (!in_one_clause(context.target, words[i], words[i + 1])) continue;
      const std::string first = normalised(words[i].text);
      if (listed(negations, first)) {
        for (std::size_t j = i + 1; j <= i + 2 && j < words.size(); ++j) {
          if (!in_one_clause(context.target, words[j - 1], words[j])) break;
          if (!listed(negations, normalised(words[j].text))) continue;
          // "does not s didn't": the stray letter is the finding that tells what happened;
          // "nicht nur nicht", "not only not": a word between must be an auxiliary ("did").
          if (j == i + 2 && (is_orphan_letter(context, words[i + 1]) ||
                             !in_any_group(groups, normalised(words[i + 1].text)))) {
            break;
          }
          report_pair(words[i], words[j], "negation doubled", sink);
          break;
        }
        continue;
      }
      const std::string second = normalised(words[i + 1].text);
      if (first != second && same_group(groups, first, second)) {
        report_pair(words[i], words[i + 1], "two auxiliaries in a row", sink);
      }
    }
  }

  void report_pair(const WordRef& first, const WordRef& second, const std::string& what,
                   FindingSink& sink) const {
    Finding finding = make_finding(
        {first.span.begin, second.span.end},
        what + ": '" + std::string(first.text) + "' ... '" + std::string(second.text) + "'");
    sink.report(std::move(finding));
  }

  // Adjacent words with only spaces (no line break, no punctuation) between them.
  static bool in_one_clause(const Document& document, const WordRef& a, const WordRef& b) {
    for (std::size_t t = a.token + 1; t < b.token; ++t) {
      const Token& token = document.tokens[t];
      if (token.kind == TokenKind::word) continue;
      if (token.kind != TokenKind::space) return false;
      if (document.view(token.span).find('\n') != std::string_view::npos) return false;
    }
    return true;
  }

  static std::string normalised(std::string_view word) {
    std::string out = fold_case(word);
    for (std::size_t at = out.find("\u2019"); at != std::string::npos; at = out.find("\u2019")) {
      out.replace(at, 3, "'");
    }
    return out;
  }

  static bool listed(const std::vector<std::string>& list, const std::string& word) {
    return std::find(list.begin(), list.end(), word) != list.end();
  }

  static bool in_any_group(const std::vector<std::string>& groups, const std::string& word) {
    return same_group(groups, word, word);
  }

  // Each line of exclusive_auxiliaries.txt is one group, its forms separated by spaces.
  static bool same_group(const std::vector<std::string>& groups, const std::string& a,
                         const std::string& b) {
    return std::any_of(groups.begin(), groups.end(), [&](const std::string& line) {
      const auto has = [&](const std::string& word) {
        std::size_t at = 0;
        while ((at = line.find(word, at)) != std::string::npos) {
          const bool starts = at == 0 || line[at - 1] == ' ';
          const bool ends = at + word.size() == line.size() || line[at + word.size()] == ' ';
          if (starts && ends) return true;
          at += word.size();
        }
        return false;
      };
      return has(a) && has(b);
    });
  }

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
