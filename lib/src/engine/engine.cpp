#include "mtlint/engine.h"

#include <algorithm>
#include <map>
#include <utility>

#include "check/boilerplate_match.h"
#include "mtlint/align.h"
#include "mtlint/language_id.h"
#include "mtlint/registry.h"

namespace mtlint {
namespace {

bool names_rule(const std::vector<std::string>& names, const CheckerInfo& checker) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
    return name == checker.id || name == checker.category;
  });
}

// Keeps a document's report readable and its memory bounded when a rule fires everywhere
// (a garbage file, a wrong --target-lang): past the limit a rule's findings are only counted.
class LimitedSink final : public FindingSink {
 public:
  explicit LimitedSink(std::size_t per_rule) : per_rule_(per_rule) {}
  void report(Finding finding) override {
    if (++counts_[finding.rule] > per_rule_) {
      ++omitted;
      return;
    }
    findings.push_back(std::move(finding));
  }
  std::vector<Finding> findings;
  std::size_t omitted = 0;

 private:
  std::size_t per_rule_;
  std::map<std::string, std::size_t> counts_;
};

constexpr std::size_t kFindingsPerRule = 1000;

LimitedSink run_checkers(const CheckContext& context, const RuleSelection& rules) {
  LimitedSink sink(kFindingsPerRule);
  for (const Checker* checker : all_checkers()) {
    const CheckerInfo& info = checker->info();
    if (!is_selected(rules, info)) continue;
    if (info.needs_source && context.source == nullptr) continue;
    checker->check(context, sink);
  }
  return sink;
}

bool subsumes(const Finding& covering, const Finding& inner) {
  const Checker* checker = find_checker(covering.rule);
  if (checker == nullptr || &covering == &inner) return false;
  const auto& rules = checker->info().subsumes;
  return std::find(rules.begin(), rules.end(), inner.rule) != rules.end() &&
         covering.span.begin <= inner.span.begin && inner.span.end <= covering.span.end;
}

// A finding another one already explains is noise in a report a copy editor reads.
void drop_subsumed(std::vector<Finding>& findings) {
  std::vector<const Finding*> covering;
  for (const Finding& finding : findings) {
    const Checker* checker = find_checker(finding.rule);
    if (checker != nullptr && !checker->info().subsumes.front().empty())
      covering.push_back(&finding);
  }
  if (covering.empty()) return;
  std::vector<bool> drop(findings.size(), false);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    drop[i] = std::any_of(covering.begin(), covering.end(),
                          [&](const Finding* c) { return subsumes(*c, findings[i]); });
  }
  std::vector<Finding> kept;
  kept.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (!drop[i]) kept.push_back(std::move(findings[i]));
  }
  findings = std::move(kept);
}

// The target's sentences for alignment, with scraped page furniture marked: it translates
// nothing and must not be paired with a source sentence the MT dropped.
AlignSide without_boilerplate(const Document& target, const LanguageProfile& profile,
                              const Resources& resources) {
  AlignSide side = align_side(target);
  const BoilerplateMatcher matcher(
      CheckContext{.target = target, .target_profile = profile, .resources = resources});
  side.untranslatable.resize(target.sentences.size());
  for (std::size_t i = 0; i < target.sentences.size(); ++i) {
    const Paragraph& paragraph = target.paragraphs[target.sentences[i].paragraph];
    side.untranslatable[i] = matcher.matches(target.view(paragraph.span));
  }
  return side;
}

}  // namespace

Result<RuleSelection> validate(RuleSelection selection) {
  for (const auto* names : {&selection.enable, &selection.disable}) {
    for (const std::string& name : *names) {
      const auto checkers = all_checkers();
      const bool known = std::any_of(checkers.begin(), checkers.end(), [&](const Checker* c) {
        return c->info().id == name || c->info().category == name;
      });
      if (!known)
        return Error{"--enable/--disable", "unknown rule or category '" + name + "'", {}, {}};
    }
  }
  return selection;
}

bool is_selected(const RuleSelection& selection, const CheckerInfo& checker) {
  if (!selection.enable.empty() && !names_rule(selection.enable, checker)) return false;
  return !names_rule(selection.disable, checker);
}

Engine::Engine(std::filesystem::path dictionaries, RuleSelection rules)
    : dictionaries_(std::move(dictionaries)), rules_(std::move(rules)), resources_(dictionaries_) {}

Engine::~Engine() = default;

Result<const LanguageProfile*> Engine::profile(const std::string& lang) {
  if (const auto found = profiles_.find(lang); found != profiles_.end()) return &found->second;
  Result<LanguageProfile> loaded = load_profile(dictionaries_, lang);
  if (!loaded) return loaded.error();
  const auto [inserted, _] = profiles_.emplace(lang, std::move(loaded).value());
  return &inserted->second;
}

Result<Document> Engine::prepare(Document document, const std::string& lang,
                                 const std::string& option_name, bool presegmented) {
  if (lang.empty()) {
    document.lang = identify_language(document.text).lang;
    document.lang_detected = true;
  } else if (!is_valid_language_code(lang)) {
    return Error{option_name, "unknown language code '" + lang + "'", {}, {}};
  } else {
    document.lang = primary_language(lang);
  }
  const Result<const LanguageProfile*> found = profile(document.lang);
  if (!found) return found.error();
  if (presegmented) {
    segment_presegmented(document, **found);
    return document;
  }
  auto& segmenter = segmenters_[document.lang];
  if (!segmenter) segmenter = std::make_unique<Segmenter>(**found);
  segmenter->segment(document);
  return document;
}

Result<DocumentReport> Engine::check(Document target, std::optional<Document> source,
                                     const std::string& target_lang,
                                     const std::string& source_lang) {
  Result<Document> prepared_target = prepare(std::move(target), target_lang, "--target-lang");
  if (!prepared_target) return prepared_target.error();
  std::optional<Document> prepared_source;
  if (source) {
    Result<Document> prepared = prepare(std::move(*source), source_lang, "--source-lang");
    if (!prepared) return prepared.error();
    prepared_source = std::move(prepared).value();
  }
  const Document& document = *prepared_target;
  std::optional<Alignment> alignment;
  if (prepared_source) {
    alignment = align_sentences(align_side(*prepared_source),
                                without_boilerplate(document, **profile(document.lang), resources_),
                                AlignOptions{{}, dictionaries_.string()});
  }
  const CheckContext context{
      .target = document,
      .target_profile = **profile(document.lang),
      .resources = resources_,
      .source = prepared_source ? &*prepared_source : nullptr,
      .source_profile = prepared_source ? *profile(prepared_source->lang) : nullptr,
      .alignment = alignment ? &*alignment : nullptr,
  };
  LimitedSink found = run_checkers(context, rules_);
  drop_subsumed(found.findings);
  DocumentReport report =
      make_document_report(document, context.source, context.alignment, std::move(found.findings));
  report.summary.omitted = found.omitted;
  return report;
}

Result<DocumentReport> Engine::check(const CheckRequest& request) {
  Result<Document> target = read_document(request.target_path, request.ingest);
  if (!target) return target.error();
  std::optional<Document> source;
  if (request.source_path) {
    Result<Document> read = read_document(*request.source_path, request.ingest);
    if (!read) return read.error();
    source = std::move(read).value();
  }
  return check(std::move(target).value(), std::move(source), request.target_lang,
               request.source_lang);
}

}  // namespace mtlint
