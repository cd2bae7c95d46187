#include "config/profile_toml.h"

#include <toml++/toml.h>

#include <array>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <utility>

namespace mtlint {
namespace {

struct StringField {
  std::string_view key;
  std::string LanguageProfile::*member;
};

constexpr std::array<StringField, 10> kStringFields{{
    {"name", &LanguageProfile::name},
    {"script", &LanguageProfile::script},
    {"quote_continuation_marks", &LanguageProfile::quote_continuation_marks},
    {"sentence_end", &LanguageProfile::sentence_end},
    {"no_space_before", &LanguageProfile::no_space_before},
    {"space_before", &LanguageProfile::space_before},
    {"space_after_open", &LanguageProfile::space_after_open},
    {"decimal_separator", &LanguageProfile::decimal_separator},
    {"grouping_separators", &LanguageProfile::grouping_separators},
    {"hunspell", &LanguageProfile::hunspell},
}};

Error error_at(const std::filesystem::path& path, const toml::node& node, std::string message) {
  return Error{
      path.string(), std::move(message), {}, static_cast<std::size_t>(node.source().begin.line)};
}

std::optional<QuoteContinuation> parse_continuation(std::string_view text) {
  if (text == "none") return QuoteContinuation::none;
  if (text == "reopen") return QuoteContinuation::reopen;
  if (text == "mark") return QuoteContinuation::mark;
  return std::nullopt;
}

// quotes = [["“", "”"], ["‘", "’"]]: each pair is an array of two non-empty strings.
Result<std::vector<QuotePair>> parse_quotes(const std::filesystem::path& path,
                                            const toml::node& node) {
  const toml::array* pairs = node.as_array();
  if (pairs == nullptr) return error_at(path, node, "'quotes' must be an array of pairs");
  std::vector<QuotePair> quotes;
  for (const toml::node& pair_node : *pairs) {
    const toml::array* pair = pair_node.as_array();
    const bool well_formed =
        pair != nullptr && pair->size() == 2 && (*pair)[0].is_string() && (*pair)[1].is_string() &&
        !(*pair)[0].value_or(std::string()).empty() && !(*pair)[1].value_or(std::string()).empty();
    if (!well_formed) {
      return error_at(path, pair_node, "each quote pair must be [\"open\", \"close\"]");
    }
    quotes.push_back({(*pair)[0].value_or(std::string()), (*pair)[1].value_or(std::string())});
  }
  return quotes;
}

// Sets one key on the profile; an unknown key or a wrong type is an error.
std::optional<Error> apply_key(const std::filesystem::path& path, std::string_view key,
                               const toml::node& node, LanguageProfile& profile) {
  for (const StringField& field : kStringFields) {
    if (field.key != key) continue;
    if (!node.is_string())
      return error_at(path, node, "'" + std::string(key) + "' must be a string");
    profile.*field.member = node.value_or(std::string());
    return std::nullopt;
  }
  if (key == "spaces_between_words") {
    if (!node.is_boolean())
      return error_at(path, node, "'spaces_between_words' must be true or false");
    profile.spaces_between_words = node.value_or(true);
    return std::nullopt;
  }
  if (key == "length_vs_english") {
    const std::optional<double> value = node.value<double>();
    if (!value || *value <= 0)
      return error_at(path, node, "'length_vs_english' must be a positive number");
    profile.length_vs_english = *value;
    return std::nullopt;
  }
  if (key == "quote_continuation") {
    const auto value = parse_continuation(node.value_or(std::string_view()));
    if (!value) {
      return error_at(path, node, "'quote_continuation' must be \"none\", \"reopen\" or \"mark\"");
    }
    profile.quote_continuation = *value;
    return std::nullopt;
  }
  if (key == "quotes") {
    auto quotes = parse_quotes(path, node);
    if (!quotes) return quotes.error();
    profile.quotes = std::move(quotes).value();
    return std::nullopt;
  }
  return error_at(path, node, "unknown key '" + std::string(key) + "'");
}

}  // namespace

Result<LanguageProfile> read_profile_toml(const std::filesystem::path& path,
                                          LanguageProfile profile) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path.string(), "cannot read the language profile", {}, {}};
  std::ostringstream content;
  content << in.rdbuf();
  toml::table table;
  try {
    // toml++ reports syntax errors by exception; it must not cross the library API.
    table = toml::parse(content.str(), path.string());
  } catch (const toml::parse_error& error) {
    return Error{path.string(),
                 std::string(error.description()),
                 {},
                 static_cast<std::size_t>(error.source().begin.line)};
  }
  for (const auto& [key, node] : table) {
    if (auto error = apply_key(path, key.str(), node, profile)) return *error;
  }
  return profile;
}

}  // namespace mtlint
