// Helpers the eval readers share: files, JSON Lines, code-point slices.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mtlint/eval.h"
#include "mtlint/result.h"

namespace mtlint::eval_detail {

// PATH itself, or the .jsonl files of the directory PATH, sorted.
[[nodiscard]] Result<std::vector<std::filesystem::path>> jsonl_files(
    const std::filesystem::path& path);

[[nodiscard]] Result<std::string> read_text_file(const std::filesystem::path& path);

// Byte range of code points [start, end) of `text`; nullopt when the range is out of bounds.
[[nodiscard]] std::optional<std::pair<std::size_t, std::size_t>> code_point_bytes(
    std::string_view text, CodePointSpan span);

// Calls `visit(record, line)` for every line of a JSON Lines file that parses as an object;
// every other non-blank line becomes a problem naming the file and line.
using RecordVisitor = std::function<void(const nlohmann::json&, std::size_t)>;
[[nodiscard]] Result<bool> for_each_json_line(const std::filesystem::path& path,
                                              const RecordVisitor& visit,
                                              std::vector<Error>& problems);

// A string member, or nullopt when absent or not a string.
[[nodiscard]] std::optional<std::string> string_field(const nlohmann::json& record,
                                                      const char* key);
// A [start, end) code-point pair from a two-element array of non-negative integers.
[[nodiscard]] std::optional<CodePointSpan> span_field(const nlohmann::json& value);

[[nodiscard]] Error record_error(const std::filesystem::path& path, std::size_t line,
                                 const std::string& message);

}  // namespace mtlint::eval_detail
