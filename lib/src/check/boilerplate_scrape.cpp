// boilerplate.scrape: page furniture scraped with the article ("Comments are closed.").
#include <string>

#include "check/boilerplate_match.h"
#include "check/checkers.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "boilerplate.scrape",
    .category = "boilerplate",
    .severity = Severity::error,
    .summary = "A paragraph of scraped page furniture (comment widget, share button, cookies).",
    .explanation =
        "Articles taken from web pages often carry lines that belong to the page, not to the "
        "story: \"Comments are closed.\", \"Share this article\", \"Advertisement\", cookie "
        "notices, copyright lines. A paragraph is flagged when it is, as a whole and ignoring "
        "case and final punctuation, an entry of the language's boilerplate.txt or of the "
        "generic list, or when a short paragraph starts with an entry that ends in \"*\". "
        "The same words inside a sentence of the story are not flagged.",
    .bad_example = "The talks will resume on Monday.\n\nComments are closed.",
    .good_example = "The talks will resume on Monday, and comments are closed until then.",
};

class BoilerplateScrape final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const Document& document = context.target;
    const BoilerplateMatcher boilerplate(context);
    for (const Paragraph& paragraph : document.paragraphs) {
      if (paragraph.first_sentence == paragraph.end_sentence) continue;
      const ByteSpan span{document.sentences[paragraph.first_sentence].span.begin,
                          document.sentences[paragraph.end_sentence - 1].span.end};
      if (!boilerplate.matches(document.view(span))) continue;
      Finding finding = make_finding(span, "scraped page furniture, not part of the article");
      finding.suggestions.push_back({"", false});
      sink.report(std::move(finding));
    }
  }
};

}  // namespace

const Checker& boilerplate_scrape() {
  static const BoilerplateScrape checker;
  return checker;
}

}  // namespace mtlint::checkers
