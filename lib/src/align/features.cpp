#include "features.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>

#include "length_model.h"

namespace mtlint::align {
namespace {

// A sentence, not a fragment of one: its first letter is not lower case and it ends with a
// sentence terminator (before closing quotes and brackets).
bool is_complete_sentence(std::string_view sentence) {
  const auto size = static_cast<int32_t>(sentence.size());
  int32_t at = 0;
  while (at < size) {
    UChar32 c = 0;
    U8_NEXT(sentence.data(), at, size, c);
    if (u_isalpha(c)) {
      if (u_islower(c)) return false;
      break;
    }
  }
  int32_t end = size;
  while (end > 0) {
    UChar32 c = 0;
    U8_PREV(sentence.data(), 0, end, c);
    if (u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK)) continue;
    const auto type = static_cast<UCharCategory>(u_charType(c));
    if (type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION) continue;
    return u_hasBinaryProperty(c, UCHAR_S_TERM);
  }
  return false;
}

}  // namespace

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
      AnchorSet& concepts = features.lexical.emplace_back();
      std::copy_if(features.anchors.back().begin(), features.anchors.back().end(),
                   std::back_inserter(concepts), is_lexical);
      features.prefix_anchors.push_back(features.prefix_anchors.back() +
                                        features.anchors.back().size());
      features.prefix_strong.push_back(features.prefix_strong.back() +
                                       count_strong(features.anchors.back()));
      features.prefix_lexical.push_back(features.prefix_lexical.back() +
                                        count_lexical(features.anchors.back()));
    }
  }
  features.complete.reserve(count);
  for (const std::string_view sentence : side.sentences) {
    features.complete.push_back(is_complete_sentence(sentence));
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
