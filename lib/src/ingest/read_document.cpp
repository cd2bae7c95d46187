#include <array>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <system_error>
#include <utility>

#include "ingest/decode.h"
#include "ingest/normalize.h"
#include "mtlint/ingest.h"

namespace mtlint {
namespace {

Error file_error(const std::string& path, std::string message) {
  Error error;
  error.file = path;
  error.message = std::move(message);
  return error;
}

Result<std::string> read_stdin() {
  std::string bytes;
  std::array<char, 64 * 1024> buffer{};
  std::size_t got = 0;
  while ((got = std::fread(buffer.data(), 1, buffer.size(), stdin)) > 0)
    bytes.append(buffer.data(), got);
  if (std::ferror(stdin) != 0) return file_error("-", "cannot read standard input");
  return bytes;
}

// Reads the whole file in binary mode with one allocation when its size is known.
Result<std::string> read_file(const std::string& path) {
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(path, ec);
  if (status.type() == std::filesystem::file_type::not_found)
    return file_error(path, "no such file");
  if (std::filesystem::is_directory(status)) return file_error(path, "is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const std::error_code reason(errno, std::generic_category());
    return file_error(path, "cannot open file (" + reason.message() + ")");
  }
  std::string bytes;
  if (std::filesystem::is_regular_file(status)) {
    bytes.resize(static_cast<std::size_t>(std::filesystem::file_size(path, ec)));
    if (ec) return file_error(path, "cannot read file (" + ec.message() + ")");
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
  } else {  // a pipe or device: the size is not known in advance
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (in.bad()) return file_error(path, "cannot read file");
  return bytes;
}

}  // namespace

Result<Document> document_from_bytes(std::string_view bytes, const std::string& name,
                                     const IngestOptions& options) {
  Result<DecodedText> decoded = decode_bytes(bytes, name, options.encoding);
  if (!decoded) return decoded.error();
  Document document;
  document.id = name;
  document.path = name;
  document.encoding = std::move(decoded->encoding);
  if (std::optional<Error> error = normalize_into(std::move(decoded->text), name, document)) {
    return *error;
  }
  return document;
}

Result<Document> read_document(const std::string& path, const IngestOptions& options) {
  Result<std::string> bytes = path == "-" ? read_stdin() : read_file(path);
  if (!bytes) return bytes.error();
  return document_from_bytes(bytes.value(), path, options);
}

}  // namespace mtlint
