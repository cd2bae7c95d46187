#include "anchors.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "bilingual_dictionary.h"

namespace mtlint::align {
namespace {

// Names are compared on their first letters so that inflected forms still meet
// (Путина -> putina ~ Putin); five letters keep unrelated words apart.
constexpr std::size_t kPrefixLetters = 5;
constexpr std::size_t kMinNameLetters = 4;     // "Kyiv", "NATO"; shorter capitals are noise
constexpr std::size_t kMinCognateLetters = 6;  // lower-case words: "expedition", "tourism"

struct CodePoint {
  UChar32 value = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

CodePoint decode_at(std::string_view text, std::size_t at) {
  CodePoint cp;
  cp.begin = at;
  auto i = static_cast<int32_t>(at);
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), cp.value);
  cp.end = static_cast<std::size_t>(i);
  return cp;
}

bool is_word_char(UChar32 c) { return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

bool is_quote(UChar32 c) {
  return u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK) && c != 0x27 && c != 0x2019;
}

bool is_number_separator(UChar32 c) {
  return c == '.' || c == ',' || c == '\'' || c == 0x2019 || c == 0x00A0 || c == 0x202F ||
         c == 0x2009 || c == ' ';
}

bool is_ideographic(UChar32 c) {
  const auto script = static_cast<UScriptCode>(u_getIntPropertyValue(c, UCHAR_SCRIPT));
  return u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) || script == USCRIPT_HIRAGANA ||
         script == USCRIPT_KATAKANA || script == USCRIPT_THAI || script == USCRIPT_HANGUL;
}

}  // namespace

// A space joins digit groups only before exactly three digits ("100 000", not "in 1956 15
// climbers").
std::size_t number_end(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size()) {
    const CodePoint cp = decode_at(text, end);
    if (u_isdigit(cp.value)) {
      end = cp.end;
      continue;
    }
    if (!is_number_separator(cp.value) || cp.end >= text.size()) break;
    std::size_t digits = 0;
    std::size_t probe = cp.end;
    for (CodePoint next = decode_at(text, probe); probe < text.size() && u_isdigit(next.value);
         next = decode_at(text, probe)) {
      probe = next.end;
      ++digits;
    }
    if (digits == 0) break;
    const bool space_like =
        cp.value == ' ' || cp.value == 0x00A0 || cp.value == 0x202F || cp.value == 0x2009;
    if (space_like && digits != 3) break;
    end = cp.end;
  }
  return end;
}

namespace {

std::string_view trim_chunk(std::string_view chunk) {
  constexpr std::string_view kTrail = ".,;:!?)]}\"'>";
  while (!chunk.empty() && kTrail.find(chunk.back()) != std::string_view::npos) {
    chunk.remove_suffix(1);
  }
  while (!chunk.empty() &&
         std::string_view("([{<\"'").find(chunk.front()) != std::string_view::npos) {
    chunk.remove_prefix(1);
  }
  return chunk;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// URLs and e-mail addresses are compared whole, in lower case.
std::string_view link_kind(std::string_view chunk) {
  if (chunk.find("://") != std::string_view::npos || chunk.starts_with("www.")) return "url";
  const auto at = chunk.find('@');
  if (at != std::string_view::npos && at > 0 && chunk.find('.', at) != std::string_view::npos) {
    return "mail";
  }
  return {};
}

// A web address that starts inside a chunk ("更多数据可在www.stats.gov.cn查询"): from "http"
// or "www." over printable ASCII. Returns [begin, end) in the chunk, or begin == npos.
std::pair<std::size_t, std::size_t> embedded_url(std::string_view chunk) {
  const std::size_t begin =
      std::min({chunk.find("http://"), chunk.find("https://"), chunk.find("www.")});
  if (begin == std::string_view::npos) return {begin, begin};
  std::size_t end = begin;
  while (end < chunk.size() && chunk[end] > ' ' && static_cast<unsigned char>(chunk[end]) < 0x80) {
    ++end;
  }
  return {begin, end};
}

}  // namespace

class AnchorExtractor::Transliterator {
 public:
  Transliterator() {
    UErrorCode status = U_ZERO_ERROR;
    icu_.reset(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) icu_.reset();
  }
  std::string to_latin(std::string_view word) const {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    if (icu_) icu_->transliterate(text);
    text.foldCase();
    std::string utf8;
    text.toUTF8String(utf8);
    return utf8;
  }

 private:
  std::unique_ptr<icu::Transliterator> icu_;
};

AnchorExtractor::AnchorExtractor(const BilingualDictionary* dictionary) : dictionary_(dictionary) {}
AnchorExtractor::~AnchorExtractor() = default;

std::uint64_t anchor_hash(std::string_view kind, std::string_view key, bool strong) {
  std::uint64_t hash = 1469598103934665603ULL;  // FNV-1a
  auto mix = [&hash](std::string_view bytes) {
    for (const char c : bytes) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ULL;
    }
  };
  mix(kind);
  mix(std::string_view("\x1f", 1));
  mix(key);
  // Bit 0: strong; bit 1: lexical (a dictionary entry, see lexical_anchor()).
  return (hash & ~std::uint64_t{3}) | (strong ? 1U : 0U);
}

const std::string& AnchorExtractor::latin_key(std::string_view word) {
  const std::string word_key(word);
  if (const auto found = latin_cache_.find(word_key); found != latin_cache_.end()) {
    return found->second;
  }
  const bool ascii = std::all_of(word.begin(), word.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string latin;
  if (ascii) {
    latin = ascii_lower(word);
  } else {
    // Created on the first non-ASCII word only: an all-ASCII pair never pays the 26 ms.
    if (!transliterator_) transliterator_ = std::make_unique<Transliterator>();
    latin = transliterator_->to_latin(word);
  }
  std::erase_if(latin, [](char c) { return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')); });
  return latin_cache_.emplace(word_key, std::move(latin)).first->second;
}

void AnchorExtractor::add_word(std::string_view word, bool capitalised, Side side, AnchorSet& out) {
  const CodePoint first = decode_at(word, 0);
  if (is_ideographic(first.value)) {
    if (dictionary_ != nullptr) dictionary_->add_run_anchors(word, side, out);
    return;
  }
  if (dictionary_ != nullptr) dictionary_->add_anchors(fold_case(word), side, out);
  std::size_t letters = 0;
  for (std::size_t at = 0; at < word.size(); at = decode_at(word, at).end) ++letters;
  if (letters < kMinNameLetters || (!capitalised && letters < kMinCognateLetters)) return;
  const std::string& key = latin_key(word);
  if (key.size() < kMinNameLetters) return;
  out.push_back(anchor_hash("w", std::string_view(key).substr(0, kPrefixLetters)));
}

void AnchorExtractor::add_chunk(std::string_view chunk, Side side, AnchorSet& out) {
  std::size_t at = 0;
  while (at < chunk.size()) {
    const CodePoint cp = decode_at(chunk, at);
    if (u_isdigit(cp.value)) {
      const std::size_t end = number_end(chunk, at);
      for (const std::string& key : number_keys(chunk.substr(at, end - at))) {
        out.push_back(anchor_hash("n", key, true));
      }
      at = end;
    } else if (is_word_char(cp.value) || (cp.value == '#' && cp.end < chunk.size() &&
                                          is_word_char(decode_at(chunk, cp.end).value))) {
      std::size_t end = cp.end;
      while (end < chunk.size()) {
        const CodePoint next = decode_at(chunk, end);
        if (!is_word_char(next.value) &&
            !(cp.value == '#' && (u_isdigit(next.value) || next.value == '_')))
          break;
        end = next.end;
      }
      if (cp.value == '#') {
        out.push_back(anchor_hash("#", latin_key(chunk.substr(cp.end, end - cp.end)), true));
      } else {
        add_word(chunk.substr(at, end - at), u_isupper(cp.value) || u_istitle(cp.value), side, out);
      }
      at = end;
    } else {
      if (cp.value == '?' || cp.value == 0xFF1F || cp.value == 0xBF)
        out.push_back(anchor_hash("p", "?"));
      if (cp.value == '!' || cp.value == 0xFF01 || cp.value == 0xA1)
        out.push_back(anchor_hash("p", "!"));
      if (is_quote(cp.value)) out.push_back(anchor_hash("p", "quote"));
      at = cp.end;
    }
  }
}

AnchorSet AnchorExtractor::extract(std::string_view sentence, Side side) {
  AnchorSet out;
  // Whitespace splits links from the text; numbers may run across a space ("100 000"), so the
  // rest is scanned as one piece between links.
  std::size_t piece_begin = 0;
  std::size_t at = 0;
  while (at < sentence.size()) {
    const std::size_t chunk_end = std::min(sentence.find_first_of(" \t\n", at), sentence.size());
    const std::string_view raw = sentence.substr(at, chunk_end - at);
    const std::string_view chunk = trim_chunk(raw);
    if (const std::string_view kind = link_kind(chunk); !kind.empty()) {
      add_chunk(sentence.substr(piece_begin, at - piece_begin), side, out);
      out.push_back(anchor_hash(kind, ascii_lower(chunk), true));
      piece_begin = chunk_end;
    } else if (const auto [begin, end] = embedded_url(raw); begin != std::string_view::npos) {
      add_chunk(sentence.substr(piece_begin, at + begin - piece_begin), side, out);
      const std::string_view url = trim_chunk(raw.substr(begin, end - begin));
      out.push_back(anchor_hash("url", ascii_lower(url), true));
      piece_begin = at + end;
    }
    at = chunk_end + 1;
  }
  if (piece_begin < sentence.size()) add_chunk(sentence.substr(piece_begin), side, out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

SharedAnchors shared_anchor_counts(const AnchorSet& a, const AnchorSet& b) {
  SharedAnchors shared;
  // A sentence without punctuation can carry thousands of anchors: look the few up in it
  // instead of walking it for every neighbour.
  if (a.size() > 16 * b.size() || b.size() > 16 * a.size()) {
    const AnchorSet& few = a.size() < b.size() ? a : b;
    const AnchorSet& many = a.size() < b.size() ? b : a;
    for (const std::uint64_t anchor : few) {
      if (std::binary_search(many.begin(), many.end(), anchor)) {
        ++shared.all;
        if (is_strong(anchor)) ++shared.strong;
        if (is_lexical(anchor)) ++shared.lexical;
      }
    }
    return shared;
  }
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared.all;
      if (is_strong(*i)) ++shared.strong;
      if (is_lexical(*i)) ++shared.lexical;
      ++i;
      ++j;
    }
  }
  return shared;
}

std::size_t shared_anchors(const AnchorSet& a, const AnchorSet& b) {
  return shared_anchor_counts(a, b).all;
}

std::size_t count_strong(const AnchorSet& anchors) {
  return static_cast<std::size_t>(std::count_if(anchors.begin(), anchors.end(), is_strong));
}

std::size_t count_lexical(const AnchorSet& anchors) {
  return static_cast<std::size_t>(std::count_if(anchors.begin(), anchors.end(), is_lexical));
}

}  // namespace mtlint::align
