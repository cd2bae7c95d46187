// Word-level helpers that the garble, spelling, consistency and repetition checkers share:
// case tests and folding on whole words, and the words of a document with their position in
// the sentence (a capital letter means a name only away from the start of a sentence).
#pragma once

#include <unicode/unistr.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "check/text_scan.h"
#include "core/case_fold.h"
#include "mtlint/document.h"

namespace mtlint {

[[nodiscard]] inline std::size_t code_point_count(std::string_view word) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < word.size(); at = code_point_at(word, at).end) ++count;
  return count;
}

[[nodiscard]] inline bool starts_upper(std::string_view word) {
  return is_upper(code_point_at(word, 0).value);
}

// A capital after the first letter: "iPhone", "eBay", "McDonald".
[[nodiscard]] inline bool inner_upper(std::string_view word) {
  for (std::size_t at = code_point_at(word, 0).end; at < word.size();
       at = code_point_at(word, at).end) {
    if (is_upper(code_point_at(word, at).value)) return true;
  }
  return false;
}

// Two or more letters and no lower-case one: an acronym ("NATO", "ЕС").
[[nodiscard]] inline bool is_all_caps(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t at = 0; at < word.size(); at = code_point_at(word, at).end) {
    const UChar32 c = code_point_at(word, at).value;
    if (is_lower(c)) return false;
    if (is_letter(c)) ++letters;
  }
  return letters >= 2;
}

// "zumachten", "coevolved": a prefix from the language's word_prefixes list joined to a word
// the dictionary knows, where the dictionary lacks the joined form. A rest shorter than four
// letters ("re" + "ad") is more often a typo than a compound.
template <typename Correct>
[[nodiscard]] bool known_after_prefix(std::string_view word,
                                      const std::vector<std::string>& prefixes,
                                      const Correct& correct) {
  constexpr std::size_t kMinRest = 4;
  for (const std::string& prefix : prefixes) {
    if (!word.starts_with(prefix)) continue;
    const std::string_view rest = word.substr(prefix.size());
    if (code_point_count(rest) >= kMinRest && correct(rest)) return true;
  }
  return false;
}

[[nodiscard]] inline bool has_digit(std::string_view word) {
  for (std::size_t at = 0; at < word.size(); at = code_point_at(word, at).end) {
    if (u_isdigit(code_point_at(word, at).value)) return true;
  }
  return false;
}

// An opening quotation mark or bracket: what may stand between a sentence start and its first
// word, and what starts a quotation inside a sentence.
[[nodiscard]] inline bool is_opening_mark(UChar32 c) {
  const auto type = static_cast<UCharCategory>(u_charType(c));
  return type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION || c == '"' || c == '\'';
}

struct WordRef {
  std::size_t token = 0;     // index into Document::tokens
  std::size_t sentence = 0;  // index into Document::sentences
  ByteSpan span;
  std::string_view text;
  // The first word of its sentence, or the first after an opening quote, a bracket or a colon:
  // where a capital letter says nothing about names.
  bool initial = false;
};

// The word tokens of the document in order.
[[nodiscard]] inline std::vector<WordRef> words_of(const Document& document) {
  std::vector<WordRef> words;
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    const Sentence& sentence = document.sentences[s];
    bool initial = true;
    for (std::size_t t = sentence.first_token; t < sentence.end_token; ++t) {
      const Token& token = document.tokens[t];
      if (token.kind == TokenKind::space) continue;
      if (token.kind != TokenKind::word) {
        const UChar32 c = code_point_at(document.text, token.span.begin).value;
        initial = initial || is_opening_mark(c) || c == ':';
        continue;
      }
      words.push_back({t, s, token.span, document.view(token.span), initial});
      initial = false;
    }
  }
  return words;
}

// The token before `index` that is not a space, or null.
[[nodiscard]] inline const Token* previous_solid(const Document& document, std::size_t index) {
  while (index > 0) {
    --index;
    if (document.tokens[index].kind != TokenKind::space) return &document.tokens[index];
  }
  return nullptr;
}

[[nodiscard]] inline const Token* next_solid(const Document& document, std::size_t index) {
  for (++index; index < document.tokens.size(); ++index) {
    if (document.tokens[index].kind != TokenKind::space) return &document.tokens[index];
  }
  return nullptr;
}

}  // namespace mtlint
