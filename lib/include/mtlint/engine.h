// The whole pipeline for one article: ingest, identify languages, segment, align, check,
// resolve positions. What the CLI (and a batch worker) calls.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mtlint/checker.h"
#include "mtlint/ingest.h"
#include "mtlint/language_profile.h"
#include "mtlint/report.h"
#include "mtlint/resources.h"
#include "mtlint/result.h"
#include "mtlint/segment.h"

namespace mtlint {

struct RuleSelection {
  std::vector<std::string> enable;   // when not empty: only these rules (and categories)
  std::vector<std::string> disable;  // never these; an id or a category ("punct")
};

// Checks that every id or category named exists; the error names the unknown one.
[[nodiscard]] Result<RuleSelection> validate(RuleSelection selection);
[[nodiscard]] bool is_selected(const RuleSelection& selection, const CheckerInfo& checker);

struct CheckRequest {
  std::string target_path;
  std::optional<std::string> source_path;
  std::string target_lang;  // empty: identify from the text
  std::string source_lang;
  IngestOptions ingest;
};

// Holds what is worth keeping between articles (profiles, segmenters, spellers).
// Not thread-safe: one Engine per worker thread.
class Engine {
 public:
  explicit Engine(std::filesystem::path dictionaries, RuleSelection rules = {});
  ~Engine();

  [[nodiscard]] Result<DocumentReport> check(const CheckRequest& request);
  // The same for documents already read (text and offsets set, not segmented).
  [[nodiscard]] Result<DocumentReport> check(Document target, std::optional<Document> source,
                                             const std::string& target_lang,
                                             const std::string& source_lang);
  // Identifies the language of (when `lang` is empty) and segments one document;
  // `presegmented`: one sentence per line as given. `option_name` names the language option
  // in errors ("--target-lang").
  [[nodiscard]] Result<Document> prepare(Document document, const std::string& lang,
                                         const std::string& option_name, bool presegmented = false);
  [[nodiscard]] Result<const LanguageProfile*> profile(const std::string& lang);
  [[nodiscard]] Resources& resources() { return resources_; }

 private:
  std::filesystem::path dictionaries_;
  RuleSelection rules_;
  Resources resources_;
  std::map<std::string, LanguageProfile> profiles_;
  std::map<std::string, std::unique_ptr<Segmenter>> segmenters_;
};

}  // namespace mtlint
