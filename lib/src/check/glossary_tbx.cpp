// TBX glossaries: TBX-Basic / TBX 2 (termEntry > langSet > tig|ntig > term) and TBX 3
// (conceptEntry > langSec > termSec > term), read with pugixml.
#include <algorithm>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "check/glossary.h"
#include "core/case_fold.h"

namespace mtlint {
namespace {

struct Term {
  std::string text;
  bool deprecated = false;
};

struct LanguageTerms {
  std::string lang;  // primary subtag, lower case
  std::vector<Term> terms;
};

std::string primary_subtag(std::string_view tag) {
  const std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
  return fold_case(primary);
}

bool named(const pugi::xml_node& node, std::initializer_list<const char*> names) {
  return std::any_of(names.begin(), names.end(),
                     [&](const char* name) { return std::string_view(node.name()) == name; });
}

// "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", TBX 3's "deprecated"...
bool deprecated_status(std::string_view status) {
  return status.find("deprecated") != std::string_view::npos ||
         status.find("superseded") != std::string_view::npos ||
         status.find("notRecommended") != std::string_view::npos;
}

// The administrative status noted beside a term, in its tig/termSec or the termGrp of an ntig.
bool deprecated_term(const pugi::xml_node& term) {
  for (const pugi::xml_node& holder : {term.parent(), term.parent().parent()}) {
    for (const pugi::xml_node& note : holder.children("termNote")) {
      if (std::string_view(note.attribute("type").value()) == "administrativeStatus" &&
          deprecated_status(note.child_value())) {
        return true;
      }
    }
  }
  return false;
}

LanguageTerms terms_of(const pugi::xml_node& language) {
  LanguageTerms result{primary_subtag(language.attribute("xml:lang").value()), {}};
  for (const pugi::xpath_node& found : language.select_nodes(".//term")) {
    const pugi::xml_node term = found.node();
    std::string text = term.child_value();
    if (!text.empty()) result.terms.push_back({std::move(text), deprecated_term(term)});
  }
  return result;
}

// Every ordered pair of the concept's languages: each accepted source term requires the
// target's first accepted term and forbids its deprecated ones.
void add_entries(const std::vector<LanguageTerms>& languages, std::vector<GlossaryEntry>& out) {
  for (const LanguageTerms& target : languages) {
    const auto preferred = std::find_if(target.terms.begin(), target.terms.end(),
                                        [](const Term& term) { return !term.deprecated; });
    if (preferred == target.terms.end()) continue;
    std::vector<std::string> forbidden;
    for (const Term& term : target.terms) {
      if (term.deprecated) forbidden.push_back(term.text);
    }
    for (const LanguageTerms& source : languages) {
      if (source.lang == target.lang) continue;
      for (const Term& term : source.terms) {
        if (term.deprecated) continue;
        out.push_back({term.text, preferred->text, forbidden, source.lang, target.lang});
      }
    }
  }
}

}  // namespace

bool looks_like_xml(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return first != std::string_view::npos && text[first] == '<';
}

Result<std::vector<GlossaryEntry>> parse_tbx(std::string_view text, const std::string& file) {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_buffer(text.data(), text.size());
  if (!parsed) {
    return Error{file,
                 std::string("malformed TBX (XML): ") + parsed.description(),
                 static_cast<std::size_t>(parsed.offset),
                 {}};
  }
  std::vector<GlossaryEntry> entries;
  std::size_t concepts = 0;
  for (const pugi::xpath_node& concept_node :
       document.select_nodes("//*[local-name()='termEntry' or local-name()='conceptEntry']")) {
    ++concepts;
    std::vector<LanguageTerms> languages;
    for (const pugi::xml_node& child : concept_node.node().children()) {
      if (named(child, {"langSet", "langSec"})) languages.push_back(terms_of(child));
    }
    add_entries(languages, entries);
  }
  if (concepts == 0) {
    return Error{file, "no termEntry or conceptEntry: not a TBX glossary", {}, {}};
  }
  return entries;
}

}  // namespace mtlint
