// MQM error-span JSON Lines: one document x system per line; gold = the union of raters.
#include <algorithm>
#include <array>
#include <set>
#include <tuple>

#include "eval/eval_util.h"
#include "mtlint/eval.h"

namespace mtlint {
namespace {

using eval_detail::code_point_bytes;
using eval_detail::record_error;
using eval_detail::string_field;

struct CategoryRule {
  std::string_view prefix;  // MQM category, or its start
  std::string_view our_class;
};

// Order matters: the first prefix that matches wins.
constexpr std::array kCategories = {
    CategoryRule{"Fluency/Punctuation", "Punctuation"},
    CategoryRule{"Accuracy/Omission", "Omission"},
    CategoryRule{"Accuracy/Source language fragment", "Untranslated"},
    CategoryRule{"Accuracy/Untranslated text", "Untranslated"},
    CategoryRule{"Non-translation", "Untranslated"},
    CategoryRule{"Fluency/Spelling", "Spelling"},
    CategoryRule{"Accuracy/Addition", "Addition"},
    CategoryRule{"Locale convention/Name format", "Name format"},
    CategoryRule{"Locale convention/", "Locale convention"},
    CategoryRule{"Fluency/Character encoding", "Character encoding"},
    CategoryRule{"Fluency/Inconsistency", "Inconsistency"},
    CategoryRule{"Terminology/Inconsistent", "Inconsistency"},
    CategoryRule{"Fluency/Grammar", "Grammar"},
    CategoryRule{"Fluency/Text-Breaking", "Grammar"},
};

Result<GoldDefect> parse_error(const nlohmann::json& error, const std::string& source,
                               const std::string& target) {
  if (!error.is_object()) return Error{"", "an error that is not an object", {}, {}};
  const auto category = string_field(error, "category");
  const auto side = string_field(error, "side");
  if (!category || !side) return Error{"", "an error without category or side", {}, {}};
  const bool is_source = *side == "source";
  const char* start_key = is_source ? "src_start" : "start";
  const char* end_key = is_source ? "src_end" : "end";
  const auto start = error.find(start_key);
  const auto end = error.find(end_key);
  if (start == error.end() || end == error.end() || !start->is_number_unsigned() ||
      !end->is_number_unsigned()) {
    return Error{"", std::string("an error without ") + start_key + "/" + end_key, {}, {}};
  }
  const CodePointSpan span{start->get<std::size_t>(), end->get<std::size_t>()};
  const std::string& text = is_source ? source : target;
  const auto bytes = code_point_bytes(text, span);
  if (!bytes) return Error{"", "an error span past the end of the text", {}, {}};
  const std::string_view slice =
      std::string_view(text).substr(bytes->first, bytes->second - bytes->first);
  return GoldDefect{mqm_class(*category, slice), is_source ? Side::source : Side::target, span,
                    *category};
}

// Source issues are problems of the source text, not of the translation: never gold.
bool is_source_issue(const std::string& category) {
  return category.starts_with("Source issue") || category.starts_with("Source error");
}

void add_errors(const nlohmann::json& errors, AnnotatedItem& item, const std::string& origin,
                std::vector<Error>& problems) {
  std::set<std::tuple<std::string, int, std::size_t, std::size_t>> seen;
  for (const nlohmann::json& error : errors) {
    Result<GoldDefect> defect = parse_error(error, *item.source, item.target);
    if (!defect) {
      problems.push_back(Error{origin, defect.error().message + " (skipped)", {}, {}});
      continue;
    }
    if (is_source_issue(defect->label)) continue;
    // The union of raters: the same span marked by two raters is one defect.
    const auto key = std::make_tuple(defect->category, static_cast<int>(defect->side),
                                     defect->span.start, defect->span.end);
    if (!seen.insert(key).second) continue;
    item.defects.push_back(std::move(defect).value());
  }
}

std::optional<AnnotatedItem> parse_record(const nlohmann::json& record,
                                          const std::filesystem::path& path, std::size_t line,
                                          std::vector<Error>& problems) {
  const auto id = string_field(record, "id");
  const auto source = string_field(record, "source");
  const auto target = string_field(record, "target");
  const auto pair = string_field(record, "lang_pair");
  const auto errors = record.find("errors");
  if (!id || !source || !target || !pair || pair->find('-') == std::string::npos ||
      errors == record.end() || !errors->is_array()) {
    problems.push_back(record_error(
        path, line, "expected id, source, target, lang_pair (xx-yy) and an errors array"));
    return std::nullopt;
  }
  const std::size_t dash = pair->find('-');
  AnnotatedItem item{*id,     path.string() + ":" + std::to_string(line),
                     *source, pair->substr(0, dash),
                     *target, pair->substr(dash + 1),
                     {}};
  add_errors(*errors, item, item.origin, problems);
  return item;
}

}  // namespace

std::string mqm_class(std::string_view mqm_category, std::string_view text) {
  for (const CategoryRule& rule : kCategories) {
    if (mqm_category.starts_with(rule.prefix)) return std::string(rule.our_class);
  }
  // MQM has no number category: a mistranslated span with a digit is the number checker's.
  const bool has_digit =
      std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (mqm_category.starts_with("Accuracy/Mistranslation") && has_digit) return "Number";
  return "";
}

std::vector<ScoringClass> mqm_classes() {
  return {
      {"Punctuation", {"punct", "quote"}},  {"Omission", {"align.omission"}},
      {"Untranslated", {"untranslated"}},   {"Spelling", {"spell"}},
      {"Addition", {"align.addition"}},     {"Locale convention", {"number.format"}},
      {"Number", {"number.mismatch"}},      {"Name format", {"entity"}},
      {"Character encoding", {"encoding"}}, {"Inconsistency", {"consistency"}},
      {"Grammar", {"garble", "repeat"}},
  };
}

Result<Corpus> read_mqm(const std::filesystem::path& path) {
  Result<std::vector<std::filesystem::path>> files = eval_detail::jsonl_files(path);
  if (!files) return files.error();
  Corpus corpus;
  for (const std::filesystem::path& file : *files) {
    const auto visit = [&](const nlohmann::json& record, std::size_t line) {
      if (auto item = parse_record(record, file, line, corpus.problems)) {
        corpus.items.push_back(std::move(*item));
      }
    };
    Result<bool> read = eval_detail::for_each_json_line(file, visit, corpus.problems);
    if (!read) return read.error();
  }
  return corpus;
}

}  // namespace mtlint
