#include "eval/eval_util.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace mtlint::eval_detail {

Result<std::vector<std::filesystem::path>> jsonl_files(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_directory(path, error)) return std::vector{path};
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) return Error{path.string(), "no .jsonl files in the directory", {}, {}};
  return files;
}

Result<std::string> read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path.string(), "cannot open the file", {}, {}};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (const auto invalid = utf8::validate(text)) {
    return Error{path.string(), invalid->reason, invalid->offset, {}};
  }
  return text;
}

std::optional<std::pair<std::size_t, std::size_t>> code_point_bytes(std::string_view text,
                                                                    CodePointSpan span) {
  if (span.end < span.start) return std::nullopt;
  std::size_t byte = 0;
  std::size_t index = 0;
  std::size_t begin_byte = 0;
  while (true) {
    if (index == span.start) begin_byte = byte;
    if (index == span.end) return std::make_pair(begin_byte, byte);
    if (byte >= text.size()) return std::nullopt;
    byte += utf8::decode(text, byte).length;
    ++index;
  }
}

Error record_error(const std::filesystem::path& path, std::size_t line,
                   const std::string& message) {
  return Error{path.string(), message, {}, line};
}

Result<bool> for_each_json_line(const std::filesystem::path& path, const RecordVisitor& visit,
                                std::vector<Error>& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path.string(), "cannot open the file", {}, {}};
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object()) {
      problems.push_back(record_error(path, number, "not a JSON object"));
      continue;
    }
    visit(record, number);
  }
  return true;
}

std::optional<std::string> string_field(const nlohmann::json& record, const char* key) {
  const auto found = record.find(key);
  if (found == record.end() || !found->is_string()) return std::nullopt;
  return found->get<std::string>();
}

std::optional<CodePointSpan> span_field(const nlohmann::json& value) {
  if (!value.is_array() || value.size() != 2) return std::nullopt;
  if (!value[0].is_number_unsigned() || !value[1].is_number_unsigned()) return std::nullopt;
  const CodePointSpan span{value[0].get<std::size_t>(), value[1].get<std::size_t>()};
  if (span.end < span.start) return std::nullopt;
  return span;
}

}  // namespace mtlint::eval_detail
