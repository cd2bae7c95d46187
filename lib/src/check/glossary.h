// User glossaries (--glossary FILE) for term.glossary.
#pragma once

#include <string_view>
#include <vector>

#include "mtlint/resources.h"
#include "mtlint/result.h"

namespace mtlint {

// Parses a glossary in TSV: one entry per line, "source term<TAB>required target term" and,
// optionally, "<TAB>forbidden|variants". Blank lines and lines starting with "#" are skipped.
// `file` names the input in errors.
[[nodiscard]] Result<std::vector<GlossaryEntry>> parse_glossary(std::string_view text,
                                                                const std::string& file);

// Parses a TBX glossary (glossary_tbx.cpp): each concept's terms per language; for every
// ordered pair of its languages, each accepted source term requires the target's first accepted
// term and forbids the target's deprecated or superseded ones.
[[nodiscard]] Result<std::vector<GlossaryEntry>> parse_tbx(std::string_view text,
                                                           const std::string& file);

// Whether a glossary file is XML (TBX) rather than TSV.
[[nodiscard]] bool looks_like_xml(std::string_view text);

}  // namespace mtlint
