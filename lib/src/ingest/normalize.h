// Decoded text -> the Document text checkers see (LF line ends, NFC) and its OffsetMap.
#pragma once

#include <optional>
#include <string>

#include "mtlint/document.h"
#include "mtlint/result.h"

namespace mtlint {

// Sets document.text and document.offsets from `original` (UTF-8, no BOM); an error only
// when ICU fails.
[[nodiscard]] std::optional<Error> normalize_into(std::string original, const std::string& name,
                                                  Document& document);

}  // namespace mtlint
