// Each writer renders the same hand-built Report; the output is compared byte for byte with
// tests/fixtures/report/*.golden (MTLINT_UPDATE_GOLDENS=1 rewrites them).
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "mtlint/report.h"
#include "report/golden.h"
#include "report/sample_report.h"

namespace mtlint {
namespace {

using testing::expect_golden;
using testing::make_finding;
using testing::sample_report;

TEST(WriteText, MatchesGolden) {
  std::ostringstream out;
  write_text(sample_report(), out);
  expect_golden("sample.text.golden", out.str());
}

TEST(WriteText, ColorMatchesGolden) {
  std::ostringstream out;
  write_text(sample_report(), out, TextOptions{ColorMode::always});
  expect_golden("sample.color.golden", out.str());
}

TEST(WriteGnu, MatchesGolden) {
  std::ostringstream out;
  write_gnu(sample_report(), out);
  expect_golden("sample.gnu.golden", out.str());
}

TEST(WriteJson, MatchesGolden) {
  std::ostringstream out;
  write_json(sample_report(), out);
  expect_golden("sample.json.golden", out.str());
}

TEST(WriteJsonLine, MatchesGolden) {
  const Report report = sample_report();
  std::ostringstream out;
  for (const DocumentReport& document : report.documents) {
    write_json_line(report, document, out);
  }
  expect_golden("sample.jsonl.golden", out.str());
}

Report one_document(std::size_t words) {
  Report report;
  report.tool_version = "0.1.0";
  report.documents.resize(1);
  report.documents[0].target = DocumentInfo{"a.txt", "en", false};
  report.documents[0].summary.words = words;
  return report;
}

TEST(WriteText, NoFindingsSummary) {
  std::ostringstream out;
  write_text(one_document(1480), out);
  EXPECT_EQ(out.str(), "no findings in 1 document (1480 words)\n");
}

TEST(WriteText, SingularSummary) {
  Report report = one_document(1);
  report.documents[0].findings = {make_finding("punct.doubled", Severity::error,
                                               "doubled punctuation", {2, 4, 1, 3, "..", "A.. b"},
                                               {{".", true}})};
  report.documents[0].summary.errors = 1;
  std::ostringstream out;
  write_text(report, out);
  EXPECT_EQ(out.str(),
            "a.txt:1:3: error: doubled punctuation [punct.doubled]\n"
            "A.. b\n"
            "  ^~\n"
            "  suggestion: \".\" (safe)\n"
            "1 error, 0 warnings, 0 infos in 1 document (1 word)\n");
}

TEST(WriteText, NoDocuments) {
  std::ostringstream out;
  write_text(Report{}, out);
  EXPECT_EQ(out.str(), "no findings in 0 documents (0 words)\n");
}

TEST(WriteGnu, NoFindingsPrintsNothing) {
  std::ostringstream out;
  write_gnu(one_document(3), out);
  EXPECT_EQ(out.str(), "");
}

TEST(WriteJson, TargetOnlyWithoutFindings) {
  std::ostringstream out;
  write_json_line(one_document(3), one_document(3).documents[0], out);
  EXPECT_EQ(out.str(),
            R"({"tool":{"name":"mtlint","version":"0.1.0"},"id":"","source":null,)"
            R"("target":{"path":"a.txt","lang":"en","lang_detected":false},"alignment":[],)"
            R"("findings":[],"summary":{"errors":0,"warnings":0,"infos":0,"words":3}})"
            "\n");
}

TEST(WriteJson, InvalidUtf8DoesNotThrow) {
  Report report = one_document(1);
  report.documents[0].findings = {make_finding("encoding.mojibake", Severity::warning,
                                               "bad \xC3 byte", {0, 1, 1, 1, "\xFF", "\xFF"})};
  std::ostringstream out;
  write_json(report, out);
  EXPECT_NE(out.str().find("bad \xEF\xBF\xBD byte"), std::string::npos);
}

}  // namespace
}  // namespace mtlint
