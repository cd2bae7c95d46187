#include "mtlint/language_profile.h"

#include <unicode/uloc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <system_error>

#include "config/list_file.h"
#include "config/profile_toml.h"

#ifndef MTLINT_SOURCE_DICTIONARIES
#define MTLINT_SOURCE_DICTIONARIES "dictionaries"
#endif

namespace mtlint {
namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || (c >= '0' && c <= '9'); }
char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool known_iso639(const std::string& primary) {
  for (const char* const* code = uloc_getISOLanguages(); *code != nullptr; ++code) {
    if (primary == *code) return true;
  }
  // ICU's list leaves out deprecated two-letter codes it still maps ("iw" -> "heb").
  return primary.size() == 2 && std::strlen(uloc_getISO3Language(primary.c_str())) > 0;
}

// Subtags after the primary one ("GB", "Hans", "419") are 1-8 ASCII letters or digits.
bool valid_subtags(std::string_view rest) {
  while (!rest.empty()) {
    rest.remove_prefix(1);  // the '-' or '_'
    const std::size_t end = std::min(rest.find_first_of("-_"), rest.size());
    const std::string_view subtag = rest.substr(0, end);
    if (subtag.empty() || subtag.size() > 8 ||
        !std::all_of(subtag.begin(), subtag.end(), is_ascii_alnum)) {
      return false;
    }
    rest.remove_prefix(end);
  }
  return true;
}

struct ListField {
  std::string_view file;
  std::unordered_set<std::string> LanguageProfile::*member;
};

constexpr std::array<ListField, 4> kSetLists{{
    {"abbreviations.txt", &LanguageProfile::abbreviations},
    {"single_letter_words.txt", &LanguageProfile::single_letter_words},
    {"determiners.txt", &LanguageProfile::determiners},
    {"repeatable_words.txt", &LanguageProfile::repeatable_words},
}};

Result<LanguageProfile> read_lists(const std::filesystem::path& dir, LanguageProfile profile) {
  for (const ListField& list : kSetLists) {
    auto entries = read_list_file(dir / list.file);
    if (!entries) return entries.error();
    (profile.*list.member).insert(entries->begin(), entries->end());
  }
  auto boilerplate = read_list_file(dir / "boilerplate.txt");
  if (!boilerplate) return boilerplate.error();
  profile.boilerplate = std::move(boilerplate).value();
  return profile;
}

}  // namespace

std::filesystem::path default_dictionaries_dir() {
  if (const char* from_env = std::getenv("MTLINT_DICTIONARIES"); from_env && *from_env) {
    return from_env;
  }
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = exe.parent_path() / ".." / "share" / "mtlint" / "dictionaries";
    if (std::filesystem::is_directory(installed, ec)) return installed.lexically_normal();
  }
  return MTLINT_SOURCE_DICTIONARIES;
}

std::string primary_language(std::string_view code) {
  const std::string_view primary = code.substr(0, std::min(code.find_first_of("-_"), code.size()));
  std::string out(primary);
  std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
  return out;
}

bool is_valid_language_code(std::string_view code) {
  const std::string primary = primary_language(code);
  if (primary.size() < 2 || primary.size() > 3) return false;
  if (!std::all_of(primary.begin(), primary.end(), is_ascii_alpha)) return false;
  return valid_subtags(code.substr(primary.size())) && known_iso639(primary);
}

Result<LanguageProfile> load_profile(const std::filesystem::path& dictionaries,
                                     std::string_view lang) {
  if (!is_valid_language_code(lang)) {
    return Error{"", "unknown language code '" + std::string(lang) + "'", {}, {}};
  }
  const std::string primary = primary_language(lang);
  std::error_code ec;
  std::filesystem::path dir = dictionaries / primary;
  if (!std::filesystem::is_directory(dir, ec)) dir = dictionaries / "und";
  const std::filesystem::path toml = dir / "profile.toml";
  if (!std::filesystem::is_regular_file(toml, ec)) {
    return Error{toml.string(), "language profile not found", {}, {}};
  }
  LanguageProfile defaults;
  defaults.code = primary;
  auto profile = read_profile_toml(toml, std::move(defaults));
  if (!profile) return profile.error();
  return read_lists(dir, std::move(profile).value());
}

}  // namespace mtlint
