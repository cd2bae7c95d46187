#include "segment/sentence_merge.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace mtlint {
namespace {

UChar32 last_code_point(std::string_view text, std::size_t end, std::size_t& start) {
  auto i = static_cast<int32_t>(end);
  UChar32 c = 0;
  if (i == 0) {
    start = 0;
    return U_SENTINEL;
  }
  U8_PREV(text.data(), 0, i, c);
  start = static_cast<std::size_t>(i);
  return c;
}

// The first letter or digit of `after`, skipping spaces, quotes and brackets.
UChar32 first_alnum(std::string_view after) {
  int32_t i = 0;
  const auto size = static_cast<int32_t>(after.size());
  while (i < size) {
    UChar32 c = 0;
    U8_NEXT(after.data(), i, size, c);
    if (u_isalnum(c)) return c;
    if (!u_isUWhiteSpace(c) && !u_ispunct(c)) return c;
  }
  return U_SENTINEL;
}

// "… V." : one upper-case letter after a space (or at the start) and before the period.
bool ends_with_initial(std::string_view before) {
  if (before.empty() || before.back() != '.') return false;
  std::size_t letter_start = 0;
  const UChar32 letter = last_code_point(before, before.size() - 1, letter_start);
  if (!u_isupper(letter)) return false;
  if (letter_start == 0) return true;
  std::size_t previous_start = 0;
  const UChar32 previous = last_code_point(before, letter_start, previous_start);
  return u_isUWhiteSpace(previous) || previous == '.' || previous == '-';
}

bool ends_with_ordinal(std::string_view before) {
  if (before.size() < 2 || before.back() != '.') return false;
  std::size_t digits = 0;
  std::size_t i = before.size() - 1;
  while (i > 0 && before[i - 1] >= '0' && before[i - 1] <= '9') {
    --i;
    ++digits;
  }
  if (digits == 0 || digits > 2) return false;
  return i == 0 || before[i - 1] == ' ';
}

}  // namespace

SentenceMerger::SentenceMerger(const LanguageProfile& profile) {
  for (const std::string& abbreviation : profile.abbreviations) {
    if (abbreviation == "#.") {
      ordinals_ = true;
    } else if (!abbreviation.empty()) {
      abbreviations_.push_back(abbreviation);
    }
  }
  std::sort(abbreviations_.begin(), abbreviations_.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
}

bool SentenceMerger::ends_with_abbreviation_text(std::string_view before,
                                                 std::string_view abbreviation) {
  if (!before.ends_with(abbreviation)) return false;
  const std::size_t start = before.size() - abbreviation.size();
  if (start == 0) return true;
  std::size_t previous_start = 0;
  return !u_isalnum(last_code_point(before, start, previous_start));
}

bool SentenceMerger::ends_with_abbreviation(std::string_view before) const {
  return std::any_of(abbreviations_.begin(), abbreviations_.end(),
                     [&](const std::string& abbreviation) {
                       return ends_with_abbreviation_text(before, abbreviation);
                     });
}

bool SentenceMerger::splits_abbreviation(std::string_view before, std::string_view after) const {
  const std::size_t first = after.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return false;
  after.remove_prefix(first);
  for (const std::string& abbreviation : abbreviations_) {
    for (std::size_t cut = abbreviation.find(". "); cut != std::string::npos;
         cut = abbreviation.find(". ", cut + 1)) {
      const std::string_view head = std::string_view(abbreviation).substr(0, cut + 1);
      const std::string_view tail = std::string_view(abbreviation).substr(cut + 2);
      if (after.starts_with(tail) && ends_with_abbreviation_text(before, head)) return true;
    }
  }
  return false;
}

bool SentenceMerger::joins(std::string_view before, std::string_view after) const {
  if (before.empty() || before.back() != '.') return false;
  const UChar32 next = first_alnum(after);
  if (next == U_SENTINEL) return false;
  if (ends_with_abbreviation(before) || splits_abbreviation(before, after)) return true;
  if (ends_with_initial(before) && u_isupper(next)) return true;
  return ordinals_ && ends_with_ordinal(before) && u_isalpha(next);
}

}  // namespace mtlint
