#include "check/check_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>

#include "mtlint/align.h"
#include "mtlint/resources.h"
#include "mtlint/segment.h"

namespace mtlint::testing {
namespace {

const LanguageProfile& profile_for(const std::string& lang) {
  static std::map<std::string, LanguageProfile> cache;
  auto found = cache.find(lang);
  if (found == cache.end()) {
    Result<LanguageProfile> loaded = load_profile(default_dictionaries_dir(), lang);
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().describe());
    found = cache.emplace(lang, loaded.ok() ? std::move(loaded).value() : LanguageProfile{}).first;
  }
  return found->second;
}

Resources& shared_resources() {
  static Resources resources(default_dictionaries_dir());
  return resources;
}

}  // namespace

std::vector<std::string> CheckRun::texts() const {
  std::vector<std::string> out;
  for (const Finding& finding : findings) out.emplace_back(document.view(finding.span));
  return out;
}

CheckRun run_checker(const Checker& checker, const std::string& text, const std::string& lang) {
  CheckRun run;
  run.document.text = text;
  run.document.lang = lang;
  const LanguageProfile& profile = profile_for(lang);
  segment(run.document, profile);
  VectorSink sink;
  checker.check(
      {.target = run.document, .target_profile = profile, .resources = shared_resources()}, sink);
  run.findings = std::move(sink.findings);
  std::stable_sort(run.findings.begin(), run.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.span < b.span; });
  return run;
}

std::vector<std::string> BilingualRun::texts() const {
  std::vector<std::string> out;
  for (const Finding& finding : findings) out.emplace_back(target.view(finding.span));
  return out;
}

std::vector<std::string> BilingualRun::source_texts() const {
  std::vector<std::string> out;
  for (const Finding& finding : findings) {
    if (finding.source_span) out.emplace_back(source.view(*finding.source_span));
  }
  return out;
}

BilingualRun run_bilingual_checker(const Checker& checker, const std::string& source_text,
                                   const std::string& source_lang, const std::string& target_text,
                                   const std::string& target_lang,
                                   const std::vector<GlossaryEntry>& glossary) {
  BilingualRun run;
  run.source.text = source_text;
  run.source.lang = source_lang;
  run.target.text = target_text;
  run.target.lang = target_lang;
  const LanguageProfile& source_profile = profile_for(source_lang);
  const LanguageProfile& target_profile = profile_for(target_lang);
  segment(run.source, source_profile);
  segment(run.target, target_profile);
  const Alignment alignment = align_documents(run.source, run.target);
  Resources& resources = shared_resources();
  resources.set_glossary(glossary);
  VectorSink sink;
  checker.check({.target = run.target,
                 .target_profile = target_profile,
                 .resources = resources,
                 .source = &run.source,
                 .source_profile = &source_profile,
                 .alignment = &alignment},
                sink);
  resources.set_glossary({});
  run.findings = std::move(sink.findings);
  std::stable_sort(run.findings.begin(), run.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.span < b.span; });
  return run;
}

std::string apply_safe_fixes(const std::string& text, const std::vector<Finding>& findings) {
  std::string out;
  std::size_t at = 0;
  for (const Finding& finding : findings) {
    if (finding.suggestions.empty() || !finding.suggestions.front().safe ||
        finding.span.begin < at) {
      continue;
    }
    out.append(text, at, finding.span.begin - at);
    out += finding.suggestions.front().text;
    at = finding.span.end;
  }
  out.append(text, at, std::string::npos);
  return out;
}

}  // namespace mtlint::testing
