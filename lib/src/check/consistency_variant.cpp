// consistency.variant: one name or term spelled two ways in one article (Kyiv / Kiev,
// Mr / Mr., e-mail / email).
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "check/checkers.h"
#include "check/text_scan.h"
#include "check/word_scan.h"
#include "mtlint/resources.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "consistency.variant",
    .category = "consistency",
    .severity = Severity::warning,
    .summary = "A name or term spelled two ways in one article.",
    .explanation =
        "An article should spell a name or term one way. Forms listed together in the "
        "language's variants.txt (\"Kyiv Kiev\", \"Zelensky Zelenskyy Zelenskiy\") are "
        "warnings; a title written with and without its period (\"Mr\" / \"Mr.\", from the "
        "abbreviation list), a word written with and without a hyphen (\"e-mail\" / "
        "\"email\") and a name with and without a doubled letter are info. Each occurrence of "
        "the less frequent form is reported, with the more frequent one as the suggestion (on "
        "a tie, the form used first). Different forms that are both correct in context are "
        "left to the editor: the suggestion is never applied automatically.",
    .bad_example = "Mr Johnson flew to Kyiv. Mr Johnson met Mr. Zelensky in Kiev, then left Kiev.",
    .good_example = "Mr Johnson flew to Kyiv. Mr Johnson met Mr Zelensky in Kyiv, then left Kyiv.",
};

struct VariantGroup {
  std::vector<std::string> forms;
  Severity severity = Severity::warning;
  bool title = false;            // counts only before a capitalised word ("Mr Putin"), not "No. 10"
  bool first_preferred = false;  // from variants.txt: the first form is the house spelling
};

struct Occurrence {
  ByteSpan span;
  std::size_t form = 0;
};

bool word_char(UChar32 c) { return is_letter(c) || (c >= 0 && u_isdigit(c)); }

std::string capitalised(std::string form) {
  if (!form.empty() && form[0] >= 'a' && form[0] <= 'z') form[0] = static_cast<char>(form[0] - 32);
  return form;
}

// Where `form` (or its capitalised spelling) stands as a whole word.
void find_form(std::string_view text, const VariantGroup& group, std::size_t form,
               std::vector<Occurrence>& out) {
  std::set<std::string> spellings{group.forms[form], capitalised(group.forms[form])};
  for (const std::string& spelling : spellings) {
    for (std::size_t at = text.find(spelling); at != std::string_view::npos;
         at = text.find(spelling, at + 1)) {
      const std::size_t end = at + spelling.size();
      if (word_char(code_point_before(text, at).value) ||
          word_char(code_point_at(text, end).value)) {
        continue;
      }
      if (group.title &&
          (text.substr(end, 1) != " " || !is_upper(code_point_at(text, end + 1).value))) {
        continue;
      }
      out.push_back({{at, end}, form});
    }
  }
}

// "Mr" inside "Mr.": the longer form wins.
std::vector<Occurrence> occurrences(std::string_view text, const VariantGroup& group) {
  std::vector<Occurrence> found;
  for (std::size_t form = 0; form < group.forms.size(); ++form) find_form(text, group, form, found);
  // Outer spans first at each position, so one sweep tells which spans lie inside another.
  std::sort(found.begin(), found.end(), [](const Occurrence& a, const Occurrence& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  std::vector<Occurrence> kept;
  std::size_t covered_to = 0;
  for (const Occurrence& occurrence : found) {
    const bool inside = !kept.empty() && occurrence.span.end <= covered_to;
    if (!inside) kept.push_back(occurrence);
    covered_to = std::max(covered_to, occurrence.span.end);
  }
  return kept;
}

std::vector<std::string> split_spaces(std::string_view line) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (begin < line.size()) {
    const std::size_t end = std::min(line.find(' ', begin), line.size());
    if (end > begin) out.emplace_back(line.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

class ConsistencyVariant final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    // A name can fall in a listed group and a doubled-letter group: report each span once.
    std::set<ByteSpan> reported;
    for (const VariantGroup& group : groups(context)) {
      report_group(context.target, group, reported, sink);
    }
  }

 private:
  static std::vector<VariantGroup> groups(const CheckContext& context) {
    std::vector<VariantGroup> out;
    for (const std::string& line :
         context.resources.list(context.target_profile.code, "variants")) {
      if (auto forms = split_spaces(line); forms.size() >= 2) {
        out.push_back({std::move(forms), Severity::warning, false, true});
      }
    }
    for (const std::string& abbreviation : context.target_profile.abbreviations) {
      const std::string bare = abbreviation.substr(0, abbreviation.size() - 1);
      if (code_point_count(bare) < 2 || !starts_upper(bare) ||
          bare.find_first_of(". ") != std::string::npos) {
        continue;
      }
      out.push_back({{bare, abbreviation}, Severity::info, true});
    }
    add_word_groups(context.target, out);
    return out;
  }

  // Hyphenated and closed ("e-mail" / "email"), a name with and without a doubled letter.
  static void add_word_groups(const Document& document, std::vector<VariantGroup>& out) {
    std::set<std::string> words, names;
    for (const WordRef& word : words_of(document)) {
      words.insert(fold_case(word.text));
      if (!word.initial && starts_upper(word.text)) names.emplace(word.text);
    }
    std::set<std::string> compounds;
    const std::string_view text = document.text;
    for (std::size_t at = text.find('-'); at != std::string_view::npos;
         at = text.find('-', at + 1)) {
      if (!is_letter(code_point_before(text, at).value) ||
          !is_letter(code_point_at(text, at + 1).value)) {
        continue;
      }
      std::size_t begin = at, end = at + 1;
      while (is_letter(code_point_before(text, begin).value))
        begin = code_point_before(text, begin).begin;
      while (is_letter(code_point_at(text, end).value)) end = code_point_at(text, end).end;
      compounds.emplace(fold_case(text.substr(begin, end - begin)));
    }
    for (const std::string& compound : compounds) {
      std::string closed = compound;
      std::erase(closed, '-');
      if (words.contains(closed)) out.push_back({{compound, closed}, Severity::info, false});
    }
    for (const std::string& name : names) {
      if (code_point_count(name) < 6) continue;
      for (std::size_t i = 1; i < name.size(); ++i) {
        // ASCII only: equal bytes inside a multi-byte character are no doubled letter.
        const auto byte = static_cast<unsigned char>(name[i]);
        if (name[i] != name[i - 1] || byte >= 0x80 || !is_letter(byte)) continue;
        std::string single = name;
        single.erase(i, 1);
        if (names.contains(single)) out.push_back({{name, single}, Severity::info, false});
      }
    }
  }

  void report_group(const Document& document, const VariantGroup& group,
                    std::set<ByteSpan>& reported, FindingSink& sink) const {
    const std::vector<Occurrence> found = occurrences(document.text, group);
    std::vector<std::size_t> counts(group.forms.size(), 0);
    for (const Occurrence& occurrence : found) ++counts[occurrence.form];
    if (std::count_if(counts.begin(), counts.end(), [](std::size_t n) { return n > 0; }) < 2)
      return;
    std::size_t major = found.front().form;  // on a tie, the form used first
    for (const Occurrence& occurrence : found) {
      if (counts[occurrence.form] > counts[major]) major = occurrence.form;
    }
    if (group.first_preferred && counts[0] > 0) major = 0;
    const std::string& preferred = group.forms[major];
    for (const Occurrence& occurrence : found) {
      if (occurrence.form == major || !reported.insert(occurrence.span).second) continue;
      const std::string_view written = document.view(occurrence.span);
      const std::size_t times = counts[major];
      const std::string how_often = times == 1 ? "once" : std::to_string(times) + " times";
      Finding finding =
          make_finding(occurrence.span, "'" + std::string(written) + "' is written '" + preferred +
                                            "' " + how_often + " elsewhere in the article");
      finding.severity = group.severity;
      finding.suggestions.push_back(
          {starts_upper(written) ? capitalised(preferred) : preferred, false});
      sink.report(std::move(finding));
    }
  }
};

}  // namespace

const Checker& consistency_variant() {
  static const ConsistencyVariant checker;
  return checker;
}

}  // namespace mtlint::checkers
