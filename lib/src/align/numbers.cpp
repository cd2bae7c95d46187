// Numbers as anchors: "1,5" and "1.5", "100 000" and "100,000", "8847,60" and "8847,6" meet.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>
#include <string_view>
#include <vector>

#include "anchors.h"

namespace mtlint::align {
namespace {

struct SplitNumber {
  std::vector<std::string> groups;  // ASCII digits
  std::vector<UChar32> separators;  // separators[k] stands between groups[k] and groups[k+1]
};

SplitNumber split_number(std::string_view number) {
  SplitNumber out;
  out.groups.emplace_back();
  int32_t at = 0;
  const auto size = static_cast<int32_t>(number.size());
  while (at < size) {
    UChar32 c = 0;
    U8_NEXT(number.data(), at, size, c);
    const int32_t digit = u_charDigitValue(c);
    if (digit >= 0 && u_isdigit(c)) {
      out.groups.back().push_back(static_cast<char>('0' + digit));
    } else {
      out.separators.push_back(c);
      out.groups.emplace_back();
    }
  }
  return out;
}

std::string strip_leading_zeros(const std::string& digits) {
  const auto first = digits.find_first_not_of('0');
  return first == std::string::npos ? "0" : digits.substr(first);
}

// All separators equal and every group after the first three digits long: "1.234.567".
bool is_grouped(const SplitNumber& number, std::size_t group_count) {
  for (std::size_t k = 1; k < group_count; ++k) {
    if (number.groups[k].size() != 3 || number.separators[k - 1] != number.separators[0]) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<std::string> number_keys(std::string_view number) {
  const SplitNumber split = split_number(number);
  const std::size_t groups = split.groups.size();
  std::vector<std::string> keys;
  if (groups == 1) {
    keys.push_back(strip_leading_zeros(split.groups[0]));
    return keys;
  }
  if (is_grouped(split, groups)) {
    std::string whole;
    for (const std::string& group : split.groups) whole += group;
    keys.push_back(strip_leading_zeros(whole));
  }
  // The last separator as a decimal mark, the ones before it (if any) as grouping.
  const UChar32 last = split.separators.back();
  const bool decimal_mark = last == '.' || last == ',';
  if (decimal_mark &&
      (groups == 2 || (is_grouped(split, groups - 1) && split.separators[0] != last))) {
    std::string whole;
    for (std::size_t k = 0; k + 1 < groups; ++k) whole += split.groups[k];
    std::string fraction = split.groups.back();
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    std::string key = strip_leading_zeros(whole);
    if (!fraction.empty()) key += "." + fraction;
    keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace mtlint::align
