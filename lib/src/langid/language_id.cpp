#include "mtlint/language_id.h"

// compact_lang_det.h uses FILE without including <cstdio>.
#include <cstdio>
// clang-format off
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
// clang-format on
#include <malloc.h>

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

namespace mtlint {
namespace {

// Large enough that CLD2's scratch buffers (a few hundred KB per call) stay with the process.
constexpr int kKeepFreedBytes = 64 * 1024 * 1024;

// CLD2 still emits a few codes ISO 639-1 has withdrawn.
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kRenamed{{
    {"iw", "he"},
    {"jw", "jv"},
}};

// "zh-Hant" -> "zh"; CLD2's private codes ("un", "xxx", "xx-Latn", "zzb") -> "und".
std::string iso639(std::string_view cld2_code) {
  const std::string_view primary = cld2_code.substr(0, cld2_code.find('-'));
  if (primary.size() != 2 && primary.size() != 3) return "und";
  if (primary == "un" || primary == "xx" || primary == "xxx" || primary.starts_with("zz")) {
    return "und";
  }
  for (const auto& [old_code, new_code] : kRenamed) {
    if (primary == old_code) return std::string(new_code);
  }
  return std::string(primary);
}

// Shortens `text` to at most `max_bytes` without splitting a UTF-8 sequence.
std::string_view cut_at_code_point(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

CLD2::Language detect(std::string_view sample, std::array<CLD2::Language, 3>& languages,
                      std::array<int, 3>& percents, bool& reliable) {
  std::array<double, 3> scores{};
  int text_bytes = 0;
  int valid_bytes = 0;
  const auto size = static_cast<int>(sample.size());
  // CLD2 dereferences the hints and the score array unconditionally: pass both.
  const CLD2::CLDHints no_hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      sample.data(), size, true, &no_hints, 0, languages.data(), percents.data(), scores.data(),
      nullptr, &text_bytes, &reliable, &valid_bytes);
  // CLD2 gives up on the whole buffer at the first invalid byte; judge the valid part instead.
  if (valid_bytes > 0 && valid_bytes < size) {
    language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        sample.data(), valid_bytes, true, &no_hints, 0, languages.data(), percents.data(),
        scores.data(), nullptr, &text_bytes, &reliable, &valid_bytes);
  }
  return language;
}

}  // namespace

// Idempotent, so a second call (another engine in the same process) is harmless.
void prepare_language_identification() {
  mallopt(M_TRIM_THRESHOLD, kKeepFreedBytes);
  mallopt(M_MMAP_THRESHOLD, kKeepFreedBytes);
}

LanguageGuess identify_language(std::string_view text, std::size_t max_bytes) {
  // CLD2 takes an int length.
  const std::size_t limit = std::min<std::size_t>(max_bytes, std::numeric_limits<int>::max());
  const std::string_view sample = cut_at_code_point(text, limit);
  std::array<CLD2::Language, 3> languages{CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE,
                                          CLD2::UNKNOWN_LANGUAGE};
  std::array<int, 3> percents{};
  bool reliable = false;
  const CLD2::Language summary = detect(sample, languages, percents, reliable);
  // CLD2's summary prefers a runner-up over English (web pages carry English furniture), so
  // "ru 35%, en 64%" comes back as Russian. An article's language is the one with the largest
  // share, so take language3[0] when it names a language.
  const bool top_known = iso639(CLD2::LanguageCode(languages[0])) != "und";
  LanguageGuess guess;
  guess.lang = iso639(CLD2::LanguageCode(top_known ? languages[0] : summary));
  if (guess.lang == "und") return guess;
  guess.reliable = reliable;
  guess.percent = top_known ? percents[0] : 0;
  return guess;
}

}  // namespace mtlint
