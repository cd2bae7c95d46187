// Every file under tests/fixtures/check/<rule>/<case>.<lang>.txt is a test case:
//   # a comment saying what the case shows
//   #> exact text of one expected finding's span (one line each, in text order; none: clean)
//   #fix> the text after applying the safe suggestions (optional)
//   ---
//   the input text (a single final line end is dropped)
#include "support/fixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "check/check_support.h"
#include "mtlint/registry.h"

namespace mtlint::testing {
namespace {

struct FixtureCase {
  std::filesystem::path path;
  std::string rule;
  std::string lang;
  std::vector<std::string> expected;
  std::optional<std::string> fixed;
  std::string text;
};

FixtureCase parse_case(const std::filesystem::path& path) {
  FixtureCase result{path,
                     path.parent_path().filename().string(),
                     path.stem().extension().string().substr(1),
                     {},
                     {},
                     {}};
  const std::string content = read_file(path);
  const std::size_t separator = content.find("\n---\n");
  std::string header = content.substr(0, separator);
  result.text = separator == std::string::npos ? "" : content.substr(separator + 5);
  if (!result.text.empty() && result.text.back() == '\n') result.text.pop_back();
  std::size_t begin = 0;
  while (begin < header.size()) {
    const std::size_t end = std::min(header.find('\n', begin), header.size());
    const std::string line = header.substr(begin, end - begin);
    if (line.starts_with("#fix> "))
      result.fixed = line.substr(6);
    else if (line.starts_with("#> "))
      result.expected.push_back(line.substr(3));
    begin = end + 1;
  }
  return result;
}

std::vector<FixtureCase> all_cases() {
  std::vector<FixtureCase> cases;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(fixtures_dir() / "check")) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") {
      cases.push_back(parse_case(entry.path()));
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const FixtureCase& a, const FixtureCase& b) { return a.path < b.path; });
  return cases;
}

TEST(CheckerFixtures, EveryCaseGivesExactlyTheExpectedFindings) {
  const auto cases = all_cases();
  ASSERT_GE(cases.size(), 20U);
  for (const FixtureCase& fixture : cases) {
    SCOPED_TRACE(fixture.path.string());
    const Checker* checker = find_checker(fixture.rule);
    ASSERT_NE(checker, nullptr) << "no rule " << fixture.rule;
    const CheckRun run = run_checker(*checker, fixture.text, fixture.lang);
    EXPECT_EQ(run.texts(), fixture.expected);
    if (fixture.fixed) {
      EXPECT_EQ(apply_safe_fixes(fixture.text, run.findings), *fixture.fixed);
    }
  }
}

// The bar: bad and good examples per checker in at least six languages. Rules for one
// script or language (French spacing, Spanish ¿, CJK full width) have their bad cases only
// there, so the six languages are asked of the clean cases: that a rule stays quiet elsewhere.
TEST(CheckerFixtures, EveryTargetSideRuleHasCleanCasesInSixLanguages) {
  std::map<std::string, std::set<std::string>> clean_languages;
  for (const FixtureCase& fixture : all_cases()) {
    if (fixture.expected.empty()) clean_languages[fixture.rule].insert(fixture.lang);
  }
  for (const Checker* checker : all_checkers()) {
    if (checker->info().needs_source) continue;
    EXPECT_GE(clean_languages[std::string(checker->info().id)].size(), 6U) << checker->info().id;
  }
}

TEST(CheckerFixtures, EveryTargetSideRuleHasACaseWithFindings) {
  std::set<std::string> rules_with_findings;
  for (const FixtureCase& fixture : all_cases()) {
    if (!fixture.expected.empty()) rules_with_findings.insert(fixture.rule);
  }
  for (const Checker* checker : all_checkers()) {
    const std::string id(checker->info().id);
    // term.glossary reports only with a glossary: its bad cases are bilingual fixtures.
    if (checker->info().needs_source || id == "term.glossary") continue;
    EXPECT_TRUE(rules_with_findings.contains(id)) << id;
  }
}

}  // namespace
}  // namespace mtlint::testing
