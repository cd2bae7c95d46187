#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <string>

#include "mtlint/segment.h"
#include "segment/paragraphs.h"
#include "segment/sentence_merge.h"

namespace mtlint {
namespace {

using UTextPointer = std::unique_ptr<UText, decltype(&utext_close)>;

UTextPointer open_utf8(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UText* raw = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) raw = nullptr;
  return {raw, &utext_close};
}

// Plain ICU rules, without its "@ss=standard" suppressions: those are opaque and sometimes
// wrong for news (German suppresses the break in "am 1. Februar. Dann"); the profile's
// abbreviation list drives the merge step instead.
std::unique_ptr<icu::BreakIterator> make_iterator(const std::string& lang, bool sentences) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(lang.c_str());
  std::unique_ptr<icu::BreakIterator> iterator(
      sentences ? icu::BreakIterator::createSentenceInstance(locale, status)
                : icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status) || !iterator) {
    status = U_ZERO_ERROR;
    iterator.reset(sentences
                       ? icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status)
                       : icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  }
  return iterator;
}

TokenKind kind_of(int32_t rule_status, std::string_view token) {
  if (rule_status >= UBRK_WORD_IDEO && rule_status < UBRK_WORD_IDEO_LIMIT) {
    return TokenKind::ideograph;
  }
  if (rule_status >= UBRK_WORD_KANA && rule_status < UBRK_WORD_KANA_LIMIT) {
    return TokenKind::ideograph;
  }
  if (rule_status >= UBRK_WORD_LETTER && rule_status < UBRK_WORD_LETTER_LIMIT) {
    return TokenKind::word;
  }
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) {
    return TokenKind::number;
  }
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(token.data(), i, static_cast<int32_t>(token.size()), c);
  return c >= 0 && u_isUWhiteSpace(c) ? TokenKind::space : TokenKind::punct;
}

}  // namespace

struct Segmenter::Impl {
  explicit Impl(const LanguageProfile& profile)
      : sentence_end(profile.sentence_end),
        merger(profile),
        sentences(make_iterator(profile.code, true)),
        words(make_iterator(profile.code, false)) {}

  void split_sentences(Document& document, std::size_t paragraph_index) const;
  void tokenize(Document& document) const;

  std::string sentence_end;
  SentenceMerger merger;
  std::unique_ptr<icu::BreakIterator> sentences;
  std::unique_ptr<icu::BreakIterator> words;
};

void Segmenter::Impl::split_sentences(Document& document, std::size_t paragraph_index) const {
  Paragraph& paragraph = document.paragraphs[paragraph_index];
  const std::string_view text = document.text;
  const std::string_view body = paragraph.span.in(text);
  UTextPointer utext = open_utf8(body);
  UErrorCode status = U_ZERO_ERROR;
  sentences->setText(utext.get(), status);
  paragraph.first_sentence = document.sentences.size();
  std::size_t begin = 0;
  for (int32_t end = sentences->next(); end != icu::BreakIterator::DONE; end = sentences->next()) {
    const auto cut = static_cast<std::size_t>(end);
    const ByteSpan piece =
        trim_space(text, {paragraph.span.begin + begin, paragraph.span.begin + cut});
    if (cut < body.size() && merger.joins(piece.in(text), body.substr(cut))) continue;
    if (!piece.empty()) {
      document.sentences.push_back({piece, paragraph_index, 0, 0});
    }
    begin = cut;
  }
  paragraph.end_sentence = document.sentences.size();
}

void Segmenter::Impl::tokenize(Document& document) const {
  const std::string_view text = document.text;
  UTextPointer utext = open_utf8(text);
  UErrorCode status = U_ZERO_ERROR;
  words->setText(utext.get(), status);
  std::size_t begin = 0;
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next()) {
    const auto cut = static_cast<std::size_t>(end);
    const ByteSpan span{begin, cut};
    document.tokens.push_back({span, kind_of(words->getRuleStatus(), span.in(text))});
    begin = cut;
  }
}

Segmenter::Segmenter(const LanguageProfile& profile) : impl_(std::make_unique<Impl>(profile)) {}
Segmenter::~Segmenter() = default;

namespace {

void assign_tokens_to_sentences(Document& document) {
  auto first_at_or_after = [&](std::size_t byte) {
    return static_cast<std::size_t>(
        std::lower_bound(document.tokens.begin(), document.tokens.end(), byte,
                         [](const Token& token, std::size_t at) { return token.span.begin < at; }) -
        document.tokens.begin());
  };
  for (Sentence& sentence : document.sentences) {
    sentence.first_token = first_at_or_after(sentence.span.begin);
    sentence.end_token = first_at_or_after(sentence.span.end);
  }
}

}  // namespace

void Segmenter::tokenize(Document& document) const {
  document.tokens.clear();
  impl_->tokenize(document);
}

void Segmenter::segment(Document& document) const {
  document.paragraphs.clear();
  document.sentences.clear();
  document.tokens.clear();
  for (const ByteSpan span : find_paragraphs(document.text, impl_->sentence_end)) {
    document.paragraphs.push_back({span, 0, 0});
  }
  for (std::size_t i = 0; i < document.paragraphs.size(); ++i) impl_->split_sentences(document, i);
  impl_->tokenize(document);
  assign_tokens_to_sentences(document);
}

void segment(Document& document, const LanguageProfile& profile) {
  Segmenter(profile).segment(document);
}

void segment_presegmented(Document& document, const LanguageProfile& profile) {
  Segmenter(profile).tokenize(document);
  document.paragraphs.clear();
  document.sentences.clear();
  for (const ByteSpan line : find_lines(document.text)) {
    const std::size_t index = document.paragraphs.size();
    document.paragraphs.push_back({line, index, index + 1});
    document.sentences.push_back({trim_space(document.text, line), index, 0, 0});
  }
  assign_tokens_to_sentences(document);
}

}  // namespace mtlint
