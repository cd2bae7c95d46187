#include "mtlint/speller.h"

#include <unicode/ucnv.h>

#include <cstdio>
#include <fstream>
#include <hunspell/hunspell.hxx>
#include <optional>
#include <string>
#include <unordered_map>

namespace mtlint {
namespace {

// Hunspell's suggest() grows with word length (30-120 ms per call on news words); longer
// tokens are URLs, hashes or glued words, for which suggestions are useless anyway.
constexpr std::size_t kMaxSuggestBytes = 30;
// News vocabulary repeats, but a batch run over a whole feed must not grow without bound.
constexpr std::size_t kMaxCacheEntries = 1 << 20;

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};

template <typename V>
using Cache = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

struct ConverterClose {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterClose>;

// Converts between UTF-8 and a dictionary's 8-bit encoding (pl_PL is ISO8859-2); nothing when
// a character has no equivalent there, because such a word cannot be in that dictionary.
std::optional<std::string> convert(UConverter* to, UConverter* from, std::string_view text) {
  std::string out(text.size() * 4 + 4, '\0');
  char* target = out.data();
  const char* source = text.data();
  UErrorCode status = U_ZERO_ERROR;
  ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, text.data() + text.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<std::size_t>(target - out.data()));
  return out;
}

bool readable(const std::filesystem::path& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) && std::ifstream(path).good();
}

class HunspellSpeller final : public Speller {
 public:
  HunspellSpeller(const std::filesystem::path& aff, const std::filesystem::path& dic)
      : hunspell_(aff.c_str(), dic.c_str()) {}

  // Sets up conversion when the dictionary is not UTF-8; false if ICU does not know its charset.
  bool init_encoding() {
    const std::string& encoding = hunspell_.get_dict_encoding();
    if (encoding == "UTF-8" || encoding == "utf-8") return true;
    UErrorCode status = U_ZERO_ERROR;
    dict_.reset(ucnv_open(encoding.c_str(), &status));
    utf8_.reset(ucnv_open("UTF-8", &status));
    for (UConverter* converter : {dict_.get(), utf8_.get()}) {
      if (converter == nullptr) continue;
      ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                            &status);
      ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    }
    return U_SUCCESS(status);
  }

  void add_word(std::string_view word) override {
    if (auto encoded = to_dict(word)) hunspell_.add(*encoded);
    // Cached answers (and suggestions) may have been given before the word was known.
    correct_cache_.clear();
    suggest_cache_.clear();
  }

  bool correct(std::string_view word) const override {
    if (word.empty()) return true;
    if (auto hit = correct_cache_.find(word); hit != correct_cache_.end()) return hit->second;
    const auto encoded = to_dict(word);
    const bool ok = encoded && hunspell_.spell(*encoded);
    if (correct_cache_.size() >= kMaxCacheEntries) correct_cache_.clear();
    correct_cache_.emplace(std::string(word), ok);
    return ok;
  }

  std::vector<std::string> suggest(std::string_view word, std::size_t max,
                                   std::chrono::milliseconds budget) const override;

 private:
  std::optional<std::string> to_dict(std::string_view word) const {
    if (!dict_) return std::string(word);
    return convert(dict_.get(), utf8_.get(), word);
  }
  std::optional<std::string> from_dict(std::string_view word) const {
    if (!dict_) return std::string(word);
    return convert(utf8_.get(), dict_.get(), word);
  }

  // Hunspell is not const-correct; the object belongs to one thread (see resources.h).
  mutable Hunspell hunspell_;
  ConverterPtr dict_;
  ConverterPtr utf8_;
  mutable Cache<bool> correct_cache_;
  mutable Cache<std::vector<std::string>> suggest_cache_;
};

// Hunspell has no timeout and one suggest() call cannot be interrupted, so `budget` can only
// be honoured by refusing work: a zero budget answers from the cache alone, and words longer
// than kMaxSuggestBytes are never passed to Hunspell. Results are cached per word (all of
// them, so that a later call with a larger `max` gets the same first entries).
std::vector<std::string> HunspellSpeller::suggest(std::string_view word, std::size_t max,
                                                  std::chrono::milliseconds budget) const {
  if (max == 0 || word.empty() || word.size() > kMaxSuggestBytes) return {};
  auto hit = suggest_cache_.find(word);
  if (hit == suggest_cache_.end()) {
    if (budget <= std::chrono::milliseconds::zero()) return {};
    std::vector<std::string> all;
    if (const auto encoded = to_dict(word)) {
      for (const std::string& suggestion : hunspell_.suggest(*encoded)) {
        if (auto utf8 = from_dict(suggestion)) all.push_back(std::move(*utf8));
      }
    }
    if (suggest_cache_.size() >= kMaxCacheEntries) suggest_cache_.clear();
    hit = suggest_cache_.emplace(std::string(word), std::move(all)).first;
  }
  const auto& all = hit->second;
  return {all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min(max, all.size()))};
}

}  // namespace

Result<std::unique_ptr<Speller>> Speller::open(const std::filesystem::path& dir,
                                               std::string_view name) {
  const std::filesystem::path aff = dir / (std::string(name) + ".aff");
  const std::filesystem::path dic = dir / (std::string(name) + ".dic");
  // Hunspell's constructor prints to stderr and carries on with an empty dictionary.
  for (const auto& path : {aff, dic}) {
    if (!readable(path)) {
      return Error{
          path.string(),
          "Hunspell dictionary '" + std::string(name) + "' is not installed or not readable",
          {},
          {}};
    }
  }
  auto speller = std::make_unique<HunspellSpeller>(aff, dic);
  if (!speller->init_encoding()) {
    return Error{aff.string(), "unsupported dictionary encoding", {}, {}};
  }
  return std::unique_ptr<Speller>(std::move(speller));
}

}  // namespace mtlint
