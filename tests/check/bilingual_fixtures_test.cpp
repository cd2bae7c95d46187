// Bilingual checker cases: every directory tests/fixtures/bilingual/<rule>/<case>.<src>-<tgt>/
// holds source.txt, target.txt and expected.txt (one exact target span text per line, in text
// order, "(empty)" for an empty span; "src: <text>" lines for the expected source spans; "# "
// comments), and optionally glossary.tsv or glossary.tbx. A final line end of each text is dropped.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "check/check_support.h"
#include "check/glossary.h"
#include "mtlint/registry.h"
#include "support/fixtures.h"

namespace mtlint::testing {
namespace {

struct BilingualCase {
  std::filesystem::path dir;
  std::string rule;
  std::string source_lang;
  std::string target_lang;
  std::vector<std::string> expected;
  std::vector<std::string> expected_source;
  std::vector<GlossaryEntry> glossary;
};

std::string text_of(const std::filesystem::path& path) {
  std::string text = read_file(path);
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

BilingualCase parse_case(const std::filesystem::path& dir) {
  const std::string langs = dir.extension().string().substr(1);  // "ru-en"
  BilingualCase result{dir,
                       dir.parent_path().filename().string(),
                       langs.substr(0, langs.find('-')),
                       langs.substr(langs.find('-') + 1),
                       {},
                       {},
                       {}};
  const std::string expected = text_of(dir / "expected.txt");
  std::size_t begin = 0;
  while (begin < expected.size()) {
    const std::size_t end = std::min(expected.find('\n', begin), expected.size());
    const std::string line = expected.substr(begin, end - begin);
    begin = end + 1;
    if (line.empty() || line.starts_with("# ")) continue;
    if (line.starts_with("src: ")) {
      result.expected_source.push_back(line.substr(5));
    } else {
      result.expected.push_back(line == "(empty)" ? "" : line);
    }
  }
  for (const char* name : {"glossary.tsv", "glossary.tbx"}) {
    if (!std::filesystem::exists(dir / name)) continue;
    auto glossary = read_glossary(dir / name);
    EXPECT_TRUE(glossary.ok()) << dir;
    if (glossary.ok()) result.glossary = std::move(glossary).value();
  }
  return result;
}

std::vector<BilingualCase> all_cases() {
  std::vector<BilingualCase> cases;
  for (const auto& rule : std::filesystem::directory_iterator(fixtures_dir() / "bilingual")) {
    if (!rule.is_directory()) continue;
    for (const auto& entry : std::filesystem::directory_iterator(rule.path())) {
      if (entry.is_directory()) cases.push_back(parse_case(entry.path()));
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const BilingualCase& a, const BilingualCase& b) { return a.dir < b.dir; });
  return cases;
}

TEST(BilingualFixtures, EveryCaseGivesExactlyTheExpectedFindings) {
  const auto cases = all_cases();
  ASSERT_GE(cases.size(), 18U);
  for (const BilingualCase& fixture : cases) {
    SCOPED_TRACE(fixture.dir.string());
    const Checker* checker = find_checker(fixture.rule);
    ASSERT_NE(checker, nullptr) << "no rule " << fixture.rule;
    const BilingualRun run = run_bilingual_checker(
        *checker, text_of(fixture.dir / "source.txt"), fixture.source_lang,
        text_of(fixture.dir / "target.txt"), fixture.target_lang, fixture.glossary);
    EXPECT_EQ(run.texts(), fixture.expected);
    if (!fixture.expected_source.empty()) {
      EXPECT_EQ(run.source_texts(), fixture.expected_source);
    }
  }
}

// The rules' own cases: each bilingual rule (and term.glossary, which needs a glossary) has a
// case with findings and a clean one, and the cases span the six language pairs we promise.
TEST(BilingualFixtures, EveryBilingualRuleHasBadAndCleanCases) {
  std::map<std::string, std::set<bool>> kinds;
  std::set<std::string> pairs;
  for (const BilingualCase& fixture : all_cases()) {
    kinds[fixture.rule].insert(fixture.expected.empty());
    pairs.insert(fixture.source_lang + "-" + fixture.target_lang);
  }
  for (const Checker* checker : all_checkers()) {
    const CheckerInfo& info = checker->info();
    if (!info.needs_source && info.id != "term.glossary") continue;
    EXPECT_EQ(kinds[std::string(info.id)].size(), 2U) << info.id;
  }
  for (const char* pair : {"ru-en", "de-en", "fr-en", "en-de", "en-ru", "zh-en"}) {
    EXPECT_TRUE(pairs.contains(pair)) << pair;
  }
}

TEST(Glossary, ParsesEntriesAndNamesTheBadLine) {
  const auto parsed =
      parse_glossary("# comment\nКиев\tKyiv\tKiev|Kijew\n\nОдесса\tOdesa\n", "g.tsv");
  ASSERT_TRUE(parsed.ok());
  ASSERT_EQ(parsed->size(), 2U);
  EXPECT_EQ((*parsed)[0].target, "Kyiv");
  EXPECT_EQ((*parsed)[0].forbidden, (std::vector<std::string>{"Kiev", "Kijew"}));
  EXPECT_TRUE((*parsed)[1].forbidden.empty());
  const auto bad = parse_glossary("Киев\tKyiv\nonly one field\n", "g.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().file, "g.tsv");
  EXPECT_EQ(bad.error().line, std::optional<std::size_t>(2));
}

}  // namespace
}  // namespace mtlint::testing
