// punct.mismatch: a question or exclamation lost in translation; a different number of quoted
// passages.
#include <algorithm>
#include <optional>
#include <string>

#include "check/bilingual.h"
#include "check/checkers.h"
#include "check/text_scan.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "punct.mismatch",
    .category = "punct",
    .severity = Severity::warning,
    .needs_source = true,
    .summary = "A question, exclamation or quotation lost between source and translation.",
    .explanation =
        "An aligned source sentence that asks a question or exclaims should do so in the "
        "translation too (?, ？ and ¿ count alike, as do !, ！ and ¡), and the two sides should "
        "hold as many quoted passages (pairs of double quotation marks in any language's style: "
        "“ ”, „ “, « », 「 」; a passage of four words or more that the other side does not "
        "quote at all); a translation with a quotation mark left open is "
        "quote.unbalanced's and not compared. A question or exclamation the translation adds is "
        "not flagged. "
        "Example, with the source \"Wer bezahlt das?\".",
    .example_lang = "en",
    .bad_example = "Who pays for that.",
    .good_example = "Who pays for that?",
};

struct Marks {
  std::size_t questions = 0;
  std::size_t exclamations = 0;
  std::size_t quotes = 0;    // quoted passages of four words or more
  std::size_t passages = 0;  // quoted passages of any length
  bool unpaired = false;     // a quotation mark left open at the end
};

// Words of a quoted passage: one more than its spaces, and one per three ideographs in
// text written without spaces (a quoted title, “世界价值观调查”, is short).
std::size_t passage_words(std::string_view passage) {
  std::size_t spaces = 0;
  std::size_t ideographs = 0;
  for (std::size_t at = 0; at < passage.size();) {
    const CodePoint cp = code_point_at(passage, at);
    if (cp.value == ' ') ++spaces;
    if (u_hasBinaryProperty(cp.value, UCHAR_IDEOGRAPHIC)) ++ideographs;
    at = cp.end;
  }
  return spaces + 1 + ideographs / 3;
}

bool is_double_quote(UChar32 c) {
  // Single quotes double as apostrophes: only double-style marks count.
  return u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK) && c != 0x27 && c != 0x2018 && c != 0x2019 &&
         c != 0x201A && c != 0x201B && c != 0x2039 && c != 0x203A && c != 0x300E && c != 0x300F;
}

Marks count_marks(std::string_view text) {
  Marks marks;
  std::optional<std::size_t> open_at;  // just after the opening mark of the current passage
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint cp = code_point_at(text, at);
    if (cp.value == '?' || cp.value == 0xFF1F || cp.value == 0xBF) ++marks.questions;
    if (cp.value == '!' || cp.value == 0xFF01 || cp.value == 0xA1) ++marks.exclamations;
    if (is_double_quote(cp.value)) {
      // Quoted titles and names ("Die Simpsons") are often written without marks in
      // translation: only passages of four words or more count.
      if (open_at) {
        ++marks.passages;
        if (passage_words(text.substr(*open_at, cp.begin - *open_at)) >= 4) ++marks.quotes;
      }
      open_at = open_at ? std::nullopt : std::optional<std::size_t>(cp.end);
    }
    at = cp.end;
  }
  marks.unpaired = open_at.has_value();
  return marks;
}

class PunctMismatch final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    if (context.source == nullptr || context.alignment == nullptr) return;
    for (const Bead& bead : context.alignment->beads) {
      if (bead.source_size() == 0 || bead.target_size() == 0) continue;
      const ByteSpan source_span = bilingual::source_span(context, bead);
      const ByteSpan target_span = bilingual::target_span(context, bead);
      const Marks source = count_marks(context.source->view(source_span));
      const Marks target = count_marks(context.target.view(target_span));
      std::string message;
      if (source.questions > 0 && target.questions == 0) {
        message = "the source asks a question; the translation does not";
      } else if (source.exclamations > 0 && target.exclamations == 0) {
        message = "the source exclaims; the translation does not";
      } else if ((source.quotes > target.passages || target.quotes > source.passages) &&
                 !target.unpaired) {
        // A quotation mark left open is quote.unbalanced's finding, not a lost quotation. A
        // passage both sides quote may be long on one side and short on the other ("it will
        // take time", „Zeit brauchen wird“): only a long one the other side lacks counts.
        message = "the source has " + std::to_string(source.passages) +
                  " quoted passage(s), the translation " + std::to_string(target.passages);
      }
      if (message.empty()) continue;
      Finding finding = make_finding(target_span, std::move(message));
      finding.source_span = source_span;
      sink.report(std::move(finding));
    }
  }
};

}  // namespace

const Checker& punct_mismatch() {
  static const PunctMismatch checker;
  return checker;
}

}  // namespace mtlint::checkers
