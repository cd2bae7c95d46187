// Paragraph boundaries of a plain-text article.
#pragma once

#include <string_view>
#include <vector>

#include "mtlint/span.h"

namespace mtlint {

// Blank lines always separate paragraphs. A single line break does too when the line before
// it ends a sentence (news copy is usually one paragraph per line); otherwise it is taken as a
// hard wrap inside the paragraph. Spans are trimmed of surrounding white space.
[[nodiscard]] std::vector<ByteSpan> find_paragraphs(std::string_view text,
                                                    std::string_view sentence_end);

// The text split at every line break: one span per line, empty lines included, without the
// line end. A final line end does not start another line.
[[nodiscard]] std::vector<ByteSpan> find_lines(std::string_view text);

// Shrinks `span` so that it starts and ends at a code point that is not white space.
[[nodiscard]] ByteSpan trim_space(std::string_view text, ByteSpan span);

}  // namespace mtlint
