// Spelling through Hunspell with Debian's dictionaries, with a cache in front (news vocabulary
// repeats; Hunspell's spell() is slow for compounding languages) and time-bounded suggestions.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mtlint/result.h"

namespace mtlint {

class Speller {
 public:
  // Opens <dir>/<name>.aff and .dic (e.g. /usr/share/hunspell/en_US). Checks the files first:
  // Hunspell itself prints and carries on when a dictionary is missing.
  static Result<std::unique_ptr<Speller>> open(const std::filesystem::path& dir,
                                               std::string_view name);
  virtual ~Speller() = default;

  // Words the user or the article vouches for: always correct.
  virtual void add_word(std::string_view word) = 0;
  [[nodiscard]] virtual bool correct(std::string_view word) const = 0;
  // At most `max` suggestions, computed within about `budget` (Hunspell's suggest is 30-120 ms).
  [[nodiscard]] virtual std::vector<std::string> suggest(
      std::string_view word, std::size_t max, std::chrono::milliseconds budget) const = 0;
};

}  // namespace mtlint
