// Reads dictionaries/<lang>/profile.toml into a LanguageProfile (the list files are separate).
#pragma once

#include <filesystem>

#include "mtlint/language_profile.h"
#include "mtlint/result.h"

namespace mtlint {

// Fills the fields profile.toml may set; the others keep their values in `profile`.
// Unknown keys and wrong types are errors, so that a typo in a profile does not pass silently.
[[nodiscard]] Result<LanguageProfile> read_profile_toml(const std::filesystem::path& path,
                                                        LanguageProfile profile);

}  // namespace mtlint
