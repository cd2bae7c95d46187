// The public entry points: features once, then the banded search.
#include "mtlint/align.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <utility>
#include <vector>

#include "bilingual_dictionary.h"
#include "dp_search.h"
#include "features.h"
#include "mtlint/align_tuning.h"

namespace mtlint {

AlignSide align_side(const Document& document) {
  AlignSide side;
  side.lang = document.lang;
  side.sentences.reserve(document.sentences.size());
  side.paragraph_of.reserve(document.sentences.size());
  for (const Sentence& sentence : document.sentences) {
    side.sentences.push_back(document.view(sentence.span));
    side.paragraph_of.push_back(sentence.paragraph);
  }
  return side;
}

BilingualListPath find_bilingual_list(const AlignOptions& options, const std::string& source_lang,
                                      const std::string& target_lang) {
  if (!options.dictionary_path.empty()) return {options.dictionary_path, false};
  if (options.dictionaries_dir.empty() || source_lang.empty() || target_lang.empty()) return {};
  const std::filesystem::path dir = std::filesystem::path(options.dictionaries_dir) / "bilingual";
  std::error_code ec;
  const auto forward = dir / (source_lang + "-" + target_lang + ".txt");
  if (std::filesystem::is_regular_file(forward, ec)) return {forward.string(), false};
  const auto backward = dir / (target_lang + "-" + source_lang + ".txt");
  if (std::filesystem::is_regular_file(backward, ec)) return {backward.string(), true};
  return {};
}

Alignment align_sentences_with(const AlignSide& source, const AlignSide& target,
                               const AlignOptions& options, const AlignParams& params,
                               AlignStats* stats) {
  std::optional<align::BilingualDictionary> dictionary;
  if (const BilingualListPath list = find_bilingual_list(options, source.lang, target.lang);
      !list.path.empty()) {
    // An unreadable list aligns without one; the CLI checks the path and reports it first.
    using Direction = align::BilingualDictionary::Direction;
    dictionary = align::BilingualDictionary::read(
        list.path, list.reversed ? Direction::reversed : Direction::forward);
  }
  const bool anchors = params.anchor_weight > 0.0;
  align::AnchorExtractor extractor(dictionary ? &*dictionary : nullptr);
  const align::SideFeatures source_features =
      align::build_features(source, align::Side::source, anchors ? &extractor : nullptr);
  const align::SideFeatures target_features =
      align::build_features(target, align::Side::target, anchors ? &extractor : nullptr);
  return Alignment{align::search_beads(source_features, target_features, params, stats)};
}

namespace {

// The side without its untranslatable sentences, and the original index of each kept one.
AlignSide kept_part(const AlignSide& side, std::vector<std::size_t>& kept) {
  AlignSide part{side.lang, {}, {}, {}};
  for (std::size_t i = 0; i < side.sentences.size(); ++i) {
    if (i < side.untranslatable.size() && side.untranslatable[i]) continue;
    kept.push_back(i);
    part.sentences.push_back(side.sentences[i]);
    part.paragraph_of.push_back(side.paragraph_of[i]);
  }
  return part;
}

// Maps a bead range of the kept part back to original indices.
std::pair<std::size_t, std::size_t> original_range(const std::vector<std::size_t>& kept,
                                                   std::size_t total, std::size_t begin,
                                                   std::size_t end) {
  if (begin == end) {
    const std::size_t at = begin < kept.size() ? kept[begin] : total;
    return {at, at};
  }
  return {kept[begin], kept[end - 1] + 1};
}

// Puts the untranslatable sentences back, each in a bead of its own, in order.
Alignment restore(const Alignment& aligned, const std::vector<std::size_t>& source_kept,
                  std::size_t source_total, const std::vector<std::size_t>& target_kept,
                  std::size_t target_total) {
  Alignment out;
  std::size_t source_next = 0;
  std::size_t target_next = 0;
  auto flush = [&](std::size_t source_until, std::size_t target_until) {
    for (; source_next < source_until; ++source_next) {
      out.beads.push_back({source_next, source_next + 1, target_next, target_next, 0.0});
    }
    for (; target_next < target_until; ++target_next) {
      out.beads.push_back({source_next, source_next, target_next, target_next + 1, 0.0});
    }
  };
  for (const Bead& bead : aligned.beads) {
    const auto [sb, se] =
        original_range(source_kept, source_total, bead.source_begin, bead.source_end);
    const auto [tb, te] =
        original_range(target_kept, target_total, bead.target_begin, bead.target_end);
    flush(sb, tb);
    out.beads.push_back({sb, se, tb, te, bead.score});
    source_next = std::max(source_next, se);
    target_next = std::max(target_next, te);
  }
  flush(source_total, target_total);
  return out;
}

}  // namespace

Alignment align_sentences(const AlignSide& source, const AlignSide& target,
                          const AlignOptions& options) {
  std::vector<std::size_t> source_kept;
  std::vector<std::size_t> target_kept;
  const AlignSide source_part = kept_part(source, source_kept);
  const AlignSide target_part = kept_part(target, target_kept);
  if (source_kept.size() == source.sentences.size() &&
      target_kept.size() == target.sentences.size()) {
    return align_sentences_with(source, target, options, AlignParams{});
  }
  return restore(align_sentences_with(source_part, target_part, options, AlignParams{}),
                 source_kept, source.sentences.size(), target_kept, target.sentences.size());
}

}  // namespace mtlint
