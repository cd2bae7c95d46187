#include "mtlint/resources.h"

#include <utility>

#include "config/list_file.h"

namespace mtlint {

Resources::Resources(std::filesystem::path dictionaries, std::filesystem::path hunspell_dir)
    : dictionaries_(std::move(dictionaries)), hunspell_dir_(std::move(hunspell_dir)) {}

const Speller* Resources::speller(const LanguageProfile& profile) const {
  if (profile.hunspell.empty()) return nullptr;
  const auto found = spellers_.find(profile.hunspell);
  if (found != spellers_.end()) return found->second.get();
  // A dictionary that is not installed is remembered as null, so it is looked for only once.
  auto opened = Speller::open(hunspell_dir_, profile.hunspell);
  std::unique_ptr<Speller> speller = opened ? std::move(opened).value() : nullptr;
  if (speller) {
    for (const std::string& word : user_words_) speller->add_word(word);
  }
  return spellers_.emplace(profile.hunspell, std::move(speller)).first->second.get();
}

void Resources::add_user_words(const std::vector<std::string>& words) {
  user_words_.insert(user_words_.end(), words.begin(), words.end());
  for (auto& [name, speller] : spellers_) {
    if (!speller) continue;
    for (const std::string& word : words) speller->add_word(word);
  }
}

const std::vector<std::string>& Resources::list(const std::string& lang,
                                                const std::string& name) const {
  const std::string key = lang + "/" + name;
  const auto found = lists_.find(key);
  if (found != lists_.end()) return found->second;
  Result<std::vector<std::string>> read = read_list_file(dictionaries_ / lang / (name + ".txt"));
  std::vector<std::string> entries = read ? std::move(read).value() : std::vector<std::string>{};
  return lists_.emplace(key, std::move(entries)).first->second;
}

}  // namespace mtlint
