// The project's own corpora: corpora/<src>-<tgt>.<name>/{source.txt,target.txt,annotations.tsv}.
#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "eval/eval_util.h"
#include "mtlint/eval.h"

namespace mtlint {
namespace {

using eval_detail::code_point_bytes;
using eval_detail::read_text_file;
using eval_detail::record_error;

constexpr std::string_view kHeader = "category\tside\tstart\tend\ttext\tnote";

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t begin = 0;
  while (true) {
    const std::size_t tab = line.find('\t', begin);
    fields.push_back(
        line.substr(begin, tab == std::string::npos ? std::string::npos : tab - begin));
    if (tab == std::string::npos) return fields;
    begin = tab + 1;
  }
}

// The text column escapes what a TSV cell cannot hold: \n, \t and \\.
std::string unescape(std::string_view cell) {
  std::string out;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] != '\\' || i + 1 == cell.size()) {
      out += cell[i];
      continue;
    }
    const char next = cell[++i];
    out += next == 'n' ? '\n' : next == 't' ? '\t' : next;
  }
  return out;
}

std::optional<std::size_t> parse_index(const std::string& cell) {
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (error != std::errc{} || end != cell.data() + cell.size() || cell.empty()) return std::nullopt;
  return value;
}

struct ItemTexts {
  std::optional<std::string> source;
  std::string target;
};

// One annotation line, or the reason it is wrong.
Result<GoldDefect> parse_annotation(const std::string& line, const ItemTexts& texts) {
  const std::vector<std::string> fields = split_tabs(line);
  if (fields.size() < 5 || fields.size() > 6) {
    return Error{"", "expected 5 or 6 tab-separated fields (" + std::string(kHeader) + ")", {}, {}};
  }
  GoldDefect defect{fields[0], Side::target, {}, fields.size() == 6 ? fields[5] : ""};
  if (defect.category.empty()) return Error{"", "empty category", {}, {}};
  if (fields[1] == "source") {
    defect.side = Side::source;
  } else if (fields[1] != "target") {
    return Error{"", "side must be 'target' or 'source', not '" + fields[1] + "'", {}, {}};
  }
  const auto start = parse_index(fields[2]);
  const auto end = parse_index(fields[3]);
  if (!start || !end || *end < *start)
    return Error{"", "start and end must be numbers, start <= end", {}, {}};
  defect.span = {*start, *end};
  const std::optional<std::string>& text =
      defect.side == Side::source ? texts.source : std::optional<std::string>(texts.target);
  if (!text) return Error{"", "a source-side annotation in an item without source.txt", {}, {}};
  const auto bytes = code_point_bytes(*text, defect.span);
  if (!bytes)
    return Error{
        "", "span " + fields[2] + "-" + fields[3] + " is past the end of the text", {}, {}};
  const std::string actual = text->substr(bytes->first, bytes->second - bytes->first);
  if (actual != unescape(fields[4])) {
    return Error{"", "text '" + fields[4] + "' does not match the file's '" + actual + "'", {}, {}};
  }
  return defect;
}

void read_annotations(const std::filesystem::path& path, const ItemTexts& texts,
                      AnnotatedItem& item, std::vector<Error>& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems.push_back(Error{path.string(), "cannot open the file", {}, {}});
    return;
  }
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    if (number == 1 && line == kHeader) continue;
    Result<GoldDefect> defect = parse_annotation(line, texts);
    if (!defect) {
      problems.push_back(record_error(path, number, defect.error().message));
      continue;
    }
    item.defects.push_back(std::move(defect).value());
  }
}

// "ru-en.name" -> {"ru", "en"}; "en.name" -> {"", "en"}.
std::optional<std::pair<std::string, std::string>> langs_of(const std::string& name) {
  const std::size_t dot = name.find('.');
  if (dot == std::string::npos || dot == 0) return std::nullopt;
  const std::string pair = name.substr(0, dot);
  const std::size_t dash = pair.find('-');
  if (dash == std::string::npos) return std::make_pair(std::string(), pair);
  return std::make_pair(pair.substr(0, dash), pair.substr(dash + 1));
}

Result<AnnotatedItem> read_item(const std::filesystem::path& dir, std::vector<Error>& problems) {
  // "corpora/ru-en.x/" names its item by the last component, not the empty one after '/'.
  const std::string name =
      (dir.has_filename() ? dir.filename() : dir.parent_path().filename()).string();
  const auto langs = langs_of(name);
  if (!langs) {
    return Error{
        dir.string(), "item directories are named <src>-<tgt>.<name> or <tgt>.<name>", {}, {}};
  }
  Result<std::string> target = read_text_file(dir / "target.txt");
  if (!target) return target.error();
  ItemTexts texts{std::nullopt, *target};
  if (!langs->first.empty()) {
    Result<std::string> source = read_text_file(dir / "source.txt");
    if (!source) return source.error();
    texts.source = *source;
  }
  AnnotatedItem item{name, dir.string(), texts.source, langs->first, texts.target, langs->second,
                     {}};
  read_annotations(dir / "annotations.tsv", texts, item, problems);
  return item;
}

}  // namespace

Result<Corpus> read_own_corpus(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_directory(path, error)) {
    return Error{path.string(), "not a directory of annotated items", {}, {}};
  }
  std::vector<std::filesystem::path> dirs;
  if (std::filesystem::exists(path / "target.txt", error)) {
    dirs.push_back(path);
  } else {
    for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
      // Other material may live beside the items (corpora/sample/): only a directory with a
      // target.txt is an item.
      if (entry.is_directory(error) &&
          std::filesystem::exists(entry.path() / "target.txt", error)) {
        dirs.push_back(entry.path());
      }
    }
    std::sort(dirs.begin(), dirs.end());
  }
  Corpus corpus;
  for (const auto& dir : dirs) {
    Result<AnnotatedItem> item = read_item(dir, corpus.problems);
    if (!item) {
      corpus.problems.push_back(item.error());
      continue;
    }
    corpus.items.push_back(std::move(item).value());
  }
  return corpus;
}

}  // namespace mtlint
