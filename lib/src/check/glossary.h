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

}  // namespace mtlint
