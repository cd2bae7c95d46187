// Glossary readers: TSV lines and TBX files (TBX-Basic and TBX 3), and their errors.
#include "check/glossary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mtlint::testing {
namespace {

const GlossaryEntry* find_entry(const std::vector<GlossaryEntry>& entries,
                                const std::string& source_lang, const std::string& target_lang) {
  for (const GlossaryEntry& entry : entries) {
    if (entry.source_lang == source_lang && entry.target_lang == target_lang) return &entry;
  }
  return nullptr;
}

TEST(Glossary, TsvEntriesServeEveryLanguagePair) {
  const auto entries = parse_glossary("# comment\nКиев\tKyiv\tKiev|Kiew\n", "g.tsv");
  ASSERT_TRUE(entries.ok());
  ASSERT_EQ(entries.value().size(), 1U);
  EXPECT_EQ(entries.value()[0].forbidden, (std::vector<std::string>{"Kiev", "Kiew"}));
  EXPECT_TRUE(entries.value()[0].source_lang.empty());
}

TEST(Glossary, TsvLineWithOneFieldNamesItsLine) {
  const auto entries = parse_glossary("Киев\tKyiv\nonly one field\n", "g.tsv");
  ASSERT_FALSE(entries.ok());
  EXPECT_EQ(entries.error().line, 2U);
}

TEST(Glossary, TbxBasicGivesEveryOrderedLanguagePair) {
  const std::string tbx = R"(<martif type="TBX-Basic"><text><body>
    <termEntry>
      <langSet xml:lang="ru"><tig><term>Киев</term></tig></langSet>
      <langSet xml:lang="en-US">
        <tig><term>Kyiv</term></tig>
        <tig><term>Kiev</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry></body></text></martif>)";
  ASSERT_TRUE(looks_like_xml(tbx));
  const auto entries = parse_tbx(tbx, "g.tbx");
  ASSERT_TRUE(entries.ok()) << entries.error().describe();
  const GlossaryEntry* ru_en = find_entry(entries.value(), "ru", "en");
  ASSERT_NE(ru_en, nullptr);
  EXPECT_EQ(ru_en->source, "Киев");
  EXPECT_EQ(ru_en->target, "Kyiv");
  EXPECT_EQ(ru_en->forbidden, std::vector<std::string>{"Kiev"});
  const GlossaryEntry* en_ru = find_entry(entries.value(), "en", "ru");
  ASSERT_NE(en_ru, nullptr);
  EXPECT_EQ(en_ru->source, "Kyiv");  // a deprecated term is no source term
  EXPECT_EQ(entries.value().size(), 2U);
}

TEST(Glossary, Tbx3ConceptEntriesAreRead) {
  const std::string tbx = R"(<?xml version="1.0"?>
    <tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
    <text><body><conceptEntry id="c1">
      <langSec xml:lang="de"><termSec><term>Stadtrat</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>city council</term></termSec>
        <termSec><term>town council</term>
          <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry></body></text></tbx>)";
  const auto entries = parse_tbx(tbx, "g.tbx");
  ASSERT_TRUE(entries.ok()) << entries.error().describe();
  const GlossaryEntry* de_en = find_entry(entries.value(), "de", "en");
  ASSERT_NE(de_en, nullptr);
  EXPECT_EQ(de_en->target, "city council");
  EXPECT_EQ(de_en->forbidden, std::vector<std::string>{"town council"});
}

TEST(Glossary, MalformedTbxIsAnErrorWithItsOffset) {
  const auto entries = parse_tbx("<martif><text><body><termEntry></body>", "g.tbx");
  ASSERT_FALSE(entries.ok());
  EXPECT_EQ(entries.error().file, "g.tbx");
  EXPECT_NE(entries.error().message.find("malformed TBX"), std::string::npos);
  EXPECT_TRUE(entries.error().offset.has_value());
}

TEST(Glossary, XmlWithoutTermEntriesIsNotAGlossary) {
  const auto entries = parse_tbx("<html><body>hello</body></html>", "g.tbx");
  ASSERT_FALSE(entries.ok());
  EXPECT_NE(entries.error().message.find("not a TBX glossary"), std::string::npos);
}

}  // namespace
}  // namespace mtlint::testing
