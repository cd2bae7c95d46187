// repeat.word: the same word twice in a row ("the the", "food food").

#include <string>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "core/case_fold.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "repeat.word",
    .category = "repeat",
    .severity = Severity::warning,
    .summary = "The same word twice in a row.",
    .explanation =
        "A word repeated with only a space between (\"pet food food\", \"the the\") is almost "
        "always an MT or editing slip. Case is ignored. Words a language does repeat on purpose "
        "(English \"had had\", French \"nous nous\") are listed in the profile's "
        "repeatable_words.txt and not flagged; nor are repetitions across a line break or a "
        "punctuation mark (\"Location, location\"), and a doubled word that is all of a "
        "quotation (the \"zoom zoom\" kid): quoted, the repetition is the point. Numbers and "
        "words with digits, hyphens or brackets repeat as whole chunks between spaces "
        "(\"age of 60 60.\", \"Covid-19 Covid-19\", \"(SANParks) (SANParks)\").",
    .bad_example = "Prices of pet food food rose as the the government watched.",
    .good_example = "Prices of pet food rose as the government watched. He had had enough.",
};

bool is_quote(UChar32 c) { return c >= 0 && u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK); }

// The "zoom zoom" kid: the two words are the whole of a quotation.
bool whole_quotation(std::string_view text, ByteSpan words) {
  return is_quote(code_point_before(text, words.begin).value) &&
         is_quote(code_point_at(text, words.end).value);
}

class RepeatWord final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    check_words(context, sink);
    check_chunks(context, sink);
  }

 private:
  void check_words(const CheckContext& context, FindingSink& sink) const {
    const Document& document = context.target;
    const Token* previous = nullptr;
    for (const Token& token : document.tokens) {
      if (token.kind == TokenKind::space) {
        if (document.view(token.span).find('\n') != std::string_view::npos) previous = nullptr;
        continue;
      }
      if (token.kind != TokenKind::word) {
        previous = nullptr;
        continue;
      }
      if (previous != nullptr) compare(context, *previous, token, sink);
      previous = &token;
    }
  }

  // Runs of text between single spaces that are not plain words: "60 60.", "Covid-19 Covid-19".
  void check_chunks(const CheckContext& context, FindingSink& sink) const {
    const std::string_view text = context.target.text;
    std::size_t begin = 0;
    ByteSpan previous{};
    while (begin < text.size()) {
      std::size_t end = text.find_first_of(" \n", begin);
      if (end == std::string_view::npos) end = text.size();
      const ByteSpan chunk{begin, end};
      if (!previous.empty() && previous.end + 1 == chunk.begin && text[previous.end] == ' ' &&
          !chunk.empty()) {
        compare_chunks(text, previous, chunk, sink);
      }
      previous = end < text.size() && text[end] == '\n' ? ByteSpan{} : chunk;
      begin = end + 1;
    }
  }

  void compare_chunks(std::string_view text, ByteSpan first, ByteSpan second,
                      FindingSink& sink) const {
    const std::string_view a = first.in(text);
    std::string_view b = second.in(text);
    // The second may end the sentence: "of 60 60.", "(26 people) people)."
    while (!b.empty() && (std::string_view(".,;:!?\"").find(b.back()) != std::string_view::npos)) {
      b.remove_suffix(1);
    }
    if (a != b || !has_digit_or_joiner(a)) return;
    Finding finding =
        make_finding({first.begin, second.begin + b.size()}, "'" + std::string(a) + "' repeated");
    finding.suggestions.push_back({std::string(a), false});
    sink.report(std::move(finding));
  }

  // Not a plain word (those are compared token by token), but holds a letter or a digit.
  static bool has_digit_or_joiner(std::string_view chunk) {
    bool alphanumeric = false;
    bool other = false;
    for (std::size_t at = 0; at < chunk.size(); at = code_point_at(chunk, at).end) {
      const UChar32 c = code_point_at(chunk, at).value;
      const bool letter = is_letter(c);
      alphanumeric |= letter || u_isdigit(c);
      other |= !letter && c != '\'' && c != 0x2019;  // "don't" is one word to ICU
    }
    return alphanumeric && other;
  }

  void compare(const CheckContext& context, const Token& first, const Token& second,
               FindingSink& sink) const {
    const std::string_view a = context.target.view(first.span);
    const std::string_view b = context.target.view(second.span);
    if (a.size() != b.size() && fold_case(a).size() != fold_case(b).size()) return;
    const std::string word = fold_case(a);
    if (word != fold_case(b) || context.target_profile.repeatable_words.contains(word)) return;
    if (whole_quotation(context.target.text, {first.span.begin, second.span.end})) return;
    Finding finding =
        make_finding({first.span.begin, second.span.end}, "'" + std::string(b) + "' repeated");
    finding.suggestions.push_back({std::string(a), false});
    sink.report(std::move(finding));
  }
};

}  // namespace

const Checker& repeat_word() {
  static const RepeatWord checker;
  return checker;
}

}  // namespace mtlint::checkers
