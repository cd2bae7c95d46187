#include "features.h"

#include "length_model.h"

namespace mtlint::align {

SideFeatures build_features(const AlignSide& side, Side which, AnchorExtractor* extractor) {
  SideFeatures features;
  const std::size_t count = side.sentences.size();
  features.prefix_chars.reserve(count + 1);
  features.prefix_chars.push_back(0.0);
  for (const std::string_view sentence : side.sentences) {
    features.prefix_chars.push_back(features.prefix_chars.back() +
                                    static_cast<double>(translated_length_in_chars(sentence)));
  }
  if (extractor != nullptr) {
    features.anchors.reserve(count);
    features.prefix_anchors.assign(1, 0);
    features.prefix_strong.assign(1, 0);
    features.prefix_lexical.assign(1, 0);
    for (const std::string_view sentence : side.sentences) {
      features.anchors.push_back(extractor->extract(sentence, which));
      features.prefix_anchors.push_back(features.prefix_anchors.back() +
                                        features.anchors.back().size());
      features.prefix_strong.push_back(features.prefix_strong.back() +
                                       count_strong(features.anchors.back()));
      features.prefix_lexical.push_back(features.prefix_lexical.back() +
                                        count_lexical(features.anchors.back()));
    }
  }
  features.paragraph_start.assign(count, false);
  std::size_t paragraphs = 0;
  const bool have_paragraphs = side.paragraph_of.size() == count;
  for (std::size_t i = 0; i < count; ++i) {
    const bool start =
        i == 0 || (have_paragraphs && side.paragraph_of[i] != side.paragraph_of[i - 1]);
    features.paragraph_start[i] = start;
    if (start) ++paragraphs;
  }
  features.paragraphs_informative = paragraphs > 1 && paragraphs < count;
  return features;
}

}  // namespace mtlint::align
