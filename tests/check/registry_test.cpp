// The registry, the rules' documentation and their examples agree.
#include "mtlint/registry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "check/check_support.h"

namespace mtlint::testing {
namespace {

TEST(Registry, IsSortedByIdAndIdsAreWellFormed) {
  const auto checkers = all_checkers();
  ASSERT_FALSE(checkers.empty());
  // <category>[.<name>]: lower-case words, the name hyphenated.
  const auto well_formed = [](std::string_view id) {
    const std::size_t dot = id.find('.');
    const auto words = [](std::string_view part, bool hyphens) {
      return !part.empty() && part.front() != '-' && part.back() != '-' &&
             std::all_of(part.begin(), part.end(),
                         [&](char c) { return (c >= 'a' && c <= 'z') || (hyphens && c == '-'); });
    };
    return dot == std::string_view::npos
               ? words(id, false)
               : words(id.substr(0, dot), false) && words(id.substr(dot + 1), true);
  };
  for (std::size_t i = 0; i < checkers.size(); ++i) {
    const CheckerInfo& info = checkers[i]->info();
    EXPECT_TRUE(well_formed(info.id)) << info.id;
    EXPECT_TRUE(std::string_view(info.id).starts_with(info.category)) << info.id;
    EXPECT_FALSE(info.summary.empty()) << info.id;
    EXPECT_GT(info.explanation.size(), 80U) << info.id;
    if (i > 0) {
      EXPECT_LT(checkers[i - 1]->info().id, info.id);
    }
    EXPECT_EQ(find_checker(info.id), checkers[i]);
  }
  EXPECT_EQ(find_checker("no.such-rule"), nullptr);
}

TEST(Registry, EveryDocumentedExampleBehaves) {
  for (const Checker* checker : all_checkers()) {
    const CheckerInfo& info = checker->info();
    if (info.needs_source) continue;  // bilingual examples are run by the engine tests
    // Needs a user glossary: its cases are in tests/fixtures/bilingual/term.glossary.
    if (info.id == "term.glossary") continue;
    SCOPED_TRACE(std::string(info.id));
    const std::string lang(info.example_lang);
    EXPECT_FALSE(run_checker(*checker, std::string(info.bad_example), lang).findings.empty());
    EXPECT_EQ(run_checker(*checker, std::string(info.good_example), lang).texts(),
              std::vector<std::string>{});
  }
}

}  // namespace
}  // namespace mtlint::testing
