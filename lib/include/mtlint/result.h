// Result<T>: a value or an Error that names the file, where, and what is wrong.
// Library functions that can fail on user input return one; nothing throws past the API.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace mtlint {

struct Error {
  std::string file;                   // the path as the user gave it ("-" for stdin)
  std::string message;                // what is wrong, in one line
  std::optional<std::size_t> offset;  // byte offset in the input, when it applies
  std::optional<std::size_t> line;    // 1-based line, when it applies

  // "FILE: byte 12: invalid UTF-8 sequence" — the one line the CLI prints.
  [[nodiscard]] std::string describe() const;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  [[nodiscard]] const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace mtlint
