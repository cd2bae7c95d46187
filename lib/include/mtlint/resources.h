// Read-mostly services that checkers share: dictionaries directory, spellers (loaded once per
// language and kept), user word lists. Not thread-safe: give each worker thread its own.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "mtlint/language_profile.h"
#include "mtlint/result.h"
#include "mtlint/speller.h"

namespace mtlint {

// One entry of a user glossary: where the source has `source`, the target must say `target` and
// none of `forbidden` ("Киев", "Kyiv", {"Kiev"}). The languages (primary subtags, "ru", "en")
// say which document pairs it serves; empty serves every pair (a TSV glossary's entries).
struct GlossaryEntry {
  std::string source;
  std::string target;
  std::vector<std::string> forbidden;
  std::string source_lang;
  std::string target_lang;
};

// Reads a glossary (lib/src/check/glossary.cpp): TSV, "source<TAB>target[<TAB>a|b]" per line
// with "#" comments, or TBX (an XML file: terms per language, deprecated terms forbidden); an
// error names the file and the line or byte offset.
[[nodiscard]] Result<std::vector<GlossaryEntry>> read_glossary(const std::filesystem::path& path);

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
  // The user glossary (--glossary FILE), for term.glossary.
  void set_glossary(std::vector<GlossaryEntry> entries) { glossary_ = std::move(entries); }
  [[nodiscard]] const std::vector<GlossaryEntry>& glossary() const { return glossary_; }
  // The entries of dictionaries/<lang>/<name>.txt, read on first use; empty when the file is
  // missing or unreadable (a language may not need that list).
  [[nodiscard]] const std::vector<std::string>& list(const std::string& lang,
                                                     const std::string& name) const;

 private:
  std::filesystem::path dictionaries_;
  std::filesystem::path hunspell_dir_;
  std::vector<std::string> user_words_;
  std::vector<GlossaryEntry> glossary_;
  mutable std::map<std::string, std::unique_ptr<Speller>> spellers_;
  mutable std::map<std::string, std::vector<std::string>> lists_;  // key: "<lang>/<name>"
};

}  // namespace mtlint
