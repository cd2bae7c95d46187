#include "mtlint/document.h"

#include <algorithm>

namespace mtlint {

std::size_t Document::word_count() const {
  return static_cast<std::size_t>(std::count_if(tokens.begin(), tokens.end(), [](const Token& t) {
    return t.kind == TokenKind::word || t.kind == TokenKind::number ||
           t.kind == TokenKind::ideograph;
  }));
}

}  // namespace mtlint
