// Development driver for the sentence aligner, until `mtlint align --presegmented` can do it:
// reads two files of one sentence per line and prints beads ("[0, 1]:[0]"), one per line.
// Usage: align_dev SRC TGT [name=value ...]   (names of AlignParams fields, for tuning runs;
// dict=FILE a word list, dicts=DIR with langs=de-fr the pair's list from DIR/bilingual/)
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "mtlint/align_tuning.h"

namespace {

std::vector<std::string> read_lines(const char* path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

mtlint::AlignSide as_side(const std::vector<std::string>& lines, const std::string& lang) {
  mtlint::AlignSide side;
  side.lang = lang;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    side.sentences.emplace_back(lines[i]);
    side.paragraph_of.push_back(i);
  }
  return side;
}

void set_param(mtlint::AlignParams& params, const std::string& assignment) {
  const auto eq = assignment.find('=');
  const std::string name = assignment.substr(0, eq);
  const double value = std::stod(assignment.substr(eq + 1));
  if (name == "variance") params.variance_per_char = value;
  if (name == "p11") params.prior_1_1 = value;
  if (name == "p10") params.prior_1_0 = value;
  if (name == "p21") params.prior_2_1 = value;
  if (name == "p22") params.prior_2_2 = value;
  if (name == "p31") params.prior_3_1 = value;
  if (name == "strong") params.unmatched_strong_cost = value;
  if (name == "anchor") params.anchor_weight = value;
  if (name == "lexical") params.lexical_weight = value;
  if (name == "unlexical") params.unmatched_lexical_cost = value;
  if (name == "unlinked") params.unlinked_sentence_cost = value;
  if (name == "band") params.initial_band = static_cast<std::size_t>(value);
}

void print_side(std::ostream& out, std::size_t begin, std::size_t end) {
  out << '[';
  for (std::size_t k = begin; k < end; ++k) out << (k == begin ? "" : ", ") << k;
  out << ']';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: align_dev SRC TGT [name=value ...]\n";
    return 2;
  }
  const std::vector<std::string> source = read_lines(argv[1]);
  const std::vector<std::string> target = read_lines(argv[2]);
  mtlint::AlignParams params;
  mtlint::AlignOptions options;
  std::string source_lang;
  std::string target_lang;
  for (int k = 3; k < argc; ++k) {
    const std::string arg = argv[k];
    if (arg.starts_with("dict=")) {
      options.dictionary_path = arg.substr(5);
    } else if (arg.starts_with("dicts=")) {
      options.dictionaries_dir = arg.substr(6);
    } else if (arg.starts_with("langs=")) {
      source_lang = arg.substr(6, 2);
      target_lang = arg.substr(9, 2);
    } else {
      set_param(params, arg);
    }
  }
  mtlint::AlignStats stats;
  const mtlint::Alignment alignment = mtlint::align_sentences_with(
      as_side(source, source_lang), as_side(target, target_lang), options, params, &stats);
  std::ostringstream out;
  for (const mtlint::Bead& bead : alignment.beads) {
    print_side(out, bead.source_begin, bead.source_end);
    out << ':';
    print_side(out, bead.target_begin, bead.target_end);
    out << '\n';
  }
  std::cout << out.str();
  std::cerr << "passes " << stats.passes << " cells " << stats.cells << "\n";
  return 0;
}
