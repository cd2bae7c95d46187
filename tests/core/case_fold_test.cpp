#include "core/case_fold.h"

#include <gtest/gtest.h>

namespace mtlint {
namespace {

TEST(FoldCase, AsciiLowersOnlyLetters) {
  EXPECT_EQ(fold_case("Kyiv NATO-2024 e-Mail"), "kyiv nato-2024 e-mail");
  EXPECT_EQ(fold_case(""), "");
}

TEST(FoldCase, OtherScriptsUseFullFolding) {
  EXPECT_EQ(fold_case("Straße"), "strasse");
  EXPECT_EQ(fold_case("ПУТИН"), "путин");
  EXPECT_EQ(fold_case("ΣΊΣΥΦΟΣ"), "σίσυφοσ");
  EXPECT_EQ(fold_case("Ünal"), "ünal");
}

}  // namespace
}  // namespace mtlint
