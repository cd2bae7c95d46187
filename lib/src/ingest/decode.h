// Bytes as read -> UTF-8 text without BOM (the "original" an OffsetMap maps back to).
#pragma once

#include <string>
#include <string_view>

#include "mtlint/result.h"

namespace mtlint {

struct DecodedText {
  std::string text;      // UTF-8, BOM removed, line ends as given
  std::string encoding;  // what it was read as, by its IANA name: "UTF-8", "windows-1251"
};

// `encoding` is "utf-8" (strict), "auto" (detect) or an ICU converter name. Errors carry `name`
// and, where it applies, the byte offset in `bytes`. Empty and all-white input is an error.
[[nodiscard]] Result<DecodedText> decode_bytes(std::string_view bytes, const std::string& name,
                                               const std::string& encoding);

}  // namespace mtlint
