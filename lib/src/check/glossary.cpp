#include "check/glossary.h"

#include <fstream>
#include <sstream>
#include <string>

namespace mtlint {
namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\r')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    const std::size_t end = std::min(text.find(separator, begin), text.size());
    out.emplace_back(trimmed(text.substr(begin, end - begin)));
    begin = end + 1;
  }
  return out;
}

Result<GlossaryEntry> parse_line(std::string_view line, const std::string& file,
                                 std::size_t number) {
  const std::vector<std::string> fields = split(line, '\t');
  if (fields.size() < 2 || fields.size() > 3 || fields[0].empty() || fields[1].empty()) {
    return Error{file,
                 "expected 'source term<TAB>target term[<TAB>forbidden|variants]', got '" +
                     std::string(line) + "'",
                 {},
                 number};
  }
  GlossaryEntry entry{fields[0], fields[1], {}, {}, {}};
  if (fields.size() == 3) {
    for (std::string& variant : split(fields[2], '|')) {
      if (!variant.empty()) entry.forbidden.push_back(std::move(variant));
    }
  }
  return entry;
}

}  // namespace

Result<std::vector<GlossaryEntry>> parse_glossary(std::string_view text, const std::string& file) {
  std::vector<GlossaryEntry> entries;
  std::size_t begin = 0;
  for (std::size_t number = 1; begin < text.size(); ++number) {
    const std::size_t end = std::min(text.find('\n', begin), text.size());
    const std::string_view line = text.substr(begin, end - begin);
    begin = end + 1;
    if (trimmed(line).empty() || trimmed(line).front() == '#') continue;
    Result<GlossaryEntry> entry = parse_line(line, file, number);
    if (!entry) return entry.error();
    entries.push_back(std::move(entry).value());
  }
  return entries;
}

Result<std::vector<GlossaryEntry>> read_glossary(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path.string(), "cannot open the glossary", {}, {}};
  std::ostringstream content;
  content << in.rdbuf();
  const std::string text = content.str();
  if (looks_like_xml(text)) return parse_tbx(text, path.string());
  return parse_glossary(text, path.string());
}

}  // namespace mtlint
