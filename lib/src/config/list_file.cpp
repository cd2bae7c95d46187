#include "config/list_file.h"

#include <unicode/utf8.h>

#include <fstream>
#include <system_error>

namespace mtlint {
namespace {

bool is_utf8(std::string_view text) {
  const auto size = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, size, c);
    if (c < 0) return false;
  }
  return true;
}

bool is_trimmed_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

std::string_view list_entry(std::string_view line) {
  while (!line.empty() && is_trimmed_space(line.front())) line.remove_prefix(1);
  while (!line.empty() && is_trimmed_space(line.back())) line.remove_suffix(1);
  if (line == "#" || line.starts_with("# ") || line.starts_with("#\t")) return {};
  return line;
}

Result<std::vector<std::string>> read_list_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return std::vector<std::string>{};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path.string(), "cannot read the list file", {}, {}};
  std::vector<std::string> entries;
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (!is_utf8(line)) return Error{path.string(), "not valid UTF-8", {}, line_number};
    const std::string_view entry = list_entry(line);
    if (!entry.empty()) entries.emplace_back(entry);
  }
  if (in.bad()) return Error{path.string(), "read error", {}, line_number};
  return entries;
}

}  // namespace mtlint
