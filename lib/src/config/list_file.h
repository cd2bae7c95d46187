// Plain word-list files under dictionaries/<lang>/: one entry per line, "# " comments.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "mtlint/result.h"

namespace mtlint {

// One entry of a list file, or nothing for a blank or comment line. A comment is "#" alone or
// "#" followed by a space, so that entries such as "#." (ordinal numbers) stay possible.
// Surrounding spaces are trimmed; inner spaces are part of the entry ("z. B.").
[[nodiscard]] std::string_view list_entry(std::string_view line);

// Reads a list file. A missing file is an empty list (a language may not need that list);
// an unreadable one or one that is not UTF-8 is an error naming the file and line.
[[nodiscard]] Result<std::vector<std::string>> read_list_file(const std::filesystem::path& path);

}  // namespace mtlint
