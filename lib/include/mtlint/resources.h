// Read-mostly services that checkers share: dictionaries directory, spellers (loaded once per
// language and kept), user word lists. Not thread-safe: give each worker thread its own.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "mtlint/language_profile.h"
#include "mtlint/speller.h"

namespace mtlint {

class Resources {
 public:
  explicit Resources(std::filesystem::path dictionaries,
                     std::filesystem::path hunspell_dir = "/usr/share/hunspell");

  [[nodiscard]] const std::filesystem::path& dictionaries() const { return dictionaries_; }
  // The speller for the profile's Hunspell dictionary, loaded on first use; null when the
  // profile names none or the dictionary is not installed.
  [[nodiscard]] const Speller* speller(const LanguageProfile& profile) const;
  // Words that are always correct (from --words FILE), for every language.
  void add_user_words(const std::vector<std::string>& words);

 private:
  std::filesystem::path dictionaries_;
  std::filesystem::path hunspell_dir_;
  std::vector<std::string> user_words_;
  mutable std::map<std::string, std::unique_ptr<Speller>> spellers_;
};

}  // namespace mtlint
