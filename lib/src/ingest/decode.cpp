#include "ingest/decode.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

#include "core/utf8.h"

namespace mtlint {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
// ucsdet reads the start of the input; a longer sample does not change its guess.
constexpr std::size_t detection_sample = 64 * 1024;
// ucsdet's confidence (0-100) below which a guess is refused rather than trusted: short or
// mixed inputs produce guesses near 10 that are wrong about half the time.
constexpr int32_t min_detection_confidence = 20;

struct UConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPointer = std::unique_ptr<UConverter, UConverterCloser>;
struct DetectorCloser {
  void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};

std::string hex_byte(unsigned char byte) {
  std::array<char, 8> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "0x%02X", static_cast<unsigned>(byte));
  return buffer.data();
}

Error error_at(const std::string& name, std::string message, std::optional<std::size_t> offset) {
  Error error;
  error.file = name;
  error.message = std::move(message);
  error.offset = offset;
  return error;
}

// 1-based line of a byte offset; line ends are LF, CRLF or lone CR (ASCII in UTF-8).
std::size_t line_of(std::string_view bytes, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
      ++line;
    }
  }
  return line;
}

bool all_white(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const utf8::Decoded decoded = utf8::decode(text, i);
    if (!u_isUWhiteSpace(static_cast<UChar32>(decoded.code_point))) return false;
    i += decoded.length;
  }
  return true;
}

std::optional<Error> find_nul(std::string_view bytes, const std::string& name) {
  const void* nul = std::memchr(bytes.data(), '\0', bytes.size());
  if (nul == nullptr) return std::nullopt;
  const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data());
  return error_at(name, "binary data (NUL byte)", offset);
}

Result<DecodedText> finish(std::string text, std::string encoding, const std::string& name) {
  if (all_white(text)) return error_at(name, "empty input", std::nullopt);
  return DecodedText{std::move(text), std::move(encoding)};
}

Result<DecodedText> decode_utf8(std::string_view bytes, const std::string& name) {
  if (std::optional<Error> nul = find_nul(bytes, name)) return *nul;
  const std::size_t skip = bytes.starts_with(utf8_bom) ? utf8_bom.size() : 0;
  const std::string_view body = bytes.substr(skip);
  if (std::optional<utf8::Invalid> invalid = utf8::validate(body)) {
    Error error = error_at(name, invalid->reason, invalid->offset + skip);
    error.line = line_of(bytes, invalid->offset + skip);
    return error;
  }
  return finish(std::string(body), "UTF-8", name);
}

std::string iana_name(UConverter* converter, const std::string& fallback) {
  UErrorCode status = U_ZERO_ERROR;
  const char* internal = ucnv_getName(converter, &status);
  const char* iana = ucnv_getStandardName(internal, "IANA", &status);
  if (U_FAILURE(status) || iana == nullptr) iana = ucnv_getStandardName(internal, "MIME", &status);
  return U_SUCCESS(status) && iana != nullptr ? std::string(iana) : fallback;
}

Error conversion_error(UConverter* converter, UErrorCode failure, std::string_view bytes,
                       const char* source, const std::string& encoding, const std::string& name) {
  std::array<char, 32> invalid{};
  int8_t length = static_cast<int8_t>(invalid.size());
  UErrorCode status = U_ZERO_ERROR;
  ucnv_getInvalidChars(converter, invalid.data(), &length, &status);
  if (U_FAILURE(status)) length = 0;
  // The converter has consumed the offending bytes: they end where `source` now points.
  const auto consumed = static_cast<std::size_t>(source - bytes.data());
  const std::size_t offset = consumed - std::min<std::size_t>(consumed, length);
  const std::string what = "cannot convert from " + encoding + " (";
  if (failure == U_TRUNCATED_CHAR_FOUND || length == 0) {
    return error_at(name, what + "sequence cut off at end of input)", offset);
  }
  return error_at(name,
                  what + "byte " + hex_byte(static_cast<unsigned char>(invalid[0])) +
                      " is not a character in this encoding)",
                  offset);
}

// Converts with the STOP callback, so an invalid byte is an error with its offset rather than
// a silent U+FFFD.
Result<std::string> convert(UConverter* converter, std::string_view bytes,
                            const std::string& encoding, const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPointer to_utf8(ucnv_open("UTF-8", &status));
  ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return error_at(name, "cannot set up the converter", std::nullopt);
  std::string out(bytes.size() * 2 + 16, '\0');
  std::array<UChar, 4096> pivot{};
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  char* target = out.data();
  const char* source = bytes.data();
  for (bool reset = true;; reset = false) {
    status = U_ZERO_ERROR;
    ucnv_convertEx(to_utf8.get(), converter, &target, out.data() + out.size(), &source,
                   bytes.data() + bytes.size(), pivot.data(), &pivot_source, &pivot_target,
                   pivot.data() + pivot.size(), reset, true, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    const auto used = static_cast<std::size_t>(target - out.data());
    out.resize(out.size() * 2);
    target = out.data() + used;
  }
  if (U_FAILURE(status)) return conversion_error(converter, status, bytes, source, encoding, name);
  out.resize(static_cast<std::size_t>(target - out.data()));
  return out;
}

Result<DecodedText> decode_with(std::string_view bytes, const std::string& name,
                                const std::string& requested) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPointer converter(ucnv_open(requested.c_str(), &status));
  if (U_FAILURE(status))
    return error_at(name, "unknown encoding '" + requested + "'", std::nullopt);
  const std::string encoding = iana_name(converter.get(), requested);
  // In UTF-16 and UTF-32 a NUL byte is part of ordinary characters.
  const bool byte_oriented = ucnv_getMinCharSize(converter.get()) == 1;
  if (byte_oriented) {
    if (std::optional<Error> nul = find_nul(bytes, name)) return *nul;
  }
  Result<std::string> text = convert(converter.get(), bytes, encoding, name);
  if (!text) return text.error();
  std::string& out = text.value();
  if (!byte_oriented && out.find('\0') != std::string::npos) {
    return error_at(name, "binary data (NUL character)", std::nullopt);
  }
  if (std::string_view(out).starts_with(utf8_bom)) out.erase(0, utf8_bom.size());
  return finish(std::move(out), encoding, name);
}

bool is_utf8_name(const std::string& encoding) {
  return ucnv_compareNames(encoding.c_str(), "UTF-8") == 0;
}

// "auto": text that is valid UTF-8 is UTF-8 (other charsets almost never validate by
// accident); otherwise ucsdet guesses, and a guess below min_detection_confidence is refused
// so that the user names the encoding instead of getting silent mojibake.
Result<DecodedText> decode_auto(std::string_view bytes, const std::string& name) {
  if (bytes.starts_with(utf8_bom) || !utf8::validate(bytes)) return decode_utf8(bytes, name);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  const std::size_t sample = std::min(bytes.size(), detection_sample);
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(sample), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  const char* guess = match != nullptr ? ucsdet_getName(match, &status) : nullptr;
  const int32_t confidence = match != nullptr ? ucsdet_getConfidence(match, &status) : 0;
  if (U_FAILURE(status) || guess == nullptr) {
    return error_at(name, "cannot detect the encoding; give it with --encoding", std::nullopt);
  }
  const std::string detected = guess;
  // A UTF-8 guess on bytes that failed validation: the strict path says exactly where.
  if (is_utf8_name(detected)) return decode_utf8(bytes, name);
  if (confidence < min_detection_confidence) {
    return error_at(name,
                    "cannot detect the encoding (best guess " + std::string(guess) +
                        ", confidence " + std::to_string(confidence) +
                        "%); give it with --encoding",
                    std::nullopt);
  }
  return decode_with(bytes, name, detected);
}

}  // namespace

Result<DecodedText> decode_bytes(std::string_view bytes, const std::string& name,
                                 const std::string& encoding) {
  if (bytes.empty()) return error_at(name, "empty input", std::nullopt);
  if (encoding.empty() || is_utf8_name(encoding)) return decode_utf8(bytes, name);
  if (ucnv_compareNames(encoding.c_str(), "auto") == 0) return decode_auto(bytes, name);
  return decode_with(bytes, name, encoding);
}

}  // namespace mtlint
