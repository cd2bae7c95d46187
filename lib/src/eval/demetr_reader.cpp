// DEMETR JSON Lines: one perturbation of one sentence per line.
#include <array>

#include "eval/eval_util.h"
#include "mtlint/eval.h"

namespace mtlint {
namespace {

using eval_detail::code_point_bytes;
using eval_detail::record_error;
using eval_detail::span_field;
using eval_detail::string_field;

std::optional<DemetrRecord> parse_record(const nlohmann::json& record,
                                         const std::filesystem::path& path, std::size_t line,
                                         std::vector<Error>& problems) {
  DemetrRecord out;
  out.origin = path.string() + ":" + std::to_string(line);
  const auto id = string_field(record, "id");
  const auto type = string_field(record, "perturbation_type");
  const auto source = string_field(record, "source");
  const auto lang = string_field(record, "src_lang");
  const auto mt = string_field(record, "mt");
  const auto perturbed = string_field(record, "perturbed");
  const auto diff =
      record.contains("diff_perturbed") ? span_field(record["diff_perturbed"]) : std::nullopt;
  if (!id || !type || !source || !lang || !mt || !perturbed || !diff) {
    problems.push_back(record_error(path, line,
                                    "expected id, perturbation_type, source, src_lang, mt, "
                                    "perturbed and diff_perturbed [start, end]"));
    return std::nullopt;
  }
  if (!code_point_bytes(*perturbed, *diff)) {
    problems.push_back(record_error(path, line, "diff_perturbed is past the end of perturbed"));
    return std::nullopt;
  }
  const auto check = record.find("pert_check");
  out.pert_check = check == record.end() || !check->is_boolean() || check->get<bool>();
  out.id = *id;
  out.type = *type;
  out.source = *source;
  out.source_lang = *lang;
  out.mt = *mt;
  out.perturbed = *perturbed;
  out.diff = *diff;
  return out;
}

}  // namespace

bool demetr_type_is_absence(std::string_view type) {
  constexpr std::array<std::string_view, 8> kAbsent = {
      "pp_removed",   "conj_removed", "adj_adv_removed", "verb_removed",
      "noun_removed", "subj_removed", "ne_removed",      "empty"};
  for (const std::string_view absent : kAbsent) {
    if (type == absent) return true;
  }
  return false;
}

Result<DemetrCorpus> read_demetr(const std::filesystem::path& path) {
  DemetrCorpus corpus;
  const auto visit = [&](const nlohmann::json& record, std::size_t line) {
    if (auto parsed = parse_record(record, path, line, corpus.problems)) {
      corpus.records.push_back(std::move(*parsed));
    }
  };
  Result<bool> read = eval_detail::for_each_json_line(path, visit, corpus.problems);
  if (!read) return read.error();
  return corpus;
}

}  // namespace mtlint
