// Clean human text for false-alarm counts: one field of each JSON Lines record.
#include <set>

#include "eval/eval_util.h"
#include "mtlint/eval.h"

namespace mtlint {
namespace {

using eval_detail::string_field;

struct Match {
  std::string key;
  std::set<std::string> values;
};

std::optional<Match> parse_match(const std::string& match) {
  if (match.empty()) return Match{};
  const std::size_t equals = match.find('=');
  if (equals == std::string::npos || equals == 0) return std::nullopt;
  Match out{match.substr(0, equals), {}};
  std::size_t begin = equals + 1;
  while (begin <= match.size()) {
    const std::size_t comma = std::min(match.find(',', begin), match.size());
    if (comma > begin) out.values.insert(match.substr(begin, comma - begin));
    begin = comma + 1;
  }
  return out;
}

bool matches(const nlohmann::json& record, const Match& match) {
  if (match.key.empty()) return true;
  const auto value = string_field(record, match.key.c_str());
  return value && match.values.contains(*value);
}

// The language of `field` when the record says it: MQM's lang_pair, DEMETR's English target.
std::string lang_of(const nlohmann::json& record, const std::string& field) {
  if (const auto pair = string_field(record, "lang_pair")) {
    const std::size_t dash = pair->find('-');
    if (dash == std::string::npos) return "";
    return field == "source" ? pair->substr(0, dash) : pair->substr(dash + 1);
  }
  if (field == "source") return string_field(record, "src_lang").value_or("");
  if (record.contains("perturbation_type")) return "en";
  return "";
}

void read_records(const std::filesystem::path& path, const std::string& field,
                  const std::string& lang, const Match& match, std::set<std::string>& seen,
                  Corpus& corpus) {
  const auto visit = [&](const nlohmann::json& record, std::size_t line) {
    if (!matches(record, match)) return;
    const auto text = string_field(record, field.c_str());
    if (!text) {
      corpus.problems.push_back(
          eval_detail::record_error(path, line, "no string field '" + field + "'"));
      return;
    }
    if (!seen.insert(*text).second) return;
    const std::string origin = path.string() + ":" + std::to_string(line);
    const std::string id = string_field(record, "id").value_or(origin);
    corpus.items.push_back(AnnotatedItem{
        id, origin, std::nullopt, "", *text, lang.empty() ? lang_of(record, field) : lang, {}});
  };
  Result<bool> read = eval_detail::for_each_json_line(path, visit, corpus.problems);
  if (!read) corpus.problems.push_back(read.error());
}

}  // namespace

Result<Corpus> read_clean_text(const std::filesystem::path& path, const std::string& field,
                               const std::string& lang, const std::string& match) {
  const std::optional<Match> parsed = parse_match(match);
  if (!parsed)
    return Error{"--match", "expected KEY=VALUE[,VALUE...], got '" + match + "'", {}, {}};
  Result<std::vector<std::filesystem::path>> files = eval_detail::jsonl_files(path);
  if (!files) return files.error();
  Corpus corpus;
  std::set<std::string> seen;  // DEMETR repeats each reference once per perturbation type
  for (const std::filesystem::path& file : *files) {
    read_records(file, field, lang, *parsed, seen, corpus);
  }
  return corpus;
}

}  // namespace mtlint
