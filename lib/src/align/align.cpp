// The public entry points: features once, then the banded search.
#include "mtlint/align.h"

#include <optional>

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

Alignment align_sentences_with(const AlignSide& source, const AlignSide& target,
                               const AlignOptions& options, const AlignParams& params,
                               AlignStats* stats) {
  std::optional<align::BilingualDictionary> dictionary;
  if (!options.dictionary_path.empty()) {
    // An unreadable list aligns without one; the CLI checks the path and reports it first.
    dictionary = align::BilingualDictionary::read(options.dictionary_path);
  }
  const bool anchors = params.anchor_weight > 0.0;
  align::AnchorExtractor extractor(dictionary ? &*dictionary : nullptr);
  const align::SideFeatures source_features =
      align::build_features(source, align::Side::source, anchors ? &extractor : nullptr);
  const align::SideFeatures target_features =
      align::build_features(target, align::Side::target, anchors ? &extractor : nullptr);
  return Alignment{align::search_beads(source_features, target_features, params, stats)};
}

Alignment align_sentences(const AlignSide& source, const AlignSide& target,
                          const AlignOptions& options) {
  return align_sentences_with(source, target, options, AlignParams{});
}

}  // namespace mtlint
