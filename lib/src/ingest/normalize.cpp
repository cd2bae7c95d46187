#include "ingest/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/utypes.h>

#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace mtlint {
namespace {

struct LineEnds {
  std::string text;             // CRLF and lone CR turned into LF
  std::vector<std::size_t> lf;  // offsets in `text` of each LF that was a CRLF
};

LineEnds unify_line_ends(std::string_view original) {
  LineEnds out;
  out.text.reserve(original.size());
  std::size_t from = 0;
  for (std::size_t cr = original.find('\r'); cr != std::string_view::npos;
       cr = original.find('\r', from)) {
    out.text.append(original.substr(from, cr - from));
    if (cr + 1 < original.size() && original[cr + 1] == '\n') {
      out.lf.push_back(out.text.size());
      from = cr + 2;
    } else {
      from = cr + 1;  // a lone CR becomes LF byte for byte: no anchor needed
    }
    out.text.push_back('\n');
  }
  out.text.append(original.substr(from));
  return out;
}

struct Change {  // a region NFC rewrote: [old_begin, +old_length) -> [new_begin, +new_length)
  std::size_t old_begin, old_length, new_begin, new_length;
};

// Anchors for the two steps at once. An offset x of the LF-unified text is original byte
// x + (CRLFs before x); NFC changes and CRLFs are merged in order of that text.
void add_anchors(const std::vector<std::size_t>& lf, const std::vector<Change>& changes,
                 OffsetMap& offsets) {
  std::size_t next_lf = 0;
  std::size_t old_end = 0;  // end of the last NFC change, in the LF-unified text
  std::size_t new_end = 0;  // and in the final text
  auto add_crlf = [&](std::size_t at) {
    const std::size_t normalized = at - old_end + new_end;
    offsets.add_anchor(normalized, at + next_lf);
    offsets.add_anchor(normalized + 1, at + next_lf + 2);
  };
  for (const Change& change : changes) {
    for (; next_lf < lf.size() && lf[next_lf] < change.old_begin; ++next_lf) add_crlf(lf[next_lf]);
    offsets.add_anchor(change.new_begin, change.old_begin + next_lf);
    // A CRLF inside a rewritten region is covered by the region's own anchors.
    const std::size_t change_end = change.old_begin + change.old_length;
    while (next_lf < lf.size() && lf[next_lf] < change_end) ++next_lf;
    offsets.add_anchor(change.new_begin + change.new_length, change_end + next_lf);
    old_end = change_end;
    new_end = change.new_begin + change.new_length;
  }
  for (; next_lf < lf.size(); ++next_lf) add_crlf(lf[next_lf]);
}

Error icu_error(const std::string& name, UErrorCode status) {
  Error error;
  error.file = name;
  error.message = std::string("cannot normalise the text (ICU: ") + u_errorName(status) + ")";
  return error;
}

}  // namespace

std::optional<Error> normalize_into(std::string original, const std::string& name,
                                    Document& document) {
  LineEnds unified;
  const bool has_cr = std::memchr(original.data(), '\r', original.size()) != nullptr;
  if (has_cr) unified = unify_line_ends(original);
  const std::string& before_nfc = has_cr ? unified.text : original;

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const bool already_nfc = U_SUCCESS(status) && nfc->isNormalizedUTF8(before_nfc, status);
  if (U_FAILURE(status)) return icu_error(name, status);
  std::vector<Change> changes;
  if (already_nfc) {
    document.text = has_cr ? std::move(unified.text) : original;
  } else {
    std::string text;
    text.reserve(before_nfc.size());
    icu::StringByteSink<std::string> sink(&text);
    icu::Edits edits;
    nfc->normalizeUTF8(0, before_nfc, sink, &edits, status);
    for (icu::Edits::Iterator it = edits.getFineChangesIterator(); it.next(status);) {
      changes.push_back({static_cast<std::size_t>(it.sourceIndex()),
                         static_cast<std::size_t>(it.oldLength()),
                         static_cast<std::size_t>(it.destinationIndex()),
                         static_cast<std::size_t>(it.newLength())});
    }
    if (U_FAILURE(status)) return icu_error(name, status);
    document.text = std::move(text);
  }
  document.offsets = OffsetMap(std::move(original));
  add_anchors(unified.lf, changes, document.offsets);
  return std::nullopt;
}

}  // namespace mtlint
