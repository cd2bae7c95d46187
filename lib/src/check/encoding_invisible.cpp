// encoding.invisible: control characters, zero-width characters and soft hyphens where they do
// not belong.
#include <unicode/uscript.h>

#include <algorithm>
#include <string>

#include "check/checkers.h"
#include "check/text_scan.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "encoding.invisible",
    .category = "encoding",
    .severity = Severity::warning,
    .summary = "An invisible control, zero-width or soft-hyphen character.",
    .explanation =
        "Control characters (other than tab and line end), zero-width spaces and joiners, "
        "word joiners and byte-order marks come in from web pages, PDFs and MT output. They are "
        "invisible to the editor but break search, spelling, word counts and line breaking. A "
        "zero-width joiner inside an emoji sequence and a zero-width (non-)joiner next to a "
        "letter of a script that uses them (Persian, Arabic, Indic scripts) are fine. A soft "
        "hyphen is reported as info. The fix removes the character.",
    .bad_example = "Putin\u200b said the West\u00ad ern estimates were wrong.",
    .good_example =
        "Putin said the Western estimates were wrong. \U0001F469\u200d\U0001F4BB "
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
};

// Scripts that join or separate letters with ZWJ / ZWNJ as part of their spelling.
bool uses_joiners(UChar32 c) {
  if (!is_letter(c) && !(c >= 0 && u_getCombiningClass(c) > 0) &&
      u_charType(c) != U_NON_SPACING_MARK && u_charType(c) != U_COMBINING_SPACING_MARK) {
    return false;
  }
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  if (U_FAILURE(status)) return false;
  switch (script) {
    case USCRIPT_LATIN:
    case USCRIPT_CYRILLIC:
    case USCRIPT_GREEK:
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_HANGUL:
    case USCRIPT_COMMON:
      return false;
    default:
      return true;
  }
}

bool is_emoji_part(UChar32 c) {
  return c >= 0 && (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
                    u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER) || c == 0xFE0F);
}

enum class Kind { none, control, zero_width, soft_hyphen };

Kind kind_of(UChar32 c) {
  if (c == '\t' || c == '\n') return Kind::none;
  if ((c >= 0 && c < 0x20) || (c >= 0x7F && c <= 0x9F)) return Kind::control;
  if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF) {
    return Kind::zero_width;
  }
  return c == 0x00AD ? Kind::soft_hyphen : Kind::none;
}

// ZWJ between emoji, and ZWJ/ZWNJ beside a letter of a script that uses them.
bool belongs(std::string_view text, const CodePoint& point) {
  if (point.value != 0x200C && point.value != 0x200D) return false;
  const UChar32 before = code_point_before(text, point.begin).value;
  const UChar32 after = code_point_at(text, point.end).value;
  if (point.value == 0x200D && is_emoji_part(before) && is_emoji_part(after)) return true;
  return uses_joiners(before) || uses_joiners(after);
}

std::string describe(UChar32 c) {
  constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string code = "U+";
  for (int shift = 12; shift >= 0; shift -= 4)
    code += kHex[static_cast<std::size_t>(c >> shift) & 0xF];
  char name[128] = {};
  UErrorCode status = U_ZERO_ERROR;
  u_charName(c, U_UNICODE_CHAR_NAME, name, sizeof name, &status);
  if (U_FAILURE(status) || name[0] == '\0') return code;
  return code + " " + name;
}

class EncodingInvisible final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string_view text = context.target.text;
    for (std::size_t at = 0; at < text.size();) {
      const CodePoint point = code_point_at(text, at);
      at = std::max(point.end, at + 1);
      const Kind kind = kind_of(point.value);
      if (kind == Kind::none || belongs(text, point)) continue;
      Finding finding =
          make_finding({point.begin, point.end}, "invisible character " + describe(point.value));
      if (kind == Kind::soft_hyphen) finding.severity = Severity::info;
      finding.suggestions.push_back({"", true});
      sink.report(std::move(finding));
    }
  }
};

}  // namespace

const Checker& encoding_invisible() {
  static const EncodingInvisible checker;
  return checker;
}

}  // namespace mtlint::checkers
