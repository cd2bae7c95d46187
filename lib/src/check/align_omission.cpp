// align.omission: source sentences with no translation, and source clauses whose numbers and
// names all lack a counterpart in the aligned target.
#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "check/bilingual.h"
#include "check/checkers.h"
#include "check/length_stats.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "align.omission",
    .category = "align",
    .severity = Severity::error,
    .needs_source = true,
    .summary = "Source text with no translation.",
    .explanation =
        "A source sentence the aligner pairs with no target sentence (a 1-0 bead), or only "
        "with punctuation, is an omission (error). In a text too short for an article length "
        "ratio of its own (under five sentence pairs), a translation under 60% of the length "
        "the two languages' usual ratio predicts (their profiles' length_vs_english) has lost "
        "part of its source (warning). A clause of an aligned source sentence (between "
        "commas, brackets, "
        "dashes or quotation marks) that holds at least two numbers or names none of which "
        "appears in the aligned translation, and none of whose other words has a cognate there "
        "(the same first letters after transliteration: préfet ~ prefect), is a partial "
        "omission (warning). The finding points "
        "where the text is missing in the target and carries the omitted source text. Source "
        "lines that are page furniture (the profile's boilerplate) are not flagged. Example, "
        "with the source \"Der Sturm traf Florida. Am Dienstag erreichte er Georgia.\".",
    .example_lang = "en",
    .bad_example = "The storm hit Florida.",
    .good_example = "The storm hit Florida. On Tuesday it reached Georgia.",
};

constexpr std::size_t kMinClauseAnchors = 2;

// A text too short for an article ratio of its own: its target must reach this share of the
// length the two languages' usual ratio predicts (one sentence scatters about 20% around it).
constexpr double kMinShareOfUsual = 0.6;
constexpr double kMinJudgedChars = 20;  // of the source

constexpr std::size_t kMinCognateLetters = 5;
constexpr std::size_t kMinCognatePrefix = 4;

struct AnchorCount {
  std::size_t all = 0;       // numbers and names of a piece of the source
  std::size_t found = 0;     // those with a counterpart in the target
  std::size_t cognates = 0;  // other words of the piece with a cognate in the target
};

// Do two Latin keys look like one word in two languages (préfet ~ prefect, министерство ~
// ministry)? They share their first five letters, or four that make most of the shorter one.
bool cognates(std::string_view a, std::string_view b) {
  std::size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  return common >= 5 ||
         (common >= kMinCognatePrefix && 3 * common >= 2 * std::min(a.size(), b.size()));
}
using Anchors = std::function<AnchorCount(ByteSpan)>;

bool has_cognate(std::string_view key, const std::vector<std::string>& keys) {
  return std::any_of(keys.begin(), keys.end(),
                     [&](const std::string& k) { return cognates(key, k); });
}

bool without_letters(const CheckContext& context, const Bead& bead) {
  return bilingual::letter_count(context.target.view(bilingual::target_span(context, bead))) == 0;
}

// The usual log length ratio of the two languages, for a text too short for an article ratio of
// its own (a single sentence, a headline); nullopt for a longer one, or when a profile does not
// know it.
std::optional<double> usual_ratio_of_short_text(const CheckContext& context) {
  if (bilingual::article_ratios(context).usable) return std::nullopt;
  return bilingual::usual_log_ratio(context);
}

class AlignOmission final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    if (context.source == nullptr || context.alignment == nullptr) return;
    const auto& beads = context.alignment->beads;
    bilingual::NameMatcher names;
    const bilingual::NumberReader source_numbers(context.resources, *context.source_profile);
    const bilingual::NumberReader target_numbers(context.resources, context.target_profile);
    const Furniture furniture(context);
    const std::optional<double> usual = usual_ratio_of_short_text(context);
    for (std::size_t i = 0; i < beads.size(); ++i) {
      if (beads[i].target_size() == 0) {
        if (!bilingual::beside_opposite_gap(*context.alignment, i, furniture)) {
          report_sentences(context, furniture, beads[i], sink);
        }
      } else if (beads[i].source_size() > 0 && without_letters(context, beads[i])) {
        // A target of bare punctuation ("." where a sentence stood) translates nothing.
        report_sentences(context, furniture, beads[i], sink);
      } else if (beads[i].source_size() > 0) {
        if (!check_clauses(context, i, names, source_numbers, target_numbers, sink) && usual) {
          report_if_short(context, beads[i], *usual, sink);
        }
      }
    }
  }

 private:
  void report_sentences(const CheckContext& context, const Furniture& furniture, const Bead& bead,
                        FindingSink& sink) const {
    const Document& source = *context.source;
    const ByteSpan where = bilingual::target_span(context, bead);
    for (std::size_t s = bead.source_begin; s < bead.source_end; ++s) {
      const std::string_view text = source.view(source.sentences[s].span);
      if (bilingual::letter_count(text) < 2 || furniture.source_sentence(s)) continue;
      Finding finding =
          make_finding(where, "the source sentence '" + std::string(text) + "' has no translation");
      finding.source_span = source.sentences[s].span;
      sink.report(std::move(finding));
    }
  }

  // A translation much shorter than the two languages usually make it has lost something.
  bool report_if_short(const CheckContext& context, const Bead& bead, double usual_log_ratio,
                       FindingSink& sink) const {
    if (without_letters(context, bead)) return false;
    const ByteSpan source = bilingual::source_span(context, bead);
    const ByteSpan target = bilingual::target_span(context, bead);
    const double source_chars = bilingual::chars_in(*context.source, source);
    if (source_chars < kMinJudgedChars) return false;
    const double share =
        bilingual::chars_in(context.target, target) / (source_chars * std::exp(usual_log_ratio));
    if (share >= kMinShareOfUsual) return false;
    Finding finding = make_finding(
        target, "the translation is much shorter than its source (" +
                    std::to_string(static_cast<int>(std::lround(100 * share))) +
                    "% of the usual length for these languages): part of it seems missing");
    finding.severity = Severity::warning;
    finding.source_span = source;
    sink.report(std::move(finding));
    return true;
  }

  // Reports the clauses (or whole sentences of a merged bead) that seem lost; true when any.
  bool check_clauses(const CheckContext& context, std::size_t index, bilingual::NameMatcher& names,
                     const bilingual::NumberReader& source_numbers,
                     const bilingual::NumberReader& target_numbers, FindingSink& sink) const {
    const Document& source = *context.source;
    const Bead& bead = context.alignment->beads[index];
    const ByteSpan around = bilingual::target_around(context, index);
    const auto target_words = bilingual::words_in(context.target, around);
    const auto numbers_there = target_numbers.read(context.target, around);
    std::vector<std::string> target_keys;
    for (const bilingual::Word& word : target_words) {
      const std::string_view text = context.target.view(word.span);
      if (bilingual::letter_count(text) >= kMinCognatePrefix)
        target_keys.push_back(names.key(text));
    }
    const Anchors anchors_of = [&](ByteSpan piece) {
      AnchorCount count;
      for (const bilingual::Number& number : source_numbers.read(source, piece)) {
        if (number.spelled) continue;
        ++count.all;
        count.found += bilingual::has_counterpart(number, numbers_there);
      }
      for (const bilingual::Word& word : bilingual::words_in(source, piece)) {
        const std::string_view text = source.view(word.span);
        if (!bilingual::is_name(context, source, *context.source_profile, word)) {
          count.cognates += bilingual::letter_count(text) >= kMinCognateLetters &&
                            has_cognate(names.key(text), target_keys);
          continue;
        }
        ++count.all;
        count.found += names.found_in(text, context.target, target_words);
      }
      return count;
    };
    if (bead.source_size() > 1 && report_merged(context, bead, anchors_of, sink)) return true;
    bool reported = false;
    for (std::size_t s = bead.source_begin; s < bead.source_end; ++s) {
      reported |= report_clauses(context, bead, source.sentences[s].span, anchors_of, sink);
    }
    return reported;
  }

  // Several source sentences paired with the target: one whose numbers and names all miss,
  // beside others whose anchors meet, was dropped whole.
  bool report_merged(const CheckContext& context, const Bead& bead, const Anchors& anchors_of,
                     FindingSink& sink) const {
    const Document& source = *context.source;
    std::vector<std::size_t> lost;
    std::size_t met = 0;
    for (std::size_t s = bead.source_begin; s < bead.source_end; ++s) {
      const AnchorCount count = anchors_of(source.sentences[s].span);
      if (count.all > 0 && count.found == 0) lost.push_back(s);
      met += count.found;
    }
    if (lost.empty() || met == 0) return false;
    for (const std::size_t s : lost) {
      Finding finding = make_finding(bilingual::target_span(context, bead),
                                     "the source sentence '" +
                                         std::string(source.view(source.sentences[s].span)) +
                                         "' seems to have no translation");
      finding.source_span = source.sentences[s].span;
      sink.report(std::move(finding));
    }
    return true;
  }

  bool report_clauses(const CheckContext& context, const Bead& bead, ByteSpan sentence,
                      const Anchors& anchors_of, FindingSink& sink) const {
    const Document& source = *context.source;
    const auto clauses = bilingual::clauses_in(source.text, sentence);
    if (clauses.size() < 2) return false;  // a whole sentence lost in translation is not a clause
    bool reported = false;
    for (const ByteSpan clause : clauses) {
      const AnchorCount count = anchors_of(clause);
      // A word of the clause met as a cognate shows that the clause was translated.
      if (count.all < kMinClauseAnchors || count.found > 0 || count.cognates > 0) continue;
      Finding finding = make_finding(bilingual::target_span(context, bead),
                                     "the source's '" + std::string(source.view(clause)) +
                                         "' seems missing from the translation");
      finding.severity = Severity::warning;
      finding.source_span = clause;
      sink.report(std::move(finding));
      reported = true;
    }
    return reported;
  }
};

}  // namespace

const Checker& align_omission() {
  static const AlignOmission checker;
  return checker;
}

}  // namespace mtlint::checkers
