// encoding.mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 somewhere upstream
// ("itâ€™s", "cafÃ©", "ÐŸÑƒÑ‚Ð¸Ð½"), and the replacement character U+FFFD.
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <optional>
#include <string>

#include "check/checkers.h"
#include "check/text_scan.h"

namespace mtlint::checkers {
namespace {

constexpr CheckerInfo kInfo{
    .id = "encoding.mojibake",
    .category = "encoding",
    .severity = Severity::error,
    .summary = "UTF-8 text decoded as Windows-1252 (mojibake), or a replacement character.",
    .explanation =
        "When a feed's UTF-8 is read as Windows-1252 or Latin-1, every non-ASCII character "
        "turns into two to four Latin ones: \u201cit\u00e2\u20ac\u2122s\u201d for it\u2019s, "
        "\u201ccaf\u00c3\u00a9\u201d for caf\u00e9, \u201c\u00d0\u0178\u00d1\u0192\u201d for "
        "Cyrillic. A run of such sequences is re-encoded as Windows-1252 and decoded as UTF-8; "
        "when that gives valid text with no mojibake left, it is offered as a safe fix. A "
        "sequence is only taken for mojibake when the character it decodes to is plausible "
        "(Latin, Greek, Cyrillic, Hebrew, Arabic, general punctuation, CJK in runs), so "
        "\u201cStra\u00dfe\u201c\u201d and \u201ccaf\u00e9\u2026\u201d are left alone. A "
        "replacement character U+FFFD (a byte lost for good) is reported without a fix.",
    .bad_example = "It\u00e2\u20ac\u2122s a caf\u00c3\u00a9 in the \ufffd city.",
    .good_example = "It\u2019s a caf\u00e9 in the Stra\u00dfe\u201c city\u2026",
};

// Windows-1252 bytes 0x80-0x9F; 0 where the code page leaves the byte undefined.
constexpr std::array<char16_t, 32> kHighControls{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The byte a code point came from if the text went through Windows-1252 (or Latin-1 for the
// undefined bytes, which come through as C1 controls); -1 if it cannot have.
int byte_of(UChar32 c) {
  if (c >= 0 && c < 0x80) return c;
  if (c >= 0xA0 && c <= 0xFF) return c;
  for (std::size_t i = 0; i < kHighControls.size(); ++i) {
    if (kHighControls[i] == c || (kHighControls[i] == 0 && c == static_cast<UChar32>(0x80 + i))) {
      return static_cast<int>(0x80 + i);
    }
  }
  return -1;
}

// What the bytes decode to may be mojibake only if it is a character real text would carry.
bool plausible(UChar32 c, bool in_run) {
  if (c >= 0xA0 && c <= 0x24F) return true;       // Latin-1, Latin Extended
  if (c >= 0x370 && c <= 0x52F) return true;      // Greek, Cyrillic
  if (c >= 0x590 && c <= 0x6FF) return true;      // Hebrew, Arabic
  if (c >= 0x2000 && c <= 0x206F) return true;    // general punctuation
  if (c == 0x20AC || c == 0x2122) return true;    // € ™
  if (c >= 0x1F300 && c <= 0x1FAFF) return true;  // emoji
  return in_run && ((c >= 0x3000 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF));
}

struct Unit {
  std::size_t begin = 0;
  std::size_t end = 0;
  UChar32 decoded = 0;
};

// A UTF-8 sequence spelled as Windows-1252 characters starting at `at`, if there is one.
std::optional<Unit> unit_at(std::string_view text, std::size_t at) {
  const CodePoint lead = code_point_at(text, at);
  const int first = byte_of(lead.value);
  if (first < 0xC2 || first > 0xF4) return std::nullopt;
  const int trail = first < 0xE0 ? 1 : first < 0xF0 ? 2 : 3;
  std::array<char, 4> bytes{static_cast<char>(first)};
  std::size_t end = lead.end;
  for (int i = 1; i <= trail; ++i) {
    const CodePoint next = code_point_at(text, end);
    const int byte = byte_of(next.value);
    if (byte < 0x80 || byte > 0xBF) return std::nullopt;
    bytes[static_cast<std::size_t>(i)] = static_cast<char>(byte);
    end = next.end;
  }
  const CodePoint decoded = code_point_at(std::string_view(bytes.data(), trail + 1), 0);
  if (!decoded.valid()) return std::nullopt;
  return Unit{at, end, decoded.value};
}

// The run re-encoded as Windows-1252 bytes by ICU; bytes the code page leaves undefined come
// through Latin-1 decoders as C1 controls, which ICU's converter rejects: the table takes those.
std::string to_cp1252(std::string_view run) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(
      ucnv_open("windows-1252", &status), &ucnv_close);
  ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
  const icu::UnicodeString unicode =
      icu::UnicodeString::fromUTF8(icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
  std::string bytes(run.size() + 1, '\0');
  const int32_t length =
      U_SUCCESS(status)
          ? ucnv_fromUChars(converter.get(), bytes.data(), static_cast<int32_t>(bytes.size()),
                            unicode.getBuffer(), unicode.length(), &status)
          : 0;
  if (U_SUCCESS(status)) {
    bytes.resize(static_cast<std::size_t>(length));
    return bytes;
  }
  bytes.clear();
  for (std::size_t at = 0; at < run.size();) {
    const CodePoint point = code_point_at(run, at);
    at = point.end;
    const int byte = byte_of(point.value);
    if (byte < 0) return {};
    bytes += static_cast<char>(byte);
  }
  return bytes;
}

// The repair, if the re-encoded bytes are valid UTF-8.
std::optional<std::string> repair(std::string_view run) {
  std::string bytes = to_cp1252(run);
  if (bytes.empty()) return std::nullopt;
  for (std::size_t at = 0; at < bytes.size();) {
    const CodePoint point = code_point_at(bytes, at);
    if (!point.valid()) return std::nullopt;
    at = point.end;
  }
  return bytes;
}

struct Run {
  ByteSpan span;
  std::size_t units = 0;
  UChar32 first_decoded = 0;
};

// A plausible unit at `at`; CJK only counts once the run has more than one.
std::optional<Unit> plausible_unit_at(std::string_view text, std::size_t at) {
  std::optional<Unit> unit = unit_at(text, at);
  if (unit && !plausible(unit->decoded, true)) return std::nullopt;
  return unit;
}

// Units joined by at most a few ASCII characters on one line ("Ã©tÃ©", Cyrillic words and
// the spaces between them) make one run.
Run collect_run(std::string_view text, const Unit& first) {
  Run run{{first.begin, first.end}, 1, first.decoded};
  for (std::size_t at = run.span.end; at < text.size();) {
    std::size_t next = at;
    while (next < text.size() && next - at < 3 && text[next] != '\n' &&
           static_cast<unsigned char>(text[next]) < 0x80) {
      ++next;
    }
    const std::optional<Unit> unit = plausible_unit_at(text, next);
    if (!unit) break;
    run.span.end = unit->end;
    ++run.units;
    at = unit->end;
  }
  return run;
}

bool has_mojibake(std::string_view text) {
  for (std::size_t at = 0; at < text.size(); at = code_point_at(text, at).end) {
    if (plausible_unit_at(text, at)) return true;
  }
  return false;
}

class EncodingMojibake final : public Checker {
 public:
  const CheckerInfo& info() const override { return kInfo; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string_view text = context.target.text;
    for (std::size_t at = 0; at < text.size();) {
      const CodePoint point = code_point_at(text, at);
      if (point.value == 0xFFFD) {
        sink.report(make_finding({point.begin, point.end},
                                 "replacement character: a character was lost in decoding"));
      }
      const std::optional<Unit> unit =
          point.value >= 0x80 ? plausible_unit_at(text, at) : std::nullopt;
      if (!unit) {
        at = point.end;
        continue;
      }
      const Run run = collect_run(text, *unit);
      if (run.units > 1 || plausible(run.first_decoded, false)) report(text, run, sink);
      at = run.span.end;
    }
  }

 private:
  void report(std::string_view text, const Run& run, FindingSink& sink) const {
    Finding finding = make_finding(run.span, "mojibake: UTF-8 text decoded as Windows-1252");
    const std::optional<std::string> repaired = repair(run.span.in(text));
    if (repaired && !has_mojibake(*repaired)) {
      finding.message += " (\u201c" + *repaired + "\u201d)";
      finding.suggestions.push_back({*repaired, true});
    }
    sink.report(std::move(finding));
  }
};

}  // namespace

const Checker& encoding_mojibake() {
  static const EncodingMojibake checker;
  return checker;
}

}  // namespace mtlint::checkers
