// A document after ingest and segmentation: the normalised UTF-8 text, its structure as byte
// ranges, its language, and the map back to the input as given.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mtlint/offset_map.h"
#include "mtlint/span.h"

namespace mtlint {

enum class TokenKind {
  word,       // letters (any script), possibly with inner apostrophes or hyphens as ICU joins them
  number,     // digits, possibly with separators ICU keeps inside ("1,500", "3.5")
  ideograph,  // Han, kana: one dictionary word of a language written without spaces
  punct,      // a punctuation mark or symbol (one code point)
  space,      // a run of white space other than a line break
};

struct Token {
  ByteSpan span;
  TokenKind kind = TokenKind::word;
};

struct Sentence {
  ByteSpan span;  // trimmed: starts and ends at a non-space code point
  std::size_t paragraph = 0;
  std::size_t first_token = 0;  // tokens [first_token, end_token) of Document::tokens
  std::size_t end_token = 0;
};

struct Paragraph {
  ByteSpan span;
  std::size_t first_sentence = 0;  // sentences [first_sentence, end_sentence)
  std::size_t end_sentence = 0;
};

struct Document {
  std::string id;              // what reports call it: the path, or the record id in a batch
  std::string path;            // as given; "-" for stdin
  std::string lang;            // BCP-47 primary language subtag, e.g. "en", "ru", "zh"
  bool lang_detected = false;  // true when identified from the text, not given
  std::string encoding;        // the charset the input was read as ("UTF-8", "windows-1251")
  std::string text;            // UTF-8, NFC, LF line ends
  OffsetMap offsets;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;  // every token of the text in order, spaces included

  [[nodiscard]] std::string_view view(ByteSpan span) const { return span.in(text); }
  [[nodiscard]] std::size_t word_count() const;
};

}  // namespace mtlint
