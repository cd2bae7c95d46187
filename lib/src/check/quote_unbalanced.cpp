// quote.unbalanced: a quotation mark opened and never closed in its paragraph, or closed
// without having been opened.
#include <algorithm>
#include <string>
#include <vector>

#include "check/checkers.h"
#include "check/text_scan.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "quote.unbalanced",
    .category = "quote",
    .severity = Severity::warning,
    .summary = "A quotation mark opened and not closed in its paragraph, or closed and not opened.",
    .explanation =
        "Quotations are balanced within a paragraph. MT often drops a closing quote, or leaves "
        "a stray one where a sentence was cut. The pairs come from the language profile (\u201c "
        "\u201d in English, \u201e \u201c in German, \u00ab \u00bb in French and Russian), with "
        "the other common pairs as a fallback. An apostrophe inside a word (Russia\u2019s) or "
        "after a plural (the players\u2019 union) is not a quote, and a quotation continued "
        "across paragraphs the way the language writes it (English reopens the next paragraph "
        "with the opening quote and leaves the previous one open) is not a defect; nor is one "
        "whose closing mark stands in a later paragraph, before any other quotation mark "
        "(a quotation running over several segments), or the same opening mark again at a "
        "sentence start (a paragraph break lost). A quotation closed with its own opening mark "
        "(a \u201closs\u201c for) is reported once, at that mark.",
    .bad_example =
        "\u201cUkraine is only an instrument to achieve this goal,\u201d he said. "
        "\u201cThis can be done in different ways.\n\nAsked about it, he left.",
    .good_example =
        "\u201cUkraine is only an instrument to achieve this goal,\u201d he said. "
        "\u201cThis can be done in different ways.\n\n\u201cThe goal is clear.\u201d",
};

// Pairs every language may meet, after the profile's own.
const std::vector<QuotePair>& fallback_pairs() {
  static const std::vector<QuotePair> pairs = {
      {"\u201c", "\u201d"}, {"\u2018", "\u2019"}, {"\u201e", "\u201c"}, {"\u201a", "\u2018"},
      {"\u00ab", "\u00bb"}, {"\u2039", "\u203a"}, {"\u300c", "\u300d"}, {"\u300e", "\u300f"},
      {"\"", "\""},         {"'", "'"},
  };
  return pairs;
}

struct Open {
  std::size_t pair;  // index into the pair list
  ByteSpan span;
};

enum class Flank { left, right, both, neither };

// Where the mark stands between words: left-flanking opens, right-flanking closes.
Flank flank_of(std::string_view text, const CodePoint& mark) {
  const UChar32 before = code_point_before(text, mark.begin).value;
  const UChar32 after = code_point_at(text, mark.end).value;
  const bool space_before =
      before < 0 || u_isUWhiteSpace(before) || u_charType(before) == U_START_PUNCTUATION;
  const bool space_after = after < 0 || u_isUWhiteSpace(after) || u_ispunct(after);
  if (space_before && !space_after) return Flank::left;
  if (!space_before && space_after) return Flank::right;
  return space_before ? Flank::neither : Flank::both;
}

class QuoteStack {
 public:
  QuoteStack(std::string_view text, const std::vector<QuotePair>& pairs)
      : text_(text), pairs_(pairs) {}

  // Feeds one quotation mark; returns a stray closing mark's message, or "".
  std::string feed(const CodePoint& mark);
  [[nodiscard]] const std::vector<Open>& open() const { return open_; }
  void clear() { open_.clear(); }
  // Whether the innermost open quotation is closed by the first quotation mark after `from`
  // that is not an apostrophe: the quotation then runs on into a later paragraph.
  [[nodiscard]] bool closed_later(std::size_t from) const;

 private:
  // A straight double quote may close a curly one and the reverse ("Yes,” he said): the
  // quotation is balanced; quote.straight-mixed reports the mixed style once.
  [[nodiscard]] bool closes(std::size_t pair, std::string_view mark) const {
    const QuotePair& quotes = pairs_[pair];
    if (quotes.close == mark) return true;
    if (quotes.open == "\"") return mark == "\u201d";
    return quotes.open == "\u201c" && mark == "\"";
  }
  [[nodiscard]] std::vector<std::size_t> opening_pairs(std::string_view mark) const;
  [[nodiscard]] bool reopens_after_sentence(const CodePoint& point, std::string_view mark) const;

  std::string_view text_;
  const std::vector<QuotePair>& pairs_;
  std::vector<Open> open_;
};

std::vector<std::size_t> QuoteStack::opening_pairs(std::string_view mark) const {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < pairs_.size(); ++i) {
    if (pairs_[i].open == mark) found.push_back(i);
  }
  return found;
}

// "… the Naira. “The bank, therefore, …": the open quotation's own opening mark at the start
// of a sentence continues it, as at the start of a paragraph (a paragraph break lost in
// copy); no language nests a quotation in the same marks.
bool QuoteStack::reopens_after_sentence(const CodePoint& point, std::string_view mark) const {
  if (open_.empty() || pairs_[open_.back().pair].open != mark) return false;
  if (flank_of(text_, point) != Flank::left) return false;
  CodePoint before = code_point_before(text_, point.begin);
  while (before.valid() && u_isUWhiteSpace(before.value)) {
    before = code_point_before(text_, before.begin);
  }
  return before.valid() && (before.value == '.' || before.value == '!' || before.value == '?');
}

std::string QuoteStack::feed(const CodePoint& point) {
  const std::string_view mark = text_.substr(point.begin, point.end - point.begin);
  const Flank flank = flank_of(text_, point);
  // "Russia’s", and after a number "the 1970's", "634,000's": an apostrophe, not a quote.
  const UChar32 before = code_point_before(text_, point.begin).value;
  const bool inside_word = flank == Flank::both && (is_letter(before) || u_isdigit(before));
  const bool apostrophe_like = mark == "\u2019" || mark == "'";
  if (apostrophe_like && inside_word) return "";
  if (!open_.empty() && closes(open_.back().pair, mark) && flank != Flank::left) {
    open_.pop_back();
    return "";
  }
  const auto openers = opening_pairs(mark);
  if (reopens_after_sentence(point, mark)) return "";
  if (!openers.empty() && flank != Flank::right) {
    if (apostrophe_like && u_isdigit(code_point_at(text_, point.end).value)) return "";  // '90s
    open_.push_back({openers.front(), {point.begin, point.end}});
    return "";
  }
  // "a “monumental loss“ for": the opening mark used to close. One defect, one finding.
  if (!open_.empty() && !openers.empty() && flank == Flank::right &&
      pairs_[open_.back().pair].open == mark) {
    const std::string expected = pairs_[open_.back().pair].close;
    open_.pop_back();
    return std::string(mark) + " closes a quotation where " + expected + " belongs";
  }
  const auto deeper = std::find_if(open_.rbegin(), open_.rend(),
                                   [&](const Open& item) { return closes(item.pair, mark); });
  if (deeper != open_.rend()) {
    open_.erase(std::prev(deeper.base()), open_.end());  // the skipped ones stay reported
    return "";
  }
  if (apostrophe_like) return "";  // the players' union
  return "closing " + std::string(mark) + " without an opening quote";
}

bool QuoteStack::closed_later(std::size_t from) const {
  if (open_.empty()) return false;
  QuoteStack ahead = *this;
  for (std::size_t at = from; at < text_.size();) {
    const CodePoint point = code_point_at(text_, at);
    at = point.end;
    if (!point.valid() || !u_hasBinaryProperty(point.value, UCHAR_QUOTATION_MARK)) continue;
    const std::string_view mark = text_.substr(point.begin, point.end - point.begin);
    // ’ and ' close far too easily (the players’ union) to end a quotation paragraphs away.
    const bool apostrophe_like = mark == "\u2019" || mark == "'";
    if (!ahead.feed(point).empty()) return false;
    if (ahead.open_.size() < open_.size()) {
      return !apostrophe_like && ahead.open_.size() + 1 == open_.size();
    }
    if (ahead.open_.size() > open_.size()) return false;
  }
  return false;
}

bool continues(const LanguageProfile& profile, std::string_view next_paragraph,
               const std::vector<QuotePair>& pairs, const Open& open) {
  switch (profile.quote_continuation) {
    case QuoteContinuation::reopen:
      return next_paragraph.starts_with(pairs[open.pair].open);
    case QuoteContinuation::mark: {
      const CodePoint first = code_point_at(next_paragraph, 0);
      return first.valid() &&
             in_set(profile.quote_continuation_marks, next_paragraph.substr(0, first.end));
    }
    case QuoteContinuation::none:
      return false;
  }
  return false;
}

class QuoteUnbalanced final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    std::vector<QuotePair> pairs = context.target_profile.quotes;
    for (const QuotePair& pair : fallback_pairs()) {
      if (std::find(pairs.begin(), pairs.end(), pair) == pairs.end()) pairs.push_back(pair);
    }
    const Document& document = context.target;
    QuoteStack state(document.text, pairs);
    for (std::size_t p = 0; p < document.paragraphs.size(); ++p) {
      scan(document, document.paragraphs[p].span, state, sink);
      const std::string_view next =
          p + 1 < document.paragraphs.size() ? document.view(document.paragraphs[p + 1].span) : "";
      if (state.open().empty()) continue;
      if (state.closed_later(document.paragraphs[p].span.end)) continue;  // closes it there
      const bool carried = continues(context.target_profile, next, pairs, state.open().front());
      if (!carried) report_open(document.text, state, sink);
      state.clear();
    }
  }

 private:
  void scan(const Document& document, ByteSpan paragraph, QuoteStack& state,
            FindingSink& sink) const {
    for (std::size_t at = paragraph.begin; at < paragraph.end;) {
      const CodePoint point = code_point_at(document.text, at);
      at = point.end;
      if (!point.valid() || !u_hasBinaryProperty(point.value, UCHAR_QUOTATION_MARK)) continue;
      std::string stray = state.feed(point);
      if (!stray.empty()) sink.report(make_finding({point.begin, point.end}, std::move(stray)));
    }
  }

  void report_open(std::string_view text, const QuoteStack& state, FindingSink& sink) const {
    for (const Open& open : state.open()) {
      sink.report(make_finding(open.span, "opening " + std::string(open.span.in(text)) +
                                              " is not closed in this paragraph"));
    }
  }
};

}  // namespace

const Checker& quote_unbalanced() {
  static const QuoteUnbalanced checker;
  return checker;
}

}  // namespace mtlint::checkers
