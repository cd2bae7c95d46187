// Reading input: bytes -> Unicode text -> normalised Document text with an offset map.
#pragma once

#include <string>
#include <string_view>

#include "mtlint/document.h"
#include "mtlint/result.h"

namespace mtlint {

struct IngestOptions {
  // "utf-8" (the default: invalid UTF-8 is an error), "auto" (ICU charset detection), or any
  // charset ICU converts ("windows-1251", "windows-1252", "ISO-8859-2", "KOI8-R", ...).
  std::string encoding = "utf-8";
};

// Reads a file ("-" for stdin) into a Document with text, offsets, path and id set;
// no segmentation, no language. Errors name the file and, where it applies, the byte offset.
[[nodiscard]] Result<Document> read_document(const std::string& path,
                                             const IngestOptions& options = {});
// The same from bytes already in memory; `name` is what errors and reports call it.
[[nodiscard]] Result<Document> document_from_bytes(std::string_view bytes, const std::string& name,
                                                   const IngestOptions& options = {});

}  // namespace mtlint
